/// Decides whether a phrase is negated ("we never escalate", "no one signs off", "not
/// quarterly") by looking a few words back within the same clause. A new subject or a
/// contrast ("if not resolved, we escalate"; "not sure, but we escalate") ends the scope.
enum Negation {
    static let negators: Set<String> = [
        "not", "no", "never", "don't", "doesn't", "didn't", "isn't", "aren't", "wasn't",
        "weren't", "won't", "can't", "cannot", "couldn't", "wouldn't", "shouldn't", "haven't",
        "hasn't", "hadn't", "ain't", "without", "nobody", "none", "neither", "nor", "nothing",
        "hardly", "lack", "lacks", "lacking", "absent",
    ]

    /// Words that start a new scope: a subject, a conjunction of contrast or condition.
    private static let scopeBreakers: Set<String> = [
        "but", "we", "they", "i", "he", "she", "it", "it's", "we're", "they're", "then", "so",
        "if", "when", "unless", "because", "though", "although", "however", "which", "who",
        "yes", "until", "once", "after", "before", "otherwise", "instead",
    ]

    /// "no" that does not negate what follows: "no problem, we always do".
    private static let idiomsAfterNo: Set<String> = [
        "doubt", "problem", "problems", "question", "worries", "exception", "exceptions", "matter",
    ]

    static func isNegated(_ answer: NormalizedAnswer, at index: Int, window: Int = 3) -> Bool {
        guard index > 0, index <= answer.count else { return false }
        let clause = index < answer.count ? answer.clauses[index] : answer.clauses[index - 1]
        var j = index - 1
        while j >= max(0, index - window) {
            if answer.clauses[j] != clause { return false }
            let w = answer.words[j]
            if negators.contains(w) {
                if w == "no", let next = answer.word(j + 1), idiomsAfterNo.contains(next) { return false }
                return true
            }
            if scopeBreakers.contains(w) { return false }
            j -= 1
        }
        return false
    }
}
