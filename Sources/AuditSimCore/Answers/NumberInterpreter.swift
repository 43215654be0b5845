/// Reads a count or a percentage: "roughly 1,200", "about 3k", "a hundred and twenty",
/// "a dozen", "none", "around 95%", "95 percent", "half", "all of them", "9 out of 10".
/// Ranges ("between 10 and 20"), bounds ("over 95%") and rounded figures ("ninety-odd")
/// carry the span the words allow (`SpokenBounds`); vague counts ("a few") are reported
/// rather than guessed.
enum NumberInterpreter {
    private enum Quantity: Sendable, Equatable {
        case exact(Double)
        /// Every amount the words allow.
        case within(ClosedRange<Double>)
        case vague
    }

    private static let zero = PhraseTable(Quantity.exact(0), [
        "none", "zero", "nil", "nought", "nothing", "nobody", "no one", "not one", "not a single one",
        "not a single", "not any", "none at all", "none of them",
    ])
    /// Shares that only make sense as percentages.
    private static let shares = PhraseTable([
        ("half", Quantity.exact(50)), ("about half", .exact(50)), ("a half", .exact(50)),
        ("a quarter", .exact(25)), ("one quarter", .exact(25)), ("three quarters", .exact(75)),
        ("a third", .exact(33.3)), ("one third", .exact(33.3)), ("two thirds", .exact(66.7)),
        ("a tenth", .exact(10)), ("all", .exact(100)), ("all of them", .exact(100)),
        ("every one", .exact(100)), ("every single one", .exact(100)), ("every last one", .exact(100)),
        ("every last one of them", .exact(100)), ("each and every one", .exact(100)), ("everything", .exact(100)),
        ("everyone", .exact(100)), ("everybody", .exact(100)), ("each one", .exact(100)),
    ] + SpokenBounds.shares.map { ($0.0, Quantity.within($0.1)) })
    private static let figures = PhraseTable(SpokenBounds.figures.map { ($0.0, Quantity.within($0.1)) })
    private static let vague = PhraseTable(Quantity.vague, [
        "a few", "several", "some", "many", "lots", "loads", "a lot", "hundreds", "thousands",
        "dozens", "a handful", "plenty", "a bunch", "all", "all of them", "every one", "everyone",
        "every single one", "most", "the majority",
    ])
    private static let notAmounts: Set<String> = ["idea", "clue", "problem", "doubt", "sure", "worries", "way"]

    /// Words that say a figure counts what went wrong.
    private static let failures: Set<String> = [
        "late", "overdue", "missed", "failed", "breached", "exceeded", "slipped", "unapproved", "incomplete", "lapsed",
        "haven't", "hasn't", "outstanding",
    ]
    private static let failurePhrases: [[String]] = [
        ["went", "over"], ["ran", "over"], ["were", "over"], ["was", "over"], ["over", "the", "deadline"],
        ["over", "the", "limit"], ["not", "on", "time"], ["not", "in", "time"], ["weren't", "on", "time"],
        ["didn't", "make", "it"], ["outside", "the"],
    ]

    /// "Four out of the forty went over": the figure is followed, in its sentence, by a word
    /// for what went wrong (and not by one for what went right).
    private static func countsFailures(_ answer: NormalizedAnswer, after end: Int) -> Bool {
        var k = end
        // "About ninety-odd percent. The ones outstanding are the new starters": the next
        // sentence says who the rest are, not that the figure counted them.
        let sentence = end > 0 ? answer.sentences[end - 1] : 0
        while k < min(answer.count, end + 8), answer.sentences[k] == sentence {
            let w = answer.words[k]
            if ["on", "within", "in"].contains(w), answer.word(k + 1) == "time" || answer.word(k + 1) == "the" { return false }
            if failures.contains(w) || failurePhrases.contains(where: { answer.matches($0, at: k) }) {
                // "None late", "nobody missed it": no failures, whatever came before.
                // Only words after the figure itself count: "none were late" is the zero, late.
                let denied = (max(end, k - 2)..<k).contains {
                    Negation.negators.contains(answer.words[$0]) || answer.words[$0] == "zero"
                }
                return !denied
            }
            if w == "and" || w == "but" || w == "the" && answer.word(k + 1) == "rest" { return false }
            k += 1
        }
        return false
    }

