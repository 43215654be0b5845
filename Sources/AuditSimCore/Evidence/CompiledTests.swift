/// A source's attribute tests resolved once against its table: each column's position, and
/// each expected value trimmed and lower-cased into bytes. Records are then tested on their
/// stored bytes; reading every tested cell into a `String`, finding its column by name and
/// lower-casing it was a sixth of a million-row run. What has no byte form here (dates,
/// lists of names, a cell or value outside ASCII, a column the table lacks) is left to
/// `AttributeTesting.passes`, so every record gets the same answer as there.
struct CompiledTests {
    private let table: EvidenceTable
    private let asOf: Day?
    /// One per test, in order: the test, its `where` and its rule in byte form (nil check:
    /// no byte form). Kept apart, so the loop over records does not copy each test.
    private let tests: [AttributeTest]
    private let filters: [CompiledCondition?]
    private let checks: [Check?]
    /// The tests without their `where`, for the `String` path (the filter is read once, above it).
    private let rules: [AttributeTest]

    private enum Check {
        case present(Int)
        case oneOf(Int, [[UInt8]])
        case differsFrom(Int, Int)
    }

    init(table: EvidenceTable, asOf: Day?) {
        self.table = table
        self.asOf = asOf
        tests = table.source.tests
        filters = tests.map { test in test.filter.map { CompiledCondition($0, in: table) } }
        checks = tests.map { CompiledTests.check($0, table) }
        rules = tests.map { test in
            var rule = test
            rule.filter = nil
            return rule
        }
    }

    /// Whether any test applies to `record` (a test without `where` applies to all), and
    /// the ids of those it fails, as `AttributeTesting.failures` gives them: one reading of
    /// each test's `where` serves both.
    func result(of record: EvidenceRecord) -> (applies: Bool, failed: [String]) {
        var applies = false
        var failed: [String] = []
        for k in tests.indices {
            if filters[k]?.matches(record, in: table) == false { continue }
            applies = true
            if !passes(k, record) { failed.append(tests[k].id) }
        }
        return (applies, failed)
    }

    /// Test `k`'s rule on a record its `where` selects.
    private func passes(_ k: Int, _ record: EvidenceRecord) -> Bool {
        guard let check = checks[k] else { return AttributeTesting.passes(rules[k], record, table, asOf: asOf) }
        let decided: Bool?
        switch check {
        case let .present(i):
            decided = CellBytes.cell(record, i) { CellBytes.isFilled($0) }
        case let .oneOf(i, values):
            decided = CellBytes.cell(record, i) { cell in values.contains { CellBytes.lowerEquals(cell, $0) } }
        case let .differsFrom(i, j):
            decided = CellBytes.cell(record, i) { value in
                CellBytes.cell(record, j) { other in !value.isEmpty && !CellBytes.sameLowered(value, other) }
            }
        }
        return decided ?? AttributeTesting.passes(rules[k], record, table, asOf: asOf)
    }

    /// The byte form of `test`'s rule; nil when it has none.
    private static func check(_ test: AttributeTest, _ table: EvidenceTable) -> Check? {
        guard let i = table.position(test.column) else { return nil }
        switch test.rule {
        case .present: return .present(i)
        case let .equals(value): return CellBytes.pattern(value).map { .oneOf(i, [$0]) }
        case let .oneOf(values):
            let patterns = values.compactMap(CellBytes.pattern)
            return patterns.count == values.count ? .oneOf(i, patterns) : nil
        case let .differsFrom(other): return table.position(other).map { .differsFrom(i, $0) }
        case .within, .recent, .includesOtherThan: return nil
        }
    }
}
