/// "One - a laptop in a taxi, logged as a breach but not one we had to report": a zero whose
/// own clause goes on to say which ones it means counts only some of them (the reportable
/// ones), not all the question asked about. It never replaces the count said beside it; said
/// alone ("none we had to report") it leaves the total open, so the auditor asks.
enum NarrowedZero {
    /// Words that open a clause restricting the zero before it.
    private static let openers: Set<String> = [
        "we", "they", "i", "you", "he", "she", "that", "which", "who", "where", "anyone", "anybody",
    ]
    /// "None that I know of", "not one we've found": the speaker's knowledge, not a subset.
    private static let knowing: Set<String> = [
        "know", "knew", "known", "aware", "found", "find", "seen", "saw", "remember", "recall", "heard",
        "noticed", "recollect", "think", "believe", "can", "could",
    ]

    /// The restricting words after a zero that ends at `end`, if its clause narrows it.
    static func restriction(in answer: NormalizedAnswer, after end: Int) -> (start: Int, end: Int)? {
        guard end > 0, let opener = answer.word(end), openers.contains(opener),
              answer.clauses[end] == answer.clauses[end - 1] else { return nil }
        var k = end
        while k < answer.count, answer.clauses[k] == answer.clauses[end] {
            if knowing.contains(answer.words[k]) { return nil }
            k += 1
        }
        return k > end + 1 ? (end, k) : nil
    }

    /// The auditor's words for the speaker's own ("we had to report" is "you had to report").
    private static let addressed: [String: String] = [
        "we": "you", "i": "you", "us": "you", "me": "you", "our": "your", "my": "your", "ours": "yours",
        "mine": "yours", "we've": "you've", "i've": "you've", "we'd": "you'd", "i'd": "you'd", "i'm": "you're",
        "we're": "you're",
    ]

    /// The question back when only a narrowed zero was said.
    static func question(_ answer: NormalizedAnswer, zero: (start: Int, end: Int), restriction: (start: Int, end: Int)) -> String {
        let said = answer.quote(zero.start, zero.end)
        let capitalised = said.prefix(1).uppercased() + said.dropFirst()
        let narrowing = (restriction.start..<restriction.end).map { addressed[answer.words[$0]] ?? answer.raw[$0] }
        return "\(capitalised) at all, or \(said.lowercased()) \(narrowing.joined(separator: " "))?"
    }
}
