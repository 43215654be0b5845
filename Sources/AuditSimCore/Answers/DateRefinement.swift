/// Dates as people give them across the table: a month and then the day ("September. It
/// went out on Monday the 7th"), a weekday with its day ("Last Friday, the 2nd"), and the
/// holidays everyone dates things by ("just before the bank holiday", "over Christmas").
extension DateReader {
    private struct Parts {
        var month = false, weekday: Int?, dayOfMonth: Int?
    }

    private func parts(of c: Candidate<DayRange>) -> Parts {
        var p = Parts()
        var k = c.start
        while k < c.end {
            if month(at: k) != nil || NumberWords.digits(answer.words[k]) == nil && answer.words[k].contains("/") { p.month = true }
            if let w = DateReader.weekdays[answer.words[k]] { p.weekday = w }
            if let (d, l) = dayNumber(at: k), k == c.start || answer.word(k - 1) == "the" || month(at: k - 1) != nil
                || answer.word(k + l) == "of" || month(at: k + l) != nil || l == 2 {
                p.dayOfMonth = d
                k += l
                continue
            }
            k += 1
        }
        if c.value.precision == .day, p.dayOfMonth != nil, NumberWords.digits(answer.words[c.start]) != nil,
           answer.words[c.start].contains(where: { $0 == "/" || $0 == "-" }) { p.month = true }  // 07/09/2026
        return p
    }

    /// Folds a day of the month into the month or weekday said beside it; an explicit date
    /// outranks the weekday or holiday that only narrows it down.
    func refine(_ cs: [Candidate<DayRange>]) -> [Candidate<DayRange>] {
        guard cs.count >= 2 else { return cs }
        if let counted = weekdayFromHoliday(cs) { return counted }
        let described = cs.map { ($0, parts(of: $0)) }
        let full = described.filter { $0.1.dayOfMonth != nil && ($0.1.month || isNumericDate($0.0)) }
        if let explicit = full.first?.0 {
            // "Friday 28 August, just before the bank holiday": the date itself.
            let spanned = through(explicit, cs)
            return [spanned] + cs.filter { c in
                (c.start >= spanned.end || c.end <= spanned.start) && c.start != explicit.start && !c.value.contains(explicit.value.start)
                    && parts(of: c).weekday == nil && c.value.precision != .day
            }
        }
        guard let bare = described.first(where: { $0.1.dayOfMonth != nil && !$0.1.month })
        else { return narrowest(cs) }
        let d = bare.1.dayOfMonth!
        let span = { (others: [Candidate<DayRange>]) -> (Int, Int) in
            let all = others + [bare.0]
            return (all.map(\.start).min()!, all.map(\.end).max()!)
        }
        if let m = described.first(where: { $0.0.value.precision == .month && $0.1.dayOfMonth == nil })?.0,
           let day = Day(year: m.value.start.year, month: m.value.start.month, day: d) {
            let (s, e) = span([m])
            return [through(Candidate(start: s, end: e, value: DayRange(day: day)), cs)]
        }
        if let w = described.first(where: { $0.1.weekday != nil && $0.1.dayOfMonth == nil }) {
            let wd = w.1.weekday!
            var probe = future ? today : today
            for _ in 0..<(31 * 30) {
                if probe.day == d && probe.weekday == wd {
                    let (s, e) = span([w.0])
                    return [through(Candidate(start: s, end: e, value: DayRange(day: probe)), cs)]
                }
                probe = probe.adding(days: future ? 1 : -1)
            }
        }
        return cs
    }

    /// "It went out on Monday the 7th and was signed off on the Thursday": a later "the
    /// Thursday" is that week's, and the answer names the span from the first day to it.
    private func through(_ first: Candidate<DayRange>, _ cs: [Candidate<DayRange>]) -> Candidate<DayRange> {
        guard first.value.precision == .day,
              let later = cs.first(where: { c in
                  c.start >= first.end && c.end - c.start <= 2 && answer.word(c.start - 1) == "the"
                      && parts(of: c).weekday != nil && parts(of: c).dayOfMonth == nil && !parts(of: c).month
              }),
              let wd = parts(of: later).weekday else { return first }
        let ahead = (wd - first.value.start.weekday + 7) % 7
        guard ahead > 0 else { return first }
        return Candidate(start: first.start, end: later.end,
                         value: DayRange(start: first.value.start, end: first.value.start.adding(days: ahead), precision: .day))
    }

    /// "Back in the spring, April I think": the narrower of two nested spans is the answer.
    private func narrowest(_ cs: [Candidate<DayRange>]) -> [Candidate<DayRange>] {
        let order: [DayRange.Precision] = [.day, .week, .month, .quarter, .year]
        return cs.filter { wide in
            !cs.contains { narrow in
                narrow.start != wide.start && wide.value.start <= narrow.value.start && narrow.value.end <= wide.value.end
                    && order.firstIndex(of: narrow.value.precision)! < order.firstIndex(of: wide.value.precision)!
            }
        }
    }

    /// "the first week of September", "the last week of August".
    func weekOfMonth(_ i: Int) -> Match? {
        var j = i
        if answer.word(j) == "the" { j += 1 }
        let ordinals = ["first": 1, "second": 2, "third": 3, "fourth": 4, "last": 5]
        guard let w = answer.word(j), let n = ordinals[w], answer.word(j + 1) == "week", answer.word(j + 2) == "of",
              let m = month(at: j + 3) else { return nil }
        let end = j + 4
        let make: (Int) -> DayRange? = { y in
            guard let first = Day(year: y, month: m, day: 1) else { return nil }
            if n == 5 {
                let last = first.lastOfMonth
                return DayRange(start: last.adding(days: -6), end: last, precision: .week)
            }
            let start = first.adding(days: 7 * (n - 1))
            return DayRange(start: start, end: start.adding(days: 6), precision: .week)
        }
        if let (y, yl) = yearSpec(at: end) { return make(y).map { ($0, end + yl - i) } }
        return resolve(make).map { ($0, end - i) }
    }

