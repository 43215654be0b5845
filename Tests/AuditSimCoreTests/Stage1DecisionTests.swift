import Foundation
import Testing

@testable import AuditSimCore

@Suite("Stage 1 decision and risk-process checks")
struct Stage1DecisionTests {
    typealias W = Stage1World

    @Test func cleanScenarioProceeds() {
        let d = W.run(W.clean()).decision
        #expect(d.outcome == .proceed)
        #expect(d.reasons.isEmpty && d.earliestStage2 == nil && d.areasOfConcern.isEmpty)
    }

    /// Too young is a decision with its reason, labelled certification-body practice, not a finding.
    @Test func shortOperatingPeriodIsADecisionNotAMajor() throws {
        var scenario = W.clean()
        scenario.organisation.operatingSince = W.day("2026-09-17")  // 60 days before the audit
        let review = W.run(scenario)
        #expect(review.findings.isEmpty)
        #expect(review.decision.outcome == .notYet)
        let reason = try #require(review.decision.reasons.first)
        #expect(reason == .operatingPeriodShort(days: 60, minimum: 90, reachedOn: W.day("2026-12-16")))
        #expect(reason.basis == .certificationBodyPractice)
        #expect(review.decision.earliestStage2 == W.day("2026-12-16"))
        #expect(Stage1Wording.reason(reason).contains("certification-body practice, not a clause"))
    }

    @Test(arguments: [(90, false), (89, true), (0, true)])
    func operatingPeriodBoundary(days: Int, notYet: Bool) {
        var scenario = W.clean()
        scenario.organisation.operatingSince = scenario.organisation.auditDate.adding(days: -days)
        #expect((W.run(scenario).decision.outcome == .notYet) == notYet)
    }

    /// The clean ISMS has run 229 days: the decision flips when the policy asks for 230.
    @Test(arguments: [(229, false), (230, true)])
    func minimumOperatingDaysComesFromPolicy(minimum: Int, notYet: Bool) {
        var scenario = W.clean()
        scenario.policy.minimumOperatingDays = minimum
        #expect((W.run(scenario).decision.outcome == .notYet) == notYet)
    }

    @Test(arguments: ["removed", "undated", "future", "before-start"])
    func noInternalAuditInThePeriodMeansNotYet(variant name: String) throws {
        let scenario: Scenario
        switch name {
        case "removed": scenario = W.without(.internalAuditReport)
        case "undated": scenario = W.with("internal-audit-report") { $0.performedOn = nil }
        case "future": scenario = W.with("internal-audit-report") { $0.performedOn = W.day("2026-12-01") }
        default: scenario = W.with("internal-audit-report") { $0.performedOn = W.day("2026-03-01") }
        }
        let review = W.run(scenario)
        #expect(!review.findings.contains { $0.grade == .major })
        let planned: Day? = name == "future" ? W.day("2026-12-01") : nil
        #expect(review.decision.reasons == [.noInternalAudit(planned: planned)])
        #expect(review.decision.earliestStage2 == planned?.adding(days: 1))
        let item = try #require(review.checklist.first { $0.clause == "9.2" })
        #expect(item.status == .deficient)
        #expect(item.notes.contains { $0.contains("Stage 2 waits") })
    }

    @Test func noManagementReviewMeansNotYet() {
        let review = W.run(W.without(.managementReview))
        #expect(review.findings.isEmpty)
        #expect(review.decision.reasons == [.noManagementReview(planned: nil)])
        #expect(review.decision.earliestStage2 == nil)
    }

    /// Kestrel's story: young, audit and review booked. One decision, earliest after the review.
    @Test func youngIsmsWithPlannedCycleIsOneDecisionDatedAfterTheReview() {
        var scenario = W.without(.internalAuditReport)
        scenario.documents.removeAll { $0.kind == .managementReview }
        scenario.organisation.operatingSince = W.day("2026-10-05")
        let plan = scenario.documents.firstIndex { $0.kind == .operationalPlanning }!
        scenario.documents[plan].facts = ["internal-audit-planned": "2026-12-11", "management-review-planned": "2027-01-14"]
        let review = W.run(scenario)
        #expect(review.findings.filter { $0.grade == .major }.count <= 1)
        #expect(review.findings.isEmpty)
        #expect(review.decision.outcome == .notYet)
        #expect(review.decision.reasons.map(\.key) == ["operating-period-short", "no-internal-audit", "no-management-review"])
        #expect(review.decision.earliestStage2 == W.day("2027-01-15"))
    }

