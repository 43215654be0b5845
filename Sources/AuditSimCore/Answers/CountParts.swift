/// "Two P1s and about five P2s", "three in Dublin and one in Belfast": a count given by its
/// parts. A listener adds them up; holding the first part alone against the records would
/// turn a complete answer into a contradiction. Parts must be parallel (the same noun, a
/// priority or severity each, or a place each), so "eleven incidents, two of them
/// breaches" or "three, maybe four" are never added.
enum CountParts {
    /// What a part is a count of, so only parts of one kind are added.
    private enum Kind: Equatable {
        case noun(String)
        case tier
        case place
    }

    private static let tiers: Set<String> = [
        "critical", "criticals", "high", "highs", "medium", "mediums", "low", "lows", "major", "majors",
        "minor", "minors", "severe", "moderate", "urgent",
    ]
    private static let joins: Set<String> = ["and", "plus", "then", "with", "another", "also"]

    /// The total of two or more parallel parts, the words it spans and how it was read.
    static func total(_ answer: NormalizedAnswer, counts: [(start: Int, end: Int, value: Double)])
        -> (value: Double, start: Int, end: Int)? {
        guard counts.count >= 2 else { return nil }
        var kinds: [Kind] = []
        for (k, c) in counts.enumerated() {
            guard let kind = kind(answer, after: c.end) else { return nil }
            kinds.append(kind)
            if k > 0 {
                let previous = counts[k - 1]
                guard answer.sentences[c.start] == answer.sentences[previous.start], c.start > previous.end,
                      joined(answer, from: previous.end, to: c.start) else { return nil }
            }
        }
        guard kinds.allSatisfy({ $0 == kinds[0] }) else { return nil }
        if case let .noun(n) = kinds[0], ["of", "them", "which"].contains(n) { return nil }
        var end = counts[counts.count - 1].end + (kinds[0] == .place ? 2 : 1)
        if answer.word(end) == "s" { end += 1 }  // "P2s" is read as "p2", "s"
        return (counts.reduce(0) { $0 + $1.value }, counts[0].start, min(end, answer.count))
    }

    /// The kind of thing the words after a count name.
    private static func kind(_ answer: NormalizedAnswer, after end: Int) -> Kind? {
        guard let next = answer.word(end) else { return nil }
        if tiers.contains(next) || next.contains(where: \.isNumber) && next.contains(where: \.isLetter) { return .tier }
        if ["in", "at", "from"].contains(next), answer.raw.indices.contains(end + 1),
           answer.raw[end + 1].first?.isUppercase == true { return .place }
        if next.count > 3, next.hasSuffix("s"), next.allSatisfy(\.isLetter) { return .noun(next) }
        return nil
    }

    /// Parts are joined by "and", "plus" or a list comma, with nothing that corrects,
    /// contrasts or narrows in between.
    private static func joined(_ answer: NormalizedAnswer, from a: Int, to b: Int) -> Bool {
        let between = answer.words[a..<b]
        let listed = between.contains(where: joins.contains) || answer.clauses[b] != answer.clauses[a]
        let blocked: Set<String> = ["but", "or", "maybe", "sorry", "actually", "of", "which", "them", "if", "than", "out"]
        return listed && between.count <= 6 && !between.contains(where: blocked.contains)
    }
}
