/// What the records of one source show over the operating period: the "recorded" side of
/// every comparison. Facts keep the record ids they came from so findings can cite them.
public struct EvidenceFacts: Sendable {
    public var source: EvidenceSource
    /// The declared columns, in the order records hold their fields.
    public var columns: [String]
    public var period: DayRange
    /// When open items and ages are measured: the export date, else the audit date.
    public var asOf: Day
    /// Records dated inside the operating period (an inventory: every row), in date order.
    public var population: [EvidenceRecord]
    /// Records before the operating period: not evidence of it, but an answer about last
    /// February is still checked against them.
    public var history: [EvidenceRecord]
    /// Rows that are not occurrences of the control (`counts-when`), dated or not.
    public var notOccurrences: [EvidenceRecord]
    /// Occurrences of the control in the period, grouped from its counting rows.
    public var occurrences: [Occurrence]
    /// The median gap between occurrences; nil with fewer than three.
    public var medianGapDays: Double?
    /// The ladder rung nearest the median gap (or, with one or two occurrences, the count
    /// over the period).
    public var cadence: Frequency?
    /// The cadence comes from the count over the period, not from gaps.
    public var cadenceEstimated: Bool { cadence != nil && medianGapDays == nil }
    public var schedule: ScheduleCoverage
    /// Records without an approver other than their actor.
    public var unapproved: [String]
    public var mostFrequentActor: String?
    public var mostFrequentApprover: String?
    /// One per timeliness rule.
    public var timings: [Timing]
    /// Distinct people with a record, against the population expected to have one.
    public var completed: Int?
    public var completionPopulation: Int?
    /// People with assignments none of which is due yet (completion counted by assignment).
    public var completionNotYetDue: Int?
    /// Record id → ids of the attribute tests it fails (handled exceptions excluded).
    public var testFailures: [String: [String]]
    /// Failed records put right by a passing re-run: (failed, re-run).
    public var handled: [(failed: String, rerun: String)]

    public var isActivity: Bool { source.shape == .activities }
    /// The latest occurrence before the operating period: "we tested in February" can still
    /// be checked against it.
    public var lastBeforePeriod: Day? { history.last(where: \.counts)?.day }
    /// How many of the population's rows count (`counts-when`: the leavers in a joiners-and-
    /// leavers log), and the first and last of them; kept as figures, not a copy of the rows.
    private var counted: (count: Int, first: Day?, last: Day?)
    public var first: Day? { isActivity ? occurrences.first?.first : counted.first }
    public var last: Day? { isActivity ? occurrences.last?.last : counted.last }
    /// Occurrences for a scheduled activity, counting rows for events and inventories.
    public var count: Int { isActivity ? occurrences.count : counted.count }
    /// How many records the attribute tests apply to (a test's `where` picks them: normal
    /// changes for "approved before implementation"): the population a rate is over.
    public var testedCount: Int
    /// Those records, for drawing a sample from; the whole population when no test has a
    /// `where` or every record is tested (no copy of a million rows for a count).
    public var testPopulation: [EvidenceRecord]
    public var expectedPeriods: [DayRange] { schedule.subjectFree ? schedule.expected.map(\.period) : [] }
    public var missedPeriods: [DayRange] { schedule.subjectFree ? schedule.missed.map(\.period) : [] }
    public var coverage: Double? { schedule.ratio }
    /// The first timeliness rule's result, for questions about "the" deadline.
    public var timing: Timing? { timings.first }
    public var approvalRate: Double? {
        source.approverColumn == nil || population.isEmpty ? nil : Double(population.count - unapproved.count) / Double(population.count)
    }
    public var completionRate: Double? {
        guard let completed, let completionPopulation, completionPopulation > 0 else { return nil }
        return min(Double(completed) / Double(completionPopulation), 1)
    }
    /// Records tested: those a test applies to.
    public var testPassRate: Double? {
        source.tests.isEmpty || testedCount == 0 ? nil : Double(testedCount - testFailures.count) / Double(testedCount)
    }

