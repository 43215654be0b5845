/// Shares and counts as people say them: "all but two", "every one bar one", "all apart
/// from a couple of the forty", "ten - sorry, ten per cent", and lists that settle a range
/// ("three or four - the break-glass, the printer and the VPN box" is three).
enum SpokenShares {
    private static let wholes: [[String]] = [
        ["every", "single", "one"], ["all", "of", "them"], ["every", "one"], ["each", "one"], ["everyone"],
        ["everybody"], ["everything"], ["all"],
    ]
    private static let exceptions: [[String]] = [
        ["apart", "from"], ["except", "for"], ["other", "than"], ["but"], ["bar"], ["barring"], ["except"], ["save"],
    ]
    private static let corrections: [[String]] = [
        ["sorry"], ["i", "mean"], ["correction"], ["or", "rather"], ["hang", "on"], ["hold", "on"], ["no", "wait"],
        ["scratch", "that"], ["let", "me", "think"],
    ]

    /// The answer from its last self-correction on, when something countable follows it.
    static func corrected(_ answer: NormalizedAnswer) -> NormalizedAnswer {
        var cut: Int?
        for i in answer.words.indices {
            for c in corrections where answer.matches(c, at: i) { cut = i + c.count }
        }
        guard let cut, cut < answer.count,
              (cut..<answer.count).contains(where: { NumberWords.read(answer, at: $0) != nil }) else { return answer }
        return answer.removing(Set(0..<cut))
    }

    /// "All but N [of the M]": the share (or count) left once N are set aside.
    static func exclusion(_ answer: NormalizedAnswer, percent: Bool, population: Int?) -> Reading? {
        for i in answer.words.indices {
            guard let whole = wholes.first(where: { answer.matches($0, at: i) }) else { continue }
            var j = i + whole.count
            guard let except = exceptions.first(where: { answer.matches($0, at: j) }) else { continue }
            j += except.count
            if answer.word(j) == "the" { j += 1 }  // "bar the two contractors"
            let left: Double
            if answer.matches(["a", "couple"], at: j) {
                left = 2
                j += answer.word(j + 2) == "of" && NumberWords.read(answer, at: j + 3) == nil ? 3 : 2
            } else if let n = NumberWords.read(answer, at: j) {
                left = n.value
                j += n.length
            } else { continue }
            // "all but two leavers": the count's own noun.
            if let noun = answer.word(j), noun.count > 3, noun.hasSuffix("s"), noun.allSatisfy(\.isLetter),
               !["of", "out"].contains(noun) { j += 1 }
            var total = population.map(Double.init)
            var from = "the \(population ?? 0) in the records"
            for lead in [["of", "the"], ["out", "of", "the"], ["out", "of"], ["of"]] where answer.matches(lead, at: j) {
                if let t = NumberWords.read(answer, at: j + lead.count) {
                    total = t.value
                    from = "the \(NumberInterpreter.format(t.value)) stated"
                    j += lead.count + t.length
                    break
                }
            }
            let phrase = answer.quote(i, j)
            // "All but a couple - they're not due till next year": the ones left out were not
            // due, so all of those due were done.
            if percent, notDue(answer, from: j) {
                return Reading(.number(100), "100% (\"\(phrase)\", and those left out were not yet due)")
            }
            guard let total, total > 0, left <= total else {
                return Reading(nil, "\"\(phrase)\" leaves out \(NumberInterpreter.format(left)), but of how many is not known",
                               confirm: "All but \(spell(left)) of how many?")
            }
            let kept = total - left
            let value = percent ? kept / total * 100 : kept
            let shown = percent ? "\(NumberInterpreter.format((value * 10).rounded() / 10))%" : NumberInterpreter.format(value)
            return Reading(.number(value), "\(shown) (\"\(phrase)\": \(NumberInterpreter.format(kept)) of \(from))")
        }
        return nil
    }

    private static let notDuePhrases: [[String]] = [
        ["not", "due"], ["weren't", "due"], ["aren't", "due"], ["isn't", "due"], ["wasn't", "due"], ["not", "yet", "due"],
        ["no", "review", "due"], ["only", "came", "on"], ["weren't", "required"], ["not", "required"], ["don't", "need", "one"],
        ["not", "in", "scope"], ["out", "of", "scope"],
    ]

    /// Whether what follows an exclusion explains it as not yet due.
    static func notDue(_ answer: NormalizedAnswer, from start: Int) -> Bool {
        (start..<answer.count).contains { k in notDuePhrases.contains { answer.matches($0, at: k) } }
    }

    /// How many items are listed after `index`, separated by commas or "and"; nil when
    /// nothing is listed.
    static func listed(_ answer: NormalizedAnswer, after index: Int) -> Int? {
        guard index < answer.count else { return nil }
        var segments = 0
        var inSegment = false
        var clause = answer.clauses[index]
        for k in index..<answer.count {
            let w = answer.words[k]
            if answer.clauses[k] != clause { clause = answer.clauses[k]; inSegment = false }
            if w == "and" || w == "-" { inSegment = false; continue }
            if !inSegment { segments += 1; inSegment = true }
        }
        return segments > 1 ? segments : nil
    }

    private static let ones = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
                               "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
                               "eighteen", "nineteen"]
    private static let tens = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]

    /// A whole number in words, as an auditor would say it back; digits beyond 999.
    static func spell(_ v: Double) -> String {
        guard v == v.rounded(), v >= 0, v < 1000 else { return NumberInterpreter.format(v) }
        let n = Int(v)
        if n < 20 { return ones[n] }
        if n < 100 { return tens[n / 10] + (n % 10 == 0 ? "" : "-" + ones[n % 10]) }
        return ones[n / 100] + " hundred" + (n % 100 == 0 ? "" : " and " + spell(Double(n % 100)))
    }
}
