/// The phrase parsers behind `DateInterpreter`. Each reads one way of naming a day or span
/// at a word position and returns the span with the number of words it used.
extension DateReader {
    /// 2026-09-30, 30/09/2026, 09/30/2026, 30.09.26, 30/09, 2026-09, 09/2026.
    func numeric(_ i: Int) -> Match? {
        guard let w = answer.word(i), w != "24/7", w.first?.isNumber == true,
              w.contains(where: { "/-.".contains($0) }) else { return nil }
        let parts = w.split(whereSeparator: { "/-.".contains($0) }).map(String.init)
        let nums = parts.compactMap { Int($0) }
        guard nums.count == parts.count else { return nil }
        if nums.count == 3 {
            if parts[0].count == 4 { return day(nums[0], nums[1], nums[2]).map { (DayRange(day: $0), 1) } }
            guard parts[2].count == 4 || parts[2].count == 2 else { return nil }
            let y = parts[2].count == 2 ? 2000 + nums[2] : nums[2]
            let (d, m) = dayAndMonth(nums[0], nums[1])
            return day(y, m, d).map { (DayRange(day: $0), 1) }
        }
        guard nums.count == 2 else { return nil }
        if parts[0].count == 4 { return CalendarSpans.month(nums[0], nums[1]).map { ($0, 1) } }
        if parts[1].count == 4 { return CalendarSpans.month(nums[1], nums[0]).map { ($0, 1) } }
        guard !w.contains("-") else { return nil }  // "2-3" is a count, not a date
        let (d, m) = dayAndMonth(nums[0], nums[1])
        return resolve { y in day(y, m, d).map { DayRange(day: $0) } }.map { ($0, 1) }
    }

    /// Which of two numbers is the day: the one that cannot be a month, else `order`.
    private func dayAndMonth(_ a: Int, _ b: Int) -> (day: Int, month: Int) {
        if a > 12 { return (a, b) }
        if b > 12 { return (b, a) }
        return order == .dayFirst ? (a, b) : (b, a)
    }

    private func day(_ y: Int, _ m: Int, _ d: Int) -> Day? { Day(year: y, month: m, day: d) }

    /// "30 September 2026", "the 30th of September", "1st of March last year".
    func dayMonth(_ i: Int) -> Match? {
        var j = i
        if answer.word(j) == "the" { j += 1 }
        guard let (d, dl) = dayNumber(at: j) else { return nil }
        j += dl
        if answer.word(j) == "of" { j += 1 }
        guard let m = month(at: j) else {
            // "on the 5th": a day of the current or previous month
            guard answer.word(i) == "the", dl == 2, NumberWords.digits(answer.word(i + 1) ?? "") != nil else { return nil }
            let make: (Int) -> DayRange? = { offset in
                let month = today.adding(months: offset)
                return Day(year: month.year, month: month.month, day: d).map { DayRange(day: $0) }
            }
            let candidates = future ? [0, 1] : [0, -1]
            for offset in candidates {
                if let r = make(offset), future ? r.start >= today : r.start <= today { return (r, dl + 1) }
            }
            return nil
        }
        return dated(d, m, from: i, after: j + 1)
    }

    /// "September 30", "Sept 30th, 2026", "March the 3rd".
    func monthDay(_ i: Int) -> Match? {
        guard let m = month(at: i) else { return nil }
        var j = i + 1
        if answer.word(j) == "the" { j += 1 }
        guard let (d, dl) = dayNumber(at: j) else { return nil }
        return dated(d, m, from: i, after: j + dl)
    }

    private func dated(_ d: Int, _ m: Int, from i: Int, after j: Int) -> Match? {
        if let (y, yl) = yearSpec(at: j) {
            return day(y, m, d).map { (DayRange(day: $0), j + yl - i) }
        }
        return resolve { y in day(y, m, d).map { DayRange(day: $0) } }.map { ($0, j - i) }
    }

