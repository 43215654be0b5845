import Foundation

/// Reads dated cells as moments: exports mix UTC stamps (`2026-03-31T09:05:00Z`), local
/// wall-clock times (Jira's `14/Mar/26 9:52 AM`) and bare dates that mean a time of day
/// ("the last working day" ends at 17:30). Every moment is minutes since 1970-01-01 UTC.
public struct EvidenceClock: Sendable {
    /// Where wall-clock times are read; UTC when nil.
    public var zone: TimeZone?
    /// Public holidays: not working days.
    public var holidays: Set<Day>

    /// Sites with a clock of their own, by normalised name.
    public var sites: [String: EvidenceClock] = [:]

    public init(zoneName: String?, holidays: Set<Day> = []) {
        zone = zoneName.flatMap(TimeZone.init(identifier:))
        self.holidays = holidays
    }

    /// The organisation's clock and each site's own.
    public init(organisation: Organisation) {
        self.init(zoneName: organisation.timeZone, holidays: organisation.holidays)
        sites = organisation.siteCalendars.mapValues {
            EvidenceClock(zoneName: $0.timeZone ?? organisation.timeZone, holidays: $0.holidays)
        }
    }

    /// The clock of the site a row names ("Belfast"); the organisation's for any other.
    public func at(site cell: String) -> EvidenceClock {
        sites.isEmpty ? self : sites[CellText.normalised(cell)] ?? self
    }

    /// The moment a stamp names. A stamp with its own offset is exact; a wall-clock time is
    /// read in the organisation's zone; a date-only cell means `time` (or midnight).
    public func moment(_ stamp: DateFormat.Stamp, format: DateFormat, time: Int?, zone columnZone: TimeZone? = nil) -> Int {
        let minutes = format.hasTime ? stamp.minutes : (time ?? 0)
        let wall = stamp.day.ordinal * 1440 + minutes
        if let offset = stamp.offset { return wall - offset }
        guard let zone = columnZone ?? zone else { return wall }
        // The offset in force at that wall time (close enough across a DST change hour).
        let seconds = zone.secondsFromGMT(for: Date(timeIntervalSince1970: Double(wall) * 60))
        return wall - seconds / 60
    }

    /// The local day and time of day of a moment, in the organisation's zone: a removal
    /// stamped 18:52Z on 18 September is 19:52 that day in Belfast.
    public func local(_ moment: Int) -> (day: Day, minutes: Int) {
        let offset = zone.map { $0.secondsFromGMT(for: Date(timeIntervalSince1970: Double(moment) * 60)) / 60 } ?? 0
        let wall = moment + offset
        let day = wall >= 0 ? wall / 1440 : (wall - 1439) / 1440
        return (Day(ordinal: day), wall - day * 1440)
    }

    public func isWorkingDay(_ day: Day) -> Bool { !day.isWeekend && !holidays.contains(day) }

    /// Working days (Monday to Friday, not a holiday) after `from` up to and including `to`:
    /// a review the Monday after a Friday resolution is one working day later, the Tuesday
    /// after Easter Monday too.
    public func workingDays(from: Day, to: Day) -> Int {
        guard to > from else { return 0 }
        var count = 0
        var day = from.adding(days: 1)
        // Whole weeks first, then the remainder day by day.
        let whole = (to.ordinal - from.ordinal) / 7
        count += whole * 5
        day = day.adding(days: whole * 7)
        while day <= to {
            if !day.isWeekend { count += 1 }
            day = day.adding(days: 1)
        }
        if !holidays.isEmpty {
            count -= holidays.lazy.filter { $0 > from && $0 <= to && !$0.isWeekend }.count
        }
        return count
    }
}