    /// "Failures... four or five": the speaker names what they are counting before the count.
    private static func opensWithFailures(_ answer: NormalizedAnswer) -> Bool {
        let fillers: Set<String> = ["um", "erm", "uh", "er", "so", "well", "the", "our", "right", "ok", "okay"]
        let topics: Set<String> = ["failures", "failed", "fails", "misses", "exceptions", "lapses", "overdue", "late"]
        guard let first = answer.words.first(where: { !fillers.contains($0) }) else { return false }
        return topics.contains(first)
    }

    /// "Nobody starts before …", "no one gets access without …": a zero whose clause goes on to
    /// say what nobody does without the control.
    private static func deniesFailure(_ answer: NormalizedAnswer, after end: Int) -> Bool {
        let clause = end > 0 ? answer.clauses[end - 1] : 0
        var k = end
        while k < min(answer.count, end + 5), answer.clauses[k] == clause {
            if ["before", "without", "until", "unless"].contains(answer.words[k]) { return true }
            k += 1
        }
        return false
    }

    static func read(_ spoken: NormalizedAnswer, percent: Bool, population: Int? = nil, unit: String? = nil,
                     successShare: Bool = false) -> Reading {
        // "Ten - sorry, ten per cent": what follows a self-correction replaces what went before.
        let answer = SpokenShares.corrected(spoken)
        if let share = SpokenShares.exclusion(answer, percent: percent, population: population) { return share }
        var candidates: [Candidate<Quantity>] = []
        var notes: [Int: String] = [:]
        // Where a share or an amount was said in words ("most of them", "single figures"): it
        // answers the question as asked, whatever failures are counted after it ("most; two
        // ran over"), and gives way to a figure said beside it.
        var sharesInWords: Set<Int> = []
        var rejected: String?
        var i = 0
        while i < answer.count {
            if let (q, length, note) = quantity(answer, at: i, percent: percent, population: population, unit: unit, rejected: &rejected) {
                candidates.append(Candidate(start: i, end: i + length, value: q))
                if let note { notes[i] = note }
                if case .within = q, percent && shares.match(in: answer, at: i) != nil || figures.match(in: answer, at: i) != nil {
                    sharesInWords.insert(i)
                }
                i += length
            } else {
                i += 1
            }
        }
        if candidates.contains(where: { $0.value != .vague }) { candidates.removeAll { $0.value == .vague } }
        if !percent, let narrowed = candidates.first(where: { $0.value == .exact(0) }),
           let restriction = NarrowedZero.restriction(in: answer, after: narrowed.end) {
            // "One … but not one we had to report": the zero counts only some of them.
            candidates.removeAll { $0.value == .exact(0) && NarrowedZero.restriction(in: answer, after: $0.end) != nil }
            if candidates.isEmpty {
                return Reading(nil, "\"\(answer.quote(narrowed.start, restriction.end))\" may count only some of them",
                               confirm: NarrowedZero.question(answer, zero: (narrowed.start, narrowed.end), restriction: restriction))
            }
        }
        let exact = candidates.compactMap { c -> (start: Int, end: Int, value: Double)? in
            if case let .exact(v) = c.value { return (c.start, c.end, v) } else { return nil }
        }
        if !percent, exact.count == candidates.count, let parts = CountParts.total(answer, counts: exact) {
            return Reading(.number(parts.value), "\(format(parts.value)) (\"\(answer.quote(parts.start, parts.end))\", added together)")
        }
        // "Nearly everyone, 96 per cent": the figure says what the words only sketch.
        if candidates.contains(where: { $0.value != .vague && !sharesInWords.contains($0.start) }) {
            candidates.removeAll { sharesInWords.contains($0.start) }
        }
        if percent, successShare {
            // "Nobody starts before their checks are back": no one fails, so the share that
            // succeeds is all of them.
            candidates = candidates.map { c in
                guard c.value == .exact(0), deniesFailure(answer, after: c.end) else { return c }
                notes[c.start] = "nobody without it: everyone"
                return Candidate(start: c.start, end: c.end, value: .exact(100))
            }
        }
        if percent, let population {
            // "Just the two late ones, so 95": a figure that can only be a share settles
            // which reading the bare counts beside it had.
            let bare = { (c: Candidate<Quantity>) -> Bool in
                guard notes[c.start] == bareNote, case let .exact(v) = c.value else { return false }
                return v <= Double(population)
            }
            if candidates.contains(where: { !bare($0) }) { candidates.removeAll(where: bare) }
        }
        guard let selection = RuleAndPractice.select(candidates, in: answer) else {
            if rejected == nil, let (start, end) = unmeasured(answer) {
                return Reading(nil, "No figure given: the speaker says it is not measured (\"\(answer.quote(start, end))\")", unmeasured: true)
            }
            return Reading(nil, rejected ?? "No \(percent ? "percentage" : "number") recognised in \"\(answer.quote(0, min(answer.count, 12)))\"")
        }
        let c = selection.chosen
        let phrase = answer.quote(c.start, c.end)
        let v: Double, span: ClosedRange<Double>?
        switch c.value {
        case let .exact(x): (v, span) = (x, nil)
        case let .within(r): (v, span) = (SpokenBounds.representative(r), r)
        case .vague: return Reading(nil, "Heard only a vague amount (\"\(phrase)\"), not a \(percent ? "percentage" : "number")")
        }
        if percent, successShare, !sharesInWords.contains(c.start), selection.rule == nil,
           countsFailures(answer, after: c.end) || opensWithFailures(spoken) {
            // "Ten per cent went over" to "what share was on time": the rest were.
            let perCent = answer.matches(["percent"], at: c.end) || answer.matches(["per", "cent"], at: c.end)
            let counted = notes[c.start] == bareNote || notes[c.start] == "approximately"  // "two", "a couple"
                || notes[c.start] == "a range" && !perCent  // "four or five"
            let share = { (x: Double) in counted ? population.map { x / Double($0) * 100 } : x }
            if let failed = share(v), failed <= 100 {
                let rest = 100 - failed
                // "Under five per cent went over": at least 95 per cent did not.
                let restSpan = span.flatMap { r in share(r.lowerBound).map { lo in max(0, 100 - min(100, share(r.upperBound) ?? 100))...(100 - lo) } }
                let said = restSpan.map { SpokenBounds.describe($0, percent: true) } ?? "\(format((rest * 10).rounded() / 10))%"
                return Reading(.number(restSpan.map(SpokenBounds.representative) ?? rest),
                               "\(said) (\"\(phrase)\" went wrong; the rest did not)", span: restSpan)
            }
        }
        if let span {
            return Reading(.number(v), "\(SpokenBounds.describe(span, percent: percent)) (\"\(phrase)\"\(notes[c.start].map { "; \($0)" } ?? ""))",
                           span: span)
        }
        // None is none and a hundred is all, whichever was meant.
        if percent, notes[c.start] == bareNote, let population, v <= Double(population), v > 0, v != 100,
           v != Double(population) || population < 100, selection.rule == nil {
            // "Eleven" to "what share…": eleven of them, or eleven per cent? An auditor asks.
            let n = SpokenShares.spell(v)
            let noun = unit ?? "of them"
            return Reading(nil, "\(format(v)) could be a count (of the \(population) in the records) or a percentage",
                           confirm: "\(n.prefix(1).uppercased() + n.dropFirst()) \(noun), or \(n) per cent?")
        }
        var summary = percent ? "\(format(v))%" : format(v)
        summary += " (\"\(phrase)\"\(notes[c.start].map { "; \($0)" } ?? ""))"
        if let rule = selection.rule, case let .exact(r) = rule.value {
            summary += " in practice; the stated target is \(format(r))\(percent ? "%" : "")"
        }
        return Reading(.number(v), summary)
    }

