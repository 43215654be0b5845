/// Date phrases relative to the session date: "three days ago", "a couple of months ago",
/// "last quarter", "earlier this month", "in the last 30 days", "in Q3", "last Monday".
extension DateReader {
    private static let agoUnits: [String: String] = [
        "day": "day", "days": "day", "week": "week", "weeks": "week", "fortnight": "fortnight",
        "fortnights": "fortnight", "month": "month", "months": "month", "year": "year", "years": "year",
    ]
    /// Vague counts read as a span around the number: "a few" is two to four.
    private static let vague: [([String], ClosedRange<Double>)] = [
        (["a", "couple", "of"], 1...3), (["couple", "of"], 1...3), (["a", "few"], 2...4),
        (["few"], 2...4), (["several"], 3...5), (["a", "handful", "of"], 2...5),
    ]

    /// How many units back: exact ("three", "a") or a span ("a few", "2-3", "one or two").
    private func amount(at i: Int) -> (ClosedRange<Double>, Bool, Int)? {
        for (words, span) in Self.vague where answer.matches(words, at: i) { return (span, true, words.count) }
        if let w = answer.word(i), w.contains("-") {
            let ends = w.split(separator: "-").compactMap { NumberWords.digits(String($0)) }
            if ends.count == 2, ends[0] <= ends[1] { return (ends[0]...ends[1], true, 1) }
        }
        var n: Double, len: Int
        if let w = answer.word(i), w == "a" || w == "an" { n = 1; len = 1 } else if let r = NumberWords.read(answer, at: i) {
            n = r.value; len = r.length
        } else { return nil }
        if let sep = answer.word(i + len), sep == "or" || sep == "to", let m = NumberWords.read(answer, at: i + len + 1), m.value > n {
            return (n...m.value, true, len + 1 + m.length)
        }
        return (n...n, false, len)
    }

    /// "three days ago", "two weeks ago", "a few months back", "a week or two ago".
    func ago(_ i: Int) -> Match? {
        guard let (span, fuzzy, len) = amount(at: i), let unitWord = answer.word(i + len),
              var unit = Self.agoUnits[unitWord] else { return nil }
        var j = i + len + 1
        var lo = span.lowerBound, hi = span.upperBound
        if answer.word(j) == "or", let m = NumberWords.read(answer, at: j + 1) {  // "a week or two ago"
            hi = m.value; j += 1 + m.length
        }
        guard let w = answer.word(j), w == "ago" || w == "back" || w == "before" else { return nil }
        if unit == "fortnight" { unit = "week"; lo *= 2; hi *= 2 }
        let isFuzzy = fuzzy || hi != lo
        return backSpan(unit, back: Int(lo.rounded()), to: Int(hi.rounded()), fuzzy: isFuzzy)
            .flatMap { $0.start > Day.earliest ? $0 : nil }  // not further back than the calendar goes
            .map { ($0, j + 1 - i) }
    }

    private func backSpan(_ unit: String, back lo: Int, to hi: Int, fuzzy: Bool) -> DayRange? {
        switch unit {
        case "day":
            return DayRange(start: today.adding(days: -hi), end: today.adding(days: -lo), precision: .day)
        case "week":
            if !fuzzy { return CalendarSpans.week(containing: today.adding(days: -7 * lo)) }
            return DayRange(start: today.adding(days: -7 * hi), end: today.adding(days: -7 * lo), precision: .week)
        case "month":
            let a = today.adding(months: -hi), b = today.adding(months: -lo)
            return DayRange(start: a.firstOfMonth, end: b.lastOfMonth, precision: .month)
        default:
            guard let a = CalendarSpans.year(today.year - hi), let b = CalendarSpans.year(today.year - lo) else { return nil }
            return DayRange(start: a.start, end: b.end, precision: .year)
        }
    }

