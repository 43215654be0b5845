/// Which occurrences a documented schedule expected, and which of them are missing. With
/// subjects ("each site monthly", "each critical supplier within 30 days of its contract
/// anniversary") every subject keeps its own schedule.
public struct ScheduleCoverage: Sendable, Hashable {
    /// One expected occurrence: a period, for a subject when the schedule is per subject.
    public struct Due: Sendable, Hashable {
        public var subject: String?
        public var period: DayRange
        /// Due by the period's last day, counted from the occurrence before (a register's
        /// next-review date, or a year after the last review), not a calendar period.
        public var dueBy = false

        /// "Q2 2026", "Futurex: the 2026-07-09 anniversary", "Sage: due by 2026-03-28".
        public var name: String {
            let when = dueBy ? "due by \(period.end)"
                : period.precision == .day && period.start != period.end
                ? "the \(DayRange(day: Day(ordinal: (period.start.ordinal + period.end.ordinal) / 2)).start) anniversary"
                : ExpectedPeriods.name(period)
            return subject.map { "\($0): \(when)" } ?? when
        }
    }

    public var expected: [Due]
    public var missed: [Due]
    /// Missed occurrences that were done after all, outside their window: "done late", not
    /// "none" (still a lapse of the schedule).
    public var doneLate: [Due: Day] = [:]

    public var ratio: Double? { expected.isEmpty ? nil : Double(expected.count - missed.count) / Double(expected.count) }

    /// `occurrences` include those before the operating period, which can still satisfy an
    /// anniversary window that opens before it (and nothing else).
    static func of(_ source: EvidenceSource, occurrences: [Occurrence], anchors: [String: Day], nextDue: [String: Day] = [:],
                   period: DayRange, asOf: Day) -> ScheduleCoverage {
        let inPeriod = DayRange(start: period.start, end: min(period.end, asOf), precision: .day)
        if source.nextDue != nil, source.subject != nil {
            return registered(occurrences, nextDue: nextDue, grace: OccurrenceGrouping.windowDays(for: source.frequency), in: inPeriod)
        }
        guard let frequency = source.frequency else { return ScheduleCoverage(expected: [], missed: []) }
        guard source.subject != nil else {
            // Before the operating period the ISMS was not running: those records are history,
            // not evidence that a period of it was covered.
            let days = occurrences.map(\.first).filter { $0 >= period.start }.sorted()
            var expected = ExpectedPeriods.of(frequency, over: inPeriod).map { Due(subject: nil, period: $0) }
            if expected.isEmpty, let due = rollingDue(frequency, after: occurrences.last { $0.first < period.start }?.first,
                                                      window: OccurrenceGrouping.windowDays(for: frequency), in: inPeriod) {
                expected = [Due(subject: nil, period: due)]
            }
            return ScheduleCoverage(expected: expected, missed: expected.filter { !EvidenceFacts.any(days, in: $0.period) })
        }
        var subjects = Set(occurrences.compactMap(\.subject)).union(source.expectedSubjects).union(anchors.keys)
        subjects.remove("")
        var expected: [Due] = [], missed: [Due] = []
        var late: [Due: Day] = [:]
        for subject in subjects.sorted() {
            let own = occurrences.filter { $0.subject == subject }
            let days = own.filter { source.anniversary != nil || $0.first >= period.start }.map(\.first).sorted()
            let dues: [DayRange]
            if let anniversary = source.anniversary {
                guard let anchor = anchors[subject] else { continue }
                dues = anniversaries(of: anchor, every: frequency, window: anniversary.windowDays, in: inPeriod)
            } else {
                // A subject first seen part-way through (a new supplier) is due from then on.
                let declared = source.expectedSubjects.contains(subject)
                let start = declared ? inPeriod.start : max(inPeriod.start, days.first ?? inPeriod.start)
                let calendar = ExpectedPeriods.of(frequency, over: DayRange(start: start, end: inPeriod.end, precision: .day))
                // "Each critical supplier every twelve months" in an eight-month ISMS: no calendar
                // year has ended, so each is due a year after its own last review.
                dues = calendar.isEmpty
                    ? rollingDues(frequency, after: own.map(\.first).sorted(), window: OccurrenceGrouping.windowDays(for: frequency), in: inPeriod)
                    : calendar
            }
            let dueBy = source.anniversary == nil && dues.first?.precision == .day
            for (i, due) in dues.enumerated() {
                expected.append(Due(subject: subject, period: due, dueBy: dueBy))
                guard !EvidenceFacts.any(days, in: due) else { continue }
                missed.append(Due(subject: subject, period: due, dueBy: dueBy))
                let next = i + 1 < dues.count ? dues[i + 1].start : inPeriod.end
                if let done = days.first(where: { $0 > due.end && $0 < next }) { late[Due(subject: subject, period: due, dueBy: dueBy)] = done }
            }
        }
        var coverage = ScheduleCoverage(expected: expected, missed: missed)
        coverage.doneLate = late
        return coverage
    }