    public init(table: EvidenceTable, organisation: Organisation) {
        let source = table.source, period = organisation.operatingPeriod
        let asOf = min(source.exportedOn ?? organisation.auditDate, organisation.auditDate)
        self.source = source
        columns = table.columns
        self.period = period
        self.asOf = asOf
        // Rows outside the source's scope (a standard supplier in a register audited for its
        // critical ones) are no part of anything below.
        let scope = source.scope.map { CompiledCondition($0, in: table) }
        let inScope = { (r: EvidenceRecord) in scope?.matches(r, in: table) ?? true }
        population = source.scope == nil ? table.population(in: period) : table.population(in: period).filter(inScope)
        history = source.shape == .inventory ? [] : table.records.filter { $0.day < period.start && inScope($0) }
        notOccurrences = population.filter { !$0.counts } + table.setAside.filter(inScope)
        // Closures, not key paths: `\.counts` went through the runtime's key-path projection
        // for each of a million records.
        counted = (population.reduce(0) { $1.counts ? $0 + 1 : $0 }, population.first { $0.counts }?.day,
                   population.last { $0.counts }?.day)
        occurrences = source.shape == .activities ? OccurrenceGrouping.group(population, in: table) : []
        if source.shape == .activities {
            medianGapDays = OccurrenceGrouping.medianGap(occurrences)
            if let gap = medianGapDays {
                cadence = Frequency.nearestRung(toDays: gap)
            } else if !occurrences.isEmpty {
                // Too few occurrences for a gap: what their number over the period implies.
                let days = Double(period.start.days(until: period.end) + 1)
                cadence = occurrences.count >= 2 ? Frequency.nearestRung(toDays: days / Double(occurrences.count)) : nil
            }
            let past = OccurrenceGrouping.group(history, in: table)
            var anchors: [String: Day] = [:]
            if let subject = source.subject, let anniversary = source.anniversary {
                for r in table.records where inScope(r) {
                    guard let day = table.day(anniversary.column, in: r) else { continue }
                    let name = CellText.trimmed(table.value(subject, in: r))
                    anchors[name] = min(anchors[name] ?? day, day)
                }
            }
            var nextDue: [String: Day] = [:]
            if let column = source.nextDue {
                for r in table.records where inScope(r) { if let day = table.day(column, in: r) { nextDue[r.id] = day } }
            }
            schedule = ScheduleCoverage.of(source, occurrences: past + occurrences, anchors: anchors, nextDue: nextDue,
                                           period: period, asOf: asOf)
        } else {
            schedule = ScheduleCoverage(expected: [], missed: [])
        }

        var unapproved: [String] = []
        var actors = CellTally(), approverCells = CellTally()
        // Each distinct approver cell is split once: a million rows hold a few hundred, and
        // splitting each record's cell into a list was a fifteenth of the run. One split
        // serves both the count of approvers and the check that someone other than the actor
        // approved.
        var names: [String: [String]] = [:]
        var lastCell: String?, lastNames: [String] = []
        // Positions found once (`table.value` looks the column up by name); an undeclared column reads empty.
        let actorAt = source.actorColumn.flatMap(table.position), approverAt = source.approverColumn.flatMap(table.position)
        for record in population {
            let actor = actorAt.flatMap { record.field($0) }?.trimmedCell ?? ""
            actors.add(actor)
            if source.approverColumn != nil {
                let cell = approverAt.flatMap { record.field($0) } ?? ""
                approverCells.add(cell)
                if cell != lastCell {
                    if let known = names[cell] {
                        lastNames = known
                    } else {
                        lastNames = AttributeTesting.approvers(in: cell)
                        names[cell] = lastNames
                    }
                    lastCell = cell
                }
                if !lastNames.contains(where: { !CellText.sameLowercased($0, actor) }) { unapproved.append(record.id) }
            }
        }
        var actorCounts = actors.finish()
        actorCounts[""] = nil  // rows with no actor name nobody
        var approvers: [String: Int] = [:]
        for (cell, records) in approverCells.finish() {
            for name in names[cell] ?? [] { approvers[name, default: 0] += records }
        }
        self.unapproved = unapproved
        mostFrequentActor = EvidenceFacts.mode(actorCounts)
        mostFrequentApprover = EvidenceFacts.mode(approvers)
        let tested = population
        timings = source.timeliness.map { Timing.measure($0, in: table, population: tested, asOf: asOf) }
        let tests = EvidenceFacts.test(tested, in: table, asOf: asOf, keepTested: source.testing == .sample)
        (testFailures, handled, testedCount) = (tests.failures, tests.handled, tests.tested)
        testPopulation = tests.testedRecords ?? population
        if let completion = source.completion, completion.byAssignment {
            let count = CompletionCounting.byAssignment(completion, in: table, asOf: asOf, personsInScope: organisation.personsInScope)
            (completed, completionPopulation, completionNotYetDue) = (count.done, count.population, count.notYetDue)
        } else if let completion = source.completion {
            completed = Set(tested.map { table.value(completion.column, in: $0).trimmedCell.lowercased() }.filter { !$0.isEmpty }).count
            switch completion.population {
            case .personsInScope: completionPopulation = organisation.personsInScope
            case let .count(n): completionPopulation = n
            case .assigned: break  // counted by assignment above
            }
        }
    }

    /// What the attribute tests found over `population`.
    struct TestResults {
        var failures: [String: [String]]
        var handled: [(failed: String, rerun: String)]
        /// Records at least one test applies to (its `where` selects them).
        var tested: Int
        /// Those records, when asked for and some test has a `where` that leaves records
        /// out; nil otherwise (the population itself).
        var testedRecords: [EvidenceRecord]?
    }

    /// Applies the attribute tests in one pass, counting the records they apply to; a
    /// failure re-run successfully for the same subject within the declared window is a
    /// handled exception, not a failure.
    static func test(_ population: [EvidenceRecord], in table: EvidenceTable, asOf: Day, keepTested: Bool = false) -> TestResults {
        // Failed positions in order, and the tests each failed.
        var failed: [Int] = [], failedTests: [[String]] = []
        let tests = CompiledTests(table: table, asOf: asOf)
        let filtered = table.source.tests.contains { $0.filter != nil }
        var tested = 0
        var testedRecords: [EvidenceRecord]? = filtered && keepTested ? [] : nil
        for (i, record) in population.enumerated() {
            let result = tests.result(of: record)
            if result.applies {
                tested += 1
                testedRecords?.append(record)
            }
            if !result.failed.isEmpty {
                failed.append(i)
                failedTests.append(result.failed)
            }
        }
        if testedRecords?.count == population.count { testedRecords = nil }
        let reruns = table.source.handledExceptions.map { Reruns.find(failed: failed, in: population, table: table, rule: $0) } ?? [:]
        var failures: [String: [String]] = [:]
        var handled: [(failed: String, rerun: String)] = []
        for (i, tests) in zip(failed, failedTests) {
            if let rerun = reruns[i] { handled.append((population[i].id, population[rerun].id)) } else { failures[population[i].id] = tests }
        }
        return TestResults(failures: failures, handled: handled, tested: filtered ? tested : population.count,
                           testedRecords: testedRecords)
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
}

extension ScheduleCoverage {
    /// One schedule for the whole control (no subjects).
    var subjectFree: Bool { expected.allSatisfy { $0.subject == nil } && missed.allSatisfy { $0.subject == nil } }
}