    private static let unmeasuredNegators: Set<String> = [
        "not", "don't", "doesn't", "didn't", "haven't", "hasn't", "isn't", "aren't", "never", "no", "nobody",
    ]
    private static let measuring: Set<String> = [
        "measure", "measured", "measuring", "track", "tracked", "tracking", "record", "recorded", "recording",
        "export", "exported", "exporting", "report", "reported", "reporting", "collect", "collected", "capture",
        "captured", "data", "figure", "figures", "metric", "metrics", "numbers", "statistics", "stats",
        "dashboard", "kpi",
    ]

    /// "We do not export triage times yet", "we don't have a compliance report", "it isn't
    /// tracked": a negation reaching a word about measuring, within one clause.
    private static func unmeasured(_ answer: NormalizedAnswer) -> (Int, Int)? {
        for i in answer.words.indices where unmeasuredNegators.contains(answer.words[i]) {
            var k = i + 1
            while k < min(answer.count, i + 6), answer.clauses[k] == answer.clauses[i] {
                if measuring.contains(answer.words[k]) { return (i, k + 1) }
                k += 1
            }
        }
        return nil
    }

    static func format(_ v: Double) -> String {
        v == v.rounded() && abs(v) < 1e15 ? String(Int(v)) : String((v * 100).rounded() / 100)
    }

