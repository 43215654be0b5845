/// The Stage 1 documentation review: what a certification auditor checks before coming on
/// site. It reads only the documents, the Statement of Applicability and the operating
/// dates, so it can run before any evidence is loaded, and the same scenario always gives
/// the same checklist and findings.
public struct Stage1Review: Sendable {
    /// One line per item of mandatory documented information, in clause order.
    public var checklist: [ChecklistItem]
    /// Sorted by control, then rule, then id, so reports and tests compare byte for byte.
    public var findings: [Finding]
    /// Proceed to Stage 2, or not yet and why; the findings are its areas of concern.
    public var decision: Stage1Decision

    public init(checklist: [ChecklistItem], findings: [Finding], decision: Stage1Decision? = nil) {
        self.checklist = checklist
        self.findings = findings
        self.decision = decision ?? Stage1Decision.decide(
            reasons: findings.filter { $0.grade == .major }.map { .stage1Major(findingID: $0.id, clause: $0.control) },
            concerns: findings.map(\.id), auditDate: Day(ordinal: 0))
    }

    /// Applies every Stage 1 rule of docs/audit-rules.md with the scenario's policy thresholds.
    public static func run(scenario: Scenario, bank: QuestionBank) -> Stage1Review {
        let desk = Stage1Desk(scenario: scenario, bank: bank)
        let raised = (desk.missingDocuments() + desk.approvalFindings() + desk.overdueFindings()
            + desk.coverageFindings() + desk.riskProcessFindings() + desk.cycleFindings() + desk.soaFindings())
            .sorted { precedes($0.finding, $1.finding) }
        let findings = raised.map(\.finding)
        let decision = desk.decision(findings: findings)
        let checklist = Stage1Checklist.entries.map {
            $0.evaluate(documents: scenario.documents, raised: raised, pending: decision.reasons)
        }
        return Stage1Review(checklist: checklist, findings: findings, decision: decision)
    }

    /// The grade each Stage 1 rule carries (docs/audit-rules.md): a missing mandatory
    /// element is a major, every other Stage 1 rule a minor. An ISMS too young to audit is
    /// not graded at all: it is the Stage 1 decision.
    static func grade(for rule: FindingRule) -> Grade {
        switch rule {
        case .missingDocument: .major
        default: .minor
        }
    }

    /// The deterministic order of findings: control, then rule, then id.
    static func precedes(_ a: Finding, _ b: Finding) -> Bool {
        if a.control != b.control { return a.control < b.control }
        if a.rule != b.rule { return a.rule.rawValue < b.rule.rawValue }
        return a.id < b.id
    }
}

/// One item of mandatory documented information and what the review made of it.
public struct ChecklistItem: Sendable, Hashable {
    public enum Status: String, Sendable, Codable { case present, missing, deficient }

    /// 4.1, 4.3, 5.2, 6.1.2, 6.1.3, 6.2, 7.2, 7.5.1, 8.1, 8.2, 8.3, 9.1, 9.2, 9.3, 10.2.
    public var clause: ControlID
    /// "ISMS scope", "Information security policy", …
    public var title: String
    /// Missing when no document answers the item; deficient when any finding concerns it.
    public var status: Status
    /// Ids of the documents that answer the item, in scenario order.
    public var documents: [String]
    /// What is deficient or missing, in plain words.
    public var notes: [String]

    public init(clause: ControlID, title: String, status: Status, documents: [String], notes: [String]) {
        self.clause = clause
        self.title = title
        self.status = status
        self.documents = documents
        self.notes = notes
    }
}

/// A finding together with the checklist item it makes deficient (nil: no item, such as
/// the operating period).
struct Stage1Raised: Sendable {
    var finding: Finding
    var item: ControlID?
}

/// The items of the checklist and the document kinds that answer each one.
struct Stage1Checklist: Sendable {
    var clause: ControlID
    var title: String
    var kinds: [DocumentKind]

    static let entries: [Stage1Checklist] = [
        .init(clause: "4.1", title: "Context of the organisation, including climate change", kinds: [.context]),
        .init(clause: "4.3", title: "ISMS scope", kinds: [.scope]),
        .init(clause: "5.2", title: "Information security policy", kinds: [.policy]),
        .init(clause: "6.1.2", title: "Risk assessment process", kinds: [.riskMethod]),
        .init(clause: "6.1.3", title: "Risk treatment process, plan approved by risk owners, and Statement of Applicability",
              kinds: [.riskTreatmentMethod, .soaRecord]),
        .init(clause: "6.2", title: "Information security objectives", kinds: [.objectives]),
        .init(clause: "7.2", title: "Evidence of competence", kinds: [.competence]),
        .init(clause: "7.5.1", title: "Documents the organisation has decided it needs",
              kinds: [.documentControl, .procedure]),
        .init(clause: "8.1", title: "Operational planning and control", kinds: [.operationalPlanning]),
        .init(clause: "8.2", title: "Risk assessment results", kinds: [.riskAssessment]),
        .init(clause: "8.3", title: "Risk treatment plan and results", kinds: [.riskTreatmentPlan]),
        .init(clause: "9.1", title: "Monitoring and measurement results", kinds: [.monitoring]),
        .init(clause: "9.2", title: "Internal audit programme and results",
              kinds: [.internalAuditProgramme, .internalAuditReport]),
        .init(clause: "9.3", title: "Management review results", kinds: [.managementReview]),
        .init(clause: "10.2", title: "Nonconformities and corrective actions", kinds: [.correctiveActions]),
    ]

    /// The checklist item a document of `kind` answers; nil for kinds no clause requires (roles).
    static func item(for kind: DocumentKind) -> ControlID? {
        entries.first { $0.kinds.contains(kind) }?.clause
    }

    func evaluate(documents: [Document], raised: [Stage1Raised], pending: [Stage1Decision.Reason] = []) -> ChecklistItem {
        let ids = documents.filter { kinds.contains($0.kind) }.map(\.id)
        var notes = raised.filter { $0.item == clause }.map(\.finding.found)
        for reason in pending where reason.clause == clause {
            switch reason {
            case let .noInternalAudit(planned), let .noManagementReview(planned):
                let what = clause == "9.2" ? "internal audit" : "management review"
                notes.append("No \(what) has taken place in the operating period yet"
                    + (planned.map { " (planned for \($0))" } ?? " and none is planned") + ": Stage 2 waits for it.")
            default: break
            }
        }
        let status: ChecklistItem.Status
        if ids.isEmpty {
            status = .missing
            if notes.isEmpty {
                let names = kinds.map(\.phrase).joined(separator: " or ")
                notes = ["No \(names) document is listed."]
            }
        } else {
            status = notes.isEmpty ? .present : .deficient
        }
        return ChecklistItem(clause: clause, title: title, status: status, documents: ids, notes: notes)
    }
}
