import Foundation

/// An answer reduced to comparable words. `words` are lowercased and diacritic-folded for
/// matching; `raw` keeps the speaker's spelling for quoting in explanations; `clauses` numbers
/// the clause each word is in, so negation never reaches across a comma or full stop;
/// `sentences` numbers the sentence, so what a figure counts is read in its own sentence.
struct NormalizedAnswer: Sendable {
    var words: [String] = []
    var raw: [String] = []
    var clauses: [Int] = []
    var sentences: [Int] = []
    /// The answer ended with a question mark: the speaker was asking, not telling.
    var endsWithQuestion = false
    /// Only the first `Normalizer.answerLimit` characters were read.
    var truncated = false
    /// Combining marks past `Normalizer.marksPerCharacter` on one letter were dropped.
    var marksDropped = false

    var isEmpty: Bool { words.isEmpty }
    var count: Int { words.count }

    /// The speaker's words from `start` up to (not including) `end`, for quoting.
    /// Capped, so a pasted wall of text cannot swamp the one-line explanation.
    func quote(_ start: Int, _ end: Int) -> String {
        let lo = max(0, min(start, raw.count)), hi = max(lo, min(end, raw.count))
        let text = raw[lo..<hi].joined(separator: " ")
        return text.count > Normalizer.quoteLimit ? String(text.prefix(Normalizer.quoteLimit)) + "…" : text
    }

    /// The same answer without the words at `indices` (used to set hedges aside).
    func removing(_ indices: Set<Int>) -> NormalizedAnswer {
        guard !indices.isEmpty else { return self }
        var copy = self
        copy.words = []; copy.raw = []; copy.clauses = []; copy.sentences = []
        for i in words.indices where !indices.contains(i) {
            copy.words.append(words[i]); copy.raw.append(raw[i]); copy.clauses.append(clauses[i])
            copy.sentences.append(sentences[i])
        }
        return copy
    }

    func word(_ i: Int) -> String? { i >= 0 && i < words.count ? words[i] : nil }

    /// True when `phrase` (space-separated words) starts at word `i`.
    func matches(_ phrase: [String], at i: Int) -> Bool {
        guard i >= 0, i + phrase.count <= words.count else { return false }
        for (k, w) in phrase.enumerated() where words[i + k] != w { return false }
        return true
    }
}

/// Normalised texts by (text, limit), shared by every session in the process; bounded, so
/// a stream of distinct answers cannot grow it without end.
final class NormalizerCache: @unchecked Sendable {
    struct Key: Hashable {
        var text: String
        var limit: Int?
    }

    static let shared = NormalizerCache()
    /// Longer texts (answers, pasted documents) are not kept: talking points, synonyms, names and
    /// options are short. At most `capacity` entries, then it starts again: a few MB at worst.
    static let longestKey = 256
    static let capacity = 8_192

    private let lock = NSLock()
    private var entries: [Key: NormalizedAnswer] = [:]

    func lookup(_ key: Key) -> NormalizedAnswer? {
        lock.lock()
        defer { lock.unlock() }
        return entries[key]
    }

    func store(_ value: NormalizedAnswer, for key: Key) {
        lock.lock()
        defer { lock.unlock() }
        if entries.count >= NormalizerCache.capacity { entries.removeAll(keepingCapacity: true) }
        entries[key] = value
    }
}

/// Turns hostile free text into words: caps the length, strips ANSI escape sequences, control
/// and format characters (right-to-left marks, zero-width joiners) and emoji, folds case and
/// diacritics, and splits on punctuation while keeping numbers such as 1,200, 1.5, 30/09/2026
/// and 24/7 whole. Linear in the (capped) input, so a 1 MB answer cannot hang a session.
enum Normalizer {
    /// Answers longer than this are read only up to here: no spoken answer is longer.
    static let answerLimit = 5_000
    /// Longest quotation of the speaker's words in an explanation.
    static let quoteLimit = 80
    /// Combining marks kept on one letter; no script stacks more, and a letter carrying
    /// 60,000 of them is one grapheme cluster that Unicode algorithms walk again and again.
    static let marksPerCharacter = 16

    static func normalize(_ text: String, limit: Int? = answerLimit) -> NormalizedAnswer {
        // Talking points, synonyms, staff names and options are normalised again for every
        // answer; the result depends only on the text and the limit, so each is made once.
        guard text.utf8.count <= NormalizerCache.longestKey else { return normalizeUncached(text, limit: limit) }
        let key = NormalizerCache.Key(text: text, limit: limit)
        if let known = NormalizerCache.shared.lookup(key) { return known }
        let result = normalizeUncached(text, limit: limit)
        NormalizerCache.shared.store(result, for: key)
        return result
    }

    private static func normalizeUncached(_ text: String, limit: Int?) -> NormalizedAnswer {
        var result = NormalizedAnswer()
        let (cleaned, truncated, marksDropped) = clean(text, limit: limit)
        result.truncated = truncated
        result.marksDropped = marksDropped
        result.endsWithQuestion = cleaned.reversed()
            .first(where: { !$0.isWhitespace && !"\"')]".contains($0) }) == "?"
        tokenize(cleaned, into: &result)
        return result
    }

    // MARK: Cleaning

