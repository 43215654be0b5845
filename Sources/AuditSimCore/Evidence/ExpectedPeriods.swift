/// The periods in which a documented frequency says a control should have operated,
/// aligned to the calendar as an auditor reads "quarterly" (docs/audit-rules.md).
public enum ExpectedPeriods {
    /// Periods that ended before the last day of `period` (the audit day itself has not
    /// ended) and lie at least half inside it. Empty for ad hoc, continuous and never.
    public static func of(_ frequency: Frequency, over period: DayRange) -> [DayRange] {
        candidates(frequency, over: period).filter { p in
            guard p.end < period.end else { return false }
            let inside = min(p.end, period.end).ordinal - max(p.start, period.start).ordinal + 1
            let length = p.end.ordinal - p.start.ordinal + 1
            return inside * 2 >= length
        }
    }

    private static func candidates(_ frequency: Frequency, over period: DayRange) -> [DayRange] {
        let start = period.start, end = period.end
        switch frequency.label {
        case .daily:
            return (start.ordinal...end.ordinal).map { DayRange(day: Day(ordinal: $0)) }
        case .weekly:
            return stride(days: 7, from: start.adding(days: 1 - start.weekday), to: end, precision: .week)
        case .fortnightly:
            return stride(days: 14, from: start.adding(days: 1 - start.weekday), to: end, precision: .week)
        case .everyNDays:
            return stride(days: max(frequency.days ?? 1, 1), from: start, to: end, precision: .day)
        case .monthly: return months(1, from: start, to: end, precision: .month)
        case .bimonthly: return months(2, from: start, to: end, precision: .month)
        case .quarterly: return months(3, from: start, to: end, precision: .quarter)
        case .semiannual: return months(6, from: start, to: end, precision: .quarter)
        case .annual: return months(12, from: start, to: end, precision: .year)
        case .continuous, .adHoc, .never: return []
        }
    }

    private static func stride(days: Int, from first: Day, to end: Day, precision: DayRange.Precision) -> [DayRange] {
        var periods: [DayRange] = []
        var s = first
        while s <= end {
            periods.append(DayRange(start: s, end: s.adding(days: days - 1), precision: precision))
            s = s.adding(days: days)
        }
        return periods
    }

    /// Calendar-aligned blocks of `size` months counted from January.
    private static func months(_ size: Int, from start: Day, to end: Day, precision: DayRange.Precision) -> [DayRange] {
        let firstMonth = (start.month - 1) / size * size + 1
        var s = Day(year: start.year, month: firstMonth, day: 1)!
        var periods: [DayRange] = []
        while s <= end {
            let next = s.adding(months: size)
            periods.append(DayRange(start: s, end: next.adding(days: -1), precision: precision))
            s = next
        }
        return periods
    }

    /// How people name a period in a sentence: "Q2 2026", "June 2026", "week of 2026-06-01".
    public static func name(_ p: DayRange) -> String {
        let months = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
                      "October", "November", "December"]
        let length = p.start.days(until: p.end) + 1
        switch p.precision {
        case .day: return length == 1 ? p.start.description : "\(p.start) to \(p.end)"
        case .week: return "the week of \(p.start)"
        case .month where length <= 31: return "\(months[p.start.month - 1]) \(p.start.year)"
        case .quarter where length <= 92: return "Q\((p.start.month - 1) / 3 + 1) \(p.start.year)"
        case .quarter: return "H\((p.start.month - 1) / 6 + 1) \(p.start.year)"
        case .year: return "\(p.start.year)"
        default: return "\(months[p.start.month - 1]) to \(months[p.end.month - 1]) \(p.end.year)"
        }
    }
}
