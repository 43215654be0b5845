/// Judges a free-text answer against the question's talking points, by meaning rather than
/// spelling: a point is covered when its words (by stem, through synonyms the bank declares
/// and a small built-in thesaurus) are said close together, or when the answer names one of
/// the scenario's own tools or suppliers declared as an instance of the point ("Egress" is
/// an encrypted transfer). Negation-aware: "we don't encrypt" does not cover encryption,
/// while "never leave it in the car" does cover "never left unattended".
enum TalkingPointMatcher {
    static func read(_ answer: NormalizedAnswer, points: [TalkingPoint], thesaurus: [[String]] = [],
                     instances: [String: [String]] = [:], staffWords: Set<String> = []) -> Reading {
        // "Named approver": naming someone ("me or Marta can authorise") says it.
        let people = staffWords.union(["me", "myself"])
        let named = [["named", "name", "nominated", "designated"]].map { group in
            group + answer.words.filter { people.contains($0) }
        }
        let coverage = coverage(of: answer, points: points, thesaurus: thesaurus + named.filter { $0.count > 4 },
                                instances: instances)
        guard !points.isEmpty else {
            return Reading(.freeText(coverage), "no talking points to judge against (\(answer.count) words)")
        }
        var summary = "covered \(coverage.covered.count) of \(points.count) talking points"
        if !coverage.covered.isEmpty {
            let heard = coverage.covered.map { point in
                let words = coverage.matched[point] ?? []
                return words.isEmpty ? point : "\(point) (heard \(words.map { "\"\($0)\"" }.joined(separator: ", ")))"
            }
            summary += ": " + heard.joined(separator: "; ")
        }
        if !coverage.missed.isEmpty { summary += "; missed: \(coverage.missed.joined(separator: ", "))" }
        return Reading(.freeText(coverage), summary)
    }

    /// The words of the staff's names ("marta", "nowak"), as answers are normalised.
    static func nameWords(of staff: [StaffRef]) -> Set<String> {
        Set(staff.flatMap { Normalizer.normalize($0.name).words })
    }

    /// Words that mean the same in audit talk; the bank adds its own with `synonyms:`.
    static let builtIn: [[String]] = [
        ["approve", "approval", "approver", "authorise", "authorize", "authorisation", "authorization", "sign off",
         "sign-off", "signoff", "sign", "signs", "signed"],
        ["leave", "left", "leaving"],
        ["unattended", "on its own", "on their own", "alone", "out of sight"],
        ["review", "check", "go through", "look at"],
        ["malware", "anti-malware", "antivirus", "anti-virus", "virus", "edr"],
        ["restore", "recovery", "recover"],
        ["test", "exercise", "drill"],
        ["laptop", "device", "endpoint", "machine", "kit", "equipment"],
        ["return", "come back", "comes back", "hand back", "hand in", "send back", "bring back", "collect"],
        ["remind", "reminder", "tell them", "remind them"],
        ["continue", "continues", "carry on", "carries on", "still apply", "still applies", "outlast"],
        ["log", "record", "write down", "ticket"],
        ["encrypt", "encryption", "encrypted"],
    ]
    private static let fillers: Set<String> = ["the", "a", "an", "of", "to", "with", "for", "and", "in", "on", "by", "is", "are", "be"]
    /// Negations, stemmed as the words they are compared with ("never" stems to "nev").
    private static let negators: Set<String> = Set(["never", "not", "no", "don't", "without"].map(WordStem.stem))

    static func coverage(of answer: NormalizedAnswer, points: [TalkingPoint], thesaurus: [[String]] = [],
                         instances: [String: [String]] = [:]) -> TalkingPointCoverage {
        let stems = answer.words.map(WordStem.stem)
        let groups = builtInPhrases + thesaurus.map { $0.map(phrase) }
        // Instances the answer names, not denied: "we use Egress".
        var named: [(words: String, concepts: [[String]])] = []
        for (term, concepts) in instances {
            let t = phrase(term)
            if let p = occurrences(t, in: stems).first(where: { !Negation.isNegated(answer, at: $0) }) {
                named.append((answer.words[p..<p + t.count].joined(separator: " "), concepts.map(phrase)))
            }
        }
        var covered: [String] = [], missed: [String] = [], matched: [String: [String]] = [:]
        for point in points {
            let terms = ([point.concept] + point.synonyms).map(phrase)
            var heard: [String] = []
            for term in terms {
                if let positions = mentioned(term, in: stems, answer: answer, groups: groups) {
                    // The stretch of the answer that said it, as said ("no activity after they left").
                    let lo = positions.min()!, hi = positions.max()!
                    heard.append(hi - lo < 10 ? answer.words[lo...hi].joined(separator: " ")
                                              : positions.map { answer.words[$0] }.joined(separator: " "))
                    break
                }
            }
            for instance in named where instance.concepts.contains(where: { c in terms.contains(c) }) {
                heard.append(instance.words)
            }
            if heard.isEmpty { missed.append(point.concept) } else {
                covered.append(point.concept)
                matched[point.concept] = heard
            }
        }
        return TalkingPointCoverage(covered: covered, missed: missed, matched: matched)
    }

    /// `builtIn` as stemmed phrases, made once.
    private static let builtInPhrases: [[[String]]] = builtIn.map { $0.map(phrase) }

    private static func phrase(_ text: String) -> [String] { Normalizer.normalize(text).words.map(WordStem.stem) }

    private static func occurrences(_ term: [String], in stems: [String]) -> [Int] {
        guard !term.isEmpty, stems.count >= term.count else { return [] }
        return (0...(stems.count - term.count)).filter { Array(stems[$0..<$0 + term.count]) == term }
    }

    /// Where the term is said: every word of it (or a synonym of the word) within a few
    /// words of each other, in any order; a term of three words or more may leave out one
    /// word, never its negation.
    private static func mentioned(_ term: [String], in stems: [String], answer: NormalizedAnswer,
                                  groups: [[[String]]]) -> [Int]? {
        let words = term.filter { !fillers.contains($0) }
        guard !words.isEmpty else { return nil }
        let negatedTerm = words.contains(where: negators.contains)
        // "signoff" for "sign-off", and "sign off" for "signoff"
        let fused = WordStem.stem(words.joined())
        for i in stems.indices where stems[i] == fused && (negatedTerm || !Negation.isNegated(answer, at: i)) { return [i] }
        var slots: [(alternatives: [[String]], negator: Bool)] = []
        for w in words {
            var alternatives: [[String]] = [[w]]
            if w.contains("-") { alternatives.append(w.split(separator: "-").map(String.init)) }
            for group in groups where group.contains([w]) { alternatives += group.filter { $0 != [w] } }
            if negators.contains(w) { alternatives = negators.map { [$0] } }
            slots.append((alternatives, negators.contains(w)))
        }
        // Where each word of the term (or a synonym of it) is said, and the last word it spans.
        var spanEnd: [Int: Int] = [:]
        let positions: [[Int]] = slots.map { slot in
            stems.indices.filter { p in
                guard slot.negator || negatedTerm || !Negation.isNegated(answer, at: p) else { return false }
                guard let alt = slot.alternatives.first(where: { alt in
                    p + alt.count <= stems.count && Array(stems[p..<p + alt.count]) == alt
                }) else { return false }
                spanEnd[p] = max(spanEnd[p] ?? p, p + alt.count - 1)
                return true
            }
        }
        let window = slots.count + 5
        let starts = Set(positions.flatMap { $0 }).sorted()
        // Words of the term said but denied ("we don't do a root cause analysis").
        let denied: [Int] = negatedTerm ? [] : stems.indices.filter { p in
            slots.contains { $0.alternatives.contains { alt in
                p + alt.count <= stems.count && Array(stems[p..<p + alt.count]) == alt } } && Negation.isNegated(answer, at: p)
        }
        for start in starts {
            if denied.contains(where: { $0 >= start - 3 && $0 < start + window }) { continue }
            var found: [Int] = []
            var missing: [Int] = []
            for (k, list) in positions.enumerated() {
                if let p = list.first(where: { $0 >= start && $0 < start + window }) { found.append(p) } else { missing.append(k) }
            }
            let covered = found.flatMap { p in Array(p...(spanEnd[p] ?? p)) }
            if missing.isEmpty { return Array(Set(covered)).sorted() }
            if slots.count >= 3, missing.count == 1, !slots[missing[0]].negator { return Array(Set(covered)).sorted() }
        }
        return nil
    }
}
