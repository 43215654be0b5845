/// The documented information of a generated organisation: every mandatory kind, the
/// procedures the evidence sources are documented in, and the facts they declare.
struct GeneratedDocuments {
    struct Entry {
        var id: String
        var kind: DocumentKind
        var title: String
        var owner: String
        var approver: String
        /// Month and day of approval in the audit year's first half.
        var approved: (month: Int, day: Int)
        var performed: Day?
        var covers: [String] = []
        var controls: [ControlID] = []
        var facts: [(String, String)] = []
    }

    /// Declared facts the shipped bank asks about, with where they are declared and the value.
    static let declared: [(key: String, document: String, value: String)] = [
        ("policy-review-frequency", "information-security-policy", "annual"),
        ("compliance-check-frequency", "information-security-policy", "quarterly"),
        ("independent-review-frequency", "information-security-policy", "annual"),
        ("risk-assessment-frequency", "risk-methodology", "annual"),
        ("objectives-review-frequency", "security-objectives", "quarterly"),
        ("document-review-frequency", "document-control", "annual"),
        ("isms-metrics-reporting-frequency", "isms-metrics", "quarterly"),
        ("security-board-reporting-frequency", "isms-metrics", "quarterly"),
        ("internal-audit-frequency", "internal-audit-programme", "annual"),
        ("management-review-frequency", "management-review", "semiannual"),
        ("access-review-frequency", "access-control-procedure", "quarterly"),
        ("leaver-access-removal-sla", "access-control-procedure", "24h"),
        ("screen-lock-timeout", "access-control-procedure", "10m"),
        ("password-min-length", "access-control-procedure", "14"),
        ("backup-frequency", "backup-procedure", "daily"),
        ("restore-test-frequency", "backup-procedure", "quarterly"),
        ("critical-patch-sla", "vulnerability-management-procedure", "72h"),
        ("vulnerability-scan-frequency", "vulnerability-management-procedure", "daily"),
        ("firewall-review-frequency", "vulnerability-management-procedure", "semiannual"),
        ("incident-response-sla", "incident-management-procedure", "24h"),
        ("breach-notification-deadline", "incident-management-procedure", "72h"),
        ("event-reporting-time", "incident-management-procedure", "1h"),
        ("incident-trend-review-frequency", "incident-management-procedure", "quarterly"),
        ("log-review-frequency", "logging-monitoring-procedure", "weekly"),
        ("log-retention", "logging-monitoring-procedure", "365d"),
        ("supplier-review-frequency", "supplier-security-procedure", "monthly"),
        ("supplier-incident-notification-sla", "supplier-security-procedure", "24h"),
        ("asset-register-review-frequency", "asset-management-procedure", "quarterly"),
        ("training-frequency", "awareness-procedure", "annual"),
        ("critical-service-rto", "business-continuity-plan", "4h"),
        ("bc-test-frequency", "business-continuity-plan", "annual"),
        ("cctv-retention", "physical-security-procedure", "30d"),
        ("subject-access-request-deadline", "legal-register", "30d"),
        ("financial-records-retention-years", "legal-register", "6"),
    ]

    let entries: [Entry]

