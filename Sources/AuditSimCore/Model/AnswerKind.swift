/// The shape of answer a question expects, which decides how the text is interpreted.
public enum AnswerKind: String, Sendable, CaseIterable {
    case frequency, date
    case yesNo = "yes-no"
    case duration, number, percent, person, choice
    case freeText = "free-text"
}

/// A concept a good free-text answer mentions, with the words people use for it.
public struct TalkingPoint: Sendable, Hashable {
    public var concept: String
    public var synonyms: [String]

    public init(concept: String, synonyms: [String] = []) {
        self.concept = concept
        self.synonyms = synonyms
    }
}
