/// A member of the scenario's staff that an answer can name: by full name, first name,
/// surname, role or one of the role's aliases ("head of IT").
public struct StaffRef: Sendable, Hashable {
    public var id: String
    public var name: String
    public var role: String
    public var aliases: [String]

    public init(id: String, name: String, role: String, aliases: [String] = []) {
        self.id = id
        self.name = name
        self.role = role
        self.aliases = aliases
    }
}

/// Something a good free-text answer mentions; synonyms widen the net ("sign-off",
/// "approval").
public struct TalkingPoint: Sendable, Hashable {
    public var concept: String
    public var synonyms: [String]

    public init(concept: String, synonyms: [String] = []) {
        self.concept = concept
        self.synonyms = synonyms
    }
}

/// A scenario document that answers are checked against for recitation. Its word runs are
/// computed once here, not on every answer.
public struct ReferenceDocument: Sendable, Hashable {
    public let id: String
    public let text: String
    let shingles: Set<String>

    public init(id: String, text: String) {
        self.id = id
        self.text = text
        self.shingles = RecitationDetector.shingles(
            of: Normalizer.normalize(text, limit: RecitationDetector.documentLimit).words)
    }
}

/// What the interpreters need to know about the scenario and the session.
public struct InterpretationContext: Sendable {
    /// The session date: relative dates ("last month") resolve against it.
    public var today: Day
    /// How ambiguous all-numeric dates such as 03/04/2026 are read.
    public var dateOrder: DateOrder
    public var staff: [StaffRef]
    /// `TalkingPointMatcher.nameWords(of: staff)`, when made once for many answers; nil:
    /// made from `staff` for each answer.
    public var staffWords: Set<String>?
    /// The options of a choice question.
    public var options: [String]
    public var talkingPoints: [TalkingPoint]
    public var documents: [ReferenceDocument]
    /// Who is answering (a staff id): "me", "I", "myself" name them.
    public var speaker: String?
    /// How many items the records hold for a share question, so "all but two" and "eleven
    /// leavers" become shares; nil when the records cannot say.
    public var population: Int?
    /// What those items are called ("leavers"), for "Eleven leavers, or eleven per cent?".
    public var unit: String?
    /// Groups of words that mean the same for talking points (the bank's `synonyms:`).
    public var thesaurus: [[String]]
    /// The scenario's own vocabulary: a term (a tool, system, supplier) and the concepts it
    /// is an instance of ("egress": ["encrypted transfer"]).
    public var instances: [String: [String]]
    /// The question asks for the share that went right (on time, approved, completed), so
    /// "ten per cent went over" is heard as 90 %.
    public var successShare = false

    public init(today: Day, dateOrder: DateOrder = .dayFirst, staff: [StaffRef] = [],
                options: [String] = [], talkingPoints: [TalkingPoint] = [],
                documents: [ReferenceDocument] = [], speaker: String? = nil, population: Int? = nil,
                unit: String? = nil, thesaurus: [[String]] = [], instances: [String: [String]] = [:]) {
        self.speaker = speaker
        self.population = population
        self.unit = unit
        self.thesaurus = thesaurus
        self.instances = instances
        self.today = today
        self.dateOrder = dateOrder
        self.staff = staff
        self.options = options
        self.talkingPoints = talkingPoints
        self.documents = documents
    }
}