    /// "last week", "this month", "next quarter", "earlier this year", "the month before last".
    func relativeUnit(_ i: Int) -> Match? {
        let leads: [([String], Int)] = [
            (["last"], -1), (["past"], -1), (["previous"], -1), (["the", "previous"], -1),
            (["this"], 0), (["the", "current"], 0), (["current"], 0), (["earlier", "this"], 0),
            (["later", "this"], 0), (["next"], 1), (["the", "following"], 1), (["the"], -2), ([], -2),
        ]
        for (words, offset) in leads where answer.matches(words, at: i) {
            var j = i + words.count
            guard let unit = answer.word(j), ["week", "weekend", "month", "quarter", "year"].contains(unit) else { continue }
            j += 1
            // "the week before last", or just "week before last"
            if offset == -2 { guard answer.matches(["before", "last"], at: j) else { continue }; j += 2 }
            guard var r = unitSpan(unit, offset: offset) else { return nil }
            if words.first == "earlier" {
                r = DayRange(start: r.start, end: max(r.start, today.adding(days: -1)), precision: r.precision)
            } else if words.first == "later" {
                r = DayRange(start: min(r.end, today.adding(days: 1)), end: r.end, precision: r.precision)
            }
            return (r, j - i)
        }
        return nil
    }

    private func unitSpan(_ unit: String, offset: Int) -> DayRange? {
        switch unit {
        case "week": return CalendarSpans.week(containing: today.adding(days: 7 * offset))
        case "weekend":
            // The weekend of the current ISO week, moved by whole weeks.
            let saturday = today.adding(days: 6 - today.weekday + 7 * offset)
            return DayRange(start: saturday, end: saturday.adding(days: 1), precision: .week)
        case "month":
            let d = today.adding(months: offset)
            return CalendarSpans.month(d.year, d.month)
        case "quarter":
            let d = today.adding(months: 3 * offset)
            return CalendarSpans.quarter(d.year, CalendarSpans.quarterOf(d))
        default: return CalendarSpans.year(today.year + offset)
        }
    }

    /// "in the last 30 days", "over the past month", "within the last two weeks".
    func lastSpan(_ i: Int) -> Match? {
        guard let lead = answer.word(i), ["in", "over", "within", "during"].contains(lead) else { return nil }
        var j = i + 1
        if answer.word(j) == "the" { j += 1 }
        guard let w = answer.word(j), w == "last" || w == "past" else { return nil }
        j += 1
        var n = 1.0
        if let r = NumberWords.read(answer, at: j) { n = r.value; j += r.length } else if answer.matches(["few"], at: j) { n = 3; j += 1 }
        guard let unitWord = answer.word(j), let unit = Self.agoUnits[unitWord] else { return nil }
        let count = Int(n.rounded())
        let start: Day, precision: DayRange.Precision
        switch unit {
        case "day": start = today.adding(days: -count); precision = .day
        case "week", "fortnight": start = today.adding(days: -count * (unit == "week" ? 7 : 14)); precision = .week
        case "month": start = today.adding(months: -count); precision = .month
        default: start = today.adding(months: -12 * count); precision = .year
        }
        guard start > Day.earliest else { return nil }  // not further back than the calendar goes
        return (DayRange(start: start, end: today, precision: precision), j + 1 - i)
    }

