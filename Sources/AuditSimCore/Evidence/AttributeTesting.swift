/// Applies a source's attribute tests to a record, as an auditor ticks a test sheet.
public enum AttributeTesting {
    /// The ids of the tests `record` fails; tests whose `where` filter excludes the record
    /// do not apply to it. `asOf` is when ages are measured (the export date).
    public static func failures(of record: EvidenceRecord, in table: EvidenceTable, asOf: Day? = nil) -> [String] {
        table.source.tests.compactMap { test in
            passes(test, record, table, asOf: asOf) ? nil : test.id
        }
    }

    static func passes(_ test: AttributeTest, _ record: EvidenceRecord, _ table: EvidenceTable, asOf: Day?) -> Bool {
        if let filter = test.filter, !filter.matches(record, in: table) { return true }
        let value = table.value(test.column, in: record).trimmedCell
        switch test.rule {
        case .present:
            return isFilled(value)
        case let .equals(expected):
            return CellText.sameNormalised(value, expected)
        case let .oneOf(options):
            return options.contains { CellText.sameNormalised(value, $0) }
        case let .differsFrom(other):
            let otherValue = table.value(other, in: record).trimmedCell
            return !value.isEmpty && !CellText.sameNormalised(value, otherValue)
        case let .includesOtherThan(other, separator):
            return names(in: value, separator: separator, other: normalised(table.value(other, in: record)))
        case let .within(fromColumn, hours):
            if CellText.isNotApplicable(value) { return true }  // the step does not apply to this row
            guard let elapsed = hoursBetween(fromColumn, test.column, record, table) else { return false }
            return elapsed <= hours
        case let .recent(hours):
            guard let moment = table.moment(test.column, in: record) else { return false }
            let now = (asOf ?? record.day).ordinal * 1440
            return Double(now - moment) / 60 <= hours
        }
    }

    /// Hours from one dated column to another; nil when either is empty or undated. Moments
    /// carry their zone, so a UTC stamp and a local one compare correctly.
    public static func hoursBetween(_ from: String, _ to: String, _ record: EvidenceRecord, _ table: EvidenceTable) -> Double? {
        guard let a = table.moment(from, in: record), let b = table.moment(to, in: record) else { return nil }
        return hours(from: a, to: b, timed: isTimed(from, to, table.source))
    }

    /// Hours between two moments already read; `timed` as `isTimed` says.
    static func hours(from a: Int, to b: Int, timed: Bool) -> Double {
        // Date-only on both sides: a same-day fix counts as done within the day.
        timed ? Double(b - a) / 60 : Double(max(b - a, 0)) / 60
    }

    /// Whether either column carries a time of day.
    static func isTimed(_ from: String, _ to: String, _ source: EvidenceSource) -> Bool {
        source.dateFormat(of: from).hasTime || source.dateTime(of: from) != nil || source.dateFormat(of: to).hasTime
    }

    /// The names in a list cell ("tashworth;kmensah"), normalised; placeholders dropped.
    static func people(in cell: String, separator: String) -> [String] {
        let separator = separator.isEmpty ? ";," : separator
        // ASCII without CR (so no multi-byte grapheme, no CR LF): bytes split as characters do,
        // without a set of characters and grapheme breaking per cell (8 % of a 1M-row run).
        let plain = { (text: String) in text.utf8.allSatisfy { $0 < 0x80 && $0 != 0x0D } }
        if plain(separator), plain(cell) {
            let splitters = Array(separator.utf8)
            var out: [String] = []
            for piece in cell.utf8.split(whereSeparator: { splitters.contains($0) }) {
                let name = normalised(String(Substring(piece)))
                if !name.isEmpty, !AttributeTesting.blanks.contains(name) { out.append(name) }
            }
            return out
        }
        let separators = Set(separator)
        return cell.split(whereSeparator: { separators.contains($0) })
            .map { String($0) }.filter(isFilled).map(normalised)
    }

    /// Whether `people(in: cell, separator:)` names someone other than `excluded` (normalised).
    /// An ASCII cell is read in place, stopping at the first such name, without a list of
    /// lower-cased copies per record.
    static func names(in cell: String, separator: String, other excluded: String) -> Bool {
        let splitters = separator.isEmpty ? ";," : separator
        var bytes = cell
        guard splitters.utf8.allSatisfy({ $0 < 0x80 && $0 != 0x0D }), bytes.utf8.allSatisfy({ $0 < 0x80 && $0 != 0x0D }) else {
            return people(in: cell, separator: separator).contains { $0 != excluded }
        }
        return bytes.withUTF8 { cell in
            var start = 0
            for end in 0...cell.count where end == cell.count || splitters.utf8.contains(cell[end]) {
                defer { start = end + 1 }
                var a = start, b = end
                while a < b, cell[a] == 0x20 || cell[a] == 0x09 { a += 1 }
                while b > a, cell[b - 1] == 0x20 || cell[b - 1] == 0x09 { b -= 1 }
                let name = UnsafeBufferPointer(rebasing: cell[a..<b])
                if name.isEmpty || blankWords.contains(where: { lowerEquals(name, $0) }) { continue }
                if !lowerEquals(name, excluded.utf8) { return true }
            }
            return false
        }
    }

    /// `blanks`, as bytes for `names(in:separator:other:)`.
    private static let blankWords: [[UInt8]] = blanks.map { Array($0.utf8) }

    /// Whether ASCII `name`, lower-cased, is `lower`.
    private static func lowerEquals(_ name: UnsafeBufferPointer<UInt8>, _ lower: some Collection<UInt8>) -> Bool {
        name.count == lower.count && zip(name, lower).allSatisfy { ($0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0) == $1 }
    }

    /// The approvers in a cell ("Ana; Bo"), trimmed, placeholders dropped; an ASCII cell
    /// without CR is split by bytes, as characters would split it.
    static func approvers(in cell: String) -> [String] {
        guard cell.utf8.allSatisfy({ $0 < 0x80 && $0 != 0x0D }) else {
            return cell.split(whereSeparator: { $0 == ";" || $0 == "," }).map { CellText.trimmed(String($0)) }.filter(isFilled)
        }
        return cell.utf8.split(whereSeparator: { $0 == 0x3B || $0 == 0x2C }).map { CellText.trimmed(String(Substring($0))) }.filter(isFilled)
    }

    /// Whether a cell holds a value: exports write "N/A", "none" or "-" for nothing.
    public static func isFilled(_ value: String) -> Bool {
        // Longer than any blank word, in ASCII: filled, without lower-casing a copy.
        let trimmed = value.trimmedCell
        if trimmed.utf8.count > 4, trimmed.utf8.allSatisfy({ $0 < 0x80 }) { return true }
        let v = trimmed.lowercased()
        return !v.isEmpty && !blanks.contains(v)
    }

    /// What exports write for nothing, normalised.
    static let blanks: Set<String> = ["n/a", "na", "none", "-", "null"]

    static func normalised(_ text: String) -> String { CellText.normalised(text) }
}