    /// "in September", "last March", "March last year", "September 2025".
    func monthOnly(_ i: Int) -> Match? {
        var j = i
        let modifier = answer.word(j).flatMap { ["last", "this", "next"].contains($0) ? $0 : nil }
        if modifier != nil { j += 1 }
        guard let m = month(at: j) else { return nil }
        j += 1
        let make: (Int) -> DayRange? = { CalendarSpans.month($0, m) }
        if let (y, yl) = yearSpec(at: j) { return make(y).map { ($0, j + yl - i) } }
        let range: DayRange?
        switch modifier {
        case "last": range = resolveBeforeThisMonth(make)
        case "this": range = make(today.year)
        case "next": range = resolveNext(make)
        default: range = resolve(make)
        }
        return range.map { ($0, j - i) }
    }

    /// "the end of October", "mid-August", "beginning of the year", "end of last month".
    func partOf(_ i: Int) -> Match? {
        guard let (part, pl) = partWords(at: i) else { return nil }
        var j = i + pl
        if answer.word(j) == "the" { j += 1 }
        if let m = month(at: j) {
            let make: (Int) -> DayRange? = { CalendarSpans.part(part, ofMonth: m, year: $0) }
            if let (y, yl) = yearSpec(at: j + 1) { return make(y).map { ($0, j + 1 + yl - i) } }
            return resolve(make).map { ($0, j + 1 - i) }
        }
        if let (y, yl) = yearSpec(at: j) { return CalendarSpans.part(part, ofYear: y).map { ($0, j + yl - i) } }
        let offsets = ["last": -1, "this": 0, "next": 1]
        var offset = 0
        if let w = answer.word(j), let o = offsets[w] { offset = o; j += 1 }
        switch answer.word(j) {
        case "year": return CalendarSpans.part(part, ofYear: today.year + offset).map { ($0, j + 1 - i) }
        case "month":
            let d = today.adding(months: offset)
            return CalendarSpans.part(part, ofMonth: d.month, year: d.year).map { ($0, j + 1 - i) }
        case "week":
            let w = CalendarSpans.week(containing: today.adding(days: 7 * offset))
            return (CalendarSpans.part(part, ofWeek: w), j + 1 - i)
        case "quarter":
            let d = today.adding(months: 3 * offset)
            return CalendarSpans.part(part, ofQuarter: CalendarSpans.quarterOf(d), year: d.year).map { ($0, j + 1 - i) }
        default: return nil
        }
    }

    private func partWords(at i: Int) -> (CalendarSpans.Part, Int)? {
        let table: [([String], CalendarSpans.Part)] = [
            (["towards", "the", "end", "of"], .late), (["the", "end", "of"], .late), (["end", "of"], .late),
            (["the", "beginning", "of"], .early), (["beginning", "of"], .early), (["the", "start", "of"], .early),
            (["start", "of"], .early), (["the", "middle", "of"], .middle), (["middle", "of"], .middle),
            (["early"], .early), (["late"], .late), (["mid"], .middle), (["the", "first", "part", "of"], .early),
        ]
        for (words, part) in table where answer.matches(words, at: i) { return (part, words.count) }
        return nil
    }

    /// "yesterday", "today", "the day before yesterday", "last night", "the other day".
    func relativeDay(_ i: Int) -> Match? {
        let table: [([String], Int)] = [
            (["the", "day", "before", "yesterday"], -2), (["day", "before", "yesterday"], -2),
            (["yesterday"], -1), (["today"], 0), (["tomorrow"], 1), (["last", "night"], -1),
            (["this", "morning"], 0), (["this", "afternoon"], 0), (["tonight"], 0),
        ]
        for (words, offset) in table where answer.matches(words, at: i) {
            return (DayRange(day: today.adding(days: offset)), words.count)
        }
        if answer.matches(["the", "other", "day"], at: i) {
            return (DayRange(start: today.adding(days: -7), end: today.adding(days: -2), precision: .week), 3)
        }
        return nil
    }
}
