/// What the records of one source show over the operating period: the "recorded" side of
/// every comparison. Facts keep the record ids they came from so findings can cite them.
public struct EvidenceFacts: Sendable {
    public struct Timing: Sendable, Hashable {
        public var limitHours: Double
        public var medianHours: Double?
        public var worstHours: Double?
        /// Records measured (both dates present, or still open past the limit).
        public var measured: Int
        public var withinLimit: Int
        /// Late or still open past the limit, with the hours taken (nil: still open).
        public var late: [(id: String, hours: Double?)]

        public var onTimeRate: Double? { measured == 0 ? nil : Double(withinLimit) / Double(measured) }

        public static func == (a: Timing, b: Timing) -> Bool {
            a.limitHours == b.limitHours && a.medianHours == b.medianHours && a.measured == b.measured
                && a.late.map(\.id) == b.late.map(\.id)
        }
        public func hash(into h: inout Hasher) { h.combine(measured); h.combine(withinLimit) }
    }

    public var source: EvidenceSource
    public var period: DayRange
    /// Records dated inside the operating period, in date order.
    public var population: [EvidenceRecord]
    public var first: Day? { population.first?.day }
    public var last: Day? { population.last?.day }
    public var count: Int { population.count }
    /// The median gap between distinct record days; nil with fewer than 3 records.
    public var medianGapDays: Double?
    /// The ladder rung nearest the median gap.
    public var cadence: Frequency?
    public var expectedPeriods: [DayRange]
    public var missedPeriods: [DayRange]
    /// Records without an approver, or approved by their own actor.
    public var unapproved: [String]
    public var mostFrequentActor: String?
    public var mostFrequentApprover: String?
    public var timing: Timing?
    /// Distinct people with a record, against the population expected to have one.
    public var completed: Int?
    public var completionPopulation: Int?
    /// Record id → ids of the attribute tests it fails.
    public var testFailures: [String: [String]]

    public var coverage: Double? {
        expectedPeriods.isEmpty ? nil : Double(expectedPeriods.count - missedPeriods.count) / Double(expectedPeriods.count)
    }
    public var approvalRate: Double? {
        source.approverColumn == nil || count == 0 ? nil : Double(count - unapproved.count) / Double(count)
    }
    public var completionRate: Double? {
        guard let completed, let completionPopulation, completionPopulation > 0 else { return nil }
        return min(Double(completed) / Double(completionPopulation), 1)
    }
    public var testPassRate: Double? {
        source.tests.isEmpty || count == 0 ? nil : Double(count - testFailures.count) / Double(count)
    }

    public init(table: EvidenceTable, organisation: Organisation) {
        let source = table.source, period = organisation.operatingPeriod
        let population = table.population(in: period)
        self.source = source
        self.period = period
        self.population = population
        let days = Array(Set(population.map(\.day))).sorted()
        if days.count >= 3 {
            let gaps = zip(days.dropFirst(), days).map { Double($0.ordinal - $1.ordinal) }.sorted()
            let mid = gaps.count / 2
            medianGapDays = gaps.count % 2 == 1 ? gaps[mid] : (gaps[mid - 1] + gaps[mid]) / 2
            cadence = Frequency.nearestRung(toDays: medianGapDays!)
        }
        let expected = source.frequency.map { ExpectedPeriods.of($0, over: period) } ?? []
        // Records before the operating period are not evidence of it (docs/audit-rules.md).
        let recordDays = population.map(\.day)
        expectedPeriods = expected
        missedPeriods = expected.filter { p in !EvidenceFacts.any(recordDays, in: p) }

        var unapproved: [String] = []
        var actors: [String: Int] = [:], approvers: [String: Int] = [:]
        var failures: [String: [String]] = [:]
        for record in population {
            let actor = source.actorColumn.map { table.value($0, in: record).trimmedCell } ?? ""
            if !actor.isEmpty { actors[actor, default: 0] += 1 }
            if let column = source.approverColumn {
                let approver = table.value(column, in: record).trimmedCell
                if !approver.isEmpty { approvers[approver, default: 0] += 1 }
                if !AttributeTesting.isFilled(approver) || approver.lowercased() == actor.lowercased() { unapproved.append(record.id) }
            }
            let failed = AttributeTesting.failures(of: record, in: table)
            if !failed.isEmpty { failures[record.id] = failed }
        }
        self.unapproved = unapproved
        mostFrequentActor = EvidenceFacts.mode(actors)
        mostFrequentApprover = EvidenceFacts.mode(approvers)
        testFailures = failures
        timing = source.timeliness.map { EvidenceFacts.timing($0, table: table, population: population, today: organisation.auditDate) }
        if let completion = source.completion {
            completed = Set(population.map { table.value(completion.column, in: $0).lowercased() }.filter { !$0.isEmpty }).count
            switch completion.population {
            case .personsInScope: completionPopulation = organisation.personsInScope
            case let .count(n): completionPopulation = n
            }
        }
    }

    /// Days are sorted, so a binary search finds whether any falls in the period.
    static func any(_ days: [Day], in period: DayRange) -> Bool {
        var low = 0, high = days.count
        while low < high {
            let mid = (low + high) / 2
            if days[mid] < period.start { low = mid + 1 } else { high = mid }
        }
        return low < days.count && days[low] <= period.end
    }

    static func mode(_ counts: [String: Int]) -> String? {
        counts.max { ($0.value, $1.key) < ($1.value, $0.key) }?.key
    }

    static func timing(_ rule: Timeliness, table: EvidenceTable, population: [EvidenceRecord], today: Day) -> Timing {
        var hours: [Double] = []
        var late: [(String, Double?)] = []
        var measured = 0, within = 0
        let format = table.source.dateFormat
        for record in population {
            let fromText = table.value(rule.from, in: record).trimmedCell
            guard let start = format.parse(fromText) else { continue }
            if let elapsed = AttributeTesting.hoursBetween(rule.from, rule.to, record, table) {
                measured += 1
                hours.append(elapsed)
                if elapsed <= rule.withinHours { within += 1 } else { late.append((record.id, elapsed)) }
            } else {
                // Still open: late once the limit has passed by the audit date.
                let open = Double((today.ordinal - start.day.ordinal) * 24)
                if open > rule.withinHours {
                    measured += 1
                    late.append((record.id, nil))
                }
            }
        }
        hours.sort()
        let median = hours.isEmpty ? nil : (hours.count % 2 == 1 ? hours[hours.count / 2]
            : (hours[hours.count / 2 - 1] + hours[hours.count / 2]) / 2)
        return Timing(limitHours: rule.withinHours, medianHours: median, worstHours: hours.last, measured: measured,
                      withinLimit: within, late: late)
    }
}
