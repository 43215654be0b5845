/// A source's attribute tests resolved once against its table: each column's position, and
/// each expected value trimmed and lower-cased into bytes. Records are then tested on their
/// stored bytes; reading every tested cell into a `String`, finding its column by name and
/// lower-casing it was a sixth of a million-row run. What has no byte form here (dates,
/// lists of names, a cell or value outside ASCII, a column the table lacks) is left to
/// `AttributeTesting.passes`, so every record gets the same answer as there.
struct CompiledTests {
    private let table: EvidenceTable
    private let asOf: Day?
    /// One per test, in order: the test, and its filter and rule in byte form (nil check:
    /// no byte form). Kept apart, so the loop over records does not copy each test.
    private let tests: [AttributeTest]
    private let filters: [Condition?]
    private let checks: [Check?]

    /// A row condition on one column: `values` holds `oneOf`'s or `noneOf`'s values.
    private struct Condition: Equatable {
        enum Kind { case oneOf, noneOf, present }
        var position: Int
        var kind: Kind
        var values: [[UInt8]]
    }

    private enum Check {
        case present(Int)
        case oneOf(Int, [[UInt8]])
        case differsFrom(Int, Int)
    }

    init(table: EvidenceTable, asOf: Day?) {
        self.table = table
        self.asOf = asOf
        tests = table.source.tests
        // A filter without a byte form leaves its whole test to the `String` path.
        let filters = tests.map { test in test.filter.map { CompiledTests.condition($0, table) } }
        checks = zip(tests, filters).map { test, filter in filter == .some(nil) ? nil : CompiledTests.check(test, table) }
        self.filters = filters.map { $0 ?? nil }
    }

    /// The ids of the tests `record` fails, as `AttributeTesting.failures` gives them.
    func failures(of record: EvidenceRecord) -> [String] {
        var failed: [String] = []
        for k in checks.indices where !passes(k, record) { failed.append(tests[k].id) }
        return failed
    }

    private func passes(_ k: Int, _ record: EvidenceRecord) -> Bool {
        guard let check = checks[k] else { return AttributeTesting.passes(tests[k], record, table, asOf: asOf) }
        if let filter = filters[k] {
            guard let selected = CompiledTests.matches(filter, record) else {
                return AttributeTesting.passes(tests[k], record, table, asOf: asOf)
            }
            if !selected { return true }
        }
        let decided: Bool?
        switch check {
        case let .present(i):
            decided = CompiledTests.cell(record, i) { CompiledTests.isFilled($0) }
        case let .oneOf(i, values):
            decided = CompiledTests.cell(record, i) { cell in values.contains { CompiledTests.lowerEquals(cell, $0) } }
        case let .differsFrom(i, j):
            decided = CompiledTests.cell(record, i) { value in
                CompiledTests.cell(record, j) { other in !value.isEmpty && !CompiledTests.sameLowered(value, other) }
            }
        }
        return decided ?? AttributeTesting.passes(tests[k], record, table, asOf: asOf)
    }

    /// The byte form of `test`'s rule; nil when it has none.
    private static func check(_ test: AttributeTest, _ table: EvidenceTable) -> Check? {
        guard let i = table.position(test.column) else { return nil }
        switch test.rule {
        case .present: return .present(i)
        case let .equals(value): return pattern(value).map { .oneOf(i, [$0]) }
        case let .oneOf(values):
            let patterns = values.compactMap(pattern)
            return patterns.count == values.count ? .oneOf(i, patterns) : nil
        case let .differsFrom(other): return table.position(other).map { .differsFrom(i, $0) }
        case .within, .recent, .includesOtherThan: return nil
        }
    }

    /// The byte form of a `where` filter: nil when it has none.
    private static func condition(_ condition: RowCondition, _ table: EvidenceTable) -> Condition? {
        guard let i = table.position(condition.column) else { return nil }
        switch condition.test {
        case .present: return Condition(position: i, kind: .present, values: [])
        case let .oneOf(values), let .noneOf(values):
            let patterns = values.compactMap(pattern)
            guard patterns.count == values.count else { return nil }
            if case .oneOf = condition.test { return Condition(position: i, kind: .oneOf, values: patterns) }
            return Condition(position: i, kind: .noneOf, values: patterns)
        }
    }

    /// `RowCondition.matches`; nil when the cell is not ASCII.
    private static func matches(_ condition: Condition, _ record: EvidenceRecord) -> Bool? {
        cell(record, condition.position) { cell in
            switch condition.kind {
            case .oneOf: condition.values.contains { lowerEquals(cell, $0) }
            case .noneOf: !condition.values.contains { lowerEquals(cell, $0) }
            case .present: isFilled(cell)
            }
        }
    }

    /// An expected value trimmed and lower-cased, as cells are compared (`CellText.sameNormalised`);
    /// nil outside ASCII, where lower-casing may cross scripts (the Kelvin sign is a "k").
    private static func pattern(_ value: String) -> [UInt8]? {
        let trimmed = CellText.trimmed(value)
        guard trimmed.utf8.allSatisfy({ $0 < 0x80 }) else { return nil }
        return trimmed.utf8.map(lower)
    }

    /// `body` with the record's cell at `position` trimmed (a cell past the end is empty);
    /// nil, without calling it, when the cell is not ASCII.
    private static func cell(_ record: EvidenceRecord, _ position: Int, _ body: (UnsafeBufferPointer<UInt8>) -> Bool?) -> Bool? {
        record.withField(position) { bytes -> Bool? in
            var start = 0, end = bytes.count
            guard bytes.allSatisfy({ $0 < 0x80 }) else { return nil }
            while start < end, bytes[start] == 0x20 || bytes[start] == 0x09 { start += 1 }
            while end > start, bytes[end - 1] == 0x20 || bytes[end - 1] == 0x09 { end -= 1 }
            return body(UnsafeBufferPointer(rebasing: bytes[start..<end]))
        } ?? body(UnsafeBufferPointer(start: nil, count: 0))
    }

    /// `AttributeTesting.isFilled` of a trimmed ASCII cell.
    private static func isFilled(_ cell: UnsafeBufferPointer<UInt8>) -> Bool {
        if cell.count > 4 { return true }
        return !cell.isEmpty && !blankWords.contains { lowerEquals(cell, $0) }
    }

    /// `AttributeTesting.blanks`, as bytes.
    private static let blankWords: [[UInt8]] = AttributeTesting.blanks.map { Array($0.utf8) }

    /// Whether ASCII `cell`, lower-cased, is `lowered` (already lower-case).
    private static func lowerEquals(_ cell: UnsafeBufferPointer<UInt8>, _ lowered: some Collection<UInt8>) -> Bool {
        cell.count == lowered.count && zip(cell, lowered).allSatisfy { lower($0) == $1 }
    }

    /// Whether two ASCII cells are the same once lower-cased.
    private static func sameLowered(_ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>) -> Bool {
        a.count == b.count && zip(a, b).allSatisfy { lower($0) == lower($1) }
    }

    private static func lower(_ byte: UInt8) -> UInt8 { byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte }
}
