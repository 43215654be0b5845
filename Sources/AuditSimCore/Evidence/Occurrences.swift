/// One occurrence of a control: what the cadence counts. An access-review campaign is one
/// occurrence however many rows (one per system, over several days) the export gives it.
public struct Occurrence: Sendable, Hashable {
    /// The campaign id, or the first row's id.
    public var id: String
    public var first: Day
    public var last: Day
    /// Whose schedule it keeps (a site, a supplier), when the source names subjects.
    public var subject: String?
    /// The ids of its rows, in date order.
    public var recordIDs: [String] {
        get { firstRecordID.map { [$0] + laterRecordIDs } ?? [] }
        set {
            firstRecordID = newValue.first
            laterRecordIDs = Array(newValue.dropFirst())
        }
    }
    // Most occurrences are one row (a day's backup of one resource): the first id is kept
    // inline and an array is made only for a second row, not one per occurrence (a
    // million-row run made hundreds of thousands of one-element arrays).
    private var firstRecordID: String?
    private var laterRecordIDs: [String] = []

    init(id: String, first: Day, last: Day, subject: String?, recordID: String) {
        self.id = id
        self.first = first
        self.last = last
        self.subject = subject
        firstRecordID = recordID
    }

    /// Adds a later row of the same occurrence.
    mutating func add(_ recordID: String) { laterRecordIDs.append(recordID) }
}

/// Groups counting rows into occurrences (docs/audit-rules.md, "Occurrences").
enum OccurrenceGrouping {
    /// How far apart rows of one occurrence may lie, by documented frequency: a quarterly
    /// campaign spread over a fortnight is still one review. Each window is shorter than the
    /// next faster rung's gap, so a control run weekly against a monthly document still
    /// shows as weekly.
    static func windowDays(for frequency: Frequency?) -> Int {
        switch frequency?.label {
        case .daily?, .continuous?, nil, .adHoc?, .never?: 0
        case .weekly?: 2
        case .fortnightly?: 4
        case .monthly?: 6
        case .bimonthly?: 10
        case .quarterly?, .semiannual?: 14
        case .annual?: 30
        case .everyNDays?: max(0, (frequency?.days ?? 1) / 4)
        }
    }

    /// The occurrences among `all` (in date order): rows that do not count are passed
    /// over here rather than filtered into a copy of the population first.
    static func group(_ all: [EvidenceRecord], in table: EvidenceTable) -> [Occurrence] {
        let records = all.lazy.filter { $0.counts }
        let source = table.source
        let subjectOf = { (r: EvidenceRecord) in source.subject.map { CellText.trimmed(table.value($0, in: r)) } }
        switch source.occurrence {
        case .rows:
            return Array(records.map { r in
                let id = r.id  // read from the record's bytes: once
                return Occurrence(id: id, first: r.day, last: r.day, subject: subjectOf(r), recordID: id)
            })
        case let .key(column):
            // Each key's occurrence is found once per row and grown in place (a copy taken out
            // and put back copied its record ids on every row, quadratic in its rows).
            var grouped: [Occurrence] = []
            var at: [String: Int] = [:]
            // Rows of one campaign usually come together: the last key is compared before hashing.
            var last: (key: String, index: Int)?
            for r in records {
                let name = CellText.trimmed(table.value(column, in: r)), subject = subjectOf(r)
                let key = subject.map { name + "\u{1F}" + $0 } ?? name
                let id = r.id
                if let last, last.key == key {
                    grouped[last.index].last = max(grouped[last.index].last, r.day)
                    grouped[last.index].add(id)
                } else if let i = at[key] {
                    last = (key, i)
                    grouped[i].last = max(grouped[i].last, r.day)
                    grouped[i].add(id)
                } else {
                    at[key] = grouped.count
                    last = (key, grouped.count)
                    grouped.append(Occurrence(id: name.isEmpty ? id : name, first: r.day, last: r.day, subject: subject, recordID: id))
                }
            }
            return grouped.sorted { ($0.first, $0.id) < ($1.first, $1.id) }
        case .automatic, .window:
            let window: Int
            if case let .window(days) = source.occurrence { window = days } else { window = windowDays(for: source.frequency) }
            var grouped: [Occurrence] = []
            var open: [String: Int] = [:]  // subject → its open occurrence in `grouped`
            var openAlone: Int?  // the open occurrence when the source names no subjects (no hashing per row)
            // One subject's rows in two calendar periods (Dublin's check on 29 April and its
            // next on 5 May) are two checks, not one spread over the month end.
            let period = source.subject == nil ? nil : calendarPeriod(of: source.frequency)
            for r in records {
                let subject = subjectOf(r)
                if let i = subject == nil ? openAlone : open[subject!], r.day.ordinal - grouped[i].first.ordinal <= window,
                   period.map({ $0(r.day) == $0(grouped[i].first) }) ?? true {
                    grouped[i].last = r.day
                    grouped[i].add(r.id)
                } else {
                    let id = r.id
                    if let subject { open[subject] = grouped.count } else { openAlone = grouped.count }
                    grouped.append(Occurrence(id: id, first: r.day, last: r.day, subject: subject, recordID: id))
                }
            }
            return grouped.sorted { ($0.first, $0.id) < ($1.first, $1.id) }
        }
    }

    /// Which calendar period a day falls in, for the month-based frequencies whose periods
    /// are calendar-aligned (docs/audit-rules.md); nil for the others.
    static func calendarPeriod(of frequency: Frequency?) -> ((Day) -> Int)? {
        let months: Int
        switch frequency?.label {
        case .monthly?: months = 1
        case .bimonthly?: months = 2
        case .quarterly?: months = 3
        case .semiannual?: months = 6
        case .annual?: months = 12
        default: return nil
        }
        return { day in (day.year * 12 + day.month - 1) / months }
    }

    /// The median gap in days between consecutive occurrences, taken within each subject when
    /// the schedule is per subject; nil with fewer than two gaps.
    static func medianGap(_ occurrences: [Occurrence]) -> Double? {
        var gaps: [Double] = []
        for (_, group) in Dictionary(grouping: occurrences, by: { $0.subject ?? "" }) {
            let days = Array(Set(group.map(\.first))).sorted()
            gaps += zip(days.dropFirst(), days).map { Double($0.ordinal - $1.ordinal) }
        }
        guard gaps.count >= 2 else { return nil }
        gaps.sort()
        let mid = gaps.count / 2
        return gaps.count % 2 == 1 ? gaps[mid] : (gaps[mid - 1] + gaps[mid]) / 2
    }
}
