/// One reading of part of an answer ("quarterly" at words 3...3).
struct Candidate<Value: Sendable & Equatable>: Sendable {
    var start: Int
    var end: Int
    var value: Value
}

/// Which candidate counts, and the rule the speaker contrasted it with, if any.
struct Selection<Value: Sendable & Equatable>: Sendable {
    var chosen: Candidate<Value>
    var rule: Candidate<Value>?
    var others: [Candidate<Value>]
}

/// People often state the rule and then the practice: "supposed to be quarterly but really
/// twice a year", "the policy says monthly, in practice every quarter". An auditor records
/// what actually happens, so the practice wins and the rule is kept for the explanation.
enum RuleAndPractice {
    private static let contrast = PhraseTable(true, [
        "but", "although", "though", "however", "whereas", "actually", "really", "realistically",
        "in practice", "in reality", "in fact", "truth is", "to be honest", "honestly",
    ])

    /// Words that mark the documented rule rather than what happens.
    private static let ruleMarkers = PhraseTable(true, [
        "supposed", "should", "policy", "officially", "on paper", "in theory", "meant to",
        "required", "requires", "target", "aim", "procedure", "standard", "documented",
        "formally", "the rule", "planned", "ought",
    ])
    private static let trailingRuleMarkers = PhraseTable(true, [
        "in theory", "on paper", "officially", "according to the policy", "per the policy",
        "by the book",
    ])

    static func hasContrast(in answer: NormalizedAnswer, after index: Int) -> Bool {
        contrast.scan(answer).contains { $0.start >= index }
    }

    static func select<V>(_ candidates: [Candidate<V>], in answer: NormalizedAnswer) -> Selection<V>? {
        guard let first = candidates.first else { return nil }
        let distinct = candidates.contains { $0.value != first.value }
        guard distinct else { return Selection(chosen: first, rule: nil, others: []) }

        let markers = Markers(rule: ruleMarkers.scan(answer), trailing: trailingRuleMarkers.scan(answer),
                              contrast: contrast.scan(answer))
        let ruleFlags = candidates.indices.map { isRule(candidates, $0, markers: markers, in: answer) }
        if let r = ruleFlags.firstIndex(of: true),
           let p = candidates.indices.first(where: { !ruleFlags[$0] && candidates[$0].value != candidates[r].value }) {
            return Selection(chosen: candidates[p], rule: candidates[r], others: [])
        }
        for k in markers.contrast.map(\.start) {
            guard let before = candidates.last(where: { $0.end <= k }),
                  let after = candidates.first(where: { $0.start > k && $0.value != before.value })
            else { continue }
            return Selection(chosen: after, rule: before, others: [])
        }
        var seen: [V] = [first.value]
        var others: [Candidate<V>] = []
        for c in candidates.dropFirst() where !seen.contains(c.value) {
            seen.append(c.value)
            others.append(c)
        }
        return Selection(chosen: first, rule: nil, others: others)
    }

    /// A rule marker between the previous candidate and this one (with no contrast in
    /// between), or a trailing "in theory"/"on paper" right after it.
    /// The marker phrases of one answer, found once and shared by every candidate.
    private struct Markers {
        var rule: [PhraseHit<Bool>]
        var trailing: [PhraseHit<Bool>]
        var contrast: [PhraseHit<Bool>]
    }

    private static func isRule<V>(_ candidates: [Candidate<V>], _ i: Int, markers all: Markers,
                                  in answer: NormalizedAnswer) -> Bool {
        let c = candidates[i]
        let from = i > 0 ? candidates[i - 1].end : 0
        let markers = all.rule.filter { m in
            // "monthly in theory, every other month in reality": "in theory" belongs to monthly.
            let trailsPrevious = i > 0 && m.start <= from + 2 && trailingRuleMarkers.match(in: answer, at: m.start) != nil
            return m.start >= from && m.end <= c.start && !trailsPrevious
        }
        if let last = markers.last,
           !all.contrast.contains(where: { $0.start >= last.end && $0.start < c.start }) {
            return true
        }
        return all.trailing.contains { $0.start >= c.end && $0.start <= c.end + 2 }
    }
}