    static let bareNote = "taken as a percentage"
    /// Words after a number that are not what it counts.
    private static let notNouns: Set<String> = [
        "was", "is", "has", "does", "its", "this", "thus", "as", "us", "yes", "less", "plus", "across", "always",
        "times", "years", "months", "weeks", "days", "hours", "minutes", "percent", "pct",
    ]

    private static func quantity(_ answer: NormalizedAnswer, at i: Int, percent: Bool, population: Int?,
                                 unit: String? = nil, rejected: inout String?) -> (Quantity, Int, String?)? {
        guard i < answer.count else { return nil }  // a bound as the last word: "… went over"
        let w = answer.words[i]
        if ["just", "only"].contains(w), answer.matches(["the", "one"], at: i + 1) { return (.exact(1), 3, nil) }
        if w.contains("/"), !w.contains("-") {  // "38/40"
            let parts = w.split(separator: "/").compactMap { NumberWords.digits(String($0)) }
            if parts.count == 2, parts[1] > 0, parts[0] <= parts[1], w != "24/7" {
                return (.exact(percent ? parts[0] / parts[1] * 100 : parts[0]), 1, "\(format(parts[0])) of \(format(parts[1]))")
            }
        }
        if w == "one", let prev = answer.word(i - 1), ["every", "each", "single", "no", "not", "any", "the", "this", "that", "last"].contains(prev) {
            return nil  // "every single one", "no one": not the number 1
        }
        if w == "one", let article = answer.word(i - 2), ["the", "this", "that"].contains(article),
           answer.clauses[i - 2] == answer.clauses[i] {
            return nil  // "the Java one": which one, not how many
        }
        if answer.matches(["half", "a", "dozen"], at: i) { return (.exact(6), 3, nil) }
        if percent, let (q, length) = everyItem(answer, at: i) { return (q, length, nil) }
        if percent, let hit = shares.match(in: answer, at: i) {
            if case .exact(100) = hit.value, Negation.isNegated(answer, at: i, window: 2) { return (.vague, hit.length, nil) }
            return (hit.value, hit.length, nil)
        }
        if let (bound, length) = SpokenBounds.lead(answer, at: i),
           let (q, taken, note) = quantity(answer, at: i + length, percent: percent, population: population, unit: unit, rejected: &rejected),
           case let .exact(v) = q {
            return (.within(SpokenBounds.span(bound, v, percent: percent)), length + taken, note == bareNote ? nil : note)
        }
        if let hit = zero.match(in: answer, at: i) { return (hit.value, hit.length, nil) }
        if let hit = figures.match(in: answer, at: i) { return (hit.value, hit.length, nil) }
        if w == "no", let next = answer.word(i + 1), answer.clauses[i + 1] == answer.clauses[i],  // "No - hang on" is no amount
           !notAmounts.contains(next), !measuring.contains(next),
           NumberWords.read(answer, at: i + 1) == nil {
            return (.exact(0), 2, nil)  // "no incidents"
        }
        for lead in [["a", "few"], ["several"], ["many"], ["a", "couple", "of"]] where answer.matches(lead, at: i) {
            if let scale = answer.word(i + lead.count), let size = scales[scale] {
                // "A couple of hundred" is about two hundred; "a few hundred" is not a figure.
                return lead.contains("couple") ? (.exact(2 * size), lead.count + 1, "approximately") : (.vague, lead.count + 1, nil)
            }
        }
        if answer.matches(["a", "couple"], at: i) { return (.exact(2), answer.word(i + 2) == "of" ? 3 : 2, "approximately") }
        if let hit = vague.match(in: answer, at: i) { return (hit.value, hit.length, nil) }
        if let (lo, hi, length) = range(answer, at: i) {
            // "Three or four - the break-glass, the printer and the VPN box": count what is named.
            if let named = SpokenShares.listed(answer, after: i + length), named == Int(lo) || named == Int(hi),
               answer.words[i..<i + length].contains("or") {
                return (.exact(Double(named)), length, "\(named) named")
            }
            return (.within(lo...hi), length, "a range")
        }
        guard let r = NumberWords.read(answer, at: i) else { return nil }
        var j = i + r.length
        if let next = answer.word(j), NumberWords.ordinalSuffixes.contains(next) { return nil }  // "30th"
        let rounded = SpokenBounds.rounded(answer, after: j, value: r.value)
        j += rounded?.1 ?? 0
        if w.count == 4, (1900...2100).contains(Int(r.value)), let prev = answer.word(i - 1),
           ["in", "since", "during", "from", "until", "by", "of", "year"].contains(prev) {
            return nil  // "in 2025"
        }
        var value = r.value
        var note: String?
        if answer.matches(["percent"], at: j) || answer.matches(["per", "cent"], at: j) || answer.matches(["pct"], at: j) {
            j += answer.word(j) == "per" ? 2 : 1
        } else if let (total, tl) = outOf(answer, at: j), total > 0 {
            if percent { value = r.value / total * 100 }
            j += tl
        } else if percent, let population, population > 0, value <= Double(population),
                  let counted = countedNoun(answer, at: j, unit: unit) {
            // "Right to work, ID, two references": a count of something else, not an amount;
            // but "two highs ran over" counts the records' own items that went wrong.
            guard counted > 0 || countsFailures(answer, after: j + 1) else { return nil }
            // "Eleven leavers", "thirty restore tests": a count of the records' population.
            value = value / Double(population) * 100
            note = "\(format(r.value)) of the \(population) in the records"
            j += max(counted, 1)
        } else if percent {
            if value > 100 {
                rejected = "Heard \(format(value)), which is not a percentage"
                return nil
            }
            note = bareNote
        }
        if let (span, _) = rounded {
            // The same scale as the figure: "twenty-odd leavers" of 40 is 50 to 72.5 %.
            let scale = value / r.value
            return (.within(span.lowerBound * scale...span.upperBound * scale), j - i, note == bareNote ? nil : note)
        }
        return (.exact(value), j - i, note)
    }