    /// `bankKeys` are the declared facts the bank's questions use: any the table above
    /// lacks are declared in the policy, with a plausible value for the answer kind.
    init(year: Int, internalAudit: Day, managementReview: Day, riskAssessment: Day, metrics: Day,
         treated: [ControlID], bankKeys: [(String, AnswerKind)]) {
        let mr = ["previous-actions", "context-changes", "interested-parties", "nonconformities", "monitoring-results",
                  "audit-results", "objectives", "feedback", "risk-assessment", "improvement"]
        var entries: [Entry] = [
            Entry(id: "isms-context", kind: .context, title: "ISMS Context and Interested Parties", owner: "isms", approver: "ceo",
                  approved: (1, 14), covers: ["internal-issues", "external-issues", "interested-parties", "climate-change"]),
            Entry(id: "isms-scope", kind: .scope, title: "ISMS Scope Statement", owner: "isms", approver: "ceo", approved: (1, 14),
                  covers: ["boundaries", "interfaces", "exclusions"]),
            Entry(id: "information-security-policy", kind: .policy, title: "Information Security Policy", owner: "isms",
                  approver: "ceo", approved: (1, 20)),
            Entry(id: "isms-roles", kind: .roles, title: "ISMS Roles and Responsibilities", owner: "isms", approver: "ceo",
                  approved: (1, 20)),
            Entry(id: "risk-methodology", kind: .riskMethod, title: "Risk Management Methodology", owner: "isms", approver: "cto",
                  approved: (1, 12), covers: ["acceptance-criteria", "risk-owners", "likelihood", "impact"]),
            Entry(id: "risk-treatment-method", kind: .riskTreatmentMethod, title: "Risk Treatment Procedure", owner: "isms",
                  approver: "cto", approved: (1, 12)),
            Entry(id: "statement-of-applicability", kind: .soaRecord, title: "Statement of Applicability", owner: "isms",
                  approver: "ceo", approved: (3, 6)),
            Entry(id: "security-objectives", kind: .objectives, title: "Information Security Objectives", owner: "isms",
                  approver: "ceo", approved: (1, 30), covers: ["measurable", "monitored", "owners"]),
            Entry(id: "competence-framework", kind: .competence, title: "Competence Framework and Skills Matrix", owner: "people",
                  approver: "cfo", approved: (2, 2)),
            Entry(id: "document-control", kind: .documentControl, title: "Document and Record Control Procedure", owner: "isms",
                  approver: "cto", approved: (1, 16)),
            Entry(id: "operational-planning", kind: .operationalPlanning, title: "ISMS Operational Planning and Control",
                  owner: "isms", approver: "cto", approved: (2, 2)),
            Entry(id: "risk-assessment", kind: .riskAssessment, title: "Information Security Risk Assessment", owner: "isms",
                  approver: "cto", approved: (2, 24), performed: riskAssessment),
            Entry(id: "risk-treatment-plan", kind: .riskTreatmentPlan, title: "Risk Treatment Plan", owner: "isms", approver: "cto",
                  approved: (3, 6), covers: ["approved-by-risk-owners"], controls: treated),
            Entry(id: "isms-metrics", kind: .monitoring, title: "ISMS Metrics and Quarterly Report", owner: "isms", approver: "ceo",
                  approved: (1, 15), performed: metrics),
            Entry(id: "internal-audit-programme", kind: .internalAuditProgramme, title: "Internal Audit Programme", owner: "isms",
                  approver: "cfo", approved: (2, 8)),
            Entry(id: "internal-audit-report", kind: .internalAuditReport, title: "Internal Audit Report (full ISMS)", owner: "isms",
                  approver: "cfo", approved: (internalAudit.month, internalAudit.day), performed: internalAudit),
            Entry(id: "management-review", kind: .managementReview, title: "Management Review Minutes", owner: "isms",
                  approver: "ceo", approved: (managementReview.month, managementReview.day), performed: managementReview, covers: mr),
            Entry(id: "corrective-action-log", kind: .correctiveActions, title: "Nonconformity and Corrective Action Log",
                  owner: "isms", approver: "isms", approved: (managementReview.month, managementReview.day)),
        ]
        let procedures: [(String, String, String, [String])] = [
            ("access-control-procedure", "Access Control Procedure", "it", ["A.5.15", "A.5.16", "A.5.18", "A.8.2", "A.8.5"]),
            ("change-management-procedure", "Change Management Procedure", "devops", ["A.8.32", "A.8.9"]),
            ("backup-procedure", "Backup and Restore Procedure", "devops", ["A.8.13"]),
            ("vulnerability-management-procedure", "Vulnerability Management Procedure", "security", ["A.8.8"]),
            ("incident-management-procedure", "Incident Management Procedure", "security", ["A.5.24", "A.5.26"]),
            ("logging-monitoring-procedure", "Logging and Monitoring Procedure", "security", ["A.8.15", "A.8.16"]),
            ("supplier-security-procedure", "Supplier Security Procedure", "legal", ["A.5.19", "A.5.22"]),
            ("asset-management-procedure", "Asset Management Procedure", "it", ["A.5.9", "A.5.11"]),
            ("people-security-procedure", "People Security Procedure", "people", ["A.6.1", "A.6.5"]),
            ("awareness-procedure", "Security Awareness and Training Procedure", "isms", ["A.6.3"]),
            ("business-continuity-plan", "Business Continuity and Disaster Recovery Plan", "devops", ["A.5.29", "A.5.30"]),
            ("physical-security-procedure", "Physical Security Procedure", "facilities", ["A.7.1", "A.7.2"]),
            ("legal-register", "Legal, Regulatory and Contractual Requirements Register", "legal", ["A.5.31", "A.5.34"]),
        ]
        for (index, p) in procedures.enumerated() {
            entries.append(Entry(id: p.0, kind: .procedure, title: p.1, owner: p.2, approver: p.2 == "isms" ? "cto" : "isms",
                                 approved: (1 + index % 3, 5 + index), controls: p.3.map { ControlID($0) }))
        }
        var known = Set<String>()
        for fact in GeneratedDocuments.declared {
            guard let i = entries.firstIndex(where: { $0.id == fact.document }) else { continue }
            entries[i].facts.append((fact.key, fact.value))
            known.insert(fact.key)
        }
        let policy = entries.firstIndex { $0.kind == .policy }!
        for (key, kind) in bankKeys where !known.contains(key) {
            known.insert(key)
            entries[policy].facts.append((key, GeneratedDocuments.plausible(key, kind)))
        }
        self.entries = entries
    }

    /// A value a new declared fact can take, by the kind of answer that is compared with it.
    static func plausible(_ key: String, _ kind: AnswerKind) -> String {
        switch kind {
        case .frequency: key.contains("review") ? "annual" : "quarterly"
        case .duration: "48h"
        case .number: "12"
        case .percent: "95"
        case .yesNo: "yes"
        default: "documented"
        }
    }

    func yaml(year: Int, staff: (String) -> String) -> [String] {
        var lines = ["documents:"]
        for e in entries {
            let approved = Day(year: year, month: e.approved.month, day: e.approved.day)!
            lines += [
                "- id: \(e.id)", "  kind: \(e.kind.rawValue)", "  title: \(YAMLText.scalar(e.title))",
                "  version: '\(e.kind == .correctiveActions ? "live" : "\(1 + e.title.count % 3).\(e.title.count % 4)")'",
                "  owner: \(staff(e.owner))", "  approved-by: \(staff(e.approver))", "  approved-on: \(approved)",
                "  next-review: \(approved.adding(months: 12))",
            ]
            if let performed = e.performed { lines.append("  performed-on: \(performed)") }
            if !e.covers.isEmpty { lines.append("  covers: \(YAMLText.list(e.covers))") }
            if !e.controls.isEmpty { lines.append("  controls: \(YAMLText.list(e.controls.map(\.rawValue)))") }
            if !e.facts.isEmpty {
                lines.append("  facts:")
                lines += e.facts.map { "    \($0.0): \(YAMLText.quoted($0.1))" }
            }
        }
        return lines
    }
}
