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

/// `AttributeTesting.people` splits ASCII cells by bytes; it must split as characters do.
@Suite("Attribute testing: people in a cell")
struct PeopleInCellTests {
    static func reference(_ cell: String, _ separator: String) -> [String] {
        let separators = Set(separator.isEmpty ? ";," : separator)
        return cell.split(whereSeparator: { separators.contains($0) })
            .map { String($0) }.filter(AttributeTesting.isFilled).map(CellText.normalised)
    }

    @Test func sameAsSplittingCharacters() {
        let pieces = ["Priya Ahmed", " Ewa ", "N/A", "none", "-", "", ";", ",", ";;", " , ", "\t", "José", "e\u{301}",
                      ";\u{301}", "\r\n", "\r", "\n", "NULL", "na", "Ana/Bo", "\u{00A0}x\u{00A0}"]
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<5_000 {
            let cell = (0..<Int.random(in: 0...6, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
            for separator in ["", ";,", "/", ";", "\n", "\r\n"] {
                #expect(AttributeTesting.people(in: cell, separator: separator) == Self.reference(cell, separator),
                        "cell \(cell.debugDescription), separator \(separator.debugDescription)")
                for other in ["priya ahmed", "ewa", "josé", ""] {
                    #expect(AttributeTesting.names(in: cell, separator: separator, other: other)
                        == Self.reference(cell, separator).contains { $0 != other }, "cell \(cell.debugDescription), other \(other)")
                }
            }
            let approvers = cell.split(whereSeparator: { $0 == ";" || $0 == "," }).map { CellText.trimmed(String($0)) }
                .filter(AttributeTesting.isFilled)
            #expect(AttributeTesting.approvers(in: cell) == approvers, "cell \(cell.debugDescription)")
        }
    }
}

/// Records are kept in date order whatever order the export gives them.
@Suite("Evidence table: record order")
struct EvidenceTableOrderTests {
    @Test func outOfOrderRecordsAreSorted() {
        let table = factsTable(["2026-03-01", "2026-01-15", "2026-02-01", "2026-01-15"])
        #expect(table.records.map(\.id) == ["R-2", "R-4", "R-3", "R-1"])
    }

    @Test func inOrderRecordsStayAsGiven() {
        let table = factsTable(["2026-01-01", "2026-01-01", "2026-02-01"])
        #expect(table.records.map(\.id) == ["R-1", "R-2", "R-3"])
    }
}

/// A million-row export holds a million records: their size is the run's memory.
@Suite("Evidence records: size")
struct EvidenceRecordSizeTests {
    @Test func aRecordIsThirtyTwoBytes() {
        #expect(MemoryLayout<EvidenceRecord>.stride <= 32)
    }

    @Test(arguments: ["CHG-1", "", "ünïcödé id", "with\u{0}nul"])
    func aChangedIdReadsBackAndKeepsTheValues(id: String) {
        var record = EvidenceRecord(id: "CHG-0", day: Day(ordinal: 0), row: 2, fields: ["a", "", "c"])
        record.id = id
        #expect(record.id == id)
        #expect(record.fields == ["a", "", "c"])
        record.fields = ["x"]
        #expect(record.id == id)
        #expect(record.fieldCount == 1)
    }
}
