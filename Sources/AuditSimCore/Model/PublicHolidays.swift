/// Public holidays, so "within two working days" counts the days people actually worked:
/// an emergency change approved on the Tuesday after Easter Monday, two days after the
/// Friday it was made, is on time. A scenario names its calendars or lists its own days
/// (docs/data-format.md).
public enum HolidayCalendar: String, Sendable, CaseIterable {
    case englandAndWales = "england-and-wales"
    case scotland
    case northernIreland = "northern-ireland"
    case ireland

    /// The calendar a time zone implies when a scenario names none: the zone says where
    /// the organisation's working days are.
    public static func implied(byZone zone: String?) -> HolidayCalendar? {
        switch zone {
        case "Europe/London": .englandAndWales
        case "Europe/Belfast": .northernIreland
        case "Europe/Dublin": .ireland
        default: nil
        }
    }

    /// The holidays of `year`, with weekend dates moved to the next free weekday as both
    /// jurisdictions do (Christmas on a Saturday is observed on Monday the 27th).
    public func days(in year: Int) -> [Day] {
        let easter = PublicHolidays.easterSunday(year)
        func first(_ weekday: Int, of month: Int) -> Day {
            var d = Day(year: year, month: month, day: 1)!
            while d.weekday != weekday { d = d.adding(days: 1) }
            return d
        }
        func last(_ weekday: Int, of month: Int) -> Day {
            var d = Day(year: year, month: month, day: Day.daysIn(month: month, year: year))!
            while d.weekday != weekday { d = d.adding(days: -1) }
            return d
        }
        func date(_ m: Int, _ d: Int) -> Day { Day(year: year, month: m, day: d)! }
        let christmas = [date(12, 25), date(12, 26)]
        switch self {
        case .englandAndWales:
            return PublicHolidays.observed([date(1, 1)]) + [easter.adding(days: -2), easter.adding(days: 1), first(1, of: 5),
                    last(1, of: 5), last(1, of: 8)] + PublicHolidays.observed(christmas)
        case .scotland:
            return PublicHolidays.observed([date(1, 1), date(1, 2)]) + [easter.adding(days: -2), first(1, of: 5), last(1, of: 5),
                    first(1, of: 8)] + PublicHolidays.observed([date(11, 30)]) + PublicHolidays.observed(christmas)
        case .northernIreland:
            return HolidayCalendar.englandAndWales.days(in: year) + PublicHolidays.observed([date(3, 17)])
                + PublicHolidays.observed([date(7, 12)])
        case .ireland:
            // St Brigid's Day: the first Monday of February, or 1 February when that is a Friday.
            let brigid = date(2, 1).weekday == 5 ? date(2, 1) : first(1, of: 2)
            return PublicHolidays.observed([date(1, 1)]) + [brigid] + PublicHolidays.observed([date(3, 17)])
                + [easter.adding(days: 1), first(1, of: 5), first(1, of: 6), first(1, of: 8), last(1, of: 10)]
                + PublicHolidays.observed(christmas)
        }
    }
}

public enum PublicHolidays {
    /// Fixed-date holidays in a row (Christmas and Boxing Day): those on a weekday stay, and
    /// each on a weekend moves to the next weekday not already taken.
    static func observed(_ days: [Day]) -> [Day] {
        var taken = days.filter { !$0.isWeekend }
        for day in days where day.isWeekend {
            var d = day
            while d.isWeekend || taken.contains(d) { d = d.adding(days: 1) }
            taken.append(d)
        }
        return taken
    }

    /// Easter Sunday (anonymous Gregorian algorithm).
    public static func easterSunday(_ y: Int) -> Day {
        let a = y % 19, b = y / 100, c = y % 100, d = b / 4, e = b % 4, f = (b + 8) / 25, g = (b - f + 1) / 3
        let h = (19 * a + b - d - g + 15) % 30, i = c / 4, k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7
        let m = (a + 11 * h + 22 * l) / 451, month = (h + l - 7 * m + 114) / 31, day = (h + l - 7 * m + 114) % 31 + 1
        return Day(year: y, month: month, day: day)!
    }
}