    @Test func missingMandatoryDocumentBlocksStage2WithoutADate() {
        let review = W.run(W.without(.riskAssessment))
        #expect(review.decision.outcome == .notYet)
        #expect(review.decision.reasons == [.stage1Major(findingID: "S1-8.2-missing-document-risk-assessment", clause: "8.2")])
        #expect(review.decision.earliestStage2 == nil)
        #expect(review.decision.areasOfConcern == ["S1-8.2-missing-document-risk-assessment"])
    }

    @Test(arguments: [["acceptance-criteria"], ["risk-owners"], ["acceptance-criteria", "risk-owners"]])
    func riskMethodWithoutCriteriaOrOwnersIsOneMinor(removed: [String]) throws {
        let scenario = W.with("risk-method") { $0.covers.removeAll { removed.contains($0) } }
        let findings = W.run(scenario).findings
        #expect(findings.map(\.rule) == [.riskCriteriaMissing])
        #expect(findings.first?.control == "6.1.2" && findings.first?.grade == .minor)
        if removed.count == 2 { #expect(findings.first?.found.contains(" and ") == true) }
    }

    @Test func riskMethodWithLikelihoodAndImpactOnlyMissingIsClean() {
        #expect(W.run(W.with("risk-method") { $0.covers.removeAll { $0 == "likelihood" } }).findings.isEmpty)
    }

    @Test func treatmentPlanNotApprovedByRiskOwnersIsMinor() throws {
        let findings = W.run(W.with("risk-treatment-plan") { $0.covers = [] }).findings
        #expect(findings.map(\.rule) == [.treatmentPlanNotAccepted])
        let f = try #require(findings.first)
        #expect(f.control == "6.1.3" && f.grade == .minor)
        #expect(f.found.contains("approved by Daniel Okafor"))
    }

    /// An independent auditor's case (brackenridge): objectives with no measure, monitoring or
    /// owner, and one procedure's review overdue; an SoA exclusion justified and a control
    /// partly implemented with a dated treatment action. Exactly two minors, and proceed.
    @Test func wellDescribedOrganisationGetsTheCasebookStage1() {
        var scenario = W.with("objectives") { $0.covers = [] }
        let bcdr = Document(id: "bcdr-plan", kind: .procedure, title: "Business Continuity and DR Plan", version: "1.3",
                            owner: "priya", approvedBy: "daniel", approvedOn: W.day("2025-06-30"), nextReview: W.day("2026-06-30"))
        scenario.documents.append(bcdr)
        scenario.soa[1] = SoAEntry(control: "A.5.15", applicable: false, justification: "No such systems.", implemented: .no)
        scenario.documents[12].controls = ["A.8.13"]
        let review = W.run(scenario)
        #expect(review.findings.map { "\($0.grade.rawValue) \($0.control) \($0.rule.rawValue)" }
            == ["minor 6.2 objectives-not-measurable", "minor 7.5.2 document-overdue"])
        #expect(review.decision.outcome == .proceed)
        #expect(review.decision.areasOfConcern.count == 2)
    }
}

@Suite("Shipped scenarios: the Stage 1 decision")
struct ShippedStage1DecisionTests {
    static func review(_ name: String) throws -> Stage1Review {
        let root = ShippedScenarioTests.root
        let bank = try QuestionBankLoader.load(root.banksDirectory.appendingPathComponent("iso27001-2022"))
        let scenario = try ScenarioLoader.load(root.scenariosDirectory.appendingPathComponent(name), bank: bank)
        return Stage1Review.run(scenario: scenario, bank: bank)
    }

    @Test func kestrelBookedTooEarlyIsNotYet() throws {
        let review = try Self.review("kestrel")
        #expect(review.decision.outcome == .notYet)
        #expect(!review.decision.areasOfConcern.isEmpty)
        #expect(review.findings.filter { $0.grade == .major }.count <= 1)
        #expect(review.decision.earliestStage2 == Day(iso: "2027-01-15"))
    }

    @Test(arguments: ["harbourline", "fenwick", "brightwater"])
    func readyScenariosProceed(name: String) throws {
        #expect(try Self.review(name).decision.outcome == .proceed)
    }
}
