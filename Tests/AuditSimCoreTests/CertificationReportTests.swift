import Foundation
import Testing

@testable import AuditSimCore

/// The report a certification body writes (17021-1 9.4.8), the Stage 1 decision in JSON, and
/// each nonconformity's lifecycle, in every human-readable format.
@Suite("Certification report contents and the nonconformity lifecycle")
struct CertificationReportTests {
    @Test func kestrelJSONSaysNotYetWithADateAndAreasOfConcern() throws {
        let (summary, _) = try ReportSupport.run("kestrel", "prepared")
        let json = try #require(JSONSerialization.jsonObject(with: Data(try summary.json().utf8)) as? [String: Any])
        let stage1 = try #require(json["stage1"] as? [String: Any])
        #expect(stage1["decision"] as? String == "not-yet")
        #expect(stage1["earliest_stage2"] as? String == "2027-01-15")
        #expect((stage1["areas_of_concern"] as? [Any])?.isEmpty == false)
        #expect(summary.findings.filter { $0.stage == "stage-1" && $0.grade == "major" }.count <= 1)
        #expect(summary.readiness.verdict == "not-ready")
        #expect(summary.auditReport?.recommendation.decision == "do-not-recommend-yet")
    }

    @Test func harbourlineProceedsAndIsRecommendedAfterAcceptance() throws {
        let (summary, _) = try ReportSupport.run("harbourline", "prepared")
        let json = try #require(JSONSerialization.jsonObject(with: Data(try summary.json().utf8)) as? [String: Any])
        let stage1 = try #require(json["stage1"] as? [String: Any])
        #expect(stage1["decision"] as? String == "proceed")
        #expect(stage1["earliest_stage2"] is NSNull)
        #expect(summary.auditReport?.recommendation.decision == "recommend-after-acceptance")
        let cycle = try #require(summary.auditReport?.cycle)
        #expect(cycle.lastStage2Day == "2026-11-16" && cycle.certificationDecision == "2027-01-15")
        #expect(cycle.surveillance1Due == "2028-01-15" && cycle.surveillance2Due == "2029-01-15" && cycle.expiry == "2030-01-15")
    }

    @Test(arguments: [ReportFormat.md, .html])
    func humanReportsCarryThe17021Contents(format: ReportFormat) throws {
        let (summary, run) = try ReportSupport.run("harbourline", "prepared")
        let text = try format.render(summary, run: run)
        for needle in ["Audit type", "Criteria", "Objectives", "Sites", "Dates", "Audit team", "Sampling basis", "sample-based",
                       "Effectiveness of the ISMS", "SoA version", "Unresolved issues", "Recommendation",
                       "recommend after acceptance of corrective actions", "Root cause", "Surveillance", "2028-01-15",
                       "2029-01-15", "Not assessed", "Stage 1 decision", "Consider: ", "The organisation may, for example, "] {
            #expect(text.localizedCaseInsensitiveContains(needle), "\(format): missing \(needle)")
        }
    }

    @Test func notYetIsExplainedAndStage2LabelledARehearsal() throws {
        let (summary, run) = try ReportSupport.run("kestrel", "prepared")
        for format in [ReportFormat.md, .html, .text] {
            let text = try format.render(summary, run: run)
            #expect(text.contains("Stage 1 says not yet"), "\(format)")
            #expect(text.contains("2027-01-15"), "\(format)")
        }
        #expect(try ReportFormat.md.render(summary, run: run).contains("rehearsed ahead of time"))
        #expect(try ReportFormat.md.render(summary, run: run).contains("certification-body practice"))
    }

    @Test func everyAnnexAControlHasAStatusAndUnassessedOnesHaveNoScore() throws {
        let (summary, _) = try ReportSupport.run("harbourline", "prepared")
        let annex = (summary.catalogue ?? []).filter { $0.kind == "control" }
        #expect(annex.count == 93)
        #expect(annex.allSatisfy { $0.status != nil })
        let unassessed = annex.filter { $0.status == "not-assessed" }
        #expect(!unassessed.isEmpty)
        #expect(unassessed.allSatisfy { $0.score == nil && $0.findings == 0 })
        #expect(annex.filter { $0.status == "excluded" }.allSatisfy { $0.applicable == false })
    }

    /// Suggestions, not prescriptions: an auditor does not prescribe the fix.
    @Test(arguments: [
        ("Write the ISMS scope, have it approved.", "Consider: write the ISMS scope, have it approved."),
        ("SoA entries must be justified.", "Consider: SoA entries must be justified."),
        ("Consider a template.", "Consider a template."),
        ("None required.", "None required."),
        ("", ""),
    ])
    func correctionsAreWordedAsSuggestions(text: String, expected: String) {
        #expect(Suggestion.correction(text) == expected)
    }

    @Test func lifecycleDueDatesFollowTheCertificationBodyRules() {
        let day = Day(iso: "2026-11-16")!
        let major = Finding(id: "M", stage: .operational, control: "A.8.13", grade: .major, rule: .paperControl, requirement: "r",
                            found: "f", correction: "Restore it.", correctiveAction: "Schedule it.", owner: "priya")
        let minor = Finding(id: "m", stage: .documentation, control: "6.2", grade: .minor, rule: .objectivesNotMeasurable,
                            requirement: "r", found: "f", correction: "Set targets.", correctiveAction: "Review them.")
        let observation = Finding(id: "o", stage: .operational, control: "7.3", grade: .observation, rule: .hedgedAnswer,
                                  requirement: "r", found: "f", correction: "", correctiveAction: "")
        var policy = AuditPolicy()
        let actions = CorrectiveAction.plan(for: [major, minor, observation], lastStage2Day: day, policy: policy)
        #expect(actions.map(\.findingID) == ["M", "m"])
        #expect(actions[0].planDue == Day(iso: "2026-12-16") && actions[0].verificationDue == Day(iso: "2027-05-16"))
        #expect(actions[0].beforeDecision == .implementationVerified && actions[0].rootCause == nil)
        #expect(actions[1].verificationDue == nil && actions[1].beforeDecision == .planAccepted)
        #expect(actions[0].suggestedCorrectiveAction == "The organisation may, for example, schedule it.")
        policy.planDueDays = 14
        policy.majorVerificationMonths = 3
        let tighter = CorrectiveAction.plan(for: [major], lastStage2Day: day, policy: policy)
        #expect(tighter[0].planDue == Day(iso: "2026-11-30") && tighter[0].verificationDue == Day(iso: "2027-02-16"))
    }

    @Test(arguments: [
        (ActionStatus.open, ActionStatus.planAccepted, true), (.planAccepted, .implemented, true), (.implemented, .verified, true),
        (.verified, .closed, true), (.planAccepted, .closed, true), (.verified, .open, false), (.closed, .closed, false),
    ])
    func statusMovesForwardOnly(from: ActionStatus, to: ActionStatus, allowed: Bool) {
        #expect(from.canMove(to: to) == allowed)
    }
}
