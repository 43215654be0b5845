/// The interview as a state machine: it takes an answer and returns what the auditor says
/// next. The same machine runs from a person at a terminal, a scripted answer file, a
/// resumed session (its stored answers replayed) and tests.
public struct InterviewSession: Sendable {
    public enum Mode: String, Sendable, CaseIterable, Codable {
        /// Feedback after every answer.
        case coach
        /// Feedback only at the end, as in the real audit.
        case exam
        /// A lead's mock Stage 1/2: findings as they arise, no coaching.
        case audit
    }

    /// What the auditor is asking now.
    public struct Prompt: Sendable, Hashable {
        public var questionID: String
        public var control: ControlID
        public var interviewee: StaffMember
        public var text: String
        public var isFollowUp: Bool
        /// The answer kind, so a shell can hint at the expected shape.
        public var kind: AnswerKind
        public var looksFor: String
    }

    /// What the session concluded from one input.
    public enum Step: Sendable {
        /// The answer could not be understood; ask again, politely.
        case reask(String)
        /// The answer is recorded; `feedback` is set in coach mode.
        case recorded(InterviewTurn, feedback: String?, findings: [Finding])
        /// A follow-up question is now the prompt.
        case followUp(InterviewTurn, feedback: String?, findings: [Finding])
        /// The question was skipped.
        case skipped(InterviewTurn)
    }

    /// One input the session accepted, in order: the log a store keeps and replays.
    public enum Input: Sendable, Hashable, Codable {
        case answer(String)
        case skip
    }

    public let plan: InterviewPlan
    public let judge: InterviewJudge
    public let mode: Mode
    public private(set) var index = 0
    public private(set) var turns: [InterviewTurn] = []
    public private(set) var findings: [Finding] = []
    public private(set) var inputs: [Input] = []
    private var reasked = false
    private var pendingFollowUp: (turn: InterviewTurn, followUp: FollowUp)?
    /// An answer that allowed two readings, and the question asked back about it.
    private var pendingConfirm: String?
    /// A confirmation was asked for the current question (at most one, beside one re-ask).
    private var confirmAsked = false
    /// The follow-up answers' own judgements, by the position of their turn in `turns` (one
    /// question may be put to more than one person).
    public private(set) var followUpJudgements: [Int: Judgement] = [:]

    public init(plan: InterviewPlan, judge: InterviewJudge, mode: Mode) {
        self.plan = plan
        self.judge = judge
        self.mode = mode
    }

    public var isFinished: Bool { index >= plan.items.count }

    public var prompt: Prompt? {
        guard !isFinished else { return nil }
        let item = plan.items[index]
        if let pending = pendingFollowUp {
            let text = InterviewPlan.fill(pending.followUp.text, question: item.question, who: item.interviewee,
                                          scenario: judge.scenario, resolver: judge.resolver)
            return Prompt(questionID: item.question.id, control: item.question.control, interviewee: item.interviewee,
                          text: text, isFollowUp: true, kind: pending.followUp.answer, looksFor: item.question.looksFor)
        }
        return Prompt(questionID: item.question.id, control: item.question.control, interviewee: item.interviewee,
                      text: item.text, isFollowUp: false, kind: item.question.answer, looksFor: item.question.looksFor)
    }

    /// Progress for `:status`: questions answered or skipped of the total, controls finished.
    public var progress: (question: Int, total: Int, controlsDone: Int, controlsTotal: Int) {
        let controls = plan.items.map(\.question.control)
        let total = Set(controls).count
        let remaining = Set(controls[min(index, controls.count)...])
        return (min(index + 1, plan.items.count), plan.items.count, total - remaining.count, total)
    }