    /// "two Fridays ago".
    func weekdaysAgo(_ i: Int) -> Match? {
        guard let n = NumberWords.read(answer, at: i), n.value >= 1, n.value <= 10, let w = answer.word(i + n.length),
              w.hasSuffix("s"), let wd = DateReader.weekdays[String(w.dropLast())], answer.word(i + n.length + 1) == "ago"
        else { return nil }
        let back = (today.weekday - wd + 7) % 7
        let previous = today.adding(days: back == 0 ? -7 : -back)
        return (DayRange(day: previous.adding(days: -7 * (Int(n.value) - 1))), n.length + 2)
    }

    /// "the Monday after the bank holiday": a weekday counted from a holiday.
    private func weekdayFromHoliday(_ cs: [Candidate<DayRange>]) -> [Candidate<DayRange>]? {
        for (k, c) in cs.enumerated() where k + 1 < cs.count {
            guard let wd = parts(of: c).weekday, parts(of: c).dayOfMonth == nil, c.end - c.start <= 2 else { continue }
            let h = cs[k + 1]
            guard h.start <= c.end + 1, let lead = answer.word(h.start), lead == "after" || lead == "before",
                  holiday(h.start) != nil else { continue }
            // The holiday itself: the day the span was built around.
            let day = lead == "after" ? h.value.start : h.value.end.adding(days: 1)
            var probe = day.adding(days: lead == "after" ? 1 : -1)
            while probe.weekday != wd { probe = probe.adding(days: lead == "after" ? 1 : -1) }
            return [Candidate(start: c.start, end: h.end, value: DayRange(day: probe))]
        }
        return nil
    }

    private func isNumericDate(_ c: Candidate<DayRange>) -> Bool {
        c.value.precision == .day && answer.words[c.start].contains(where: { $0 == "/" || $0 == "-" })
    }

    // MARK: Holidays

    /// England and Wales bank holidays in `year`, with the words that name each.
    static func holidays(_ year: Int) -> [(names: [[String]], day: Day)] {
        func lastMonday(_ m: Int) -> Day { var d = Day(year: year, month: m, day: Day.daysIn(month: m, year: year))!
            while d.weekday != 1 { d = d.adding(days: -1) }; return d }
        func firstMonday(_ m: Int) -> Day { var d = Day(year: year, month: m, day: 1)!
            while d.weekday != 1 { d = d.adding(days: 1) }; return d }
        let easter = PublicHolidays.easterSunday(year)
        return [
            ([["new", "year"], ["new", "year's"], ["new", "years"]], Day(year: year, month: 1, day: 1)!),
            ([["good", "friday"]], easter.adding(days: -2)),
            ([["easter"], ["easter", "bank", "holiday"], ["easter", "monday"]], easter.adding(days: 1)),
            ([["may", "bank", "holiday"], ["early", "may", "bank", "holiday"]], firstMonday(5)),
            ([["spring", "bank", "holiday"], ["whitsun"]], lastMonday(5)),
            ([["august", "bank", "holiday"], ["summer", "bank", "holiday"]], lastMonday(8)),
            ([["christmas"], ["xmas"]], Day(year: year, month: 12, day: 25)!),
            ([["boxing", "day"]], Day(year: year, month: 12, day: 26)!),
        ]
    }

    /// "just before the bank holiday", "over Christmas", "just after New Year", "at Easter".
    func holiday(_ i: Int) -> Match? {
        var j = i
        var shift = 0  // -1 just before, +1 just after
        for (lead, s) in [(["just", "before"], -1), (["just", "after"], 1), (["before"], -1), (["after"], 1),
                          (["over"], 0), (["at"], 0), (["around"], 0)] where answer.matches(lead, at: j) {
            j += lead.count; shift = s; break
        }
        if answer.word(j) == "the" { j += 1 }
        var best: (day: Day, length: Int, named: String)?
        for year in [today.year + 1, today.year, today.year - 1, today.year - 2] {
            for h in DateReader.holidays(year) {
                for name in h.names where answer.matches(name, at: j) {
                    let ok = future ? h.day >= today : h.day <= today
                    if ok, best == nil || (future ? h.day < best!.day : h.day > best!.day) || name.count > best!.length {
                        if best == nil || name.count >= best!.length { best = (h.day, name.count, name.joined(separator: " ")) }
                    }
                }
            }
        }
        if best == nil, answer.matches(["bank", "holiday"], at: j) {
            // The most recent bank holiday of any kind.
            let all = [today.year, today.year - 1].flatMap { DateReader.holidays($0).map(\.day) }
            if let day = (future ? all.filter { $0 >= today }.min() : all.filter { $0 <= today }.max()) {
                best = (day, 2, "bank holiday")
            }
        }
        guard let (day, length, named) = best else { return nil }
        let end = j + length
        let range: DayRange
        switch shift {
        case -1: range = DayRange(start: day.adding(days: -7), end: day.adding(days: -1), precision: .week)
        case 1: range = DayRange(start: day, end: day.adding(days: 9), precision: .week)
        default:
            if named == "christmas" || named == "xmas" {
                range = DayRange(start: day.adding(days: -1), end: day.adding(days: 7), precision: .week)
            } else if named.hasPrefix("easter") && length == 1 {
                range = DayRange(start: day.adding(days: -3), end: day, precision: .week)
            } else {
                range = DayRange(day: day)
            }
        }
        return (range, end - i)
    }
}
