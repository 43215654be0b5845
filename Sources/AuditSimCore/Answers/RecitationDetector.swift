/// Flags answers that repeat a scenario document nearly word for word. Auditors want to
/// hear how a control works in practice; a recited policy suggests a rehearsed answer.
/// Method: the share of the answer's five-word runs (shingles) that also occur in the
/// document; answers of at least 12 words with 80% or more shared runs count as recited.
enum RecitationDetector {
    static let shingleSize = 5
    static let minimumWords = 12
    static let threshold = 0.8
    /// Documents are read up to this many characters; policies are far shorter.
    static let documentLimit = 2_000_000

    static func shingles(of words: [String]) -> Set<String> {
        guard words.count >= shingleSize else { return [] }
        var result = Set<String>()
        for i in 0...(words.count - shingleSize) {
            result.insert(words[i..<i + shingleSize].joined(separator: " "))
        }
        return result
    }

    /// The best-matching document at or above the threshold; ties go to the earlier document.
    static func match(_ answer: NormalizedAnswer, against documents: [ReferenceDocument]) -> RecitationMatch? {
        guard answer.count >= minimumWords, !documents.isEmpty else { return nil }
        let own = shingles(of: answer.words)
        guard !own.isEmpty else { return nil }
        var best: RecitationMatch?
        for doc in documents {
            let shared = own.reduce(0) { $0 + (doc.shingles.contains($1) ? 1 : 0) }
            let similarity = Double(shared) / Double(own.count)
            if similarity >= threshold, similarity > (best?.similarity ?? 0) {
                best = RecitationMatch(documentID: doc.id, similarity: similarity)
            }
        }
        return best
    }
}