    /// Takes what the person said. Blank input is not an answer: the caller shows the prompt again.
    public mutating func answer(_ text: String) -> Step {
        guard let current = prompt else { return .reask("The interview is over.") }
        let item = plan.items[index]
        inputs.append(.answer(text))
        if let pending = pendingFollowUp {
            var turn = pending.turn
            turn.followUp = (current.text, text)
            let own = judgeFollowUp(text, pending.followUp, question: item.question, speaker: item.interviewee.id)
            followUpJudgements[turns.count] = own.judgement  // the turn `complete` appends next
            return complete(turn, question: item.question, followUp: own)
        }
        var said = text
        var interpretation: Interpretation
        if let original = pendingConfirm {
            // The reply to "Eleven leavers, or eleven per cent?": on its own ("11 out of 11"),
            // or completing what was said ("leavers", "per cent"). Saying the same again
            // (as a script does) leaves it unreadable.
            pendingConfirm = nil
            let same = Self.folded(text) == Self.folded(original)
            let alone = judge.interpret(text, for: item.question, by: item.interviewee.id)
            if !same, alone.value != nil, alone.confirm == nil {
                interpretation = alone
            } else {
                said = same ? original : original + " " + text
                interpretation = judge.interpret(said, for: item.question, by: item.interviewee.id)
            }
            if interpretation.confirm != nil || (same && interpretation.value == nil) {
                interpretation.value = nil
                let judgement = Judgement(verdict: .notAnswered,
                                          explanation: "The answer stayed open to two readings, so it is not graded as read. "
                                              + interpretation.explanation)
                let turn = InterviewTurn(questionID: item.question.id, control: item.question.control, interviewee: item.interviewee.id,
                                         asked: item.text, answer: said, interpretation: interpretation, judgement: judgement)
                return complete(turn, question: item.question)
            }
        } else {
            interpretation = judge.interpret(text, for: item.question, by: item.interviewee.id)
            // Two readings: ask which, as an auditor would, before judging anything.
            if let confirm = interpretation.confirm, !confirmAsked {
                confirmAsked = true
                pendingConfirm = text
                return .reask(confirm)
            }
        }
        // A shape the engine cannot read is asked about once more, as an auditor would.
        if interpretation.value == nil, !interpretation.unknown, !interpretation.unmeasured, item.question.answer != .freeText,
           !reasked, item.question.answer != .person {
            reasked = true
            return .reask(InterviewSession.clarification(for: item.question.answer, explanation: interpretation.explanation))
        }
        let (judgement, source) = judge.judged(interpretation, for: item.question, answer: said, speaker: item.interviewee.id)
        var turn = InterviewTurn(questionID: item.question.id, control: item.question.control, interviewee: item.interviewee.id,
                                 asked: item.text, answer: said, interpretation: interpretation, judgement: judgement)
        turn.heldAgainst = source
        let held = source.flatMap { judge.resolver.facts[$0] } ?? judge.resolver.evidence(for: item.question)
        let gaps = held.map { !$0.schedule.missed.isEmpty } ?? false
        if let follow = FollowUpRule.pick(for: item.question, judgement: judgement, interpretation: interpretation, gaps: gaps) {
            pendingFollowUp = (turn, follow)
            let raised = answerFindings(turn, item.question)
            return .followUp(turn, feedback: feedback(turn, raised, item.question), findings: raised)
        }
        return complete(turn, question: item.question)
    }

    /// A second attempt at an answered question, for practice: read and judged exactly as
    /// the first was, without changing what the session recorded.
    public func practise(_ text: String, again turn: InterviewTurn) -> (interpretation: Interpretation, judgement: Judgement)? {
        guard let item = plan.items.first(where: { $0.question.id == turn.questionID && $0.interviewee.id == turn.interviewee })
        else { return nil }
        let interpretation = judge.interpret(text, for: item.question, by: item.interviewee.id)
        if interpretation.confirm != nil {
            return (interpretation, Judgement(verdict: .notAnswered, explanation: "Not graded: open to two readings."))
        }
        return (interpretation, judge.judge(interpretation, for: item.question, answer: text, speaker: item.interviewee.id))
    }

    private static func folded(_ text: String) -> String {
        Normalizer.normalize(text).words.joined(separator: " ")
    }

    /// A follow-up answer judged as an answer in its own right: read as the follow-up's kind,
    /// against its own talking points, and held against the records when it asks the same
    /// kind of thing as its question.
    func judgeFollowUp(_ text: String, _ follow: FollowUp, question: Question, speaker: String)
        -> (interpretation: Interpretation, judgement: Judgement) {
        var asked = question
        asked.answer = follow.answer
        asked.talkingPoints = follow.talkingPoints
        asked.options = follow.answer == .choice ? question.options : []
        if follow.answer != question.answer { asked.compare = nil }
        asked.followUps = []
        let interpretation = AnswerInterpreter.interpret(
            text, as: follow.answer, in: judge.context(for: asked, kind: follow.answer, points: follow.talkingPoints, speaker: speaker))
        return (interpretation, judge.judge(interpretation, for: asked, answer: text, speaker: speaker))
    }

    public mutating func skip() -> Step {
        guard !isFinished else { return .reask("The interview is over.") }
        let item = plan.items[index]
        inputs.append(.skip)
        var turn = pendingFollowUp?.turn ?? InterviewTurn(
            questionID: item.question.id, control: item.question.control, interviewee: item.interviewee.id, asked: item.text,
            answer: nil, interpretation: nil, judgement: Judgement(verdict: .notAnswered, explanation: "Skipped."))
        if pendingFollowUp != nil {
            turn.followUp = (prompt?.text ?? "", nil)
            let step = complete(turn, question: item.question)
            if case let .recorded(t, _, _) = step { return .skipped(t) }
            return step
        }
        advance(with: turn, raised: [])
        return .skipped(turn)
    }

    /// Rebuilds a session from its stored inputs: the machine is deterministic, so replaying
    /// the log reaches exactly the state it was left in.
    public mutating func replay(_ log: [Input]) {
        for input in log {
            switch input {
            case let .answer(text): _ = answer(text)
            case .skip: _ = skip()
            }
        }
    }

    /// The findings on one answer. On a panel each person's answer raises its own: their ids
    /// name the speaker, so one person's answer never replaces another's.
    private func answerFindings(_ turn: InterviewTurn, _ question: Question) -> [Finding] {
        let found = judge.findings(for: turn, question: question)
        guard plan.isPanel(question.id) else { return found }
        return found.map { f in
            var own = f
            own.id += "-" + turn.interviewee
            return own
        }
    }

