/// A whole mock audit over a scenario: Stage 1 document review, Stage 2 evidence testing,
/// interviews answered from a script, escalation and the readiness verdict. Pure: the same
/// files, answers and seed give the same result.
public struct AuditRun: Sendable {
    public struct Options: Sendable {
        public var stages: Set<Stage>
        public var controls: Set<ControlID>?
        public var seed: UInt64?

        public init(stages: Set<Stage> = [.documentation, .operational], controls: Set<ControlID>? = nil, seed: UInt64? = nil) {
            self.stages = stages
            self.controls = controls
            self.seed = seed
        }
    }

    public var scenario: Scenario
    public var bank: QuestionBank
    public var options: Options
    public var stage1: Stage1Review?
    public var evidence: [EvidenceAudit]
    public var turns: [InterviewTurn]
    public var findings: [Finding]
    public var readiness: Readiness

    public init(scenario: Scenario, bank: QuestionBank, tables: [EvidenceTable], answers: AnswerSet?, options: Options = Options()) {
        self.scenario = scenario
        self.bank = bank
        self.options = options
        let inScope = { (control: ControlID) in options.controls?.contains(control) ?? true }
        stage1 = options.stages.contains(.documentation) ? Stage1Review.run(scenario: scenario, bank: bank) : nil
        let audits = options.stages.contains(.operational)
            ? tables.compactMap { EvidenceAudit(table: $0, scenario: scenario, seed: options.seed) }.filter { inScope($0.control) }
            : []
        evidence = audits
        let facts = Dictionary(tables.map { ($0.source.id, EvidenceFacts(table: $0, organisation: scenario.organisation)) },
                               uniquingKeysWith: { a, _ in a })
        let resolver = ReferenceResolver(scenario: scenario, facts: facts)
        let judge = InterviewJudge(scenario: scenario, resolver: resolver)
        let plan = InterviewPlan.make(scenario: scenario, bank: bank, stages: options.stages, controls: options.controls, resolver: resolver)
        var turns: [InterviewTurn] = []
        var raised: [Finding] = (stage1?.findings ?? []) + audits.flatMap(\.findings)
        for item in plan.items {
            let scripted = answers?.answers[item.question.id]
            let turn = AuditRun.turn(item, scripted: scripted, judge: judge, resolver: resolver, scenario: scenario)
            turns.append(turn)
            raised += judge.findings(for: turn, question: item.question)
        }
        self.turns = turns
        let escalated = Escalation.apply(raised, policy: scenario.policy) { scenario.owners(of: $0).first?.id }
        findings = escalated.sorted { ($0.grade, $0.control, $0.id) < ($1.grade, $1.control, $1.id) }
        readiness = Readiness(findings: findings, scenario: scenario, bank: bank)
    }

    static func turn(_ item: InterviewPlan.Item, scripted: AnswerSet.Answer?, judge: InterviewJudge,
                     resolver: ReferenceResolver, scenario: Scenario) -> InterviewTurn {
        guard let scripted, !scripted.text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
            return InterviewTurn(questionID: item.question.id, control: item.question.control, interviewee: item.interviewee.id,
                                 asked: item.text, answer: nil, interpretation: nil,
                                 judgement: Judgement(verdict: .notAnswered, explanation: "Not answered."))
        }
        let interpretation = judge.interpret(scripted.text, for: item.question)
        let judgement = judge.judge(interpretation, for: item.question, answer: scripted.text)
        var turn = InterviewTurn(questionID: item.question.id, control: item.question.control, interviewee: item.interviewee.id,
                                 asked: item.text, answer: scripted.text, interpretation: interpretation, judgement: judgement)
        if let follow = FollowUpRule.pick(for: item.question, judgement: judgement, interpretation: interpretation) {
            let asked = InterviewPlan.fill(follow.text, question: item.question, who: item.interviewee, scenario: scenario, resolver: resolver)
            turn.followUp = (asked, scripted.followUp)
        }
        return turn
    }
}

/// When an auditor follows up: on a contradiction, or when the person was unsure.
public enum FollowUpRule {
    public static func pick(for question: Question, judgement: Judgement, interpretation: Interpretation?) -> FollowUp? {
        let contradiction = judgement.verdict == .contradicts
        let unsure = interpretation?.uncertain ?? false || interpretation?.value == nil
        return question.followUps.first { f in
            switch f.on {
            case .contradiction: contradiction
            case .unsure: unsure
            case .any: contradiction || unsure
            }
        }
    }
}
