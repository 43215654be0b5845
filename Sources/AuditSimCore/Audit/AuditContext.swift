/// What an audit is built from, made once: the Stage 1 review, the evidence audits, the
/// facts the auditor holds and the judge that weighs answers. A scripted run and an
/// interactive session share it, so a session at the terminal ends in the same findings
/// a script with the same answers would.
public struct AuditContext: Sendable {
    public var scenario: Scenario
    public var bank: QuestionBank
    public var options: AuditRun.Options
    public var stage1: Stage1Review?
    public var evidence: [EvidenceAudit]
    public var resolver: ReferenceResolver
    public var judge: InterviewJudge

    public init(scenario: Scenario, bank: QuestionBank, tables: [EvidenceTable], options: AuditRun.Options = .init()) {
        self.scenario = scenario
        self.bank = bank
        self.options = options
        let inScope = { (control: ControlID) in options.controls?.contains(control) ?? true }
        stage1 = options.stages.contains(.documentation) ? Stage1Review.run(scenario: scenario, bank: bank) : nil
        let derived = tables.map { EvidenceFacts(table: $0, organisation: scenario.organisation) }
        evidence = options.stages.contains(.operational)
            ? derived.compactMap { EvidenceAudit(facts: $0, scenario: scenario, seed: options.seed) }.filter { inScope($0.control) }
            : []
        let facts = Dictionary(derived.map { ($0.source.id, $0) }, uniquingKeysWith: { a, _ in a })
        var resolver = ReferenceResolver(scenario: scenario, facts: facts)
        // The records before the operating period, so a date from earlier history is still
        // held against the records (`earlierRecords` reads no others): not a copy of every id.
        let since = scenario.organisation.operatingSince
        resolver.history = Dictionary(tables.map { table in
            (table.source.id, table.records.compactMap { $0.day < since ? ($0.id, $0.day) : nil })
        }, uniquingKeysWith: { a, _ in a })
        self.resolver = resolver
        judge = InterviewJudge(scenario: scenario, resolver: resolver, thesaurus: bank.synonyms)
    }

    /// The sampling seed actually used: the one asked for, else the scenario's.
    public var seed: UInt64 { options.seed ?? scenario.policy.seed }

    /// The interview plan; `person` (a staff id) narrows it to one person's rehearsal.
    public func plan(only person: String? = nil) -> InterviewPlan {
        InterviewPlan.make(scenario: scenario, bank: bank, stages: options.stages, controls: options.controls,
                           only: person, resolver: resolver)
    }

    /// What the interview adds to the recorded findings, and the coaching it leaves.
    public func weigh(interview: [Finding], interviewed: Set<String>) -> InterviewEvidence {
        let recorded = (stage1?.findings ?? []) + evidence.flatMap(\.findings)
        var bound: [String: Set<ControlID>] = [:]
        var sources: [String: String] = [:]
        for audit in evidence {
            for finding in audit.findings {
                bound[finding.id] = Set(audit.facts.source.controls)
                sources[finding.id] = audit.facts.source.id
            }
        }
        let people = interviewed.isEmpty ? Set(interview.compactMap(\.person)) : interviewed
        return InterviewEvidence(interview: interview, recorded: recorded, boundControls: bound, scenario: scenario,
                                 interviewed: people, recordedSources: sources)
    }

    /// Escalation and the report order, for any set of findings (a rehearsal's alone).
    public static func escalate(_ raised: [Finding], scenario: Scenario) -> [Finding] {
        let escalated = Escalation.apply(raised, policy: scenario.policy) { scenario.owners(of: $0).first?.id }
        return escalated.sorted { ($0.grade, $0.control, $0.id) < ($1.grade, $1.control, $1.id) }
    }

    /// The controls and clauses the audit examined: those with evidence bound, those asked
    /// about and answered, and at Stage 1 every clause the document review covers.
    public func assessed(turns: [InterviewTurn]) -> Set<ControlID> {
        var out = Set(evidence.flatMap { $0.facts.source.controls })
        out.formUnion(turns.filter { $0.answer != nil }.map(\.control))
        if stage1 != nil {
            out.formUnion(bank.controls.filter { $0.kind == .requirement }.map(\.id))
        }
        return out
    }

    /// The evidence facts the auditor holds for a control, one per bound source.
    public func facts(for control: ControlID) -> [EvidenceFacts] {
        scenario.sources(for: control).compactMap { resolver.facts[$0.id] }
    }
}

extension AuditRun {
    /// The run an interactive session amounts to, finished or not: the same findings and
    /// readiness a scripted run with the same answers gives.
    public init(context: AuditContext, session: InterviewSession) {
        self.scenario = context.scenario
        self.bank = context.bank
        self.options = context.options
        self.stage1 = context.stage1
        self.evidence = context.evidence
        self.turns = session.turns
        let interviewed = Set(session.turns.filter { $0.answer != nil }.map(\.interviewee))
        let weighed = context.weigh(interview: session.findings, interviewed: interviewed)
        self.coaching = weighed.coaching
        self.findings = AuditContext.escalate(weighed.findings, scenario: context.scenario)
        self.readiness = Readiness(findings: findings, scenario: context.scenario, bank: context.bank,
                                   assessed: context.assessed(turns: session.turns), stage1: context.stage1?.decision)
    }
}
