import Foundation
import Testing

/// Interview sessions driven through the real binary: piped, in a pseudo-terminal, killed
/// and resumed, and tampered with.
@Suite("Interview sessions, run as a user would", .serialized)
struct SessionCommandTests {
    @Test func pipedAnswersAreStoredWithoutEscapeCodes() throws {
        let world = try SessionWorld()
        defer { world.remove() }
        let result = try world.run(["rehearse", "--as", "priya"], stdin: "banana\n240\n:hint\n:skip\n:status\n:nope\n")
        #expect(result.status == 0, "\(result.stderr)")
        #expect(!result.stdout.contains("\u{1B}"), "no escape codes through a pipe")
        #expect(!result.stdout.contains("> \n"), "no bare prompt through a pipe")
        #expect(result.stdout.contains("> banana"), "each piped answer is echoed, so the run reads as a conversation")
        #expect(result.stdout.contains("Auditor → Priya Shah, IT Manager: "))
        #expect(result.stdout.contains("Sorry, I didn't quite follow"), "a nonsense answer is re-asked")
        #expect(result.stdout.contains("The auditor is looking for:"))
        #expect(result.stdout.contains(":nope is not a command"))
        #expect(result.stdout.contains("Resume with: auditsim resume 1 --store"))
        let list = try world.run(["sessions"])
        #expect(list.stdout.contains("priya-shah"))
        #expect(list.stdout.contains("paused"))
        let show = try world.run(["show", "1"])
        #expect(show.stdout.contains("Answer: banana"))
        #expect(show.stdout.contains("Answer: 240"))
        #expect(show.stdout.contains("(skipped)"))
    }

    @Test func aWholeRehearsalEndsInASummaryAndATrend() throws {
        let world = try SessionWorld()
        defer { world.remove() }
        let skips = String(repeating: ":skip\n", count: 8)
        let first = try world.run(["rehearse", "--as", "Fiona Gallagher", "--mode", "exam"], stdin: skips)
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stdout.contains("Summary"))
        #expect(first.stdout.contains("Your answers, reviewed"), "exam mode gives its feedback at the end")
        #expect(first.stdout.contains("Verdict:"))
        #expect(first.stdout.contains("auditsim report 1 --store"), "the end names the report of this session")
        #expect(!first.stdout.contains("not available yet"))
        _ = try world.run(["rehearse", "--as", "fiona"], stdin: skips)
        let trend = try world.run(["sessions", "--as", "fiona"])
        #expect(trend.stdout.contains("Findings per rehearsal for fiona-gallagher"), "\(trend.stdout)")
        #expect(trend.stdout.contains("finished"))
    }

    @Test func anUnknownNameListsThePeople() throws {
        let world = try SessionWorld()
        defer { world.remove() }
        let result = try world.run(["rehearse", "--as", "nobody"], stdin: "")
        #expect(result.status != 0)
        #expect(result.stderr.contains("priya-shah"))
        #expect(result.stderr.contains("Hannah Whitaker, ISMS Manager"))
    }

    @Test func stage1WithoutAnswersOpensTheLeadsSession() throws {
        let world = try SessionWorld()
        defer { world.remove() }
        let result = try world.run(["stage1"], stdin: ":status\n")
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("Mock Stage 1 audit"))
        #expect(result.stdout.contains("Auditor → Hannah Whitaker, ISMS Manager: "))
        #expect(try world.run(["sessions"]).stdout.contains("lead (stage 1)"))
    }

    @Test func aKilledSessionResumesWithNothingLost() throws {
        let world = try SessionWorld()
        defer { world.remove() }
        let live = try LiveProcess(["rehearse", "--as", "priya", "--store", world.store], world: world)
        #expect(live.waitFor("Question 1 of"))
        live.send("about 240")
        #expect(live.waitFor("Question 2 of"))
        live.send("last month")
        #expect(live.waitFor("Question 3 of"))
        live.send("quarterly")
        #expect(live.waitFor("Question 4 of"))
        let fourth = live.text.components(separatedBy: "Question 4 of").last ?? ""
        live.kill(SIGKILL)

        let show = try world.run(["show", "1"])
        for answer in ["about 240", "last month", "quarterly"] { #expect(show.stdout.contains("Answer: \(answer)")) }
        let resumed = try world.run(["resume", "1"], stdin: ":pause\n")
        #expect(resumed.status == 0, "\(resumed.stderr)")
        #expect(resumed.stdout.contains("3 of 51 questions already answered"))
        #expect(resumed.stdout.contains("Question 4 of"))
        let question = fourth.split(separator: "\n").dropFirst().first.map(String.init) ?? "?"
        #expect(resumed.stdout.contains(question), "continues at the question it was killed on")
        #expect(try world.run(["verify", "1"]).status == 0)
    }

    @Test func verifyFindsAnAlteredAnswer() throws {
        let world = try SessionWorld()
        defer { world.remove() }
        _ = try world.run(["rehearse", "--as", "priya"], stdin: "240\nlast month\nquarterly\n")
        let intact = try world.run(["verify", "1"])
        #expect(intact.status == 0)
        #expect(intact.stdout.contains("intact"))
        try sqlite(world.store, "UPDATE turn SET text = 'monthly' WHERE sessionId = 1 AND seq = 3;")
        let altered = try world.run(["verify", "1"])
        #expect(altered.status == 1)
        #expect(altered.stdout.contains("turn 3"), "\(altered.stdout)")
    }

    @Test func readlineAtATerminal() throws {
        let world = try SessionWorld()
        defer { world.remove() }
        let result = try Terminal.run(["rehearse", "--as", "priya", "--store", world.store], steps: [
            .wait("> "), .send("half an answer"), .send("\u{03}"), .wait("^C"),
            .send("about 240\r"), .wait("Question 2 of"),
            .send(":hi\t"), .send("\r"), .wait("The auditor is looking for"),
            .send("\u{04}"), .wait("Resume with"),
        ], world: world)
        #expect(result.failed == nil, "stopped waiting for \(result.failed ?? ""): \(result.output)")
        #expect(result.status == 0)
        #expect(result.output.contains("> :hint"), "tab completed :hi: \(result.output)")
        let show = try world.run(["show", "1"])
        #expect(show.stdout.contains("Answer: about 240"))
        #expect(!show.stdout.contains("half an answer"), "Ctrl-C dropped the half-typed line")
        #expect(try world.run(["sessions"]).stdout.contains("paused"))
        let answers = try String(contentsOfFile: world.directory.appendingPathComponent("state/auditsim/answers").path, encoding: .utf8)
        #expect(answers.contains("about 240"), "interview answers keep their own history")
        let home = (try? String(contentsOfFile: world.directory.appendingPathComponent("state/auditsim/history").path, encoding: .utf8)) ?? ""
        #expect(!home.contains("about 240"), "the home prompt's history holds commands, not answers")
    }

    @Test func sigtermSavesAndLeaves() throws {
        let world = try SessionWorld()
        defer { world.remove() }
        let live = try LiveProcess(["rehearse", "--as", "priya", "--store", world.store], world: world)
        #expect(live.waitFor("Question 1 of"))
        live.send("240")
        #expect(live.waitFor("Question 2 of"))
        live.kill(SIGTERM)
        #expect(live.process.terminationStatus == 143)
        #expect(live.text.contains("Resume with"))
        #expect(try world.run(["sessions"]).stdout.contains("paused"))
    }

    private func sqlite(_ path: String, _ sql: String) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["sqlite3", path, sql]
        try process.run()
        process.waitUntilExit()
        try #require(process.terminationStatus == 0, "sqlite3 is needed for this test (apt-get install sqlite3)")
    }
}
