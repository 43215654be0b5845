import Testing

@testable import AuditSimCore

@Suite("Stage 1 documentation review")
struct Stage1ReviewTests {
    typealias W = Stage1World

    /// Exactly one finding, of this rule, grade and control.
    @discardableResult
    func single(_ scenario: Scenario, _ rule: FindingRule, _ grade: Grade, _ control: ControlID,
                sourceLocation: SourceLocation = #_sourceLocation) throws -> Finding {
        let findings = W.run(scenario).findings
        #expect(findings.map(\.rule) == [rule], sourceLocation: sourceLocation)
        let finding = try #require(findings.first, sourceLocation: sourceLocation)
        #expect(finding.grade == grade, sourceLocation: sourceLocation)
        #expect(finding.control == control, sourceLocation: sourceLocation)
        #expect(finding.stage == .documentation, sourceLocation: sourceLocation)
        #expect(finding.sources == [.documented], sourceLocation: sourceLocation)
        return finding
    }

    @Test func cleanScenarioRaisesNothing() {
        let review = W.run(W.clean())
        #expect(review.findings.isEmpty)
        #expect(review.checklist.map(\.clause.rawValue) == [
            "4.1", "4.3", "5.2", "6.1.2", "6.1.3", "6.2", "7.2", "7.5.1", "8.1", "8.2", "8.3", "9.1", "9.2", "9.3", "10.2",
        ])
        #expect(review.checklist.allSatisfy { $0.status == .present && $0.notes.isEmpty && !$0.documents.isEmpty })
        #expect(review.checklist.first { $0.clause == "9.2" }?.documents == ["internal-audit-programme", "internal-audit-report"])
    }

    @Test(arguments: [
        (DocumentKind.scope, "4.3", ChecklistItem.Status.missing), (.policy, "5.2", .missing),
        (.riskMethod, "6.1.2", .missing), (.riskTreatmentMethod, "6.1.3", .deficient), (.riskAssessment, "8.2", .missing), (.riskTreatmentPlan, "8.3", .missing),
        (.soaRecord, "6.1.3", .deficient), (.objectives, "6.2", .missing), (.competence, "7.2", .missing),
        (.operationalPlanning, "8.1", .missing), (.monitoring, "9.1", .missing),
        (.internalAuditProgramme, "9.2", .deficient), (.correctiveActions, "10.2", .missing),
    ] as [(DocumentKind, ControlID, ChecklistItem.Status)])
    func missingMandatoryDocumentIsMajor(kind: DocumentKind, clause: ControlID, status: ChecklistItem.Status) throws {
        let finding = try single(W.without(kind), .missingDocument, .major, kind.clause)
        #expect(finding.id == "S1-\(kind.clause)-missing-document-\(kind.rawValue)")
        let item = try #require(W.run(W.without(kind)).checklist.first { $0.clause == clause })
        #expect(item.status == status)
        #expect(item.notes == [finding.found])
    }

    @Test(arguments: [DocumentKind.context, .roles, .documentControl, .procedure])
    func optionalKindsRaiseNoMissingDocument(kind: DocumentKind) {
        let rules = W.run(W.without(kind)).findings.map(\.rule)
        #expect(!rules.contains(.missingDocument))
    }

    @Test func noProceduresLeavesTheItemMissingWithoutAFinding() {
        var scenario = W.clean()
        scenario.documents.removeAll { $0.kind == .procedure || $0.kind == .documentControl }
        let review = W.run(scenario)
        #expect(review.findings.isEmpty)
        #expect(review.checklist.first { $0.clause == "7.5.1" }?.status == .missing)
    }

    @Test func reviewBeforeAuditIsMinor() throws {
        let early = W.with("management-review") { $0.performedOn = W.day("2026-09-01") }
        let finding = try single(early, .reviewBeforeAudit, .minor, "9.3")
        #expect(finding.evidence.map(\.reference) == ["management-review", "internal-audit-report"])
        let sameDay = W.with("management-review") { $0.performedOn = W.day("2026-09-23") }
        #expect(W.run(sameDay).findings.isEmpty)
    }

    /// Objectivity (9.2): the ISMS manager auditing the clauses she owns, the IT manager his
    /// own controls, is one finding naming both; auditors outside what they audit raise none.
    @Test func auditorsAuditingTheirOwnWorkIsMinor() throws {
        let own = W.with("internal-audit-report") {
            $0.auditors = [.init(id: "hannah", audited: ["4", "5", "6", "7", "8", "9", "10"]), .init(id: "priya", audited: ["A.8"])]
        }
        let finding = try single(own, .auditorOwnWork, .minor, "9.2")
        #expect(finding.found.contains("Hannah Whitaker, ISMS Manager, audited"), "\(finding.found)")
        #expect(finding.found.contains("4.1, 4.3"), "wrote most mandatory documents: \(finding.found)")
        #expect(finding.found.contains("Priya Shah, IT Manager, audited A.8.13"), "\(finding.found)")
        let independent = W.with("internal-audit-report") {
            $0.auditors = [.init(id: "amira", audited: ["4", "5", "6", "8", "9", "10", "A.5", "A.8"]), .init(id: "priya", audited: ["9.3"])]
        }
        #expect(W.run(independent).findings.isEmpty, "\(W.run(independent).findings.map(\.found))")
    }

    @Test func onlyTheLatestReviewCounts() {
        var scenario = W.clean()
        scenario.documents.append(W.document("old-review", .managementReview, performedOn: "2026-05-01"))
        #expect(W.run(scenario).findings.isEmpty)
    }

    @Test(arguments: Stage1World.reviewInputs)
    func eachMissingReviewInputIsMinor(input: String) throws {
        let scenario = W.with("management-review") { $0.covers.removeAll { $0 == input } }
        let finding = try single(scenario, .reviewInputsMissing, .minor, "9.3")
        #expect(finding.evidence.first?.detail.hasSuffix("lacks \(input)") == true)
    }

    @Test(arguments: ["unapproved", "not-top", "unknown"])
    func policyNotApprovedByTopManagementIsMinor(variant name: String) throws {
        let approver: String? = ["unapproved": nil, "not-top": "priya", "unknown": "someone"][name]!
        let finding = try single(W.with("policy") { $0.approvedBy = approver }, .policyNotApproved, .minor, "5.2")
        #expect(finding.id == "S1-5.2-policy-not-approved-policy")
        #expect(finding.owner == "hannah")
        if name == "not-top" {
            #expect(finding.found == "The Policy (v1.0) was approved by Priya Shah, IT Manager, who is not top management.")
            #expect(finding.evidence == [Citation(kind: .document, reference: "policy",
                                                   detail: "approved 2026-03-20 by Priya Shah, IT Manager")])
        }
        let item = W.run(W.with("policy") { $0.approvedBy = approver }).checklist.first { $0.clause == "5.2" }
        #expect(item?.status == .deficient)
        #expect(item?.notes == [finding.found])
    }

    @Test(arguments: [
        ("risk-assessment", "8.2"), ("soa-record", "6.1.3"), ("management-review", "9.3"), ("access-procedure", "7.5.1"),
        ("internal-audit-report", "9.2"),
    ] as [(String, ControlID)])
    func unapprovedMandatoryDocumentIsMinor(id: String, item: ControlID) throws {
        // The requirement tested is approval of documented information (7.5.2), whatever the subject.
        let scenario = W.with(id) { $0.approvedBy = "  " }
        let finding = try single(scenario, .documentUnapproved, .minor, "7.5.2")
        #expect(finding.id == "S1-7.5.2-document-unapproved-\(id)")
        #expect(W.run(scenario).checklist.first { $0.clause == item }?.status == .deficient)
    }

    @Test(arguments: ["context", "roles"])
    func documentsNoClauseRequiresNeedNoApproval(id: String) {
        #expect(W.run(W.with(id) { $0.approvedBy = nil }).findings.isEmpty)
    }

    /// An overdue review is document control (7.5.2 c, review for suitability), not the clause of the document's subject.
    @Test(arguments: [("competence", "amira"), ("access-procedure", "priya"), ("roles", "hannah")] as [(String, String)])
    func overdueDocumentIsOneMinorAgainstDocumentControl(id: String, owner: String) throws {
        let finding = try single(W.with(id) { $0.nextReview = W.day("2026-10-31") }, .documentOverdue, .minor, "7.5.2")
        #expect(finding.id == "S1-7.5.2-document-overdue")
        #expect(finding.found.contains("due for review by 2026-10-31 (16 days before the audit)"))
        #expect(finding.owner == owner)
        #expect(finding.evidence.map(\.reference) == [id])
    }

    @Test func severalOverdueDocumentsAreFacetsOfOneFinding() throws {
        var scenario = W.clean()
        for i in scenario.documents.indices where ["competence", "scope"].contains(scenario.documents[i].id) {
            scenario.documents[i].nextReview = W.day("2026-06-30")
        }
        let finding = try single(scenario, .documentOverdue, .minor, "7.5.2")
        #expect(Set(finding.evidence.map(\.reference)) == ["competence", "scope"])
    }

    @Test func reviewDueOnTheAuditDateIsNotOverdue() {
        #expect(W.run(W.with("competence") { $0.nextReview = W.day("2026-11-16") }).findings.isEmpty)
    }

    @Test(arguments: ["boundaries", "interfaces", "exclusions"])
    func incompleteScopeIsMinor(topic: String) throws {
        try single(W.with("scope") { $0.covers.removeAll { $0 == topic } }, .scopeIncomplete, .minor, "4.3")
    }

    @Test func climateChangeMissingIsMinor() throws {
        let scenario = W.with("context") { $0.covers.removeAll { $0 == "climate-change" } }
        try single(scenario, .climateChangeMissing, .minor, "4.1")
        let finding = try single(W.without(.context), .climateChangeMissing, .minor, "4.1")
        #expect(finding.found.contains("No context analysis"))
        #expect(W.run(W.without(.context)).checklist.first?.status == .missing)
    }

    @Test(arguments: [("measurable", "are measurable (a measure and a target)."), ("monitored", "are monitored."),
                      ("owners", "have an owner and a date.")])
    func objectivesNotMeasurableIsMinor(topic: String, words: String) throws {
        let finding = try single(W.with("objectives") { $0.covers.removeAll { $0 == topic } },
                                 .objectivesNotMeasurable, .minor, "6.2")
        #expect(finding.found.hasSuffix(words))
    }

    /// Not measurable, not monitored and no owner are facets of one nonconformity against 6.2.
    @Test func objectivesWithEveryFacetMissingAreOneMinor() throws {
        let finding = try single(W.with("objectives") { $0.covers = [] }, .objectivesNotMeasurable, .minor, "6.2")
        #expect(finding.found.contains("measurable") && finding.found.contains("monitored") && finding.found.contains("owner"))
    }

    @Test func soaIncompleteListsTheOmittedControls() throws {
        var scenario = W.clean()
        scenario.soa.removeAll { $0.control == "A.8.13" }
        let finding = try single(scenario, .soaIncomplete, .minor, "6.1.3")
        #expect(finding.found == "The Statement of Applicability has no entry for 1 of the 3 Test framework controls: A.8.13.")
        #expect(finding.evidence.map(\.kind) == [.soa])
        #expect(finding.owner == "hannah")
    }

    @Test func soaIncompleteAbbreviatesALongList() throws {
        var bank = W.bank
        bank.controls = (1...15).map { Control(id: ControlID("A.5.\($0)"), title: "C\($0)", kind: .control, theme: "o") }
        let review = W.run(W.clean(), bank: bank)
        let finding = try #require(review.findings.first)
        #expect(review.findings.map(\.rule) == [.soaIncomplete])
        #expect(finding.found.hasSuffix("A.5.2, A.5.3, A.5.4, A.5.5, A.5.6, A.5.7, A.5.8, A.5.9, A.5.10, A.5.11 and 3 more."))
        #expect(finding.evidence.count == 13)
    }

    @Test func soaUnjustifiedListsBlankEntries() throws {
        var scenario = W.clean()
        scenario.soa[0].justification = ""
        scenario.soa[2] = SoAEntry(control: "A.8.13", applicable: false, justification: " \n", implemented: .no)
        scenario.documents.removeAll { $0.kind == .riskTreatmentPlan }
        scenario.documents.append(W.document("plan", .riskTreatmentPlan, covers: ["approved-by-risk-owners"], controls: ["A.5.15"]))
        let finding = try single(scenario, .soaUnjustified, .minor, "6.1.3")
        #expect(finding.found == "2 Statement of Applicability entries give no justification: A.5.1 (applicable) and A.8.13 (excluded).")
        #expect(finding.evidence.map(\.reference) == ["A.5.1", "A.8.13"])
    }

    @Test func treatmentPlanRelyingOnAnExcludedControlIsMinor() throws {
        var scenario = W.clean()
        scenario.soa[2] = SoAEntry(control: "A.8.13", applicable: false, justification: "No data kept.", implemented: .no)
        let finding = try single(scenario, .soaTreatmentMismatch, .minor, "6.1.3")
        #expect(finding.found == "The Risk Treatment Plan (v1.0) relies on A.8.13, which the Statement of Applicability marks not applicable.")
        #expect(finding.evidence == [
            Citation(kind: .document, reference: "risk-treatment-plan", detail: "relies on A.8.13"),
            Citation(kind: .soa, reference: "A.8.13", detail: "not applicable: No data kept."),
        ])
    }

    /// Many things wrong at once: order is control, rule, id, and does not depend on file order.
    @Test func findingsAreCompleteAndDeterministic() throws {
        var scenario = W.clean()
        scenario.documents.removeAll { $0.kind == .monitoring }
        for index in scenario.documents.indices where ["competence", "access-procedure", "scope"].contains(scenario.documents[index].id) {
            scenario.documents[index].nextReview = W.day("2026-01-01")
        }
        scenario.soa.removeAll { $0.control == "A.5.1" }
        scenario.documents[2].approvedBy = "priya"  // policy
        let review = W.run(scenario)
        let sorted = review.findings.sorted(by: Stage1Review.precedes)
        #expect(review.findings.map(\.id) == sorted.map(\.id))
        #expect(review.findings.map(\.id) == [
            "S1-5.2-policy-not-approved-policy", "S1-6.1.3-soa-incomplete", "S1-7.5.2-document-overdue",
            "S1-9.1-missing-document-monitoring",
        ])
        var shuffled = scenario
        shuffled.documents.reverse()
        shuffled.soa.reverse()
        #expect(W.run(shuffled).findings == review.findings)
        for finding in review.findings {
            #expect(finding.id.hasPrefix("S1-\(finding.control)-\(finding.rule.rawValue)"))
            #expect(finding.grade == Stage1Review.grade(for: finding.rule))
            #expect(![finding.requirement, finding.found, finding.correction, finding.correctiveAction].contains(""))
            #expect(finding.owner != nil)
        }
        let status = Dictionary(uniqueKeysWithValues: review.checklist.map { ($0.clause, $0.status) })
        #expect(status["4.3"] == .present && status["5.2"] == .deficient && status["6.1.3"] == .deficient)
        #expect(status["9.1"] == .missing && status["7.5.1"] == .deficient && status["9.2"] == .present)
    }

    static let stage1Rules: [FindingRule] = [
        .missingDocument, .reviewBeforeAudit, .reviewInputsMissing, .riskCriteriaMissing, .treatmentPlanNotAccepted, .policyNotApproved, .documentUnapproved, .documentOverdue, .scopeIncomplete,
        .climateChangeMissing, .objectivesNotMeasurable, .soaIncomplete, .soaUnjustified, .soaTreatmentMismatch,
    ]

    @Test(arguments: stage1Rules)
    func gradesFollowTheRuleTable(rule: FindingRule) {
        #expect(Stage1Review.grade(for: rule) == (rule == .missingDocument ? .major : .minor))
    }
}
