import Testing

@testable import AuditSimCore

/// Records keep their values packed in one string; every value reads back as it was given.
@Suite("Evidence records: packed values")
struct EvidenceRecordTests {
    static let cases: [[String]] = [
        [], [""], ["", ""], ["a"], ["CHG-1", "", "Priya Ahmed", "2025-11-17 01:00", ""],
        ["with\u{0}nul", "b"], ["ünïcödé 🙂", "x,y", "\"quoted\""], [" padded ", "\t"],
    ]

    @Test(arguments: cases)
    func valuesReadBack(values: [String]) {
        let record = EvidenceRecord(id: "r", day: Day(ordinal: 0), row: 2, fields: values)
        #expect(record.fields == values)
        #expect(record.fieldCount == values.count)
        for (i, value) in values.enumerated() { #expect(record.field(i) == value) }
        #expect(record.field(values.count) == nil)
        #expect(record.field(-1) == nil)
        var changed = record
        changed.fields = values + ["more"]
        #expect(changed.fields == values + ["more"])
        #expect(changed != record)
        #expect(EvidenceRecord(id: "r", day: Day(ordinal: 0), row: 2, fields: values) == record)
    }
}
