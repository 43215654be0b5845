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
    /// The organisation's findings: what the auditor would write in the report.
    public var findings: [Finding]
    /// What each person could say better: hedged, recited, thin or partly right answers.
    public var coaching: [Finding]
    public var readiness: Readiness

    public init(scenario: Scenario, bank: QuestionBank, tables: [EvidenceTable], answers: AnswerSet?, options: Options = Options()) {
        let context = AuditContext(scenario: scenario, bank: bank, tables: tables, options: options)
        self.init(context: context, session: AuditRun.interview(plan: context.plan(), judge: context.judge, answers: answers))
    }

    /// Runs the interview machine from a script: each scripted answer is put to the person
    /// who gave it (a panel's one by one), an answer the engine cannot read is repeated (a
    /// script cannot rephrase), a follow-up gets the scripted follow-up or is skipped, and an
    /// unanswered question is skipped.
    public static func interview(plan: InterviewPlan, judge: InterviewJudge, answers: AnswerSet?,
                                 mode: InterviewSession.Mode = .audit) -> InterviewSession {
        let (plan, script) = plan.answered(by: answers, scenario: judge.scenario)
        var session = InterviewSession(plan: plan, judge: judge, mode: mode)
        while let prompt = session.prompt {
            let scripted = script[session.index]
            let text = prompt.isFollowUp ? scripted?.followUp : scripted?.text
            guard let text, !text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
                _ = session.skip()
                continue
            }
            if case .reask = session.answer(text) { _ = session.answer(text) }
        }
        return session
    }
}

/// When an auditor follows up: on a contradiction, or when the person was unsure.
public enum FollowUpRule {
    /// `gaps`: whether the records bound to the question show missed periods; a follow-up
    /// that asks about them ("what happened in {gaps}?") is not asked when there are none.
    public static func pick(for question: Question, judgement: Judgement, interpretation: Interpretation?,
                            gaps: Bool = true) -> FollowUp? {
        let contradiction = judgement.verdict == .contradicts
        let unsure = interpretation?.uncertain ?? false || interpretation?.value == nil
        return question.followUps.first { f in
            if !gaps, f.text.contains("{gaps}") { return false }
            switch f.on {
            case .contradiction: return contradiction
            case .unsure: return unsure
            case .any: return contradiction || unsure
            }
        }
    }
}
