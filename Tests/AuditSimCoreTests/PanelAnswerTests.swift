import Foundation
import Testing

@testable import AuditSimCore

/// Several people answering one question (JUDGEMENT.md §6): each answer is judged as its
/// speaker's own, in the order given, and only the person whose account disagrees with the
/// records is noted.
@Suite("Panel: several answers to one question")
struct PanelAnswerTests {
    static let restoreLast = "A.8.13-restore-last"

    /// Calderway's panel with two engineers describing the last restore test: Dave has the
    /// date of the test of 12 November right, Tomasz gives 22 October.
    static func run() throws -> AuditRun {
        let root = ShippedScenarioTests.root
        let bank = try QuestionBankLoader.load(root.banksDirectory.appendingPathComponent("iso27001-2022"))
        let scenario = try ScenarioLoader.load(root.scenariosDirectory.appendingPathComponent("calderway"), bank: bank)
        var answers = try #require(scenario.answerSet("panel"))
        answers.responses[restoreLast] = [
            .init(text: "Thursday the 12th of November - the WMS database, back inside the four hours.", by: "dave-kettering"),
            .init(text: "Thursday the 22nd of October, I think - it was the file server that time.", by: "tomasz-wrobel"),
        ]
        return AuditRun(scenario: scenario, bank: bank, tables: try EvidenceLoader.loadAll(scenario), answers: answers)
    }

    @Test func eachAnswerIsJudgedAsItsSpeakersOwn() throws {
        let run = try Self.run()
        let turns = run.turns.filter { $0.questionID == Self.restoreLast }
        #expect(turns.map(\.interviewee) == ["dave-kettering", "tomasz-wrobel"])
        #expect(turns.map(\.judgement.verdict) == [.consistent, .contradicts], "\(turns.map(\.judgement.explanation))")
        let summary = GapSummary(run: run, answerSet: "panel")
        let named = summary.interviews.filter { $0.question == Self.restoreLast }.map(\.interviewee)
        let expected = ["dave-kettering", "tomasz-wrobel"].compactMap { run.scenario.staffMember($0)?.addressed }
        #expect(named == expected)
    }

    @Test func onlyTheSpeakerWhoContradictsTheRecordsIsNoted() throws {
        let run = try Self.run()
        let cites = { (f: Finding) in f.evidence.contains { $0.kind == .answer && $0.reference == Self.restoreLast } }
        let noted = run.findings.filter(cites) + run.coaching.filter(cites)
        #expect(noted.count == 1, "\(noted.map(\.id))")
        #expect(noted.first?.rule == .answerContradicts)
        #expect(noted.first?.grade == .observation)
        #expect(noted.first?.person == "tomasz-wrobel")
        #expect(noted.first?.found.contains("Tomasz") == true)
        #expect(noted.first?.found.contains("Dave") == false, "\(noted.first?.found ?? "")")
    }

    @Test func aSingleAnswerIsAPanelOfOne() throws {
        let set = AnswerSet(id: "t", persona: "p", answers: ["q": .init(text: "Monthly.", by: "ann")])
        #expect(set.responses["q"]?.count == 1)
        #expect(set.answers["q"]?.by == "ann")
    }

    @Test func everyProblemInAPanelListIsReportedWhereItIs() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("auditsim-panel-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("panel.yaml")
        try Data("""
            persona: a panel
            answers:
              6.1.2-risk-owners:
                - by: ian-pollard
                  answer: Yes, I signed the treatment plan for my risks in March.
                - by: ruth-ng
                  answr: Yes, mine too.
                - Yes, we all did.
              A.8.13-restore-last: []

            """.utf8).write(to: file)
        let log = DiagnosticLog()
        let loaded = try #require(AnswerSetLoader.load(file, log: log))
        let found = log.diagnostics.map { $0.description.replacingOccurrences(of: loaded.file, with: "panel.yaml") }
        #expect(found == [
            "panel.yaml:7:7: error: unknown key 'answr' in a panel answer ({ by:, answer: }); did you mean 'answer'?",
            "panel.yaml:6:7: error: missing required key 'answer'",
            "panel.yaml:8:7: error: a panel answer ({ by:, answer: }) must be a mapping of keys to values",
            "panel.yaml:9:24: error: 'A.8.13-restore-last' lists no answers",
        ])
        #expect(loaded.0.responses["6.1.2-risk-owners"]?.map(\.by) == ["ian-pollard"])
    }
}
