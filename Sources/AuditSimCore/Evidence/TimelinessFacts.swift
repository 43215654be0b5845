/// What one timeliness rule shows over a population: how many items it measured, which were
/// late (or are still open past their limit), per category when the limit is tiered.
public struct Timing: Sendable {
    public struct Late: Sendable, Hashable {
        public var id: String
        /// Hours taken; nil while still open.
        public var hours: Double?
        /// The category whose limit applied ("high").
        public var category: String?
        public var limit: Timeliness.Span
    }

    public struct Tier: Sendable, Hashable {
        public var category: String
        public var limit: Timeliness.Span
        public var measured: Int
        public var late: Int
        public var medianHours: Double?
    }

    public var rule: Timeliness
    public var medianHours: Double?
    public var worstHours: Double?
    /// Items measured: both dates present, or still open past the limit.
    public var measured: Int
    public var withinLimit: Int
    public var late: [Late]
    /// Open items still inside their limit at the export date.
    public var openWithin: Int
    /// One entry per category, in the order the limits were declared (sorted by name).
    public var tiers: [Tier]

    public var onTimeRate: Double? { measured == 0 ? nil : Double(withinLimit) / Double(measured) }
    /// The single limit in hours, when there is one.
    public var limitHours: Double? { rule.withinHours }

    /// The time an answer about "how long it takes" is held against: with tiered limits, the
    /// most urgent tier's median ("how long does a critical take?"), not a blend of all tiers.
    public var typicalHours: Double? {
        let urgent = tiers.filter { $0.medianHours != nil }.min { Timing.hours($0.limit) < Timing.hours($1.limit) }
        return urgent?.medianHours ?? medianHours
    }

    static func hours(_ span: Timeliness.Span) -> Double {
        switch span {
        case let .hours(h): h
        case let .workingDays(d): Double(d) * 24 * 7 / 5
        }
    }

    /// The worst share of late items in any one tier (or overall without tiers).
    public var worstLateShare: Double {
        let shares = tiers.filter { $0.measured > 0 }.map { Double($0.late) / Double($0.measured) }
        if let worst = shares.max() { return worst }
        return measured == 0 ? 0 : Double(late.count) / Double(measured)
    }

    static func median(_ values: [Double]) -> Double? {
        let v = values.sorted()
        guard !v.isEmpty else { return nil }
        return v.count % 2 == 1 ? v[v.count / 2] : (v[v.count / 2 - 1] + v[v.count / 2]) / 2
    }

    static func measure(_ rule: Timeliness, in table: EvidenceTable, population: [EvidenceRecord], asOf: Day) -> Timing {
        var hours: [Double] = []
        var late: [Late] = []
        var measured = 0, within = 0, openWithin = 0
        var tierCounts: [String: (Int, Int)] = [:]
        var tierHours: [String: [Double]] = [:]
        // Exports are pulled during the day: an open item is late once its limit had passed
        // at the start of the export day.
        let asOfMoment = asOf.ordinal * 1440
        // Both moments are read once per record below; whether they carry a time, once per rule.
        let timed = AttributeTesting.isTimed(rule.from, rule.to, table.source)
        let filter = rule.filter.map { CompiledCondition($0, in: table) }
        let categories = rule.limit.byColumn.map { TierColumn($0, limits: rule.limit.byCategory, in: table) }
        for record in population {
            if filter?.matches(record, in: table) == false { continue }
            let category = categories?.category(of: record, in: table)
            guard let limit = category.map({ rule.limit.byCategory[$0] }) ?? rule.limit.span else { continue }
            guard let start = table.moment(rule.from, in: record) else { continue }
            let end = table.moment(rule.to, in: record)
            // "N/A": the step does not apply to this row (no WMS account to disable).
            if end == nil, CellText.isNotApplicable(table.value(rule.to, in: record)) { continue }
            let isLate: Bool
            var taken: Double?
            switch limit {
            case let .hours(h):
                if let end {
                    let elapsed = AttributeTesting.hours(from: start, to: end, timed: timed)
                    taken = elapsed
                    isLate = elapsed > h
                } else {
                    isLate = Double(asOfMoment - start) / 60 > h
                }
            case let .workingDays(d):
                // Working days at the row's own site: Belfast's holidays for a Belfast leaver.
                let clock = table.source.siteColumn.map { table.clock.at(site: table.value($0, in: record)) } ?? table.clock
                let from = table.day(rule.from, in: record) ?? record.day
                if let endsAt = rule.endsAt, let end {
                    // "By 17:30 on the next working day": the day and time where it was done.
                    let (day, minutes) = clock.local(end)
                    taken = Double(end - start) / 60
                    let days = clock.workingDays(from: from, to: day)
                    // Done on a weekend or holiday after the last working day allowed is late too.
                    isLate = days > d || days == d && (minutes > endsAt || !clock.isWorkingDay(day))
                } else if let to = table.day(rule.to, in: record) {
                    taken = Double(end! - start) / 60
                    isLate = clock.workingDays(from: from, to: to) > d
                } else {
                    isLate = clock.workingDays(from: from, to: asOf) > d
                }
            }
            if end == nil, !isLate { openWithin += 1; continue }
            measured += 1
            if let taken { hours.append(taken) }
            if isLate {
                late.append(Late(id: record.id, hours: taken, category: category, limit: limit))
            } else {
                within += 1
            }
            // Per tier only when the limit is tiered (a rule with one limit has no tiers).
            if let category {
                if let taken { tierHours[category, default: []].append(taken) }
                tierCounts[category, default: (0, 0)].0 += 1
                if isLate { tierCounts[category, default: (0, 0)].1 += 1 }
            }
        }
        hours.sort()
        let tiers = rule.limit.byCategory.keys.sorted().map { c in
            Tier(category: c, limit: rule.limit.byCategory[c]!, measured: tierCounts[c]?.0 ?? 0, late: tierCounts[c]?.1 ?? 0,
                 medianHours: median(tierHours[c] ?? []))
        }
        return Timing(rule: rule, medianHours: median(hours), worstHours: hours.last, measured: measured, withinLimit: within,
                      late: late, openWithin: openWithin, tiers: tiers)
    }
}

/// The column that picks a row's limit ("severity" for critical, high …), resolved once:
/// its position and each category as bytes, so the category of a million rows is found
/// without a normalised `String` per row. A cell outside ASCII is read as `CellText.normalised`.
private struct TierColumn {
    private let column: String
    private let position: Int?
    /// Each category with a limit, and its trimmed lower-cased bytes when ASCII.
    private let known: [(name: String, bytes: [UInt8])]
    /// Whether every category has a byte form (else every row takes the `String` path).
    private let compiled: Bool

    init(_ column: String, limits: [String: Timeliness.Span], in table: EvidenceTable) {
        self.column = column
        position = table.position(column)
        let names = limits.keys.sorted()
        let bytes = names.map { name in CellText.normalised(name) == name ? CellBytes.pattern(name) : nil }
        compiled = !bytes.contains(nil)
        known = zip(names, bytes).map { ($0, $1 ?? []) }
    }

    /// The normalised category of `record`'s cell, as `CellText.normalised` gives it when it
    /// names no known category (it then has no limit).
    func category(of record: EvidenceRecord, in table: EvidenceTable) -> String {
        if compiled, let position, let name = CellBytes.cell(record, position, { cell in
            known.first { CellBytes.lowerEquals(cell, $0.bytes) }?.name ?? (cell.isEmpty ? "" : nil)
        }) {
            return name
        }
        return CellText.normalised(table.value(column, in: record))
    }
}
