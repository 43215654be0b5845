/// A document an answer matched nearly word for word: auditors distrust answers that recite
/// the policy instead of describing what people actually do.
public struct RecitationMatch: Sendable, Hashable {
    public var documentID: String
    /// Share of the answer's five-word runs found in the document, 0...1.
    public var similarity: Double

    public init(documentID: String, similarity: Double) {
        self.documentID = documentID
        self.similarity = similarity
    }
}

/// What the engine understood from one answer, with the flags an auditor would note and a
/// plain-English line that says why, so a rehearsal never feels like a black box.
public struct Interpretation: Sendable, Hashable {
    public var kind: AnswerKind
    /// nil when nothing could be understood.
    public var value: AnswerValue?
    /// The speaker said they don't know ("I'd have to check").
    public var unknown: Bool
    /// The speaker qualified the answer ("I think", "probably", a trailing "?").
    public var hedged: Bool
    /// The speaker said there is no figure to give ("we do not export triage times yet"):
    /// an answer about the records, not a failure to answer.
    public var unmeasured: Bool
    public var recited: RecitationMatch?
    /// One line: what was understood and which flags were raised.
    public var explanation: String
    /// Set when the words allow two readings ("eleven" to a share question): what an auditor
    /// would ask back ("Eleven leavers, or eleven per cent?"). Such an answer has no value and
    /// is never graded as read.
    public var confirm: String?
    /// Everyone the answer names, the speaker included ("me and Dave"); `value` holds the first.
    public var people: [StaffRef] = []
    /// Every amount the words allow, when an amount was said as a range or a bound
    /// ("ninety-odd per cent" is 90 to 99, "fewer than ten" 0 to 10); `value` holds one
    /// amount from it. A recorded figure anywhere inside agrees with what was said.
    public var span: ClosedRange<Double>?

    /// An auditor treats hedged and unknown answers alike: as a lead to follow up.
    public var uncertain: Bool { unknown || hedged }

    public init(kind: AnswerKind, value: AnswerValue?, unknown: Bool = false, hedged: Bool = false,
                unmeasured: Bool = false, recited: RecitationMatch? = nil, explanation: String,
                confirm: String? = nil, people: [StaffRef] = [], span: ClosedRange<Double>? = nil) {
        self.span = span
        self.confirm = confirm
        self.people = people
        self.kind = kind
        self.value = value
        self.unknown = unknown
        self.hedged = hedged
        self.unmeasured = unmeasured
        self.recited = recited
        self.explanation = explanation
    }
}