    private static func clean(_ text: String, limit: Int?) -> (String, Bool, Bool) {
        var out = String.UnicodeScalarView()
        var count = 0, truncated = false
        var marks = 0, marksDropped = false
        var escape = EscapeState.none
        for s in text.unicodeScalars {
            if let limit, count >= limit { truncated = true; break }
            count += 1
            switch s.properties.generalCategory {
            case .nonspacingMark, .spacingMark, .enclosingMark:
                marks += 1
                if marks > marksPerCharacter { marksDropped = true; continue }
            default: marks = 0
            }
            switch escape {
            case .afterEscape:
                escape = s == "[" ? .controlSequence : s == "]" ? .operatingSystemCommand : .none
                continue
            case .controlSequence:
                if (0x40...0x7E).contains(s.value) { escape = .none }
                continue
            case .operatingSystemCommand:
                if s.value == 0x07 { escape = .none } else if s.value == 0x1B { escape = .afterEscape }
                continue
            case .none:
                if s.value == 0x1B { escape = .afterEscape; out.append(" "); continue }
            }
            out.append(contentsOf: replacement(for: s).unicodeScalars)
        }
        return (String(out), truncated, marksDropped)
    }

    private enum EscapeState { case none, afterEscape, controlSequence, operatingSystemCommand }

    private static func replacement(for s: Unicode.Scalar) -> String {
        switch s {
        case "\u{2019}", "\u{2018}", "\u{02BC}", "\u{2032}", "`": return "'"
        case "\u{201C}", "\u{201D}": return "\""
        case "\u{2010}", "\u{2011}", "\u{2012}", "\u{2013}": return "-"
        case "\u{2014}", "\u{2015}": return " , "
        case "~": return " about "
        case "&": return " and "
        default: break
        }
        if s.properties.isWhitespace { return " " }
        switch s.properties.generalCategory {
        case .control, .format, .lineSeparator, .paragraphSeparator, .surrogate, .privateUse,
             .unassigned, .otherSymbol, .modifierSymbol, .enclosingMark:
            return " "
        default:
            return s.properties.isEmojiPresentation ? " " : String(s)
        }
    }

    // MARK: Tokenizing

    private static let clauseBreaks: Set<Character> = [",", ".", ";", ":", "!", "?", "(", ")", "[", "]", "{", "}"]
    private static let sentenceBreaks: Set<Character> = [".", ";", "!", "?"]
    private static let joiners: Set<Character> = ["-", "/", ".", ":", ","]

    private static func tokenize(_ text: String, into result: inout NormalizedAnswer) {
        var clause = 0, sentence = 0
        var pendingBreak = false, pendingSentence = false
        func emit(_ word: String) {
            let folded = fold(word)
            guard !folded.isEmpty else { return }  // a lone combining mark folds away
            if pendingBreak, !result.words.isEmpty { clause += 1 }
            if pendingSentence, !result.words.isEmpty { sentence += 1 }
            pendingBreak = false; pendingSentence = false
            result.words.append(folded)
            result.raw.append(word)
            result.clauses.append(clause)
            result.sentences.append(sentence)
        }
        for chunk in text.split(whereSeparator: { $0.isWhitespace }) {
            let chars = Array(chunk)
            if chars.allSatisfy({ $0 == "-" }) { pendingBreak = true; continue }
            var current = ""
            for (k, c) in chars.enumerated() {
                let prev: Character? = k > 0 ? chars[k - 1] : nil
                let next: Character? = k + 1 < chars.count ? chars[k + 1] : nil
                if c.isLetter || c.isNumber || isMark(c) {
                    if c.isLetter, let prev, prev.isNumber, !current.isEmpty {
                        emit(current); current = ""
                    }
                    current.append(c)
                } else if c == "'" && prev?.isLetter == true && next?.isLetter == true {
                    current.append(c)
                } else if joiners.contains(c), prev?.isNumber == true, next?.isNumber == true,
                          !current.isEmpty {
                    if c == "," {
                        let digitsAfter = chars[(k + 1)...].prefix(while: { $0.isNumber }).count
                        if digitsAfter == 3 { continue }
                        emit(current); current = ""; pendingBreak = true
                    } else {
                        current.append(c)
                    }
                } else {
                    emit(current); current = ""
                    if c == "%" { emit("percent") }
                    if clauseBreaks.contains(c) { pendingBreak = true }
                    if sentenceBreaks.contains(c) { pendingSentence = true }
                }
            }
            emit(current)
        }
    }

    private static func isMark(_ c: Character) -> Bool {
        c.unicodeScalars.first.map { $0.properties.generalCategory == .nonspacingMark } ?? false
    }

    /// Spellings without apostrophes, so "dont" and "don't" read the same.
    private static let contractions: [String: String] = [
        "dont": "don't", "doesnt": "doesn't", "didnt": "didn't", "cant": "can't",
        "couldnt": "couldn't", "wouldnt": "wouldn't", "shouldnt": "shouldn't", "isnt": "isn't",
        "arent": "aren't", "wasnt": "wasn't", "werent": "weren't", "havent": "haven't",
        "hasnt": "hasn't", "hadnt": "hadn't", "wont": "won't", "im": "i'm", "ive": "i've",
        "thats": "that's", "theres": "there's", "whats": "what's", "youre": "you're",
    ]

    private static func fold(_ word: String) -> String {
        var f = word.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
        // Marks folding could not attach to a letter (a run of bare accents) are dropped.
        f.unicodeScalars.removeAll { $0.properties.generalCategory == .nonspacingMark }
        return contractions[f] ?? f
    }
}
