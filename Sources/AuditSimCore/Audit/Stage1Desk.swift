import Foundation

/// What every Stage 1 rule needs at hand: the scenario, the catalogue, and the shared
/// wording (people, documents, lists), so each rule reads as the auditor's reasoning.
struct Stage1Desk: Sendable {
    let scenario: Scenario
    let bank: QuestionBank

    var period: DayRange { scenario.organisation.operatingPeriod }
    var auditDate: Day { scenario.organisation.auditDate }

    /// Kinds whose absence is a `missing-document` major, in the order the rule lists them.
    /// The internal audit report and management review have their own rules.
    static let requiredKinds: [DocumentKind] = [
        .scope, .policy, .riskMethod, .riskTreatmentMethod, .riskAssessment, .riskTreatmentPlan, .soaRecord, .objectives,
        .competence, .operationalPlanning, .monitoring, .internalAuditProgramme, .correctiveActions,
    ]

    /// Mandatory documented information that must carry an approval (`document-unapproved`):
    /// everything the standard asks to be documented, plus the documents the organisation
    /// itself decided it needs (7.5.1 b). Context and roles need not be documented at all.
    static let approvalKinds: Set<DocumentKind> = Set(DocumentKind.allCases).subtracting([.context, .roles, .policy])

    /// The person who answers for a clause: a staff member owning it, else the first member
    /// of top management.
    func ismsOwner(_ clause: ControlID) -> String? {
        scenario.owners(of: clause).first?.id ?? scenario.staff.first { $0.topManagement }?.id
    }

    func owner(of document: Document, clause: ControlID) -> String? {
        document.owner ?? ismsOwner(clause)
    }

    /// "Priya Shah, IT Manager"; an id nobody on the staff list has is quoted as written.
    func person(_ id: String) -> String {
        scenario.staffMember(id)?.addressed ?? "“\(id)”"
    }

    /// "Information Security Policy (v3.0)".
    func label(_ document: Document) -> String {
        let version = document.version.first?.isNumber == true ? "v\(document.version)" : document.version
        return version.isEmpty ? document.title : "\(document.title) (\(version))"
    }

    /// The citation of a document, with its approval as the detail.
    func cite(_ document: Document, _ detail: String? = nil) -> Citation {
        Citation(kind: .document, reference: document.id, detail: detail ?? approvalDetail(document))
    }

    func approvalDetail(_ document: Document) -> String {
        guard let approver = approver(of: document) else { return "no approval recorded" }
        let on = document.approvedOn.map { " \($0)" } ?? ""
        return "approved\(on) by \(person(approver))"
    }

    /// The approver's id, treating a blank value as no approval.
    func approver(of document: Document) -> String? {
        guard let id = document.approvedBy?.trimmingCharacters(in: .whitespaces), !id.isEmpty else { return nil }
        return id
    }

    /// The latest document of `kind` performed inside the operating period.
    func latestPerformed(_ kind: DocumentKind) -> (document: Document, day: Day)? {
        scenario.documents(of: kind)
            .compactMap { doc in doc.performedOn.flatMap { period.contains($0) ? (doc, $0) : nil } }
            .max { ($0.day, $0.document.id) < ($1.day, $1.document.id) }
    }

    /// Every Stage 1 finding is raised the same way: documentation stage, the rule's grade,
    /// the documented source, and a stable id.
    func raise(
        _ rule: FindingRule, control: ControlID, subject: String? = nil, item: ControlID?,
        requirement: String, found: String, evidence: [Citation] = [], correction: String,
        correctiveAction: String, owner: String?
    ) -> Stage1Raised {
        let finding = Finding(
            id: Finding.makeID(stage: .documentation, control: control, rule: rule, subject: subject),
            stage: .documentation, control: control, grade: Stage1Review.grade(for: rule), rule: rule,
            requirement: requirement, found: found, evidence: evidence, sources: [.documented],
            correction: correction, correctiveAction: correctiveAction, owner: owner)
        return Stage1Raised(finding: finding, item: item)
    }

    /// "A, B and C"; past `limit` items, "A, B, … J and 5 more".
    static func list(_ items: [String], limit: Int = 10) -> String {
        guard items.count > 1 else { return items.first ?? "" }
        if items.count > limit {
            return items.prefix(limit).joined(separator: ", ") + " and \(items.count - limit) more"
        }
        return items.dropLast().joined(separator: ", ") + " and " + items[items.count - 1]
    }

    /// Blank after trimming spaces and newlines: an SoA justification that says nothing.
    static func isBlank(_ text: String) -> Bool {
        text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty
    }

    /// Who could approve the policy, for a correction that names a person.
    var topManagementExample: String {
        scenario.staff.first { $0.topManagement }.map { " (for example \($0.addressed))" } ?? ""
    }
}
