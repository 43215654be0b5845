import Foundation
import Testing

/// Issue 15 end to end, through the built binary: one writer per session, concurrent first
/// starts, sessions started with --banks, ambiguous names, tampering and keyed chains,
/// unfinished sessions' reports, and a hostile answer at a live rehearsal.
@Suite("Hardening, run as a user would", .serialized)
struct HardeningCommandTests {
    @Test func twoTerminalsOnOneSessionTheSecondIsRefusedThenItResumesAndExports() throws {
        let world = try SessionWorld()
        defer { world.remove() }
        let first = try LiveProcess(["rehearse", "--as", "priya", "--store", world.store], world: world)
        #expect(first.waitFor("Question 1 of"))
        first.send("about 240")
        #expect(first.waitFor("Question 2 of"))

        let second = try world.run(["resume", "1"], stdin: "last month\nquarterly\n")
        #expect(second.status == 1, "\(second.stdout)\(second.stderr)")
        #expect(second.stderr.contains("session 1 is open in another auditsim (pid \(first.process.processIdentifier)"), "\(second.stderr)")
        #expect(!second.stderr.contains("Usage:"))

        first.send("last month")
        #expect(first.waitFor("Question 3 of"))
        first.send(":pause")
        #expect(first.waitFor("Resume with"))
        first.process.waitUntilExit()

        let resumed = try world.run(["resume", "1"], stdin: "quarterly\n:pause\n")
        #expect(resumed.status == 0, "\(resumed.stderr)")
        #expect(resumed.stdout.contains("2 of 51 questions already answered"), "\(resumed.stdout)")
        let verify = try world.run(["verify", "1"])
        #expect(verify.status == 0, "\(verify.stdout)\(verify.stderr)")
        let report = try world.run(["report", "1", "--format", "md"])
        #expect(report.status == 0, "\(report.stderr)")
        #expect(report.stdout.contains("INCOMPLETE: 3 OF 51 ANSWERED, 0 SKIPPED"), "no bare verdict for a paused session")
        #expect(report.stdout.contains("not scored (incomplete)") && !report.stdout.contains("/100"),
                "no score either: three answers of fifty-one say nothing about readiness")
        let json = try world.run(["report", "1", "--format", "json"])
        #expect(json.stdout.contains("\"incomplete: 3 of 51 answered, 0 skipped\""))
    }

    @Test func aKilledHoldersLockIsTakenOver() throws {
        let world = try SessionWorld()
        defer { world.remove() }
        let live = try LiveProcess(["rehearse", "--as", "priya", "--store", world.store], world: world)
        #expect(live.waitFor("Question 1 of"))
        live.send("about 240")
        #expect(live.waitFor("Question 2 of"))
        live.kill(SIGKILL)
        let resumed = try world.run(["resume", "1"], stdin: ":pause\n")
        #expect(resumed.status == 0, "\(resumed.stderr)")
        #expect(resumed.stderr.contains("which is no longer running; taking it over"), "\(resumed.stderr)")
        #expect(try world.run(["verify", "1"]).status == 0)
    }

    @Test func eightFirstStartsOnANewStore() throws {
        let world = try SessionWorld()
        defer { world.remove() }
        let results = (0..<8).map { _ in
            let process = Process()
            process.executableURL = Binary.url
            process.arguments = ["rehearse", "--as", "priya", "--store", world.store]
            var env = Binary.environment
            for (k, v) in world.environment { env[k] = v }
            process.environment = env
            let input = Pipe(), err = Pipe()
            process.standardInput = input
            process.standardOutput = FileHandle.nullDevice
            process.standardError = err
            try? process.run()
            input.fileHandleForWriting.write(Data(":pause\n".utf8))
            try? input.fileHandleForWriting.close()
            return (process, err)
        }
        for (process, err) in results {
            process.waitUntilExit()
            let message = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            #expect(process.terminationStatus == 0, "\(message)")
        }
        let list = try world.run(["sessions"])
        #expect(list.stdout.split(separator: "\n").count == 9, "\(list.stdout)")
    }

    @Test func aSessionStartedWithBanksResumesAndReports() throws {
        let world = try SessionWorld()
        defer { world.remove() }
        let banks = world.directory.appendingPathComponent("my-banks")
        try FileManager.default.copyItem(at: Binary.repository.appendingPathComponent("QuestionBanks"), to: banks)
        let start = try world.run(["rehearse", "--as", "priya", "--banks", banks.path], stdin: "about 240\n:pause\n")
        #expect(start.status == 0, "\(start.stderr)")
        let resumed = try world.run(["resume", "1"], stdin: ":pause\n")
        #expect(resumed.status == 0, "\(resumed.stderr)")
        #expect(try world.run(["report", "1"]).status == 0)
        // The folder the session recorded is the one used: without it, the session cannot be rebuilt.
        try FileManager.default.moveItem(at: banks, to: world.directory.appendingPathComponent("moved"))
        let gone = try world.run(["report", "1"])
        #expect(gone.status != 0)
    }

    @Test func twoPeopleOfTheSameNameAreNotGuessedBetween() throws {
        let world = try SessionWorld()
        defer { world.remove() }
        let scenario = world.directory.appendingPathComponent("twins")
        try FileManager.default.copyItem(at: Binary.repository.appendingPathComponent("Scenarios/harbourline"), to: scenario)
        let yaml = scenario.appendingPathComponent("scenario.yaml")
        let text = try String(contentsOf: yaml, encoding: .utf8)
            .replacingOccurrences(of: "- id: amira-haddad\n", with: "- id: priya-shah-2\n  name: Priya Shah\n  role: Tester\n- id: amira-haddad\n")
        try Data(text.utf8).write(to: yaml)
        let result = try world.run(["rehearse", "--as", "Priya Shah", "--scenario", scenario.path], stdin: "")
        #expect(result.status != 0)
        #expect(result.stderr.contains("priya-shah ") && result.stderr.contains("priya-shah-2"), "\(result.stderr)")
        let byID = try world.run(["rehearse", "--as", "priya-shah-2", "--scenario", scenario.path], stdin: "")
        #expect(!byID.stderr.contains("could be any of these"))
        let validate = try world.run(["validate", scenario.path])
        #expect(validate.stdout.contains("warning: staff 'priya-shah-2' has the same name") || validate.stderr.contains("warning: staff 'priya-shah-2' has the same name"))
    }

    @Test func verifyCatchesACutTailAndKeepsAHeadHash() throws {
        let world = try SessionWorld()
        defer { world.remove() }
        _ = try world.run(["rehearse", "--as", "priya"], stdin: "240\nlast month\nquarterly\n")
        let intact = try world.run(["verify", "1", "--print-head"])
        #expect(intact.status == 0, "\(intact.stdout)")
        #expect(intact.stdout.contains("✓ replay"))
        #expect(intact.stdout.contains("the chain is unkeyed"), "an unkeyed chain says what it cannot prove")
        let head = try #require(intact.stdout.split(separator: "\n").first { $0.hasPrefix("Head hash: ") }?.split(separator: " ")[2])
        #expect(try world.run(["verify", "1", "--expect-head", String(head)]).status == 0)
        #expect(try world.run(["verify", "1", "--expect-head", String(repeating: "0", count: 64)]).status == 1)
        try sqlite(world.store, "DELETE FROM turn WHERE sessionId = 1 AND seq = (SELECT MAX(seq) FROM turn WHERE sessionId = 1);")
        let cut = try world.run(["verify", "1"])
        #expect(cut.status == 1)
        #expect(cut.stdout.contains("turns were removed or added"), "\(cut.stdout)")
    }

    @Test func aKeyedSessionVerifiesOnlyWithItsKey() throws {
        let world = try SessionWorld()
        defer { world.remove() }
        let key = world.directory.appendingPathComponent("keys/chain.key")
        try FileManager.default.createDirectory(at: key.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data((0..<32).map { UInt8($0 * 7 % 256) }).write(to: key)
        let start = try world.run(["rehearse", "--as", "priya", "--chain-key", key.path], stdin: "240\n:pause\n")
        #expect(start.status == 0, "\(start.stderr)")
        #expect(start.stdout.contains("--chain-key"), "the resume command names the key")
        let keyed = try world.run(["verify", "1", "--chain-key", key.path])
        #expect(keyed.status == 0, "\(keyed.stdout)\(keyed.stderr)")
        #expect(keyed.stdout.contains("HMAC-SHA256"))
        let without = try world.run(["verify", "1"])
        #expect(without.status == 2)
        #expect(without.stdout.contains("pass --chain-key"))
        let inStore = try world.run(["verify", "1", "--chain-key", world.store + "-key"])
        #expect(inStore.status != 0)
        #expect(inStore.stderr.contains("in the store's own folder"))
    }

    @Test func aHostileAnswerAtALiveRehearsal() throws {
        let world = try SessionWorld()
        defer { world.remove() }
        let marks = "a" + String(repeating: "\u{0301}", count: 60_000)
        let answers = ["99999999999999999999 days ago", "every 9223372036854775807 weeks", "10^24 %", marks, "monthly\rquarterly", "x\u{0}y", ":pause"]
        let result = try world.run(["rehearse", "--as", "priya"], stdin: answers.joined(separator: "\n") + "\n")
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("too large to read"))
        #expect(!result.stdout.contains("\r"))
        #expect(try world.run(["verify", "1"]).status == 0)
        let show = try world.run(["show", "1"])
        #expect(!show.stdout.contains("\r") && !show.stdout.contains("\u{0}"))
        let text = try world.run(["report", "1"])
        #expect(!text.stdout.contains("\r"))
    }

    @Test func unreadableDeclaredFactsAreLocatedErrors() throws {
        let world = try SessionWorld()
        defer { world.remove() }
        let scenario = world.directory.appendingPathComponent("facts")
        try FileManager.default.copyItem(at: Binary.repository.appendingPathComponent("Scenarios/harbourline"), to: scenario)
        let yaml = scenario.appendingPathComponent("scenario.yaml")
        let text = try String(contentsOf: yaml, encoding: .utf8)
            .replacingOccurrences(of: "security-board-reporting-frequency: quarterly", with: "security-board-reporting-frequency: every 10000000000000000000 months")
            .replacingOccurrences(of: "screen-lock-timeout: 10m", with: "screen-lock-timeout: 1e308w")
        try Data(text.utf8).write(to: yaml)
        let result = try world.run(["validate", scenario.path])
        #expect(result.status == 1)
        let all = result.stdout + result.stderr
        #expect(all.contains("scenario.yaml:237:41: error: document 'isms-metrics', fact 'security-board-reporting-frequency'"), "\(all)")
        #expect(all.contains("fact 'screen-lock-timeout': '1e308w' must be a duration"))
        #expect(try world.run(["readiness", "--scenario", scenario.path, "--answers", "prepared"]).status == 1)
    }

    @Test func trendComparesFinishedRehearsalsOfOneScope() throws {
        let world = try SessionWorld()
        defer { world.remove() }
        let skips = String(repeating: ":skip\n", count: 8)
        _ = try world.run(["rehearse", "--as", "fiona"], stdin: skips)
        _ = try world.run(["rehearse", "--as", "fiona"], stdin: ":skip\n:pause\n")  // unfinished: not in the trend
        _ = try world.run(["rehearse", "--as", "fiona"], stdin: skips)
        let trend = try world.run(["sessions", "--as", "fiona"])
        #expect(trend.stdout.contains("1 other(s) left out"), "\(trend.stdout)")
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
