import Foundation
import Testing
@testable import AuditSimCore

/// Broken, hostile and enormous files (Fixtures/hostile, and big ones made here in a temp
/// folder): each gives a clear, located diagnostic or loads correctly, and none crashes or
/// hangs. The time bound only catches a hang; it is far above the real cost.
/// (`Answers/HostileInputTests.swift` covers hostile answer text.)
@Suite("Hostile files never crash or hang")
struct HostileFileTests {
    static let hang = Duration.seconds(30)
    static let bank = Fixture.url("banks/mini")

    /// A copy of the mini scenario in a temp folder, with `files` (relative path → bytes) replaced.
    static func scenario(_ files: [String: Data] = [:]) throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("auditsim-hostile-\(UUID().uuidString)")
        try FileManager.default.copyItem(at: Fixture.url("scenarios/mini"), to: dir)
        for (path, data) in files {
            let url = dir.appendingPathComponent(path)
            try? FileManager.default.removeItem(at: url)
            try data.write(to: url)
        }
        return dir
    }

    static func corpus(_ name: String) throws -> Data { try Data(contentsOf: Fixture.url("hostile/\(name)")) }

    /// Every diagnostic of `validate`, as printed, and how long it took.
    static func validate(_ dir: URL) -> [String] {
        let clock = ContinuousClock(), start = clock.now
        let report = Validator(knownBanks: [bank]).validate([dir])
        #expect(clock.now - start < hang, "validate took \(clock.now - start)")
        return report.diagnostics.map(\.description)
    }

    static func expectDiagnostic(_ diagnostics: [String], _ fragment: String, in file: String) {
        #expect(diagnostics.contains { $0.contains(file) && $0.contains(fragment) },
                "no '\(fragment)' for \(file) in:\n\(diagnostics.joined(separator: "\n"))")
    }

    @Test(arguments: [
        ("truncated.yaml", "YAML syntax"),
        ("tabs.yaml", "indent with spaces, not tabs"),
        ("duplicate-keys.yaml", "duplicate key 'name'"),
        ("deep-nesting.yaml", "Maximum nesting level reached"),
        ("billion-laughs.yaml", "aliases here expand to more than"),
        ("billion-laughs-keys.yaml", "aliases here expand to more than"),
        ("binary-junk.yaml", "not valid UTF-8"),
        ("invalid-utf8.yaml", "scenario.yaml:2:"),
    ])
    func brokenScenarioYAMLIsReported(_ name: String, _ fragment: String) throws {
        let dir = try Self.scenario(["scenario.yaml": try Self.corpus(name)])
        defer { try? FileManager.default.removeItem(at: dir) }
        Self.expectDiagnostic(Self.validate(dir), fragment, in: "scenario.yaml")
    }

    @Test func deepBlockNestingIsReported() throws {
        let deep = (0..<2_000).map { String(repeating: " ", count: $0) + "k\($0):" }.joined(separator: "\n") + " x\n"
        let dir = try Self.scenario(["scenario.yaml": Data(deep.utf8)])
        defer { try? FileManager.default.removeItem(at: dir) }
        Self.expectDiagnostic(Self.validate(dir), "Maximum nesting level reached", in: "scenario.yaml")
    }

    @Test func yamlOverTheSizeLimitIsRefusedUnread() throws {
        var huge = Data("organisation:\n  name: Big\n  scope: \"".utf8)
        huge.append(Data(repeating: UInt8(ascii: "x"), count: 17 * 1_048_576))
        huge.append(Data("\"\n".utf8))
        let dir = try Self.scenario(["scenario.yaml": huge])
        defer { try? FileManager.default.removeItem(at: dir) }
        Self.expectDiagnostic(Self.validate(dir), "data files are limited to 16 MB", in: "scenario.yaml")
    }

    @Test func aHundredMegabyteLineIsReportedNotFatal() throws {
        var line = Data("review_id,completed_on,reviewer,approver,notes\n".utf8)
        line.append(Data(repeating: UInt8(ascii: "z"), count: 100 * 1_048_576))
        let dir = try Self.scenario(["evidence/access-reviews.csv": line])
        defer { try? FileManager.default.removeItem(at: dir) }
        Self.expectDiagnostic(Self.validate(dir), "row has 1 field(s), the header has 5", in: "access-reviews.csv")
        // The same line as YAML is over the size limit.
        let yaml = try Self.scenario(["scenario.yaml": line])
        defer { try? FileManager.default.removeItem(at: yaml) }
        Self.expectDiagnostic(Self.validate(yaml), "limited to 16 MB", in: "scenario.yaml")
    }

    @Test func bomAndCRLFScenarioLoadsLikeTheOriginal() throws {
        let original = try String(contentsOf: Fixture.url("scenarios/mini/scenario.yaml"), encoding: .utf8)
        let crlf = Data([0xEF, 0xBB, 0xBF]) + Data(original.replacingOccurrences(of: "\n", with: "\r\n").utf8)
        let dir = try Self.scenario(["scenario.yaml": crlf, "evidence/access-reviews.csv": try Self.corpus("bom-crlf.csv")])
        defer { try? FileManager.default.removeItem(at: dir) }
        #expect(Self.validate(dir).filter { $0.contains("error") }.isEmpty)
        let scenario = try ScenarioLoader.load(dir, bank: try QuestionBankLoader.load(Self.bank))
        #expect(scenario.organisation.name == "Mini Ltd")
        let reviews = try #require(try EvidenceLoader.loadAll(scenario).first { $0.source.id == "access-reviews" })
        #expect(reviews.records.map(\.id) == ["AR-1", "AR-2"])
        #expect(reviews.columns.first == "review_id")
    }

    @Test func quotedCommasNewlinesAndQuotesLoadCorrectly() throws {
        let dir = try Self.scenario(["evidence/access-reviews.csv": try Self.corpus("quoted.csv")])
        defer { try? FileManager.default.removeItem(at: dir) }
        #expect(Self.validate(dir).filter { $0.contains("error") }.isEmpty)
        let scenario = try ScenarioLoader.load(dir)
        let table = try EvidenceLoader.load(scenario.evidence[0], in: scenario)
        #expect(table.records.map(\.id) == ["AR-1", "AR-2"])
        #expect(table.records.map { table.value("reviewer", in: $0) } == ["Kay, Bob", "Bob Kay"])
        #expect(table.records.map { table.value("approver", in: $0) } == ["Ann Lee", "Lee,\nAnn"])
        #expect(table.records.map(\.row) == [2, 3])
    }

    @Test(arguments: [
        ("ragged.csv", "row has 4 field(s), the header has 5"),
        ("ragged.csv", "row has 6 field(s), the header has 5"),
        ("missing-header.csv", "declares column(s) 'review_id', 'completed_on'"),
        ("empty.csv", "file is empty: an evidence export needs a header row"),
        ("impossible-dates.csv", "'30/02/2026' is not a date in the declared format dd/MM/yyyy"),
        ("impossible-dates.csv", "'31/04/2026' is not a date"),
        ("impossible-dates.csv", "'29/02/2026' is not a date"),
        ("binary.csv", "access-reviews.csv"),
    ])
    func brokenCSVIsReported(_ name: String, _ fragment: String) throws {
        let dir = try Self.scenario(["evidence/access-reviews.csv": try Self.corpus(name)])
        defer { try? FileManager.default.removeItem(at: dir) }
        Self.expectDiagnostic(Self.validate(dir), fragment, in: "access-reviews.csv")
    }

    @Test(arguments: ["../../../../etc/passwd", "/etc/passwd", "evidence/../../outside.csv", "~/secrets.csv"])
    func pathsLeavingTheScenarioAreRefused(_ path: String) throws {
        let original = try String(contentsOf: Fixture.url("scenarios/mini/scenario.yaml"), encoding: .utf8)
        let yaml = original.replacingOccurrences(of: "file: evidence/access-reviews.csv", with: "file: \"\(path)\"")
        let dir = try Self.scenario(["scenario.yaml": Data(yaml.utf8)])
        defer { try? FileManager.default.removeItem(at: dir) }
        let diagnostics = Self.validate(dir)
        #expect(diagnostics.contains { $0.contains("leaves the scenario folder") || $0.contains("is absolute") }, "\(diagnostics)")
        #expect(!diagnostics.contains { $0.contains("root:") })  // nothing of the target file is read
    }

    @Test func symlinksPointingOutsideAreRefused() throws {
        let outside = FileManager.default.temporaryDirectory.appendingPathComponent("auditsim-outside-\(UUID().uuidString).csv")
        try Data("review_id,completed_on,reviewer,approver,notes\nX-1,30/06/2026,A,B,secret\n".utf8).write(to: outside)
        let dir = try Self.scenario()
        defer { try? FileManager.default.removeItem(at: dir); try? FileManager.default.removeItem(at: outside) }
        let link = dir.appendingPathComponent("evidence/access-reviews.csv")
        try FileManager.default.removeItem(at: link)
        try FileManager.default.createSymbolicLink(at: link, withDestinationURL: outside)
        Self.expectDiagnostic(Self.validate(dir), "outside the scenario folder", in: "access-reviews.csv")
        // An absolute link to a system file is refused the same way.
        try FileManager.default.removeItem(at: link)
        try FileManager.default.createSymbolicLink(atPath: link.path, withDestinationPath: "/etc/hostname")
        Self.expectDiagnostic(Self.validate(dir), "outside the scenario folder", in: "access-reviews.csv")
    }
}

