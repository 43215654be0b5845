/// Judges a free-text answer against the question's talking points: a point is covered
/// when its concept or a synonym appears (by word stem, multi-word synonyms as a run of
/// words) and is not negated ("we never escalate" does not cover escalation).
enum TalkingPointMatcher {
    static func read(_ answer: NormalizedAnswer, points: [TalkingPoint]) -> Reading {
        let coverage = coverage(of: answer, points: points)
        guard !points.isEmpty else {
            return Reading(.freeText(coverage), "no talking points to judge against (\(answer.count) words)")
        }
        var summary = "covered \(coverage.covered.count) of \(points.count) talking points"
        if !coverage.covered.isEmpty { summary += " (\(coverage.covered.joined(separator: ", ")))" }
        if !coverage.missed.isEmpty { summary += "; missed: \(coverage.missed.joined(separator: ", "))" }
        return Reading(.freeText(coverage), summary)
    }

    static func coverage(of answer: NormalizedAnswer, points: [TalkingPoint]) -> TalkingPointCoverage {
        let stems = answer.words.map(WordStem.stem)
        var covered: [String] = [], missed: [String] = []
        for point in points {
            let terms = ([point.concept] + point.synonyms).map { Normalizer.normalize($0).words.map(WordStem.stem) }
            let hit = terms.contains { isMentioned($0, in: stems, answer: answer) }
            if hit { covered.append(point.concept) } else { missed.append(point.concept) }
        }
        return TalkingPointCoverage(covered: covered, missed: missed)
    }

    /// Most words a synonym's words may be apart: "raise it with management" still says
    /// "raise with management".
    private static let maxGap = 2

    private static func isMentioned(_ term: [String], in stems: [String], answer: NormalizedAnswer) -> Bool {
        guard !term.isEmpty else { return false }
        let fused = WordStem.stem(term.joined())
        for i in stems.indices where !Negation.isNegated(answer, at: i) {
            // "signoff" for "sign-off", and "sign off" for "signoff"
            if term.count > 1, stems[i] == fused { return true }
            if term.count == 1, i + 1 < stems.count, WordStem.stem(stems[i] + stems[i + 1]) == term[0] { return true }
            if stems[i] == term[0], followsInOrder(term.dropFirst(), in: stems, after: i) { return true }
        }
        return false
    }

    private static func followsInOrder(_ rest: ArraySlice<String>, in stems: [String], after i: Int) -> Bool {
        var position = i
        for word in rest {
            let window = (position + 1)..<min(stems.count, position + 2 + maxGap)
            guard let next = window.first(where: { stems[$0] == word }) else { return false }
            position = next
        }
        return true
    }
}
