/// A calendar day with no time zone: audit evidence is dated, not timed, and comparing
/// days must not shift across a zone boundary. Stored as a day number so arithmetic and
/// ordering are integer operations (evidence tables can hold millions of rows).
public struct Day: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// Days since 1970-01-01 (negative before it).
    public let ordinal: Int

    public init(ordinal: Int) { self.ordinal = ordinal }

    /// Returns nil when the parts do not name a real day (2026-02-30, month 13).
    public init?(year: Int, month: Int, day: Int) {
        guard (1...9999).contains(year), (1...12).contains(month),
              day >= 1, day <= Day.daysIn(month: month, year: year) else { return nil }
        ordinal = Day.ordinal(year: year, month: month, day: day)
    }

    public static func < (lhs: Day, rhs: Day) -> Bool { lhs.ordinal < rhs.ordinal }

    public var year: Int { civil.year }
    public var month: Int { civil.month }
    public var day: Int { civil.day }

    /// 1 = Monday … 7 = Sunday (ISO 8601).
    public var weekday: Int {
        let w = (ordinal + 3) % 7  // 1970-01-01 was a Thursday (ISO 4)
        return (w < 0 ? w + 7 : w) + 1
    }

    public var isWeekend: Bool { weekday >= 6 }

    /// The first and last days auditsim can name (years 1 to 9999, as `YYYY-MM-DD` reads).
    /// Arithmetic stops at them instead of overflowing, so "a billion days ago" is a day.
    public static let earliest = Day(ordinal: Day.ordinal(year: 1, month: 1, day: 1))
    public static let latest = Day(ordinal: Day.ordinal(year: 9999, month: 12, day: 31))

    /// `days` later (earlier when negative), held within `earliest...latest`.
    public func adding(days: Int) -> Day {
        let (sum, overflow) = ordinal.addingReportingOverflow(days)
        if overflow { return days < 0 ? .earliest : .latest }
        return Day(ordinal: min(max(sum, Day.earliest.ordinal), Day.latest.ordinal))
    }

    /// The same day of the month `months` later, clamped to the month's last day and held
    /// within `earliest...latest`.
    public func adding(months: Int) -> Day {
        let c = civil
        let (total, overflow) = (c.year * 12 + (c.month - 1)).addingReportingOverflow(months)
        if overflow || total < 12 { return months < 0 ? .earliest : .latest }  // before year 1
        if total >= 10_000 * 12 { return .latest }
        let y = total / 12, m = total % 12 + 1
        let d = min(c.day, Day.daysIn(month: m, year: y))
        return Day(ordinal: Day.ordinal(year: y, month: m, day: d))
    }

    /// Days from this day to `other`; saturates rather than overflowing for days made with
    /// `init(ordinal:)` far outside the calendar.
    public func days(until other: Day) -> Int {
        let (d, overflow) = other.ordinal.subtractingReportingOverflow(ordinal)
        return overflow ? (other.ordinal < ordinal ? Int.min : Int.max) : d
    }

    public var firstOfMonth: Day {
        let c = civil
        return Day(ordinal: Day.ordinal(year: c.year, month: c.month, day: 1))
    }
    public var lastOfMonth: Day {
        let c = civil
        return Day(ordinal: Day.ordinal(year: c.year, month: c.month, day: Day.daysIn(month: c.month, year: c.year)))
    }

    /// ISO 8601, `2026-09-30`.
    public var description: String {
        let c = civil
        return "\(Day.pad(c.year, 4))-\(Day.pad(c.month, 2))-\(Day.pad(c.day, 2))"
    }

    /// Parses `YYYY-MM-DD` exactly.
    public init?(iso text: some StringProtocol) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]) else { return nil }
        self.init(year: y, month: m, day: d)
    }

    public static func isLeap(_ year: Int) -> Bool {
        (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
    }

    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    // Howard Hinnant's days-from-civil algorithms.
    static func ordinal(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    private var civil: (year: Int, month: Int, day: Int) {
        let z = ordinal + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        return (yoe + era * 400 + (m <= 2 ? 1 : 0), m, d)
    }

    private static func pad(_ value: Int, _ width: Int) -> String {
        let s = String(value)
        return s.count >= width ? s : String(repeating: "0", count: width - s.count) + s
    }
}

/// An inclusive span of days, with how precisely it was stated ("in Q3" is a quarter).
public struct DayRange: Hashable, Sendable, CustomStringConvertible {
    public enum Precision: String, Sendable, Codable { case day, week, month, quarter, year }

    public var start: Day
    public var end: Day
    public var precision: Precision

    public init(start: Day, end: Day, precision: Precision) {
        self.start = start
        self.end = end
        self.precision = precision
    }

    public init(day: Day) { self.init(start: day, end: day, precision: .day) }

    public func contains(_ day: Day) -> Bool { day >= start && day <= end }

    public var description: String {
        start == end ? start.description : "\(start) to \(end)"
    }
}

/// How a scenario writes all-numeric dates such as 03/04/2026.
public enum DateOrder: String, Sendable, Codable, CaseIterable {
    case dayFirst = "day-first"
    case monthFirst = "month-first"
}
