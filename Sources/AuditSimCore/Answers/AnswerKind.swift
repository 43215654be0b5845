/// What sort of answer an auditor's question expects: it decides which interpreter reads the
/// control owner's words, so "quarterly" becomes a frequency and "Sarah" becomes a person.
public enum AnswerKind: String, Sendable, CaseIterable, Codable {
    case frequency, date
    case yesNo = "yes-no"
    case duration, number, percent, person, choice
    case freeText = "free-text"
}

extension AnswerKind {
    /// What an answer of this kind gives, for "it could not be read as a date".
    public var phrase: String {
        switch self {
        case .frequency: "a frequency"
        case .date: "a date"
        case .yesNo: "a yes or a no"
        case .duration: "a length of time"
        case .number: "a number"
        case .percent: "a share"
        case .person: "a person"
        case .choice: "one of the options"
        case .freeText: "an account"
        }
    }
}
