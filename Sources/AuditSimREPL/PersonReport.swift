import AuditSimCore

/// One person's rehearsal report: only their answers, the coaching on each, and their trend
/// across rehearsals, apart from the organisation's gap summary. Plain text (Markdown-ish),
/// so it can be printed, piped or saved.
public struct PersonReport {
    public let person: StaffMember
    public let context: AuditContext
    /// The session reported on, rebuilt from its stored inputs.
    public let session: InterviewSession
    public let sessionID: Int64
    /// All of the person's rehearsals, oldest first, for the trend.
    public let history: [SessionSummary]

    public init(person: StaffMember, context: AuditContext, session: InterviewSession, sessionID: Int64,
                history: [SessionSummary]) {
        self.person = person
        self.context = context
        self.session = session
        self.sessionID = sessionID
        self.history = history
    }

    public func render() -> String {
        var out: [String] = []
        out.append("# Rehearsal report: \(person.addressed)")
        out.append("")
        out.append("Session \(sessionID) at \(context.scenario.organisation.name); "
            + "\(session.turns.filter { $0.answer != nil }.count) of \(session.plan.items.count) questions answered.")
        out.append("")
        out.append("## Your answers")
        for (position, turn) in session.turns.enumerated() where turn.interviewee == person.id {
            let question = session.plan.items.first { $0.question.id == turn.questionID }?.question
            out.append("")
            out.append("### \(turn.control.rawValue): \(turn.asked)")
            out.append("- You said: " + (turn.answer.map { "\"\($0)\"" } ?? "(skipped)"))
            if let i = turn.interpretation { out.append("- Heard: \(i.explanation)") }
            out.append("- Against the records: \(turn.judgement.verdict.phrase). \(turn.judgement.explanation)")
            if let f = turn.followUp {
                out.append("- Follow-up: \(f.asked)")
                out.append("  You said: " + (f.answer.map { "\"\($0)\"" } ?? "(skipped)"))
                if let own = session.followUpJudgements[position] {
                    out.append("  Judged on its own: \(own.verdict.phrase). \(own.explanation)")
                }
            }
            guard let question, turn.answer != nil, turn.judgement.verdict != .consistent else { continue }
            out.append("- Coaching: \(question.looksFor)")
            if let model = context.judge.modelAnswer(for: question) { out.append("- A model answer from your records: \(model)") }
        }
        let raised = session.findings.filter { $0.owner == person.id || $0.owner == nil }
        out.append("")
        out.append("## What an auditor would note from your answers")
        if raised.isEmpty { out.append("Nothing.") }
        for f in raised { out.append("- \(f.grade.title) (\(f.control.rawValue), \(f.rule.rawValue)): \(f.found)") }
        out.append("")
        out.append("## Your trend")
        let rows = history.filter { $0.answered > 0 }
        if rows.isEmpty { out.append("This is your first rehearsal.") }
        for s in rows {
            out.append("- Session \(s.id), \(s.createdAt): \(s.answered) of \(s.questionsTotal) answered, "
                + "\(s.findings) finding\(s.findings == 1 ? "" : "s")" + (s.verdict.map { ", \($0)" } ?? ""))
        }
        if let first = rows.first?.findings, let last = rows.last?.findings, rows.count > 1 {
            out.append(last < first ? "Improving: fewer findings than at first." : last > first ? "More findings than at first." : "Unchanged.")
        }
        return out.joined(separator: "\n") + "\n"
    }
}
