import Testing

@testable import AuditSimCore

/// Duplicate ids are reported however an export numbers its rows.
@Suite("Duplicate ids in exports")
struct SeenIDsTests {
    @Test(arguments: [
        ["CHG-8", "CHG-9", "CHG-10", "CHG-11", "CHG-10"],  // unpadded Jira keys, a row exported twice
        ["AR-999998", "AR-999999", "AR-1000000", "AR-1000001"],  // padding outgrown
        ["AR-999999", "AR-1000000", "AR-999999"],
        ["7", "8", "9", "10", "010"],  // a leading zero is another id
        ["INC-2", "INC-10", "INC-3", "INC-10"],  // out of order, then a repeat
        ["TASK0010001", "TASK0010002", "TASK0010002"],
        ["A1B2", "A1B10", "A2B1", "A1B10"],
        ["job", "job-1", "job", "Job"],
        ["", "1", "", "a"],
        ["ÉTÉ-1", "ÉTÉ-2", "été-2", "ÉTÉ-2"],
    ])
    func everyRepeatIsFound(ids: [String]) {
        var seen = SeenIDs(), plain = Set<String>(), given: [String] = []
        let found = ids.map { id in
            defer { given.append(id) }
            return seen.insert(id) { given }
        }
        let expected = ids.map { plain.insert($0).inserted }
        #expect(found == expected)
    }

    /// Only equal ids tie, and the order is transitive: ascending ids cannot repeat.
    @Test func issueOrderIsAStrictTotalOrder() {
        var random = SplitMix64(seed: 27_001)
        let parts = ["", "CHG-", "chg-", "AR-", "A1B", "x", "-", "é"]
        let id = { (random: inout SplitMix64) -> String in
            parts[Int(random.next() % UInt64(parts.count))] + (random.next() % 3 == 0 ? "" : String(random.next() % 1200))
                + (random.next() % 5 == 0 ? "0" : "")
        }
        let ids = (0..<300).map { _ in id(&random) }
        for a in ids {
            #expect(!SeenIDs.precedes(a, a))
            for b in ids.prefix(60) {
                #expect(SeenIDs.precedes(a, b) || SeenIDs.precedes(b, a) || a == b, "\(a) \(b)")
                #expect(!(SeenIDs.precedes(a, b) && SeenIDs.precedes(b, a)), "\(a) \(b)")
                for c in ids.prefix(12) where SeenIDs.precedes(a, b) && SeenIDs.precedes(b, c) {
                    #expect(SeenIDs.precedes(a, c), "\(a) \(b) \(c)")
                }
            }
        }
    }
}

/// A duplicate is reported wherever its first row went: kept, set aside, or refused.
@Suite("Duplicate ids across kept and refused rows")
struct DuplicateAcrossRowsTests {
    static let source = """
        id: changes
        kind: change
        title: Changes
        controls: [A.8.32]
        file: evidence/changes.csv
        id-column: Key
        date: { column: Done, format: yyyy-MM-dd }
        counts-when: { column: State, values: [Done] }
        """

    @Test func aRepeatOfARefusedRowAfterTheIdsTurnOutOfOrderIsReported() throws {
        let csv = """
            Key,Done,State
            CHG-1,2026-02-01,Done
            CHG-2,someday,Done
            CHG-3,,Open
            CHG-5,2026-02-03,Done
            CHG-4,2026-02-04,Done
            CHG-2,2026-02-05,Done
            CHG-3,2026-02-06,Done
            CHG-1,2026-02-07,Done

            """
        let log = DiagnosticLog()
        _ = try ExportKit.load(Self.source, csv, since: "2026-01-01", audit: "2026-06-01", log: log)
        let messages = log.diagnostics.map(\.description)
        #expect(messages.contains { $0.contains("duplicate id 'CHG-2'") }, "\(messages)")
        #expect(messages.contains { $0.contains("duplicate id 'CHG-3'") }, "\(messages)")
        #expect(messages.contains { $0.contains("duplicate id 'CHG-1'") }, "\(messages)")
        #expect(messages.contains { $0.contains("'someday' is not a date") }, "\(messages)")
    }
}