/// Issue 15, category 3: what the loaders used to accept silently is now a located error
/// (or a located warning where the scenario must still load).
@Suite("Strict loaders")
struct StrictLoaderTests {
    static func scenario(yaml edit: (String) -> String = { $0 }, files: [String: String] = [:]) throws -> URL {
        let original = try String(contentsOf: Fixture.url("scenarios/mini/scenario.yaml"), encoding: .utf8)
        var all = files.mapValues { Data($0.utf8) }
        all["scenario.yaml"] = Data(edit(original).utf8)
        return try HostileFileTests.scenario(all)
    }

    static func expect(_ dir: URL, _ fragment: String, in file: String, severity: String = "error",
                       sourceLocation: SourceLocation = #_sourceLocation) {
        defer { try? FileManager.default.removeItem(at: dir) }
        let diagnostics = HostileFileTests.validate(dir)
        #expect(diagnostics.contains { $0.contains(file + ":") && $0.contains(": \(severity): ") && $0.contains(fragment) },
                "no \(severity) '\(fragment)' in \(file):\n\(diagnostics.joined(separator: "\n"))", sourceLocation: sourceLocation)
    }

    static let header = "review_id,completed_on,reviewer,approver,notes\n"

    @Test func unterminatedQuoteIsLocatedNotSwallowed() throws {
        let csv = Self.header + "AR-1,30/06/2026,Bob Kay,Ann Lee,\"Q2 review\nAR-2,30/09/2026,Bob Kay,Ann Lee,ok\nAR-3,30/10/2026,Bob Kay,Ann Lee,ok\n"
        Self.expect(try Self.scenario(files: ["evidence/access-reviews.csv": csv]), "access-reviews.csv:2:33: error: a quoted field opens here and is never closed",
                    in: "access-reviews.csv")
        #expect(CSVRows.unterminatedQuote(in: Data(csv.utf8)) == .init(line: 2, column: 33))
        #expect(CSVRows.unterminatedQuote(in: Data("a,\"b\nc\"\nd,\"e".utf8)) == .init(line: 3, column: 3))
        #expect(CSVRows.unterminatedQuote(in: Data("a,\"b\r\nc\"\r\nd,\"\"\"\"\n".utf8)) == nil)
    }

    @Test func aColumnNamedTwiceIsAnError() throws {
        let csv = "review_id,completed_on,reviewer,approver,completed_on\nAR-1,30/06/2026,Bob Kay,Ann Lee,01/01/2020\n"
        Self.expect(try Self.scenario(files: ["evidence/access-reviews.csv": csv]), "names column 'completed_on' twice", in: "access-reviews.csv:1")
    }

    /// A due date a timeliness rule counts from may lie after the audit (a joiner's training
    /// due next month): it is a plan, not a record, and not an error.
    @Test func aDueDateInTheFutureIsAPlan() throws {
        let yaml: (String) -> String = {
            $0.replacingOccurrences(of: "    frequency: quarterly\n", with: "    frequency: quarterly\n    timeliness: { from: notes, to: completed_on, within: 0d }\n")
        }
        let csv = Self.header + "AR-1,30/06/2026,Bob Kay,Ann Lee,01/07/2026\nAR-2,30/09/2026,Bob Kay,Ann Lee,01/01/2027\n"
        let dir = try Self.scenario(yaml: yaml, files: ["evidence/access-reviews.csv": csv])
        defer { try? FileManager.default.removeItem(at: dir) }
        let diagnostics = HostileFileTests.validate(dir)
        #expect(!diagnostics.contains { $0.contains("after the audit date") }, "\(diagnostics)")
    }

    @Test func recordDatesAfterTheAuditDateInAnyDateColumn() throws {
        let yaml: (String) -> String = {
            $0.replacingOccurrences(of: "    frequency: quarterly\n", with: "    frequency: quarterly\n    timeliness: { from: completed_on, to: notes, within: 3d }\n")
        }
        let csv = Self.header + "AR-1,30/06/2026,Bob Kay,Ann Lee,01/07/2026\nAR-2,30/09/2026,Bob Kay,Ann Lee,01/01/2027\n"
        Self.expect(try Self.scenario(yaml: yaml, files: ["evidence/access-reviews.csv": csv]), "column 'notes': dated 2027-01-01, after the audit date",
                    in: "access-reviews.csv:3")
    }

    @Test(arguments: [
        ("frequency: daily", "frequency: every -3 days", "'every -3 days': the interval must be a whole number of at least 1"),
        ("frequency: daily", "frequency: every 9223372036854775807 weeks", "longer than the longest interval auditsim reads"),
        ("frequency: daily", "frequency: every 9223372036854775807 days", "longer than the longest interval auditsim reads"),
        ("frequency: daily", "frequency: every 1000000000000000000 months", "longer than the longest interval auditsim reads"),
        ("frequency: daily", "frequency: daily\n    timeliness: { from: ran_at, to: ran_at, within: 1e308w }", "at most 100 years, not '1e308w'"),
        ("operating-since: 2026-04-01", "operating-since: 0001-01-01", "longer than the hundred years auditsim reads"),
        ("approved-on: 2026-03-01\n    next-review", "approved-on: 2027-03-01\n    next-review", "'approved-on' 2027-03-01 is after the audit date"),
        ("  - id: bob\n", "  - id: \"\"\n", "staff id is empty"),
        ("    name: Bob Kay\n", "    name: \"  \"\n", "staff name is empty"),
        ("  - id: access-reviews\n", "  - id: \" \"\n", "evidence source id is empty"),
    ])
    func scenarioYAMLIsStrict(_ old: String, _ new: String, _ fragment: String) throws {
        Self.expect(try Self.scenario(yaml: { $0.replacingOccurrences(of: old, with: new) }), fragment, in: "scenario.yaml")
    }

    @Test func operatingPeriodOfEightThousandYearsIsRefusedFast() throws {
        let yaml: (String) -> String = {
            $0.replacingOccurrences(of: "operating-since: 2026-04-01", with: "operating-since: 0001-01-01")
                .replacingOccurrences(of: "audit-date: 2026-11-16", with: "audit-date: 9999-12-31")
        }
        Self.expect(try Self.scenario(yaml: yaml), "scenario.yaml:7:20: error: the ISMS operating period", in: "scenario.yaml")
    }

    @Test(arguments: [("BOB", "only by case"), ("b\u{043E}b", "only by letters that look alike"), ("Bob", "only by case")])
    func idsThatLookTheSameAreRefused(_ id: String, _ how: String) throws {
        let yaml: (String) -> String = {
            $0.replacingOccurrences(of: "staff:\n", with: "staff:\n  - id: \"\(id)\"\n    name: Robert Twin\n    role: Tester\n")
        }
        Self.expect(try Self.scenario(yaml: yaml), "'bob' differs from '\(id)' \(how)", in: "scenario.yaml")
    }

    @Test func sameDisplayNameIsAWarningAndStillLoads() throws {
        let yaml: (String) -> String = {
            $0.replacingOccurrences(of: "staff:\n", with: "staff:\n  - id: bob2\n    name: Bob Kay\n    role: Tester\n")
        }
        let dir = try Self.scenario(yaml: yaml)
        _ = try ScenarioLoader.load(dir, bank: try QuestionBankLoader.load(HostileFileTests.bank))
        Self.expect(dir, "has the same name as", in: "scenario.yaml", severity: "warning")
    }

    @Test func fifoIsNotARegularFile() throws {
        let dir = try Self.scenario()
        let fifo = dir.appendingPathComponent("answers/piped.yaml")
        #expect(mkfifo(fifo.path, 0o600) == 0)
        let csv = dir.appendingPathComponent("evidence/backups.csv")
        try FileManager.default.removeItem(at: csv)
        #expect(mkfifo(csv.path, 0o600) == 0)
        let diagnostics = HostileFileTests.validate(dir)
        defer { try? FileManager.default.removeItem(at: dir) }
        #expect(diagnostics.contains { $0.contains("piped.yaml: error: not a regular file (it is a FIFO)") }, "\(diagnostics)")
        #expect(diagnostics.contains { $0.contains("backups.csv: error: not a regular file (it is a FIFO)") }, "\(diagnostics)")
        #expect(FileChecks.notRegular(URL(fileURLWithPath: "/dev/null"))?.contains("device") == true)
        #expect(!diagnostics.contains { $0.contains("permission") })
    }

    @Test func answerSetLinkLeavingTheScenarioIsRefused() throws {
        let outside = FileManager.default.temporaryDirectory.appendingPathComponent("auditsim-outside-\(UUID().uuidString).yaml")
        try Data("persona: outsider\nanswers: {}\n".utf8).write(to: outside)
        let dir = try Self.scenario()
        defer { try? FileManager.default.removeItem(at: outside) }
        try FileManager.default.createSymbolicLink(at: dir.appendingPathComponent("answers/outsider.yaml"), withDestinationURL: outside)
        Self.expect(dir, "answer set 'outsider.yaml' is a link to", in: "outsider.yaml")
    }
}
