/// Reads when something happened: ISO and numeric dates, "30 September 2026", "Sept 30th",
/// "in Q3", "last month", "three days ago", "a couple of months ago", "mid-August", resolved
/// against the session date. Answers are about the past unless the speaker uses the future
/// ("will", "planned", "next"), so "in December" said in November means last December.
enum DateInterpreter {
    static func read(_ answer: NormalizedAnswer, today: Day, order: DateOrder) -> Reading {
        let reader = DateReader(answer: answer, today: today, order: order,
                                future: answer.words.contains(where: isFutureMarker)
                                    && !answer.words.contains(where: pastMarkers.contains))
        var candidates: [Candidate<DayRange>] = []
        var negated: [Candidate<DayRange>] = []
        var i = 0
        while i < answer.count {
            guard let (range, length) = reader.longestMatch(at: i) else { i += 1; continue }
            let c = Candidate(start: i, end: i + length, value: range)
            if Negation.isNegated(answer, at: i) { negated.append(c) } else { candidates.append(c) }
            i += length
        }
        candidates = reader.refine(mergeSpans(candidates, in: answer))
        guard let selection = RuleAndPractice.select(candidates, in: answer) else {
            if let n = negated.first {
                return Reading(nil, "Only heard when it was not (\"\(answer.quote(n.start, n.end))\")")
            }
            return Reading(nil, "No date recognised in \"\(answer.quote(0, min(answer.count, 12)))\"")
        }
        let chosen = selection.chosen
        var summary = "\(CalendarSpans.describe(chosen.value)), from \"\(answer.quote(chosen.start, chosen.end))\""
        if let rule = selection.rule {
            summary += "; the speaker first said \"\(answer.quote(rule.start, rule.end))\""
        }
        if let other = selection.others.first {
            summary += "; also mentioned \"\(answer.quote(other.start, other.end))\""
        }
        return Reading(.date(chosen.value), summary)
    }

    /// Past tense wins over a future word: "it was planned for May but happened in June".
    private static let pastMarkers: Set<String> = ["was", "were", "did", "happened", "had", "went", "ago", "took", "ran"]

    private static func isFutureMarker(_ w: String) -> Bool {
        ["will", "going", "planned", "scheduled", "upcoming", "booked", "plan", "due"].contains(w)
            || w.hasSuffix("'ll")
    }

    private static let precisionOrder: [DayRange.Precision] = [.day, .week, .month, .quarter, .year]

    /// "between March and May", "from 1 September to 15 October": one span from both ends.
    private static func mergeSpans(_ cs: [Candidate<DayRange>], in answer: NormalizedAnswer) -> [Candidate<DayRange>] {
        guard cs.count >= 2 else { return cs }
        var out: [Candidate<DayRange>] = []
        var k = 0
        while k < cs.count {
            if k + 1 < cs.count, cs[k + 1].start == cs[k].end + 1,
               let link = answer.word(cs[k].end), ["and", "to", "until", "till", "through", "thru"].contains(link),
               link != "and" || ["between", "from"].contains(answer.word(cs[k].start - 1) ?? ""),
               cs[k].value.start <= cs[k + 1].value.end {
                let a = cs[k].value, b = cs[k + 1].value
                let precision = precisionOrder[max(precisionOrder.firstIndex(of: a.precision)!,
                                                   precisionOrder.firstIndex(of: b.precision)!)]
                out.append(Candidate(start: cs[k].start, end: cs[k + 1].end,
                                     value: DayRange(start: a.start, end: b.end, precision: precision)))
                k += 2
            } else {
                out.append(cs[k])
                k += 1
            }
        }
        return out
    }
}

/// The parsing state for one answer: the words, the session date and the tense.
struct DateReader {
    let answer: NormalizedAnswer
    let today: Day
    let order: DateOrder
    let future: Bool

    typealias Match = (DayRange, Int)

    func longestMatch(at i: Int) -> Match? {
        let matches = [
            numeric(i), dayMonth(i), monthDay(i), monthOnly(i), partOf(i), relativeDay(i), ago(i),
            relativeUnit(i), lastSpan(i), quarter(i), yearOnly(i), weekday(i), season(i), holiday(i), weekOfMonth(i), weekdaysAgo(i),
        ]
        var best: Match?
        for case let m? in matches where m.1 > (best?.1 ?? 0) { best = m }
        return best
    }

