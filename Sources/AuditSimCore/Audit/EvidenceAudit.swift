/// Stage 2 testing of one evidence source: occurrences against the schedule, the tested
/// records (the whole population, or a sample extended on a failure), timeliness and
/// completion. Each rule that fires is a facet; the facets about one source's records are
/// one issue, judged and worded by `EvidenceIssue` (JUDGEMENT.md §1).
public struct EvidenceAudit: Sendable {
    public var facts: EvidenceFacts
    /// The requirement the records test: the source's declared one, else its first
    /// applicable control.
    public var control: ControlID
    public var plan: SamplingPlan
    /// The records tested: the planned sample, or the whole population.
    public var sample: [EvidenceRecord]
    /// Records added to the sample after a failure in it.
    public var extendedSample: [EvidenceRecord]
    /// Tested record id → failed test ids.
    public var sampleFailures: [String: [String]]
    public var facets: [Facet]
    public var findings: [Finding]

    /// Nil when none of the source's controls is applicable (nothing to audit).
    public init?(table: EvidenceTable, scenario: Scenario, seed: UInt64? = nil) {
        self.init(facts: EvidenceFacts(table: table, organisation: scenario.organisation), scenario: scenario, seed: seed)
    }

    /// From facts already derived (the auditor's file is built once per source).
    public init?(facts: EvidenceFacts, scenario: Scenario, seed: UInt64? = nil) {
        let source = facts.source
        let applicable = { (c: ControlID) in scenario.soaEntry(c)?.applicable ?? true }
        guard let control = source.requirement.flatMap({ applicable($0) ? $0 : nil }) ?? source.controls.first(where: applicable)
        else { return nil }
        let policy = scenario.policy
        self.facts = facts
        self.control = control
        // The population a test samples is the records it applies to: normal changes, for a
        // test of normal changes.
        let tested = facts.testPopulation
        plan = SamplingPlan(size: policy.sampleSize(for: source.frequency, population: facts.testedCount), seed: seed ?? policy.seed)
        switch source.testing {
        case .population:
            sample = tested
            extendedSample = []
        case .sample:
            sample = plan.draw(from: tested, sourceID: source.id)
            let failedFirst = sample.contains { facts.testFailures[$0.id] != nil }
            extendedSample = failedFirst ? plan.extend(sample, from: tested, sourceID: source.id,
                                                   to: plan.size * policy.sampleExtensionFactor) : []
        }
        // Every record was tested: the failures are the population's, without looking each up.
        sampleFailures = source.testing == .population ? facts.testFailures : (sample + extendedSample).reduce(into: [:]) { map, record in
            if let failed = facts.testFailures[record.id] { map[record.id] = failed }
        }
        facets = EvidenceTests(facts: facts, policy: policy, plan: plan, tested: sample, extendedSample: extendedSample,
                               failures: sampleFailures).facets()
        let owner = source.owner ?? scenario.owners(of: control).first?.id
        findings = EvidenceIssue(source: source, control: control, owner: owner,
                                 documented: EvidenceAudit.documentedSource(source, scenario))
            .findings(from: facets, handled: facts.handled.isEmpty ? nil : EvidenceWording(facts: facts).handled)
    }

    private static func documentedSource(_ source: EvidenceSource, _ scenario: Scenario) -> String {
        guard let id = source.documentedIn, let doc = scenario.documents.first(where: { $0.id == id }) else {
            return "the documented procedure"
        }
        return "the \(doc.title)"
    }
}

/// What the records of one source show, rule by rule, each graded in proportion.
struct EvidenceTests {
    let facts: EvidenceFacts
    let policy: AuditPolicy
    let plan: SamplingPlan
    let tested: [EvidenceRecord]
    let extendedSample: [EvidenceRecord]
    let failures: [String: [String]]

    private var source: EvidenceSource { facts.source }
    private var say: EvidenceWording { EvidenceWording(facts: facts) }