    private mutating func complete(_ turn: InterviewTurn, question: Question,
                                   followUp: (interpretation: Interpretation, judgement: Judgement)? = nil) -> Step {
        let raised = answerFindings(turn, question)
        advance(with: turn, raised: raised)
        if let followUp {
            return .recorded(turn, feedback: followUpFeedback(followUp, raised, question), findings: raised)
        }
        return .recorded(turn, feedback: feedback(turn, raised, question), findings: raised)
    }

    /// Coach-mode feedback on a follow-up answer: its own reading and judgement, not the
    /// parent question's again.
    private func followUpFeedback(_ own: (interpretation: Interpretation, judgement: Judgement), _ raised: [Finding],
                                  _ question: Question) -> String? {
        if mode == .audit {
            // The lead sees the follow-up's own outcome, not the first answer's finding again.
            return "Follow-up: \(own.judgement.verdict.phrase). \(own.judgement.explanation)"
        }
        guard mode == .coach else { return nil }
        var lines = ["On your follow-up answer: " + own.interpretation.explanation, own.judgement.explanation]
        switch own.judgement.verdict {
        case .consistent, .cannotCheck: lines.append("That explanation is what an auditor wants to hear.")
        case .partlyConsistent: lines.append("An auditor would want more of the explanation.")
        case .contradicts: lines.append("That still disagrees with the records.")
        case .notAnswered: lines.append("The auditor notes the follow-up as not answered.")
        }
        if !raised.isEmpty {
            lines.append("Taken with the first answer:")
            lines += raised.map { InterviewSession.weight(of: $0) }
        }
        return lines.joined(separator: "\n")
    }

    private mutating func advance(with turn: InterviewTurn, raised: [Finding]) {
        turns.append(turn)
        // A follow-up's findings replace those raised when it was asked.
        findings.removeAll { f in raised.contains { $0.id == f.id } }
        findings += raised
        index += 1
        reasked = false
        pendingFollowUp = nil
        pendingConfirm = nil
        confirmAsked = false
    }

    /// Coach-mode feedback: what was understood, how it compares, what an auditor would
    /// conclude, and how to answer better.
    private func feedback(_ turn: InterviewTurn, _ raised: [Finding], _ question: Question) -> String? {
        guard mode == .coach else { return nil }
        var lines: [String] = []
        if let understood = turn.interpretation?.explanation { lines.append(understood) }
        lines.append(turn.judgement.explanation)
        if raised.isEmpty {
            lines.append("An auditor would accept this answer.")
        } else {
            for f in raised { lines.append(InterviewSession.weight(of: f)) }
            lines.append("To answer better: \(question.looksFor) Quote the records (dates, ids), not the policy.")
        }
        if turn.judgement.verdict != .consistent || !raised.isEmpty, let model = judge.modelAnswer(for: question) {
            lines.append("A model answer from your records: \(model)")
        }
        return lines.joined(separator: "\n")
    }

    /// What the auditor makes of one answer, as JUDGEMENT.md §3 weighs it: coaching for the
    /// person, or a point the auditor notes on awareness or inside a records finding.
    static func weight(of f: Finding) -> String {
        switch f.rule {
        case .hedgedAnswer: return "Coaching: you hedged. State what the records show, with a date or an id."
        case .recitedAnswer: return "Coaching: you recited the document. Say what you actually do, with a real example."
        case .thinAnswer: return "Coaching: a thin answer. Cover the steps, the people and the records."
        case .improvement: return "Coaching: close, but not exact. Check the records before the audit."
        case .unclearAnswer: return "Coaching: the answer was not clear enough to grade. Give the figure, date or name plainly."
        case .answerContradicts:
            return "An auditor would note this against the records: an observation on awareness (7.3) if the records are in "
                + "order, or evidence inside their finding if they are not. Not a nonconformity on its own."
        case .cannotDescribe:
            return "An auditor would note an observation on awareness (7.3): an owner should be able to describe their control."
        default: return "An auditor would raise: \(f.grade.title.lowercased()) (\(f.rule.rawValue))."
        }
    }

    static func clarification(for kind: AnswerKind, explanation: String) -> String {
        let shape: String
        switch kind {
        case .frequency: shape = "how often, for example \"quarterly\" or \"every two weeks\""
        case .date: shape = "when, for example \"30 September\" or \"last month\""
        case .yesNo: shape = "yes, no, or partly"
        case .duration: shape = "how long, for example \"within 24 hours\""
        case .number: shape = "a number"
        case .percent: shape = "a percentage"
        case .person: shape = "who, by name or role"
        case .choice: shape = "one of the options"
        case .freeText: shape = "a description in your own words"
        }
        let understood = explanation.hasSuffix(".") ? String(explanation.dropLast()) : explanation
        return "Sorry, I didn't quite follow (\(understood)). Could you tell me \(shape)? Or say \"I don't know\"."
    }
}
