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
        var seen = SeenIDs(), plain = Set<String>()
        let found = ids.map { seen.insert($0) }
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
