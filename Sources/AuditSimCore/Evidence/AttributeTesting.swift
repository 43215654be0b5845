/// Applies a source's attribute tests to a record, as an auditor ticks a test sheet.
public enum AttributeTesting {
    /// The ids of the tests `record` fails; tests whose `where` filter excludes the record
    /// do not apply to it.
    public static func failures(of record: EvidenceRecord, in table: EvidenceTable) -> [String] {
        table.source.tests.compactMap { test in
            passes(test, record, table) ? nil : test.id
        }
    }

    static func passes(_ test: AttributeTest, _ record: EvidenceRecord, _ table: EvidenceTable) -> Bool {
        if let filter = test.filter {
            let value = normalised(table.value(filter.column, in: record))
            guard filter.values.contains(where: { normalised($0) == value }) else { return true }
        }
        let value = table.value(test.column, in: record).trimmedCell
        switch test.rule {
        case .present:
            return isFilled(value)
        case let .equals(expected):
            return normalised(value) == normalised(expected)
        case let .oneOf(options):
            let said = normalised(value)
            return options.contains { normalised($0) == said }
        case let .differsFrom(other):
            let otherValue = table.value(other, in: record).trimmedCell
            return !value.isEmpty && normalised(value) != normalised(otherValue)
        case let .within(fromColumn, hours):
            guard let elapsed = hoursBetween(fromColumn, test.column, record, table) else { return false }
            return elapsed <= hours
        }
    }

    /// Hours from one dated column to another; nil when either is empty or undated.
    public static func hoursBetween(_ from: String, _ to: String, _ record: EvidenceRecord, _ table: EvidenceTable) -> Double? {
        let format = table.source.dateFormat
        guard let a = format.parse(table.value(from, in: record).trimmedCell),
              let b = format.parse(table.value(to, in: record).trimmedCell) else { return nil }
        let minutes = (b.day.ordinal - a.day.ordinal) * 1440 + (b.minutes - a.minutes)
        // Date-only exports: a same-day fix counts as done within the day.
        return format.hasTime ? Double(minutes) / 60 : Double(max(minutes, 0)) / 60
    }

    /// Whether a cell holds a value: exports write "N/A", "none" or "-" for nothing.
    public static func isFilled(_ value: String) -> Bool {
        let v = CellText.normalised(value)
        return !v.isEmpty && !["n/a", "na", "none", "-", "null"].contains(v)
    }

    static func normalised(_ text: String) -> String { CellText.normalised(text) }
}