    /// The occurrence the speaker means when no year is given: the most recent one that has
    /// started (or, in the future tense, the next one that has not ended).
    func resolve(_ make: (Int) -> DayRange?) -> DayRange? {
        let y = today.year
        let years = future ? [y - 1, y, y + 1, y + 2] : [y + 1, y, y - 1, y - 2]
        for year in years {
            guard let r = make(year) else { continue }
            if future ? r.end >= today : r.start <= today { return r }
        }
        return nil
    }

    /// "last March": the most recent one that ended before the current month.
    func resolveBeforeThisMonth(_ make: (Int) -> DayRange?) -> DayRange? {
        for year in [today.year, today.year - 1, today.year - 2] {
            if let r = make(year), r.end < today.firstOfMonth { return r }
        }
        return nil
    }

    /// "next March": the first one that starts after today.
    func resolveNext(_ make: (Int) -> DayRange?) -> DayRange? {
        for year in [today.year, today.year + 1, today.year + 2] {
            if let r = make(year), r.start > today { return r }
        }
        return nil
    }

    // MARK: Vocabulary

    static let months: [String: Int] = [
        "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4,
        "apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
        "september": 9, "sep": 9, "sept": 9, "october": 10, "oct": 10, "november": 11,
        "nov": 11, "december": 12, "dec": 12,
    ]
    static let weekdays: [String: Int] = [
        "monday": 1, "mon": 1, "tuesday": 2, "tue": 2, "tues": 2, "wednesday": 3, "wed": 3,
        "thursday": 4, "thu": 4, "thurs": 4, "friday": 5, "fri": 5, "saturday": 6, "sunday": 7,
    ]
    /// Words that introduce a month name, so "may" and "march" are only months in context.
    private static let monthContext: Set<String> = [
        "in", "of", "since", "during", "until", "till", "by", "early", "mid", "late", "last",
        "this", "next", "back", "from", "end", "start", "beginning", "middle", "around", "before",
        "after", "between", "and", "to", "on", "through", "the",
    ]

    /// The month named at `i`, if the word is one here.
    func month(at i: Int) -> Int? {
        guard let w = answer.word(i), let m = Self.months[w] else { return nil }
        if w == "may" || w == "march" || w == "mar" {
            // "23rd March", "on 4 May": a day number just before makes it the month, not the verb.
            let before = answer.word(i - 1).map {
                Self.monthContext.contains($0) || NumberWords.ordinalSuffixes.contains($0) || dayNumber(at: i - 1) != nil
            } ?? (answer.count == 1)
            let after = dayNumber(at: i + 1) != nil || yearSpec(at: i + 1) != nil
            guard before || after || answer.count == 1 else { return nil }
        }
        return m
    }

    /// A day of the month: "30", "30th", "the first", "twenty first". Returns (day, length).
    func dayNumber(at i: Int) -> (Int, Int)? {
        guard let w = answer.word(i) else { return nil }
        var value: Int?, length = 1
        if let d = NumberWords.digits(w), d == d.rounded(), !w.contains(".") {
            value = Int(d)
            if let s = answer.word(i + 1), NumberWords.ordinalSuffixes.contains(s) { length = 2 }
        } else if let o = NumberWords.ordinals[w] {
            value = o
        } else if let t = NumberWords.tens[w], t == 20 || t == 30,
                  let next = answer.word(i + 1), let o = NumberWords.ordinals[next], o < 10 {
            value = Int(t) + o; length = 2
        }
        guard let v = value, (1...31).contains(v) else { return nil }
        return (v, length)
    }

    /// An explicit year after a month or quarter: "2025", "of 2025", "last year", "this year".
    func yearSpec(at i: Int) -> (Int, Int)? {
        var j = i
        if answer.word(j) == "of" || answer.word(j) == "in" { j += 1 }
        if let w = answer.word(j), w.count == 4, let d = NumberWords.digits(w), (1900...2100).contains(Int(d)) {
            return (Int(d), j + 1 - i)
        }
        let offsets = ["last": -1, "this": 0, "next": 1]
        if let w = answer.word(j), let o = offsets[w], answer.word(j + 1) == "year" {
            return (today.year + o, j + 2 - i)
        }
        return nil
    }
}
