/// A phrase found in an answer: where it starts, how many words it spans, what it means.
struct PhraseHit<Value: Sendable>: Sendable {
    var start: Int
    var length: Int
    var value: Value
    var end: Int { start + length }
}

/// A lexicon of multi-word phrases ("as and when", "not always") looked up by first word.
/// Scanning takes the longest phrase at each position, so "not always" is read before
/// "always" and "every other month" before "every month". Work is linear in the answer.
struct PhraseTable<Value: Sendable>: Sendable {
    private struct Entry: Sendable {
        var words: [String]
        var value: Value
    }

    private var byFirstWord: [String: [Entry]] = [:]

    init(_ entries: [(String, Value)]) {
        for (phrase, value) in entries {
            let words = phrase.split(separator: " ").map(String.init)
            guard let first = words.first else { continue }
            byFirstWord[first, default: []].append(Entry(words: words, value: value))
        }
        for key in byFirstWord.keys {
            byFirstWord[key]!.sort { $0.words.count > $1.words.count }
        }
    }

    /// Every phrase in `values` spells to `value`.
    init(_ value: Value, _ phrases: [String]) {
        self.init(phrases.map { ($0, value) })
    }

    func merged(with other: PhraseTable<Value>) -> PhraseTable<Value> {
        var copy = self
        for (key, entries) in other.byFirstWord {
            copy.byFirstWord[key, default: []].append(contentsOf: entries)
            copy.byFirstWord[key]!.sort { $0.words.count > $1.words.count }
        }
        return copy
    }

    /// The longest phrase starting at word `i`.
    func match(in answer: NormalizedAnswer, at i: Int) -> PhraseHit<Value>? {
        guard let first = answer.word(i), let entries = byFirstWord[first] else { return nil }
        for entry in entries where answer.matches(entry.words, at: i) {
            return PhraseHit(start: i, length: entry.words.count, value: entry.value)
        }
        return nil
    }

    /// Non-overlapping phrases, left to right, longest first at each position.
    func scan(_ answer: NormalizedAnswer) -> [PhraseHit<Value>] {
        var hits: [PhraseHit<Value>] = []
        var i = 0
        while i < answer.count {
            if let hit = match(in: answer, at: i) {
                hits.append(hit)
                i = hit.end
            } else {
                i += 1
            }
        }
        return hits
    }
}
