import Foundation
import Testing

@testable import AuditSimCore

@Suite("Loading valid files")
struct ValidLoadingTests {
    @Test func loadsTheMiniBank() throws {
        let bank = try QuestionBankLoader.load(Fixture.url("banks/mini"))
        #expect(bank.id == "mini")
        #expect(bank.controls.map(\.id) == ["9.2", "A.5.15", "A.8.13"])
        #expect(bank.soaControls.count == 2)
        #expect(bank.questions.count == 3)
        let cadence = try #require(bank.questions.first { $0.id == "A.5.15-review-cadence" })
        #expect(cadence.answer == .frequency)
        #expect(cadence.compare == .evidence(kind: "access-review", fact: .cadence, tolerance: Tolerance()))
        #expect(cadence.followUps.first?.on == .contradiction)
    }

    @Test func loadsTheMiniScenarioAndItsEvidence() throws {
        let bank = try QuestionBankLoader.load(Fixture.url("banks/mini"))
        let scenario = try ScenarioLoader.load(Fixture.url("scenarios/mini"), bank: bank)
        #expect(scenario.organisation.name == "Mini Ltd")
        #expect(scenario.organisation.auditDate == Day(year: 2026, month: 11, day: 16))
        #expect(scenario.staff.first?.topManagement == true)
        #expect(scenario.documents.first { $0.id == "access-procedure" }?.facts["access-review-frequency"] == "quarterly")
        #expect(scenario.soa.allSatisfy { $0.implemented == .yes })
        #expect(scenario.answerSets.map(\.id) == ["prepared"])
        #expect(scenario.answerSets.first?.answers["A.8.13-restore-walkthrough"]?.followUp == "Nothing to add.")

        let tables = try EvidenceLoader.loadAll(scenario)
        let reviews = try #require(tables.first { $0.source.id == "access-reviews" })
        #expect(reviews.records.map(\.id) == ["AR-1", "AR-2", "AR-3"])
        // A quoted field may hold a comma and a newline.
        #expect(reviews.records.map { reviews.value("approver", in: $0) } == ["Ann Lee", "Ann Lee", "Ann Lee"])
        #expect(reviews.records[1].day == Day(year: 2026, month: 9, day: 30))
        let backups = try #require(tables.first { $0.source.id == "backups" })
        #expect(backups.records.count == 229)
        #expect(backups.records.first?.minutes == 90)
    }
}

@Suite("Broken files give located errors, all of them")
struct BrokenLoadingTests {
    static let mini = Fixture.url("banks/mini")

    func diagnostics(_ paths: String...) -> [String] {
        let report = Validator(knownBanks: [Self.mini]).validate(paths.map(Fixture.url))
        // Paths print relative to the working directory when inside it; strip either form.
        return report.diagnostics.map { d in
            var d = d
            for prefix in [Fixture.root.path + "/", "Tests/AuditSimCoreTests/Fixtures/"] where d.file.hasPrefix(prefix) {
                d.file = String(d.file.dropFirst(prefix.count))
            }
            return d.description
        }
    }

    @Test(arguments: [
        ("broken/syntax-bank", "broken/syntax-bank/bank.yaml:3:9: error: YAML syntax: did not find expected ',' or ']'"),
        ("broken/tabs-bank", "broken/tabs-bank/bank.yaml:3:1: error: YAML syntax: found character that cannot start any token"),
        ("broken/dupkey-bank", "broken/dupkey-bank/bank.yaml:9:5: error: duplicate key 'title' in the same mapping"),
        ("broken/empty-bank", "broken/empty-bank/bank.yaml: error: file is empty"),
        ("broken/notutf8-bank", "broken/notutf8-bank/bank.yaml:1:8: error: file is not valid UTF-8"),
    ])
    func fileLevelProblems(path: String, expected: String) {
        let found = diagnostics(path)
        #expect(found.count == 1)
        #expect(found.first?.hasPrefix(expected) == true, "got \(found)")
    }

