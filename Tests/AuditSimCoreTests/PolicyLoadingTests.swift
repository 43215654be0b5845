import Foundation
import Testing

@testable import AuditSimCore

/// Every grading threshold is a default a scenario can override under `policy:`.
@Suite("Policy overrides in scenario.yaml")
struct PolicyLoadingTests {
    /// The mini scenario with a `policy:` block inserted, in a temporary copy.
    static func scenario(policy: String) throws -> (URL, DiagnosticLog, Scenario?) {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("auditsim-policy-\(UUID().uuidString)")
        try FileManager.default.copyItem(at: Fixture.url("scenarios/mini"), to: dir)
        let file = dir.appendingPathComponent("scenario.yaml")
        let text = try String(contentsOf: file, encoding: .utf8).replacingOccurrences(of: "bank: mini\n", with: "bank: mini\npolicy:\n" + policy)
        try Data(text.utf8).write(to: file)
        let log = DiagnosticLog()
        let bank = try QuestionBankLoader.load(Fixture.url("banks/mini"))
        return (dir, log, ScenarioLoader.load(dir, bank: bank, log: log))
    }

    @Test func overridesTakeEffect() throws {
        let (_, log, scenario) = try Self.scenario(policy: """
              minimum-operating-days: 120
              minor-deadline-days: 60
              low-coverage-ratio: 0.75
              sample-failure-major-ratio: 0.1
              systemic-minor-count: 4
              completion-target: 90
              seed: 7
              sample-sizes: { quarterly: 3, daily: 40 }
              plan-due-days: 21
              major-verification-months: 3
              certification-decision-days: 30
              surveillance-interval-months: 9

            """)
        #expect(log.diagnostics.isEmpty, "\(log.diagnostics)")
        let policy = try #require(scenario?.policy)
        #expect(policy.minimumOperatingDays == 120)
        #expect(policy.minorDeadlineDays == 60)
        #expect(policy.lowCoverageRatio == 0.75)
        #expect(policy.sampleFailureMajorRatio == 0.1)
        #expect(policy.systemicMinorCount == 4)
        #expect(policy.completionTarget == 90)
        #expect(policy.seed == 7)
        #expect(policy.sampleSize(for: .quarterly, population: 100) == 3)
        #expect(policy.sampleSize(for: .daily, population: 100) == 40)
        #expect(policy.sampleSize(for: .monthly, population: 100) == 3, "untouched defaults stay")
        #expect(policy.planDueDays == 21 && policy.majorVerificationMonths == 3)
        #expect(policy.certificationDecisionDays == 30 && policy.surveillanceIntervalMonths == 9)
        let cycle = CertificationCycle(lastStage2Day: Day(iso: "2026-11-16")!, policy: policy)
        #expect(cycle.decision == Day(iso: "2026-12-16") && cycle.surveillance1Due == Day(iso: "2027-09-16"))
    }

    @Test func badValuesAreLocated() throws {
        let (_, log, _) = try Self.scenario(policy: """
              low-coverage-ratio: 50
              completion-target: 120
              sample-sizes: { sometimes: 3, weekly: none }
              minimum-operating-dayz: 90
              plan-due-days: 0

            """)
        let messages = log.diagnostics.map { "\($0.line ?? 0): \($0.message)" }
        #expect(messages.contains("10: 'low-coverage-ratio' must be between 0 and 1"), "\(messages)")
        #expect(messages.contains("11: 'completion-target' is a percentage between 0 and 100"), "\(messages)")
        #expect(messages.contains("12: 'sometimes' is not a frequency"), "\(messages)")
        #expect(messages.contains("12: sample size for 'weekly' must be a positive whole number"), "\(messages)")
        #expect(messages.contains { $0.hasPrefix("14:") && $0.contains("plan-due-days") }, "\(messages)")
        #expect(messages.contains("13: unknown key 'minimum-operating-dayz' in 'policy'; did you mean 'minimum-operating-days'?"), "\(messages)")
    }
}
