/// What sort of answer an auditor's question expects: it decides which interpreter reads the
/// control owner's words, so "quarterly" becomes a frequency and "Sarah" becomes a person.
public enum AnswerKind: String, Sendable, CaseIterable, Codable {
    case frequency, date
    case yesNo = "yes-no"
    case duration, number, percent, person, choice
    case freeText = "free-text"
}
