/// What the speaker signalled about their own certainty, with the words that signalled it
/// so the explanation can quote them.
struct CertaintySignals: Sendable {
    /// "I don't know", "not sure", "I'd have to check".
    var unknownPhrase: String?
    /// "I think", "probably", "should be"; "?" for a trailing question mark.
    var hedgePhrase: String?
    /// Word positions of those phrases, which interpreters set aside so "not sure, maybe
    /// monthly" reads as monthly rather than as a negated "monthly".
    var spans: Set<Int> = []
    /// "I couldn't tell you how often": the speaker says they cannot give what was asked,
    /// so nothing else in the answer is their answer to it.
    var disowned: String?
}

/// Finds "I don't know" and hedges. An auditor follows up on both, so both make an
/// interpretation uncertain, but only "unknown" means the speaker gave no answer of their own.
enum HedgeDetector {
    private static let unknown = PhraseTable(true, [
        "i don't know", "don't know", "do not know", "i do not know", "dunno", "not sure",
        "i'm not sure", "unsure", "no idea", "i have no idea", "not certain", "no clue",
        "not a clue", "i'd have to check", "i would have to check", "have to check",
        "need to check", "i'd need to check", "would need to check", "i'll check", "let me check",
        "i'd have to look", "have to look it up", "need to look it up", "i'd have to ask",
        "have to ask", "need to ask", "can't remember", "cannot remember", "can't recall",
        "cannot recall", "don't remember", "do not remember", "don't recall", "do not recall",
        "couldn't tell you", "couldn't say", "can't say", "cannot say", "hard to say",
        "beats me", "who knows", "no recollection", "wouldn't know", "i'd have to find out",
        "need to find out", "not 100 percent sure",
    ])

    private static let hedges = PhraseTable(true, [
        "i think", "i believe", "i guess", "i suppose", "i assume", "i reckon", "i'd say",
        "i would say", "i'd guess", "i would think", "i'd imagine", "i imagine", "probably",
        "maybe", "perhaps", "possibly", "presumably", "supposedly", "likely", "hopefully",
        "i hope", "should be", "should have been", "ought to be", "might be", "might have been",
        "may be", "may have been", "could be", "could have been", "if i remember",
        "if i remember correctly", "if i recall", "if i recall correctly", "as far as i know",
        "afaik", "as far as i'm aware", "i'm fairly sure", "fairly sure", "pretty sure",
        "i'm pretty sure", "i'm fairly certain", "i don't think", "i'm guessing", "my guess is",
        "if memory serves", "wouldn't say no", "no reason why not", "no reason it wouldn't",
        "no reason they wouldn't", "no reason it isn't", "no reason they aren't", "don't see why not",
        "can't see why not", "i don't see why not", "i can't see why not",
    ])

    /// Approximations hedge a frequency or a name but are ordinary precision for quantities
    /// ("around 95%", "about a week ago"), so they only count for the other kinds.
    private static let approximations = PhraseTable(true, [
        "roughly", "approximately", "approx", "more or less", "give or take", "or so", "ish",
        "sort of", "kind of",
    ])

    private static let quantityKinds: Set<AnswerKind> = [.number, .percent, .duration, .date]

    /// What each kind of question asks, as a speaker names it when they cannot say it.
    private static let disowning: [AnswerKind: [[String]]] = [
        .frequency: [["how", "often"], ["how", "frequently"], ["when"]],
        .date: [["when"], ["what", "date"], ["which", "day"], ["the", "date"]],
        .number: [["how", "many"], ["how", "much"], ["the", "number"], ["the", "figure"]],
        .percent: [["how", "many"], ["how", "much"], ["what", "percentage"], ["the", "percentage"], ["the", "figure"]],
        .duration: [["how", "long"], ["how", "quickly"], ["how", "fast"]],
        .person: [["who"], ["whose"]],
    ]

    static func detect(_ answer: NormalizedAnswer, for kind: AnswerKind) -> CertaintySignals {
        var signals = CertaintySignals()
        var hedgeTable = hedges
        if !quantityKinds.contains(kind), kind != .yesNo {
            hedgeTable = hedges.merged(with: approximations)
        }
        for hit in unknown.scan(answer) {
            // "anyone else who knows the ISMS" is not "who knows?"
            if answer.matches(["who", "knows"], at: hit.start), hit.start > 0,
               answer.clauses[hit.start - 1] == answer.clauses[hit.start] { continue }
            signals.unknownPhrase = signals.unknownPhrase ?? answer.quote(hit.start, hit.end)
            signals.spans.formUnion(hit.start..<hit.end)
            if signals.disowned == nil, let asked = disowning[kind],
               let wh = asked.first(where: { answer.matches($0, at: hit.end) }), answer.clauses[hit.end] == answer.clauses[hit.start] {
                signals.disowned = answer.quote(hit.start, hit.end + wh.count)
            }
        }
        let withoutUnknown = answer.removing(signals.spans)
        let positions = answer.words.indices.filter { !signals.spans.contains($0) }
        for hit in hedgeTable.scan(withoutUnknown) {
            let words = withoutUnknown.words[hit.start..<hit.end]
            // "Should be quarterly, but really twice a year" states the rule, not a doubt.
            if words.first == "should" || words.first == "ought",
               RuleAndPractice.hasContrast(in: withoutUnknown, after: hit.end) {
                continue
            }
            signals.hedgePhrase = signals.hedgePhrase ?? withoutUnknown.quote(hit.start, hit.end)
            // "I don't think" keeps its words: the negation still matters to the reading.
            if words.contains("don't") { continue }
            for k in hit.start..<hit.end { signals.spans.insert(positions[k]) }
        }
        if signals.hedgePhrase == nil, answer.endsWithQuestion {
            signals.hedgePhrase = "?"
        }
        return signals
    }
}
