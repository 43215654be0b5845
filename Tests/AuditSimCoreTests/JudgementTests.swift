import Foundation
import Testing

@testable import AuditSimCore

/// The judgement JUDGEMENT.md describes, checked on the shipped organisations and on copies of
/// them with one answer changed: one nonconformity per issue, grades in proportion, interviews
/// as evidence, coaching kept out of the gap summary.
@Suite("Judging like a certification body")
struct JudgementTests {
    static let root = ShippedScenarioTests.root

    static func run(_ name: String, answers set: String, changing changes: [String: String] = [:],
                    options: AuditRun.Options = .init()) throws -> AuditRun {
        let bank = try QuestionBankLoader.load(root.banksDirectory.appendingPathComponent("iso27001-2022"))
        let scenario = try ScenarioLoader.load(root.scenariosDirectory.appendingPathComponent(name), bank: bank)
        var answers = try #require(scenario.answerSet(set))
        for (question, text) in changes { answers.responses[question] = [AnswerSet.Answer(text: text)] }
        return AuditRun(scenario: scenario, bank: bank, tables: try EvidenceLoader.loadAll(scenario), answers: answers,
                        options: options)
    }

    @Test(arguments: [
        ("A.8.13-restore-last", "In August, I think."),
        ("A.6.5-leaver-on-time", "eleven"),
        ("A.5.15-review-cadence", "Once a year."),
        ("A.8.32-approval-rate", "All of them, the CAB signs everything."),
    ])
    func oneSlipInInterviewLeavesHarbourlineReadyWithCorrectiveActions(question: String, answer: String) throws {
        let baseline = try Self.run("harbourline", answers: "prepared")
        let run = try Self.run("harbourline", answers: "prepared", changing: [question: answer])
        #expect(run.readiness.verdict == .readyWithActions, "\(question): \(answer)")
        #expect(!run.findings.contains { $0.grade == .major }, "\(run.findings.filter { $0.grade == .major }.map(\.found))")
        // At most one observation more than the prepared run: a slip is awareness, not a nonconformity.
        let nonconformities = { (r: AuditRun) in r.findings.filter(\.grade.isNonconformity).map(\.id) }
        #expect(nonconformities(run) == nonconformities(baseline))
    }

    @Test func fenwicksLogReviewExportIsOneFindingWithItsFacets() throws {
        let run = try Self.run("fenwick", answers: "nervous")
        let logs = run.findings.filter { $0.control == "A.8.15" }
        let f = try #require(logs.theOnly)
        #expect(f.rule != .systemic && f.grade == .minor)
        #expect(Set(f.facets.map(\.rule)).isSuperset(of: [.missedPeriod, .frequencyDrift, .lateItems]))
        #expect(!run.findings.contains { $0.rule == .systemic })
    }

    @Test func brightwatersHRManagerGivesNoMajor() throws {
        for set in ["prepared", "nervous"] {
            let run = try Self.run("brightwater", answers: set)
            #expect(!run.findings.contains { $0.grade == .major && $0.control == "A.6.5" })
            #expect(!run.findings.contains { $0.grade == .major && $0.evidence.contains { $0.reference.hasPrefix("A.6.5") } })
        }
    }

    @Test(arguments: ShippedScenarioTests.cases.map { "\($0.0)/\($0.1)" })
    func coachingNeverReachesTheGapSummary(_ key: String) throws {
        let parts = key.split(separator: "/").map(String.init)
        let run = try Self.run(parts[0], answers: parts[1])
        let coachingRules: Set<FindingRule> = [.hedgedAnswer, .recitedAnswer, .thinAnswer, .improvement]
        #expect(!run.findings.contains { coachingRules.contains($0.rule) })
        #expect(run.coaching.allSatisfy { coachingRules.contains($0.rule) })
        // Interview findings the organisation sees are about awareness (7.3), naming the person.
        for f in run.findings where f.rule == .answerContradicts || f.rule == .cannotDescribe {
            #expect(f.control == "7.3" && f.person != nil, "\(f.id)")
        }
        #expect(!run.findings.contains { $0.grade == .major && $0.sources == [.said] })
    }

    @Test func nothingGradesFromWhatWasSaidAlone() throws {
        // Every frequency question answered "Never.", against records that show the controls
        // operating: still no major from what was said.
        let bank = try QuestionBankLoader.load(Self.root.banksDirectory.appendingPathComponent("iso27001-2022"))
        let majors = bank.questions.filter { $0.answer == .frequency && $0.stage == .operational }.map(\.id)
        #expect(!majors.isEmpty)
        let run = try Self.run("harbourline", answers: "prepared", changing: Dictionary(uniqueKeysWithValues: majors.map { ($0, "Never.") }))
        #expect(!run.findings.contains { $0.grade == .major })
    }

    @Test func controlsNobodyExaminedAreNotAssessedRatherThanPerfect() throws {
        let run = try Self.run("harbourline", answers: "prepared", options: .init(stages: [.operational], controls: ["A.8.13"]))
        #expect(run.readiness.notAssessed.contains("A.7.4"))
        #expect(!run.readiness.controls.contains { $0.name == "A.7.4" })
        #expect(run.readiness.controls.contains { $0.name == "A.8.13" })
    }

    @Test func oneMajorAndSixMajorsScoreDifferently() throws {
        let fenwick = try Self.run("fenwick", answers: "prepared")
        let brightwater = try Self.run("brightwater", answers: "prepared")
        let majors = { (r: AuditRun) in r.findings.filter { $0.grade == .major }.count }
        #expect(majors(fenwick) < majors(brightwater))
        #expect(fenwick.readiness.overall > brightwater.readiness.overall)
        #expect(fenwick.readiness.verdict == .notReady && brightwater.readiness.verdict == .notReady)
    }
}
