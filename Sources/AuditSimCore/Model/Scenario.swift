import Foundation

/// An organisation preparing for certification: the documented and recorded sources,
/// and the people who will be asked about them.
public struct Scenario: Sendable {
    /// The folder the scenario was loaded from; evidence paths resolve inside it.
    public var directory: URL
    public var name: String
    public var organisation: Organisation
    public var bankID: String
    public var policy: AuditPolicy
    public var staff: [StaffMember]
    public var documents: [Document]
    public var soa: [SoAEntry]
    public var evidence: [EvidenceSource]
    public var answerSets: [AnswerSet]
    /// The scenario's own vocabulary: a term (lowercased) and the talking-point concepts it
    /// is an instance of ("egress": ["encrypted transfer"]).
    public var vocabulary: [String: [String]] = [:]

    public init(
        directory: URL, name: String, organisation: Organisation, bankID: String,
        policy: AuditPolicy = AuditPolicy(), staff: [StaffMember], documents: [Document],
        soa: [SoAEntry], evidence: [EvidenceSource], answerSets: [AnswerSet] = []
    ) {
        self.directory = directory
        self.name = name
        self.organisation = organisation
        self.bankID = bankID
        self.policy = policy
        self.staff = staff
        self.documents = documents
        self.soa = soa
        self.evidence = evidence
        self.answerSets = answerSets
    }

    public func staffMember(_ id: String) -> StaffMember? { staff.first { $0.id == id } }

    /// The people who own a control, in file order.
    public func owners(of control: ControlID) -> [StaffMember] {
        staff.filter { $0.owns.contains(control) }
    }

    public func documents(of kind: DocumentKind) -> [Document] {
        documents.filter { $0.kind == kind }
    }

    public func soaEntry(_ control: ControlID) -> SoAEntry? { soa.first { $0.control == control } }

    public func sources(for control: ControlID) -> [EvidenceSource] {
        evidence.filter { $0.controls.contains(control) }
    }

    public func answerSet(_ id: String) -> AnswerSet? { answerSets.first { $0.id == id } }
}

public struct Organisation: Sendable {
    public var name: String
    public var sector: String
    public var personsInScope: Int
    public var scope: String
    public var auditDate: Day
    public var operatingSince: Day
    public var dateOrder: DateOrder
    /// Where local times in exports are read (an IANA name, `Europe/London`); UTC when nil.
    public var timeZone: String?
    /// The sites in scope (offices, data centres); empty when not declared.
    public var sites: [String] = []
    /// Sites that keep their own clock and public holidays (Dublin, Belfast, Charlotte), by
    /// every name an export may give them, normalised; a row of another site uses the
    /// organisation's.
    public var siteCalendars: [String: SiteCalendar] = [:]

    public struct SiteCalendar: Sendable, Hashable {
        public var site: String
        public var timeZone: String?
        public var holidays: Set<Day>
        public init(site: String, timeZone: String?, holidays: Set<Day>) {
            self.site = site
            self.timeZone = timeZone
            self.holidays = holidays
        }
    }
    /// Days that are not working days besides weekends (public holidays), for limits in
    /// working days.
    public var holidays: Set<Day> = []
    /// Groups of persons doing identical, simple, directed work, which ISO/IEC 27006-1 lets
    /// a certification body count at the square root of the group's head count.
    public var simpleRoleGroups: [SimpleRoleGroup] = []

    public struct SimpleRoleGroup: Sendable, Hashable {
        public var role: String
        public var persons: Int
        public init(role: String, persons: Int) {
            self.role = role
            self.persons = persons
        }
    }

    public init(
        name: String, sector: String, personsInScope: Int, scope: String, auditDate: Day,
        operatingSince: Day, dateOrder: DateOrder = .dayFirst, timeZone: String? = nil
    ) {
        self.timeZone = timeZone
        self.name = name
        self.sector = sector
        self.personsInScope = personsInScope
        self.scope = scope
        self.auditDate = auditDate
        self.operatingSince = operatingSince
        self.dateOrder = dateOrder
    }

    /// The days the ISMS has been operating when the audit takes place.
    public var operatingPeriod: DayRange {
        DayRange(start: operatingSince, end: auditDate, precision: .day)
    }
}

public struct StaffMember: Sendable, Hashable {
    public var id: String
    public var name: String
    public var role: String
    public var aliases: [String]
    /// Whether this person can approve the policy (top management in ISO terms).
    public var topManagement: Bool
    public var owns: [ControlID]

    public init(
        id: String, name: String, role: String, aliases: [String] = [], topManagement: Bool = false,
        owns: [ControlID] = []
    ) {
        self.id = id
        self.name = name
        self.role = role
        self.aliases = aliases
        self.topManagement = topManagement
        self.owns = owns
    }

    /// "Priya Shah, IT Manager": how the auditor addresses them.
    public var addressed: String { "\(name), \(role)" }
}

/// One row of the Statement of Applicability.
public struct SoAEntry: Sendable, Hashable {
    public enum Implementation: String, Sendable, CaseIterable {
        case yes, partial, no, planned
    }

    public var control: ControlID
    public var applicable: Bool
    public var justification: String
    public var implemented: Implementation

    public init(control: ControlID, applicable: Bool, justification: String, implemented: Implementation) {
        self.control = control
        self.applicable = applicable
        self.justification = justification
        self.implemented = implemented
    }
}

/// A persona's scripted answers, for unattended runs and tests.
public struct AnswerSet: Sendable {
    public struct Answer: Sendable, Hashable {
        public var text: String
        public var followUp: String?

        /// Who gave the answer (a staff id); each answer on a panel names one.
        public var by: String?

        public init(text: String, followUp: String? = nil, by: String? = nil) {
            self.text = text
            self.followUp = followUp
            self.by = by
        }
    }

    /// The file's stem, e.g. `prepared`.
    public var id: String
    public var persona: String
    public var description: String
    /// One person answering everything; nil when each question's owner answers.
    public var respondent: String?
    /// Each question's answers in the order given: one, or one per person on a panel.
    public var responses: [String: [Answer]]

    /// The first (usually the only) answer to each question.
    public var answers: [String: Answer] { responses.compactMapValues(\.first) }

    public init(id: String, persona: String, description: String = "", respondent: String? = nil,
                responses: [String: [Answer]]) {
        self.id = id
        self.persona = persona
        self.description = description
        self.respondent = respondent
        self.responses = responses
    }

    /// One answer to each question, as most scripts give.
    public init(id: String, persona: String, description: String = "", respondent: String? = nil, answers: [String: Answer]) {
        self.init(id: id, persona: persona, description: description, respondent: respondent, responses: answers.mapValues { [$0] })
    }
}
