import AuditSimCore

/// The end of a session: findings by grade, the verdict, and where to go next. A rehearsal
/// is judged on the answers alone; a lead's audit session on everything (Stage 1, the
/// evidence and the interviews), exactly as a scripted run would be.
public struct InterviewSummary {
    public let context: AuditContext
    public let session: InterviewSession
    public let person: StaffMember?
    /// The interview's own findings, escalated: what the store keeps per session.
    public let interviewFindings: [Finding]
    /// What the verdict rests on.
    public let findings: [Finding]
    public let readiness: Readiness

    public init(context: AuditContext, session: InterviewSession, person: StaffMember?) {
        self.context = context
        self.session = session
        self.person = person
        interviewFindings = AuditContext.escalate(session.findings, scenario: context.scenario)
        if session.mode == .audit {
            let run = AuditRun(context: context, session: session)
            findings = run.findings
            readiness = run.readiness
        } else {
            findings = interviewFindings
            readiness = Readiness(findings: findings, scenario: context.scenario, bank: context.bank)
        }
    }

    public var verdict: Readiness.Verdict { readiness.verdict }

    /// `storeOption` is " --store PATH" when the store is not the default, so every command
    /// shown can be pasted as it is.
    public func show(on screen: Screen, sessionID: Int64, storeOption: String = "") {
        let style = screen.style
        let answered = session.turns.filter { $0.answer != nil }.count
        screen.line()
        screen.line(style.bold("Summary"))
        screen.line("\(plural(session.turns.count, "question")) asked, \(answered) answered, \(session.turns.count - answered) skipped.")
        if session.mode == .exam { review(on: screen) }
        screen.line()
        // A rehearsal's points are weighed as the audit weighs them: some an auditor would note
        // (on awareness, or inside a records finding), the rest coaching for the person.
        let coachingRules: Set<FindingRule> = [.hedgedAnswer, .recitedAnswer, .thinAnswer, .improvement]
        let shown = person == nil ? findings : findings.filter { !coachingRules.contains($0.rule) }
        let coaching = person == nil ? [] : findings.filter { coachingRules.contains($0.rule) }
        if shown.isEmpty {
            screen.line(person == nil ? "No findings." : "Nothing an auditor would note from your answers.")
        } else if person != nil {
            screen.line("What an auditor would note from your answers (an observation on awareness, 7.3, where your records "
                + "are in order; supporting evidence where they are not; never a nonconformity on its own):")
            for f in shown { screen.paragraph(f.found, first: "    \(f.control.rawValue)  ", rest: "      ") }
        } else {
            screen.line(person == nil ? "Findings from the documents, the records and the interviews:"
                : "What an auditor would raise from your answers:")
            for grade in Grade.allCases {
                let graded = findings.filter { $0.grade == grade }
                guard !graded.isEmpty else { continue }
                let heading = "  \(grade.plural) (\(graded.count))"
                screen.line(grade.isNonconformity ? style.bold(heading) : heading)
                for f in graded { screen.paragraph(f.found, first: "    \(f.control.rawValue)  ", rest: "      ") }
            }
        }
        if !coaching.isEmpty {
            screen.line()
            screen.line("Coaching (\(coaching.count)): hedged, recited, thin or nearly right answers, for you, not the audit report:")
            for f in coaching { screen.paragraph(f.found, first: "    \(f.control.rawValue)  ", rest: "      ") }
        }
        screen.line()
        screen.heading(verdictLine)
        screen.line()
        screen.line("Transcript: auditsim show \(sessionID)\(storeOption)")
        screen.paragraph("Report of this session's answers: auditsim report \(sessionID)\(storeOption) -o session-\(sessionID).html "
            + "(or --format md, csv, json, oscal).")
        if person != nil {
            screen.paragraph("Practise again what needs it: auditsim rehearse --as \(person!.id) --retry-findings\(storeOption)")
        }
    }

    var verdictLine: String {
        if person == nil {
            return "Verdict: \(verdict.title) (readiness \(readiness.overall)/100)."
        }
        // One person's answers are evidence, not verdicts (JUDGEMENT.md §3): the most they give
        // the organisation is an observation on awareness, or support for a records finding.
        let noted = findings.filter { [.answerContradicts, .cannotDescribe].contains($0.rule) }.count
        let coached = findings.count - noted
        if noted > 0 {
            return "Verdict: an auditor would note \(noted == 1 ? "one answer" : "\(noted) answers") against your records "
                + "(an observation on awareness, not a nonconformity on its own). Rehearse \(noted == 1 ? "it" : "them") with the records to hand."
        }
        if coached > 0 {
            return "Verdict: your answers match your records; the coaching points above would make them firmer."
        }
        return "Verdict: your answers match your records; an auditor would move on."
    }

    /// Exam mode's deferred feedback: each answer and how it compared.
    private func review(on screen: Screen) {
        screen.line()
        screen.line(screen.style.bold("Your answers, reviewed"))
        for (n, turn) in session.turns.enumerated() {
            screen.paragraph(turn.asked, first: "\(n + 1). \(turn.control.rawValue): ", rest: "   ")
            screen.paragraph(turn.answer ?? "(skipped)", first: "   You said: ", rest: "   ")
            screen.paragraph("\(turn.judgement.verdict.phrase.prefix(1).uppercased())\(turn.judgement.verdict.phrase.dropFirst()). "
                + turn.judgement.explanation, first: "   ", rest: "   ")
        }
    }
}

extension Scenario {
    /// The answer set to show in an export example: `prepared` when the scenario has it.
    public var exampleAnswerSet: String {
        (answerSet("prepared") ?? answerSets.first)?.id ?? "SET"
    }
}
