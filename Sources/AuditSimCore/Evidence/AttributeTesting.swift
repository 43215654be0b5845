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
            let excluded = normalised(table.value(other, in: record))
            return people(in: value, separator: separator).contains { $0 != excluded }
        case let .within(fromColumn, hours):
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