    /// Nouns that count people, whatever the records list.
    private static let personNouns: Set<String> = [
        "people", "staff", "person", "persons", "employees", "colleagues", "users", "joiners", "starters",
        "leavers", "hires", "recruits", "contractors", "learners", "members", "ones", "them", "individuals",
    ]

    /// The noun a count is followed by: the words it takes when it names what the records
    /// count (`unit`: "leavers", "restore tests") or people, 0 when it names something else
    /// ("two references"), nil when no noun follows. Without a unit, any plural noun is taken
    /// as the population's.
    private static func countedNoun(_ answer: NormalizedAnswer, at j: Int, unit: String?) -> Int? {
        let phrase = unit?.split(separator: " ").map(String.init) ?? []
        if phrase.count > 1, answer.matches(phrase, at: j) { return phrase.count }
        if answer.matches(["of", "them"], at: j) { return 2 }
        guard let noun = answer.word(j), answer.clauses[j] == answer.clauses[j - 1],
              (noun.hasSuffix("s") && noun.count > 3 && noun.allSatisfy(\.isLetter) && !notNouns.contains(noun))
                || noun == "people" || noun == "staff" else { return nil }
        guard let unit, unit != "records", !personNouns.contains(noun) else { return 1 }
        let stem = WordStem.stem(noun)
        return phrase.contains { WordStem.stem($0) == stem } ? 1 : 0
    }

