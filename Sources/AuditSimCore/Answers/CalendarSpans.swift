/// Calendar arithmetic on `Day` for the spans people name in answers: months, thirds of a
/// month ("mid-August"), quarters, ISO weeks, years and seasons. Kept apart from parsing so
/// each can be checked on its own.
enum CalendarSpans {
    static let monthNames = ["January", "February", "March", "April", "May", "June", "July",
                             "August", "September", "October", "November", "December"]

    /// Early, middle or late part of a span ("the end of October", "mid-year").
    enum Part: Sendable { case early, middle, late }

    static func month(_ year: Int, _ month: Int) -> DayRange? {
        guard let first = Day(year: year, month: month, day: 1) else { return nil }
        return DayRange(start: first, end: first.lastOfMonth, precision: .month)
    }

    /// Thirds of a month: days 1–10, 11–20, 21–end. Ten days is nearer a week than a
    /// month, so the precision is `.week`.
    static func part(_ part: Part, ofMonth m: Int, year: Int) -> DayRange? {
        guard let whole = month(year, m) else { return nil }
        let s = whole.start
        switch part {
        case .early: return DayRange(start: s, end: s.adding(days: 9), precision: .week)
        case .middle: return DayRange(start: s.adding(days: 10), end: s.adding(days: 19), precision: .week)
        case .late: return DayRange(start: s.adding(days: 20), end: whole.end, precision: .week)
        }
    }

    static func quarter(_ year: Int, _ q: Int) -> DayRange? {
        guard (1...4).contains(q), let start = Day(year: year, month: q * 3 - 2, day: 1) else { return nil }
        return DayRange(start: start, end: start.adding(months: 2).lastOfMonth, precision: .quarter)
    }

    static func quarterOf(_ day: Day) -> Int { (day.month - 1) / 3 + 1 }

    /// The first, middle or last month of a quarter.
    static func part(_ part: Part, ofQuarter q: Int, year: Int) -> DayRange? {
        let offset = part == .early ? 0 : part == .middle ? 1 : 2
        return month(year, q * 3 - 2 + offset)
    }

    static func year(_ y: Int) -> DayRange? {
        guard let s = Day(year: y, month: 1, day: 1), let e = Day(year: y, month: 12, day: 31) else { return nil }
        return DayRange(start: s, end: e, precision: .year)
    }

    /// "Beginning of the year" is the first quarter, "mid-year" May to August, "the end of
    /// the year" the last quarter: the spans people usually mean, stated to quarter precision.
    static func part(_ part: Part, ofYear y: Int) -> DayRange? {
        switch part {
        case .early: return quarter(y, 1)
        case .late: return quarter(y, 4)
        case .middle:
            guard let s = Day(year: y, month: 5, day: 1), let e = Day(year: y, month: 8, day: 31) else { return nil }
            return DayRange(start: s, end: e, precision: .quarter)
        }
    }

    /// Halves of a year ("the first half of the year", "H2").
    static func half(_ h: Int, ofYear y: Int) -> DayRange? {
        guard let a = quarter(y, h * 2 - 1), let b = quarter(y, h * 2) else { return nil }
        return DayRange(start: a.start, end: b.end, precision: .quarter)
    }

    /// Monday to Sunday around `day` (ISO weeks).
    static func week(containing day: Day) -> DayRange {
        let monday = day.adding(days: 1 - day.weekday)
        return DayRange(start: monday, end: monday.adding(days: 6), precision: .week)
    }

    static func part(_ part: Part, ofWeek week: DayRange) -> DayRange {
        switch part {
        case .early: return DayRange(start: week.start, end: week.start.adding(days: 1), precision: .day)
        case .middle: return DayRange(start: week.start.adding(days: 2), end: week.start.adding(days: 3), precision: .day)
        case .late: return DayRange(start: week.start.adding(days: 4), end: week.end, precision: .day)
        }
    }

    /// Northern-hemisphere meteorological seasons; winter `y` runs December y to February y+1.
    static func season(_ name: String, _ y: Int) -> DayRange? {
        let startMonth: [String: Int] = ["spring": 3, "summer": 6, "autumn": 9, "fall": 9, "winter": 12]
        guard let m = startMonth[name], let s = Day(year: y, month: m, day: 1) else { return nil }
        return DayRange(start: s, end: s.adding(months: 2).lastOfMonth, precision: .quarter)
    }

    /// Plain words for a range: "October 2026 (2026-10-01 to 2026-10-31)".
    static func describe(_ r: DayRange) -> String {
        let span = "(\(r.start) to \(r.end))"
        if r.start == r.end { return r.start.description }
        switch r.precision {
        case .month where r.start == r.start.firstOfMonth && r.end == r.start.lastOfMonth:
            return "\(monthNames[r.start.month - 1]) \(r.start.year) \(span)"
        case .quarter where quarter(r.start.year, quarterOf(r.start)) == r:
            return "Q\(quarterOf(r.start)) \(r.start.year) \(span)"
        case .year where year(r.start.year) == r:
            return "the year \(r.start.year) \(span)"
        case .week where r.start.weekday == 1 && r.end == r.start.adding(days: 6):
            return "the week of \(r.start) \(span)"
        default:
            return "\(r.start) to \(r.end) (\(r.precision.rawValue) precision)"
        }
    }
}