    /// "Q3", "Q1 2026", "the third quarter of last year", "the first half of the year", "H2".
    func quarter(_ i: Int) -> Match? {
        var j = i
        if answer.word(j) == "the" { j += 1 }
        var q: Int?, half: Int?
        if let w = answer.word(j), w.count == 2, let n = Int(w.dropFirst()), w.first == "q" || w.first == "h" {
            if w.first == "q" { q = n } else { half = n }
            j += 1
        } else if let (o, ol) = ordinal(at: j), let unit = answer.word(j + ol), unit == "quarter" || unit == "half" {
            if unit == "quarter" { q = o } else { half = o }
            j += ol + 1
        } else { return nil }
        if let h = half {
            guard (1...2).contains(h) else { return nil }
            if answer.matches(["of", "the", "year"], at: j) { j += 3 }
            if let (y, yl) = yearSpec(at: j) { return CalendarSpans.half(h, ofYear: y).map { ($0, j + yl - i) } }
            return resolve { CalendarSpans.half(h, ofYear: $0) }.map { ($0, j - i) }
        }
        guard let qn = q, (1...4).contains(qn) else { return nil }
        if answer.matches(["of", "the", "year"], at: j) { j += 3 }
        if let (y, yl) = yearSpec(at: j) { return CalendarSpans.quarter(y, qn).map { ($0, j + yl - i) } }
        return resolve { CalendarSpans.quarter($0, qn) }.map { ($0, j - i) }
    }

    private func ordinal(at i: Int) -> (Int, Int)? {
        guard let w = answer.word(i) else { return nil }
        if let o = NumberWords.ordinals[w] { return (o, 1) }
        if let d = NumberWords.digits(w), let s = answer.word(i + 1), NumberWords.ordinalSuffixes.contains(s) {
            return (Int(d), 2)
        }
        return nil
    }

    /// "in 2025", "2025".
    func yearOnly(_ i: Int) -> Match? {
        guard let w = answer.word(i), w.count == 4, let d = NumberWords.digits(w),
              (1990...2100).contains(Int(d)) else { return nil }
        return CalendarSpans.year(Int(d)).map { ($0, 1) }
    }

    /// "on Monday", "last Friday", "this Tuesday", "Monday last week", "next Thursday".
    func weekday(_ i: Int) -> Match? {
        var j = i
        let lead = answer.word(j).flatMap { ["last", "this", "next", "on", "previous"].contains($0) ? $0 : nil }
        if lead != nil { j += 1 }
        guard let w = answer.word(j), let wd = Self.weekdays[w] else { return nil }
        j += 1
        let weekOffsets = ["last": -1, "this": 0, "next": 1]
        if let o = answer.word(j).flatMap({ weekOffsets[$0] }), answer.word(j + 1) == "week" {
            let monday = CalendarSpans.week(containing: today.adding(days: 7 * o)).start
            return (DayRange(day: monday.adding(days: wd - 1)), j + 2 - i)
        }
        let back = (today.weekday - wd + 7) % 7
        let previous = today.adding(days: back == 0 ? -7 : -back)
        if answer.matches(["before", "last"], at: j) {  // "the Tuesday before last"
            return (DayRange(day: previous.adding(days: -7)), j + 2 - i)
        }
        let ahead = (wd - today.weekday + 7) % 7
        let following = today.adding(days: ahead == 0 ? 7 : ahead)
        switch lead {
        case "this": return (DayRange(day: CalendarSpans.week(containing: today).start.adding(days: wd - 1)), j - i)
        case "next": return (DayRange(day: following), j - i)
        case "last", "previous": return (DayRange(day: previous), j - i)
        default: return (DayRange(day: future ? following : previous), j - i)
        }
    }

    /// "last summer", "in the spring", "winter 2025".
    func season(_ i: Int) -> Match? {
        var j = i
        let lead = answer.word(j).flatMap { ["last", "this", "next"].contains($0) ? $0 : nil }
        if lead != nil { j += 1 }
        guard let name = answer.word(j), CalendarSpans.season(name, 2000) != nil else { return nil }
        j += 1
        let make: (Int) -> DayRange? = { CalendarSpans.season(name, $0) }
        if let (y, yl) = yearSpec(at: j) { return make(y).map { ($0, j + yl - i) } }
        let range: DayRange?
        switch lead {
        case "last": range = resolve(make).flatMap { $0.end >= today ? make($0.start.year - 1) : $0 }
        case "this": range = make(today.year)
        case "next": range = resolveNext(make)
        default: range = resolve(make)
        }
        return range.map { ($0, j - i) }
    }
}
