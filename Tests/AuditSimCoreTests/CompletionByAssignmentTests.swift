import Testing

@testable import AuditSimCore

/// Training completion as a learning platform exports it: one row per person and module,
/// done or not, each with the date it falls due (JUDGEMENT.md §6: blank cells are data).
@Suite("Completion by assignment")
struct CompletionByAssignmentTests {
    typealias K = ExportKit

    static func yaml(population: String = "assigned", extra: String = "") -> String {
        """
        id: lms
        kind: training
        title: Learning item status (SuccessFactors)
        controls: [A.6.3]
        file: evidence/lms.csv
        id-column: [User ID, Item ID]
        date: { column: Assignment Date, format: dd-MMM-yyyy }
        dates: { Required Date: dd-MMM-yyyy, Completion Date: dd-MMM-yyyy }
        shape: events
        completion:
          column: User ID
          population: \(population)
          done: { column: Completion Status, values: [Completed] }
          due: Required Date
        \(extra)
        """
    }

    /// Eight staff trained on time; two joiners assigned in October are due in November,
    /// after the export; one person due in June never finished one of their two modules.
    static let csv = """
        User ID,Item ID,Assignment Date,Required Date,Completion Status,Completion Date
        u1,SEC-101,02-Mar-2026,30-Apr-2026,Completed,14-Apr-2026
        u1,GDPR-1,02-Mar-2026,30-Apr-2026,Completed,20-Apr-2026
        u2,SEC-101,02-Mar-2026,30-Apr-2026,Completed,01-Apr-2026
        u3,SEC-101,02-Mar-2026,30-Apr-2026,Completed,03-Apr-2026
        u4,SEC-101,02-Mar-2026,30-Apr-2026,Completed,09-Apr-2026
        u5,SEC-101,02-Mar-2026,30-Apr-2026,Completed,10-Apr-2026
        u6,SEC-101,02-Mar-2026,30-Apr-2026,Completed,11-Apr-2026
        u7,SEC-101,02-Mar-2026,30-Apr-2026,Completed,12-Apr-2026
        u8,SEC-101,02-Mar-2026,30-Apr-2026,Completed,13-Apr-2026
        j1,SEC-101,12-Oct-2026,11-Nov-2026,Not Started,
        j2,SEC-101,14-Oct-2026,13-Nov-2026,In Progress,
        u9,SEC-101,01-May-2026,30-Jun-2026,Completed,28-Jun-2026
        u9,GDPR-1,01-May-2026,30-Jun-2026,In Progress,

        """

    @Test func joinersNotYetDueAreLeftOutAndEveryDueModuleCounts() throws {
        let (facts, audit) = try K.facts(Self.yaml(), Self.csv, since: "2026-03-02", audit: "2026-10-19")
        #expect(facts.completed == 8, "u1…u8; u9 has a module due and not done")
        #expect(facts.completionPopulation == 9, "j1 and j2 are not yet due")
        #expect(facts.completionNotYetDue == 2)
        let finding = try #require(audit?.findings.first { $0.rule == .incompletePopulation })
        #expect(finding.grade == .minor, "8 of 9 (89 %) is under the 95 % target: a lapse")
        #expect(finding.found.contains("8 of the 9 people"), "\(finding.found)")
        #expect(finding.found.contains("2 more are not yet due"), "\(finding.found)")
    }

    @Test func everyoneDueDoneIsNoFindingHoweverManyJoinersWait() throws {
        let sound = Self.csv.replacingOccurrences(of: "u9,GDPR-1,01-May-2026,30-Jun-2026,In Progress,",
                                                  with: "u9,GDPR-1,01-May-2026,30-Jun-2026,Completed,29-Jun-2026")
        let (facts, audit) = try K.facts(Self.yaml(), sound, since: "2026-03-02", audit: "2026-10-19")
        #expect(facts.completionRate == 1)
        #expect(audit?.findings.contains { $0.rule == .incompletePopulation } == false)
    }

    /// Against the head count: the joiners not yet due come off it.
    @Test func aHeadCountLosesThePeopleNotYetDue() throws {
        let (facts, _) = try K.facts(Self.yaml(population: "12"), Self.csv, since: "2026-03-02", audit: "2026-10-19")
        #expect(facts.completionPopulation == 10)
        #expect(facts.completed == 8)
    }
}