    @Test func tabsGetAHint() {
        #expect(diagnostics("broken/tabs-bank").first?.hasSuffix("indent with spaces, not tabs") == true)
    }

    @Test func everyFieldProblemInABankIsListed() {
        let found = diagnostics("broken/fields-bank")
        let expected = [
            "broken/fields-bank/bank.yaml:11:11: error: 'kind' must be one of 'requirement', 'control', not 'clause'",
            "broken/fields-bank/bank.yaml:14:5: error: unknown key 'titel' in a control; did you mean 'title'?",
            "broken/fields-bank/bank.yaml:13:5: error: missing required key 'title'",
            "broken/fields-bank/questions/q.yaml:4:12: error: 'stage' must be between 1 and 2, not 3",
            "broken/fields-bank/questions/q.yaml:5:15: error: 'audience' must be one of 'control-owner', 'isms-manager', 'top-management', 'any-staff', not 'auditor'",
            "broken/fields-bank/questions/q.yaml:17:5: error: a choice question needs 'options'",
            "broken/fields-bank/questions/q.yaml:9:5: error: question 'q1' is about control 'A.9', which bank.yaml does not list",
        ]
        for line in expected { #expect(found.contains(line), "missing: \(line)\nin: \(found)") }
        #expect(found.contains { $0.hasPrefix("broken/fields-bank/questions/q.yaml:16:47: error: 'fact' must be one of") && $0.hasSuffix("not 'speed'") })
        #expect(found.count == 8)
    }

    @Test func everyProblemInAScenarioIsListed() {
        let found = diagnostics("broken/scenario")
        let expected = [
            "broken/scenario/scenario.yaml:3:21: error: 'persons-in-scope' must be a whole number",
            "broken/scenario/scenario.yaml:6:20: error: 'operating-since' must be a date written YYYY-MM-DD (a real day), not '2026-02-30'",
            "broken/scenario/scenario.yaml:12:21: error: 'top-management' must be true or false, not 'yes'",
            "broken/scenario/scenario.yaml:25:18: error: 'next-review' must be a date written YYYY-MM-DD (a real day), not '2026-13-01'",
            "broken/scenario/scenario.yaml:30:18: error: 'implemented' must be one of 'yes', 'partial', 'no', 'planned', not 'sometimes'",
            "broken/scenario/scenario.yaml:40:16: error: 'sometimes' is not a frequency (daily, weekly, monthly, quarterly, every 10 days …)",
            "broken/scenario/scenario.yaml:14:5: error: duplicate staff id 'ann'",
            "broken/scenario/scenario.yaml:9:5: error: ann owns 'A.9.99', which is not in bank 'mini'",
            "broken/scenario/scenario.yaml:21:5: error: approver of document 'procedure' is 'zed', who is not in staff",
            "broken/scenario/scenario.yaml:32:5: error: evidence 'reviews' is documented in 'nowhere', which is not a document id",
            "broken/scenario/scenario.yaml:42:5: error: evidence 'outside': path '../../etc/passwd' leaves the scenario folder",
            "broken/scenario/answers/nervous.yaml:1:1: error: respondent 'nobody' is not a staff id",
            "broken/scenario/answers/nervous.yaml:5:3: error: 'no-such-question' is not a question in bank 'mini'",
            "broken/scenario/answers/panel.yaml:3:3: error: panel answer 2 to 'A.5.15-review-cadence' is given by 'zed', who is not a staff id",
            "broken/scenario/evidence/reviews.csv:3: error: column 'done': '31/06/2026' is not a date in the declared format dd/MM/yyyy",
            "broken/scenario/evidence/reviews.csv:4: error: row has 2 field(s), the header has 3",
        ]
        for line in expected { #expect(found.contains(line), "missing: \(line)\nin: \(found)") }
        #expect(found.contains { $0.contains("'kind' must be one of") && $0.hasSuffix("not 'polcy'") })
    }

    @Test func theValidFixturesAreClean() {
        #expect(diagnostics("banks/mini", "scenarios/mini").isEmpty)
    }
}

@Suite("Evidence files")
struct EvidenceFileTests {
    func scenario(csv: String, format: String = "yyyy-MM-dd", file: String = "evidence/e.csv") throws -> (Scenario, URL) {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("auditsim-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir.appendingPathComponent("evidence"), withIntermediateDirectories: true)
        try Data(csv.utf8).write(to: dir.appendingPathComponent("evidence/e.csv"))
        let source = EvidenceSource(id: "e", kind: "change", title: "E", controls: ["A.8.32"], file: file, idColumn: "id",
                                    dateColumn: "date", dateFormat: DateFormat(pattern: format)!, approverColumn: "approver")
        let org = Organisation(name: "O", sector: "", personsInScope: 5, scope: "", auditDate: Day(iso: "2026-11-16")!,
                               operatingSince: Day(iso: "2026-04-01")!)
        return (Scenario(directory: dir, name: "t", organisation: org, bankID: "mini", staff: [], documents: [], soa: [],
                         evidence: [source]), dir)
    }

    func problems(_ csv: String, file: String = "evidence/e.csv") throws -> [String] {
        let (s, _) = try scenario(csv: csv, file: file)
        let log = DiagnosticLog()
        _ = EvidenceLoader.load(s.evidence[0], in: s, log: log)
        return log.diagnostics.map { "\($0.line.map(String.init) ?? "-"): \($0.message)" }
    }

    @Test func crlfAndBOMAreFine() throws {
        #expect(try problems("\u{FEFF}id,date,approver\r\nC-1,2026-05-01,Ann\r\nC-2,2026-05-02,Bob\r\n").isEmpty)
    }

    @Test func missingColumnsAreNamed() throws {
        #expect(try problems("id,when\nC-1,2026-05-01\n") == ["1: evidence 'e' declares column(s) 'date', 'approver' that the header lacks (header: id, when)"])
    }

    @Test func emptyFileHasNoHeader() throws {
        #expect(try problems("") == ["-: file is empty: an evidence export needs a header row"])
    }

    @Test func impossibleAndLateDatesAreReportedByRow() throws {
        let found = try problems("id,date,approver\nC-1,2026-02-30,A\nC-2,2026-12-01,A\nC-2,2026-06-01,A\n")
        #expect(found == [
            "2: column 'date': '2026-02-30' is not a date in the declared format yyyy-MM-dd",
            "3: column 'date': dated 2026-12-01, after the audit date 2026-11-16",
            "4: column 'id': duplicate id 'C-2'",
        ])
    }

    @Test func manyBadRowsAreSummarised() throws {
        let rows = (1...40).map { "C-\($0),not-a-date,A" }.joined(separator: "\n")
        let found = try problems("id,date,approver\n" + rows)
        #expect(found.count == 11)
        #expect(found.last == "-: and 30 more rows in column 'date' with problems")
    }

    @Test func symlinksOutsideTheScenarioAreRefused() throws {
        let (s, dir) = try scenario(csv: "id,date,approver\n")
        try FileManager.default.createSymbolicLink(atPath: dir.appendingPathComponent("evidence/link.csv").path,
                                                   withDestinationPath: "/etc/hostname")
        var source = s.evidence[0]
        source.file = "evidence/link.csv"
        let log = DiagnosticLog()
        #expect(EvidenceLoader.load(source, in: s, log: log) == nil)
        #expect(log.diagnostics.first?.message.contains("outside the scenario folder") == true)
    }

    @Test func invalidUTF8IsLocated() throws {
        let (s, dir) = try scenario(csv: "")
        try Data([0x69, 0x64, 0x0A, 0xC3, 0x28]).write(to: dir.appendingPathComponent("evidence/e.csv"))
        let log = DiagnosticLog()
        _ = EvidenceLoader.load(s.evidence[0], in: s, log: log)
        #expect(log.diagnostics.map(\.description).first?.hasSuffix("e.csv:2:1: error: file is not valid UTF-8 text") == true)
    }
}
