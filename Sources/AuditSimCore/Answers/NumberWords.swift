/// Reads a number at a position in an answer, whether written in digits ("1200", "1.5",
/// "3k") or in words ("twenty-five", "a hundred and twenty", "a dozen", "one and a half").
/// Shared by every interpreter that needs a count, so "every three months" and
/// "every 3 months" can never disagree.
enum NumberWords {
    struct Reading: Sendable {
        var value: Double
        var length: Int
    }

    static let units: [String: Double] = [
        "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
        "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
        "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
        "nineteen": 19,
    ]
    static let tens: [String: Double] = [
        "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
        "eighty": 80, "ninety": 90,
    ]
    private static let scales: [String: Double] = [
        "hundred": 100, "thousand": 1_000, "k": 1_000, "million": 1_000_000, "mn": 1_000_000,
        "billion": 1_000_000_000, "bn": 1_000_000_000, "dozen": 12,
    ]

    /// Ordinal words for days of the month and "the third quarter".
    static let ordinals: [String: Int] = [
        "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
        "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
        "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17,
        "eighteenth": 18, "nineteenth": 19, "twentieth": 20, "thirtieth": 30,
    ]

    static let ordinalSuffixes: Set<String> = ["st", "nd", "rd", "th"]

    /// The largest number read from an answer. Anything larger is not a count anyone means
    /// (and would overflow day and interval arithmetic); it is reported, not read.
    static let limit = 1_000_000_000.0

    /// The first number in the answer too large to read, spelled as the speaker wrote it.
    static func oversized(in answer: NormalizedAnswer) -> String? {
        for (k, w) in answer.words.enumerated() {
            guard let first = w.first, first.isASCII, first.isNumber else { continue }
            for part in w.split(whereSeparator: { !($0.isASCII && $0.isNumber) && $0 != "." }) {
                if let v = Double(part), !(v <= limit) {
                    let raw = answer.raw[k]
                    return raw.count > 24 ? String(raw.prefix(24)) + "… (\(raw.count) characters)" : raw
                }
            }
        }
        return nil
    }

    /// A plain decimal in digits: "12", "1.5" (not "24/7", not "2026-09-30").
    static func digits(_ word: String) -> Double? {
        guard let first = word.first, first.isASCII, first.isNumber,
              word.allSatisfy({ ($0.isASCII && $0.isNumber) || $0 == "." }),
              word.filter({ $0 == "." }).count <= 1, let v = Double(word), v.isFinite, v <= limit
        else { return nil }
        return v
    }

    static func read(_ answer: NormalizedAnswer, at i: Int) -> Reading? {
        guard let first = answer.word(i) else { return nil }
        var j = i
        var value: Double
        if let d = digits(first) {
            value = d
            j += 1
            if let next = answer.word(j), let scale = scales[next] {
                value *= scale
                j += 1
            }
        } else {
            guard let (v, end) = readWords(answer, from: i) else { return nil }
            value = v
            j = end
        }
        if answer.matches(["and", "a", "half"], at: j) {
            value += 0.5
            j += 3
        }
        guard value.isFinite, value <= limit else { return nil }
        return Reading(value: value, length: j - i)
    }

    private static func readWords(_ answer: NormalizedAnswer, from i: Int) -> (Double, Int)? {
        var j = i
        var total = 0.0, current = 0.0
        var consumed = false
        if let w = answer.word(j), w == "a" || w == "an" {
            guard let next = answer.word(j + 1), scales[next] != nil, next != "k", next != "mn",
                  next != "bn" else { return nil }
            current = 1
            j += 1
        }
        // What the last word was: "twenty five" is one number, but "three four" (what is left
        // of "three, maybe four" once the hedge is set aside) is two, and so is "twenty thirty".
        enum Part { case unit, tens, scale }
        var last: Part?
        while let w = answer.word(j) {
            if consumed, answer.clauses[j] != answer.clauses[j - 1] { break }
            if let u = units[w] {
                if last == .unit || (last == .tens && (u == 0 || u >= 10)) { break }
                current += u
                last = .unit
            } else if let t = tens[w] {
                if last == .unit || last == .tens { break }
                current += t
                last = .tens
            } else if w == "hundred" {
                current = max(current, 1) * 100
                last = .scale
            } else if w == "dozen" {
                current = max(current, 1) * 12
                last = .scale
            } else if w == "thousand" || w == "million" || w == "billion" {
                total += max(current, 1) * scales[w]!
                current = 0
                last = .scale
            } else if w == "and", last == .scale, let next = answer.word(j + 1),
                      units[next] != nil || tens[next] != nil {
                // "a hundred and twenty"
            } else {
                break
            }
            consumed = true
            j += 1
        }
        return consumed ? (total + current, j) : nil
    }
}