    /// A long-interval control (an annual restore test) whose calendar period has not ended
    /// yet is still due a year after its last occurrence: last October's test makes this
    /// October's due, though 2026 has not ended.
    static func rollingDue(_ frequency: Frequency, after last: Day?, window: Int, in period: DayRange) -> DayRange? {
        guard let last, let days = frequency.days, days >= 28 else { return nil }
        let due = last.adding(days: days + window)
        guard due >= period.start, due < period.end else { return nil }
        return DayRange(start: last.adding(days: 1), end: due, precision: .day)
    }

    /// A register that schedules each subject itself ("Next review due" on every row): each
    /// occurrence makes its subject due by the date it names (with the grouping window's
    /// grace), and the next occurrence of that subject by then covers it. Tiers reviewed every
    /// twelve and every twenty-four months need no frequency of their own.
    static func registered(_ occurrences: [Occurrence], nextDue: [String: Day], grace: Int, in period: DayRange) -> ScheduleCoverage {
        var expected: [Due] = [], missed: [Due] = []
        var late: [Due: Day] = [:]
        let bySubject = Dictionary(grouping: occurrences.filter { !($0.subject ?? "").isEmpty }, by: { $0.subject! })
        for subject in bySubject.keys.sorted() {
            let own = bySubject[subject]!.sorted { $0.first < $1.first }
            for (i, o) in own.enumerated() {
                guard let due = o.recordIDs.compactMap({ nextDue[$0] }).max() else { continue }
                let end = due.adding(days: grace)
                // Due before the ISMS began counts only while it is still outstanding.
                guard end < period.end, due >= period.start || i == own.count - 1 else { continue }
                let item = Due(subject: subject, period: DayRange(start: o.first.adding(days: 1), end: end, precision: .day), dueBy: true)
                expected.append(item)
                let later = own[(i + 1)...].map(\.first)
                guard !later.contains(where: { $0 <= end }) else { continue }
                missed.append(item)
                if let done = later.first { late[item] = done }
            }
        }
        var coverage = ScheduleCoverage(expected: expected, missed: missed)
        coverage.doneLate = late
        return coverage
    }

    /// One subject's long-interval schedule kept from its own occurrences: each is due one
    /// interval (and the grouping window) after the one before, from the last before the
    /// period, or from its first when it has none; a due date the period has not reached yet
    /// is not expected.
    static func rollingDues(_ frequency: Frequency, after days: [Day], window: Int, in period: DayRange) -> [DayRange] {
        guard let interval = frequency.days, interval >= 28, var last = days.last(where: { $0 < period.start }) ?? days.first
        else { return [] }
        var dues: [DayRange] = []
        while dues.count < 1000 {
            let due = last.adding(days: interval + window)
            guard due < period.end else { break }
            if due >= period.start { dues.append(DayRange(start: last.adding(days: 1), end: due, precision: .day)) }
            // The next cycle runs from the next occurrence, done on time or late; none: stop.
            guard let next = days.first(where: { $0 > last }) else { break }
            last = next
        }
        return dues
    }

    /// Windows around each anniversary of `anchor` that falls in the period and whose window
    /// has closed by its end (one still open is not yet due).
    static func anniversaries(of anchor: Day, every frequency: Frequency, window: Int, in period: DayRange) -> [DayRange] {
        let months: Int
        switch frequency.label {
        case .monthly: months = 1
        case .bimonthly: months = 2
        case .quarterly: months = 3
        case .semiannual: months = 6
        default: months = 12
        }
        var out: [DayRange] = []
        var step = 1
        while step < 10_000 {
            let date = anchor.adding(months: months * step)
            if date > period.end { break }
            if date >= period.start, date.adding(days: window) < period.end {
                out.append(DayRange(start: date.adding(days: -window), end: date.adding(days: window), precision: .day))
            }
            step += 1
        }
        return out
    }
}