    private static let scales: [String: Double] = ["dozen": 12, "hundred": 100, "thousand": 1000, "million": 1_000_000]

    /// Words after "every" that make it a when, not a how many.
    private static let notItems: Set<String> = [
        "day", "week", "month", "quarter", "year", "time", "night", "morning", "evening", "monday", "tuesday",
        "wednesday", "thursday", "friday", "saturday", "sunday", "other", "second", "now", "so", "one", "few", "couple",
        "sprint", "release", "weekend", "fortnight", "hour", "minute",
    ]

    /// "Every change goes through it", "each leaver, same day": all of them, to a share
    /// question ("not every change" is some).
    private static func everyItem(_ answer: NormalizedAnswer, at i: Int) -> (Quantity, Int)? {
        guard let w = answer.word(i), w == "every" || w == "each" else { return nil }
        var j = i + 1
        if answer.word(j) == "single" { j += 1 }
        guard let noun = answer.word(j), noun.count > 2, noun.allSatisfy(\.isLetter), !notItems.contains(noun),
              NumberWords.read(answer, at: j) == nil else { return nil }
        return (Negation.isNegated(answer, at: i, window: 2) ? .vague : .exact(100), j + 1 - i)
    }

    /// "between 10 and 20", "10-20", "10 to 20", "10 or 20".
    private static func range(_ answer: NormalizedAnswer, at i: Int) -> (Double, Double, Int)? {
        if let w = answer.word(i), w.contains("-") {
            let ends = w.split(separator: "-").compactMap { NumberWords.digits(String($0)) }
            if ends.count == 2, ends[0] < ends[1] { return (ends[0], ends[1], 1) }
        }
        var j = i
        if answer.word(j) == "between" { j += 1 }
        // "Ninety-eight, ninety-nine per cent": two neighbouring figures, said as one amount.
        if let a = NumberWords.read(answer, at: j), j + a.length < answer.count,
           answer.clauses[j + a.length] != answer.clauses[j], answer.sentences[j + a.length] == answer.sentences[j],
           let b = NumberWords.read(answer, at: j + a.length), b.value > a.value, b.value - a.value <= max(2, a.value * 0.1),
           a.value < 1900 || a.value > 2100 {
            return (a.value, b.value, j + a.length + b.length - i)
        }
        guard let a = NumberWords.read(answer, at: j), let sep = answer.word(j + a.length),
              ["and", "to", "or"].contains(sep), sep != "and" || j > i,
              let b = NumberWords.read(answer, at: j + a.length + 1), b.value > a.value else { return nil }
        return (a.value, b.value, j + a.length + 1 + b.length - i)
    }

    /// "out of 10", "of 10", "in 10" after a count.
    private static func outOf(_ answer: NormalizedAnswer, at j: Int) -> (Double, Int)? {
        for lead in [["out", "of", "every"], ["out", "of", "the"], ["out", "of"], ["in", "every"], ["of", "the"], ["of"], ["in"]]
            where answer.matches(lead, at: j) {
            if let t = NumberWords.read(answer, at: j + lead.count) { return (t.value, lead.count + t.length) }
        }
        return nil
    }
}
