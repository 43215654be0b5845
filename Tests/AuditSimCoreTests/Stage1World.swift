import Foundation

@testable import AuditSimCore

/// A clean, complete organisation: every Stage 1 rule is quiet on it, so each test breaks
/// one thing and expects exactly one finding.
enum Stage1World {
    static func day(_ text: String) -> Day { Day(iso: text)! }

    static let bank = QuestionBank(
        id: "mini", title: "Mini", framework: "Test framework",
        controls: [
            Control(id: "9.2", title: "Internal audit", kind: .requirement, theme: "performance"),
            Control(id: "A.5.1", title: "Policies for information security", kind: .control, theme: "organizational"),
            Control(id: "A.5.15", title: "Access control", kind: .control, theme: "organizational"),
            Control(id: "A.8.13", title: "Information backup", kind: .control, theme: "technological"),
        ],
        questions: [])

    static func document(
        _ id: String, _ kind: DocumentKind, owner: String = "hannah", approvedBy: String? = "daniel",
        performedOn: String? = nil, covers: [String] = [], controls: [ControlID] = []
    ) -> Document {
        Document(
            id: id, kind: kind, title: id.split(separator: "-").map(\.capitalized).joined(separator: " "),
            version: "1.0", owner: owner, approvedBy: approvedBy, approvedOn: day("2026-03-20"),
            nextReview: day("2027-03-20"), performedOn: performedOn.map(day), covers: covers, controls: controls)
    }

    static let reviewInputs = [
        "previous-actions", "context-changes", "interested-parties", "nonconformities", "monitoring-results",
        "audit-results", "objectives", "feedback", "risk-assessment", "improvement",
    ]

    static func clean() -> Scenario {
        let documents = [
            document("context", .context, covers: ["internal-issues", "external-issues", "interested-parties", "climate-change"]),
            document("scope", .scope, covers: ["boundaries", "interfaces", "exclusions"]),
            document("policy", .policy),
            document("roles", .roles),
            document("risk-method", .riskMethod, covers: ["acceptance-criteria", "risk-owners", "likelihood", "impact"]),
            document("risk-treatment-method", .riskTreatmentMethod),
            document("soa-record", .soaRecord),
            document("objectives", .objectives, covers: ["measurable", "monitored", "owners"]),
            document("competence", .competence, owner: "amira", approvedBy: "priya"),
            document("document-control", .documentControl),
            document("operational-planning", .operationalPlanning),
            document("risk-assessment", .riskAssessment, performedOn: "2026-04-22"),
            document("risk-treatment-plan", .riskTreatmentPlan, covers: ["approved-by-risk-owners"],
                     controls: ["A.5.15", "A.8.13"]),
            document("monitoring", .monitoring),
            document("internal-audit-programme", .internalAuditProgramme),
            document("internal-audit-report", .internalAuditReport, performedOn: "2026-09-23"),
            document("management-review", .managementReview, performedOn: "2026-10-14", covers: reviewInputs),
            document("corrective-actions", .correctiveActions),
            document("access-procedure", .procedure, owner: "priya", approvedBy: "priya"),
        ]
        return Scenario(
            directory: URL(fileURLWithPath: "/tmp/stage1"), name: "clean",
            organisation: Organisation(
                name: "Clean Ltd", sector: "Testing", personsInScope: 20, scope: "Everything.",
                auditDate: day("2026-11-16"), operatingSince: day("2026-04-01")),
            bankID: "mini",
            staff: [
                StaffMember(id: "daniel", name: "Daniel Okafor", role: "Chief Executive Officer", topManagement: true,
                            owns: ["A.5.1"]),
                StaffMember(id: "hannah", name: "Hannah Whitaker", role: "ISMS Manager", owns: ["9.2", "9.3", "6.1.3"]),
                StaffMember(id: "priya", name: "Priya Shah", role: "IT Manager", owns: ["A.5.15", "A.8.13"]),
                StaffMember(id: "amira", name: "Amira Haddad", role: "Head of People"),
            ],
            documents: documents,
            soa: [
                SoAEntry(control: "A.5.1", applicable: true, justification: "Sets direction.", implemented: .yes),
                SoAEntry(control: "A.5.15", applicable: true, justification: "Customer data.", implemented: .yes),
                SoAEntry(control: "A.8.13", applicable: true, justification: "Loss of data.", implemented: .partial),
            ],
            evidence: [])
    }

    /// The clean scenario with one document changed in place.
    static func with(_ id: String, _ change: (inout Document) -> Void) -> Scenario {
        var scenario = clean()
        let index = scenario.documents.firstIndex { $0.id == id }!
        change(&scenario.documents[index])
        return scenario
    }

    static func without(_ kind: DocumentKind) -> Scenario {
        var scenario = clean()
        scenario.documents.removeAll { $0.kind == kind }
        return scenario
    }

    static func run(_ scenario: Scenario, bank: QuestionBank = bank) -> Stage1Review {
        Stage1Review.run(scenario: scenario, bank: bank)
    }
}