    func facets() -> [Facet] {
        var out: [Facet] = []
        switch source.shape {
        case .activities: out += schedule()
        case .events, .inventory:
            if facts.population.isEmpty, source.shape == .events {
                out.append(Facet(rule: .emptyEventLog, grade: .observation, found: say.emptyLog))
            }
        }
        out += recordTests()
        for timing in facts.timings {
            guard let grade = Proportion.lateness(timing, policy: policy) else { continue }
            out.append(Facet(rule: .lateItems, grade: grade, found: say.late(timing),
                             evidence: timing.late.prefix(10).map { say.cite(late: $0) }))
        }
        if let done = facts.completed, let population = facts.completionPopulation,
           let grade = Proportion.completion(done: done, of: population, policy: policy) {
            out.append(Facet(rule: .incompletePopulation, grade: grade, found: say.completion(done, population)))
        }
        return out
    }

    /// Occurrences against the documented schedule: not operating, missed, or drifting.
    private func schedule() -> [Facet] {
        let coverage = facts.schedule
        if facts.occurrences.isEmpty {
            if !coverage.expected.isEmpty {
                return [Facet(rule: .paperControl, grade: .major, found: say.paperControl(due: coverage.expected.count))]
            }
            // Nothing was due yet (an annual test in a young ISMS), or no schedule is set.
            return source.frequency == nil || source.frequency?.label == .adHoc
                ? [Facet(rule: .emptyEventLog, grade: .observation, found: say.emptyLog)] : []
        }
        var out: [Facet] = []
        let covered = coverage.expected.count - coverage.missed.count
        if let grade = Proportion.coverage(covered: covered, expected: coverage.expected.count, policy: policy) {
            out.append(Facet(rule: grade == .major ? .lowCoverage : .missedPeriod, grade: grade,
                             found: say.missed(coverage), evidence: coverage.missed.prefix(12).map {
                                 Citation(kind: .period, reference: $0.name, detail: "no occurrence")
                             } + say.notOccurrencesCitation))
        }
        // A register that schedules each subject itself has no one cadence to drift from.
        if source.nextDue == nil, let documented = source.frequency, let rung = documented.rung, rung >= 0, let cadence = facts.cadence,
           let observed = cadence.rung, observed != rung, facts.medianGapDays != nil {
            // Slower than documented is a lapse; more often than documented only needs the
            // document aligned.
            let ends = [facts.occurrences.first, facts.occurrences.last].compactMap { $0 }
            out.append(Facet(rule: .frequencyDrift, grade: observed > rung ? .minor : .improvement,
                             found: say.drift(cadence, documented),
                             evidence: ends.map { Citation(kind: .record, reference: $0.id, detail: $0.first.description) }))
        }
        return out
    }

    /// Attribute tests over the tested records (population or extended sample).
    private func recordTests() -> [Facet] {
        guard !source.tests.isEmpty else { return [] }
        // Every record a test applies to, or the sample drawn from them.
        let testedCount = source.testing == .population ? facts.testedCount : tested.count
        let total = testedCount + extendedSample.count
        if !failures.isEmpty {
            let grade = Proportion.failures(failures.count, of: total, policy: policy) ?? .minor
            return [Facet(rule: source.testing == .sample ? .sampleFailure : .populationFailures, grade: grade,
                          found: say.failures(failures.count, tested: testedCount, extended: extendedSample.count, total: total,
                                              byTest: failures.values.flatMap { $0 }.reduce(into: [:]) { $0[$1, default: 0] += 1 }),
                          evidence: failures.keys.sorted().prefix(12).map { say.cite(failure: $0, tests: failures[$0]!) })]
        }
        // A sample that passed, while the export holds failures outside it.
        guard source.testing == .sample else { return [] }
        let drawn = Set((tested + extendedSample).map(\.id))
        let outside = facts.testFailures.keys.filter { !drawn.contains($0) }.sorted()
        guard !outside.isEmpty else { return [] }
        let chance = SamplingPlan.detectionProbability(population: facts.testedCount, failures: outside.count, sampleSize: plan.size)
        return [Facet(rule: .populationFailures, grade: .observation, found: say.outside(outside.count, chance: chance, size: plan.size),
                      evidence: outside.prefix(10).map { say.cite(failure: $0, tests: facts.testFailures[$0]!) })]
    }
}
