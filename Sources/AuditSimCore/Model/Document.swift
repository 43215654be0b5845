/// Kinds of documented information, mapped to the clause that requires them.
public enum DocumentKind: String, Sendable, CaseIterable {
    case context, scope, policy, roles
    case riskMethod = "risk-method"
    case riskTreatmentMethod = "risk-treatment-method"
    case soaRecord = "soa-record"
    case objectives, competence
    case documentControl = "document-control"
    case operationalPlanning = "operational-planning"
    case riskAssessment = "risk-assessment"
    case riskTreatmentPlan = "risk-treatment-plan"
    case monitoring
    case internalAuditProgramme = "internal-audit-programme"
    case internalAuditReport = "internal-audit-report"
    case managementReview = "management-review"
    case correctiveActions = "corrective-actions"
    case procedure

    /// The clause of ISO/IEC 27001:2022 that asks for this documented information.
    public var clause: ControlID {
        switch self {
        case .context: "4.1"
        case .scope: "4.3"
        case .policy: "5.2"
        case .roles: "5.3"
        case .riskMethod: "6.1.2"
        case .riskTreatmentMethod, .soaRecord: "6.1.3"
        case .objectives: "6.2"
        case .competence: "7.2"
        case .documentControl, .procedure: "7.5"
        case .operationalPlanning: "8.1"
        case .riskAssessment: "8.2"
        case .riskTreatmentPlan: "8.3"
        case .monitoring: "9.1"
        case .internalAuditProgramme, .internalAuditReport: "9.2"
        case .managementReview: "9.3"
        case .correctiveActions: "10.2"
        }
    }

    /// "risk treatment plan": for sentences.
    public var phrase: String {
        switch self {
        case .soaRecord: "Statement of Applicability"
        case .policy: "information security policy"
        case .scope: "ISMS scope"
        case .context: "context analysis"
        default: rawValue.replacingOccurrences(of: "-", with: " ")
        }
    }
}

/// A document of the organisation: the "documented" source.
public struct Document: Sendable, Hashable {
    public var id: String
    public var kind: DocumentKind
    public var title: String
    public var version: String
    public var owner: String?
    public var approvedBy: String?
    public var approvedOn: Day?
    public var nextReview: Day?
    /// When an audit or review recorded in this document took place.
    public var performedOn: Day?
    /// Kind-specific topics the document addresses (scope boundaries, review inputs …).
    public var covers: [String]
    /// Controls a risk treatment plan relies on.
    public var controls: [ControlID]
    /// Declared facts, such as `access-review-frequency: quarterly`.
    public var facts: [String: String]
    public var text: String?
    /// Who audited what, for an internal audit report: objectivity is judged from it.
    public var auditors: [Auditor] = []

    /// One internal auditor and the clauses and controls they audited ("9.2", "A.8" for the
    /// whole theme).
    public struct Auditor: Sendable, Hashable {
        public var id: String
        public var audited: [ControlID]

        public init(id: String, audited: [ControlID]) {
            self.id = id
            self.audited = audited
        }

        /// Whether `item` lies inside what this auditor audited: "A.8" holds A.8.2, "9" holds 9.2.1.
        public func audited(_ item: ControlID) -> Bool {
            audited.contains { $0 == item || item.rawValue.hasPrefix($0.rawValue + ".") }
        }
    }

    public init(
        id: String, kind: DocumentKind, title: String, version: String = "1.0", owner: String? = nil,
        approvedBy: String? = nil, approvedOn: Day? = nil, nextReview: Day? = nil, performedOn: Day? = nil,
        covers: [String] = [], controls: [ControlID] = [], facts: [String: String] = [:], text: String? = nil
    ) {
        self.id = id
        self.kind = kind
        self.title = title
        self.version = version
        self.owner = owner
        self.approvedBy = approvedBy
        self.approvedOn = approvedOn
        self.nextReview = nextReview
        self.performedOn = performedOn
        self.covers = covers
        self.controls = controls
        self.facts = facts
        self.text = text
    }
}
