import Foundation
import Testing

/// Issue 13 through the real binary: confirm before grading, targeted practice, the
/// person's own report, and `interpret` showing the new readings.
@Suite("Hearing what people say, run as a user would", .serialized)
struct HearingCommandTests {
    @Test func aBareCountIsConfirmedAndNothingIsGraded() throws {
        let world = try SessionWorld()
        defer { world.remove() }
        let result = try world.run(["rehearse", "--as", "amira", "--controls", "A.6.5"], stdin: "eleven\n")
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("Auditor: Eleven hours, or eleven days?"), "\(result.stdout)")
        #expect(!result.stdout.contains("Understood:"), "nothing graded as read")
        #expect(!result.stdout.contains("An auditor would"))
        #expect(result.stdout.contains("Paused after 0 of"))
    }

    @Test func theShareQuestionAsksLeaversOrPerCent() throws {
        let world = try SessionWorld()
        defer { world.remove() }
        let result = try world.run(["rehearse", "--as", "amira", "--controls", "A.6.5"],
                                   stdin: "within a day\n24 hours\neleven\nleavers\n")
        #expect(result.stdout.contains("Auditor: Eleven leavers, or eleven per cent?"), "\(result.stdout)")
        #expect(result.stdout.contains("11 of the 11 in the records"))
        let report = try world.run(["rehearse", "--as", "Haddad", "--report"])
        #expect(report.status == 0, "\(report.stderr)")
        #expect(report.stdout.contains("# Rehearsal report: Amira Haddad"))
        #expect(report.stdout.contains("## Your trend"))
        #expect(!report.stdout.contains("Priya"), "only this person's answers")
    }

    @Test func retryFindingsNeedsAnEarlierRehearsal() throws {
        let world = try SessionWorld()
        defer { world.remove() }
        let none = try world.run(["rehearse", "--as", "amira", "--retry-findings"], stdin: "")
        #expect(none.status != 0)
        #expect(none.stderr.contains("no earlier rehearsal"))
        _ = try world.run(["rehearse", "--as", "amira", "--controls", "A.6.5"], stdin: "a fortnight\n:skip\n:skip\n:skip\n:skip\n")
        let again = try world.run(["rehearse", "--as", "amira", "--retry-findings"], stdin: "")
        #expect(again.status == 0, "\(again.stderr)")
        #expect(again.stdout.contains("A.6.5"))
    }

    @Test func anAmbiguousNameListsTheCandidates() throws {
        let world = try SessionWorld()
        defer { world.remove() }
        let result = try world.run(["rehearse", "--as", "nobody-by-this-name"], stdin: "")
        #expect(result.status != 0)
        #expect(result.stderr.contains("The people are"))
    }

    @Test(arguments: [
        (["--kind", "percent", "--population", "11", "--unit", "leavers", "eleven"], "Eleven leavers, or eleven per cent?"),
        (["--kind", "percent", "--population", "40", "all but two"], "95%"),
        (["--kind", "person", "--speaker", "amira", "me, or Kacper if I'm off"], "Kacper Nowak"),
        (["--kind", "date", "--today", "2026-10-05", "Last Friday, the 2nd"], "2026-10-02"),
        (["--kind", "frequency", "We used to do them quarterly; since January it's every month"], "monthly"),
        (["--kind", "yes-no", "it's in the remote working policy"], "practice"),
    ])
    func interpretShowsTheReading(_ arguments: [String], _ shows: String) throws {
        let world = try SessionWorld()
        defer { world.remove() }
        let result = try world.run(["interpret"] + arguments)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains(shows), "\(result.stdout)")
    }
}
