/// One occurrence of a control: what the cadence counts. An access-review campaign is one
/// occurrence however many rows (one per system, over several days) the export gives it.
public struct Occurrence: Sendable, Hashable {
    /// The campaign id, or the first row's id.
    public var id: String
    public var first: Day
    public var last: Day
    /// Whose schedule it keeps (a site, a supplier), when the source names subjects.
    public var subject: String?
    public var recordIDs: [String]
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

    /// `records` are in date order.
    static func group(_ records: [EvidenceRecord], in table: EvidenceTable) -> [Occurrence] {
        let source = table.source
        let subjectOf = { (r: EvidenceRecord) in source.subject.map { CellText.trimmed(table.value($0, in: r)) } }
        switch source.occurrence {
        case .rows:
            return records.map { Occurrence(id: $0.id, first: $0.day, last: $0.day, subject: subjectOf($0), recordIDs: [$0.id]) }
        case let .key(column):
            var order: [String] = []
            var byKey: [String: Occurrence] = [:]
            for r in records {
                let key = CellText.trimmed(table.value(column, in: r)) + "\u{1F}" + (subjectOf(r) ?? "")
                // Mutated in place: a copy taken out of the dictionary and put back copied
                // the record ids on every row, quadratic in an occurrence's rows.
                if byKey[key] != nil {
                    byKey[key]!.last = max(byKey[key]!.last, r.day)
                    byKey[key]!.recordIDs.append(r.id)
                } else {
                    order.append(key)
                    let name = CellText.trimmed(table.value(column, in: r))
                    byKey[key] = Occurrence(id: name.isEmpty ? r.id : name, first: r.day, last: r.day, subject: subjectOf(r), recordIDs: [r.id])
                }
            }
            return order.compactMap { byKey[$0] }.sorted { ($0.first, $0.id) < ($1.first, $1.id) }
        case .automatic, .window:
            let window: Int
            if case let .window(days) = source.occurrence { window = days } else { window = windowDays(for: source.frequency) }
            var open: [String: Occurrence] = [:]
            var done: [Occurrence] = []
            for r in records {
                let subject = subjectOf(r) ?? ""
                if let first = open[subject]?.first, r.day.ordinal - first.ordinal <= window {
                    open[subject]!.last = r.day
                    open[subject]!.recordIDs.append(r.id)
                } else {
                    if let o = open[subject] { done.append(o) }
                    open[subject] = Occurrence(id: r.id, first: r.day, last: r.day, subject: subjectOf(r), recordIDs: [r.id])
                }
            }
            done += open.values
            return done.sorted { ($0.first, $0.id) < ($1.first, $1.id) }
        }
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
