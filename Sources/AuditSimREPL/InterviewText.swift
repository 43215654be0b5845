import Foundation
import AuditSimCore

/// What the interview shell says, apart from the loop that decides when: the intro, each
/// question, the answers to `:commands`, and the outcome of each answer.
struct InterviewText {
    let context: AuditContext
    let screen: Screen

    private var style: TerminalStyle { screen.style }

    static func completion(for context: AuditContext) -> CompletionSource {
        let names = context.scenario.staff.flatMap { $0.name.split(separator: " ").map(String.init) }
        return CompletionSource(commands: ShellCommand.allCases.map(\.word),
                                words: names + context.bank.controls.map(\.id.rawValue))
    }

    func intro(session: InterviewSession, person: StaffMember?, resumed: Bool, interactive: Bool) {
        let org = context.scenario.organisation.name
        let total = session.plan.items.count
        let controls = Set(session.plan.items.map(\.question.control)).count
        screen.line()
        if resumed {
            let who = person.map { " with \($0.addressed)" } ?? ""
            screen.heading("Resuming the interview\(who) at \(org)")
            screen.paragraph("\(session.turns.count) of \(total) questions already answered; nothing before this point is lost. "
                + "Type :help for commands.")
            return
        }
        if let person {
            screen.heading("Interview rehearsal at \(org)")
            screen.paragraph("You are \(person.addressed). The auditor will ask you \(plural(total, "question")) about "
                + "the \(plural(controls, "control")) you own, one at a time.")
            screen.paragraph(session.mode == .coach
                ? "After each answer you get feedback: what was understood, how it compares with your records, and how to answer better."
                : "Exam mode: as in the real audit, feedback waits until the end.")
        } else {
            let people = Set(session.plan.items.map(\.interviewee.id)).count
            let stages = context.options.stages.sorted { $0.rawValue < $1.rawValue }.map { "Stage \($0.rawValue)" }
            screen.heading("Mock \(stages.joined(separator: " and ")) audit at \(org)")
            screen.paragraph("The auditor will put \(plural(total, "question")) to \(plural(people, "person")) across "
                + "\(plural(controls, "control")), each addressed by name. Answer for whoever is asked; findings are noted as they arise.")
        }
        if total == 0 { return }
        screen.paragraph("Answer in your own words, as you would across the table. If you do not know, say \"I don't know\": "
            + "it is better than a guess.")
        screen.paragraph("Type :help for commands, :hint for what the auditor looks for, :skip to move on. Every answer is saved "
            + "as you give it" + (interactive ? "; Ctrl-D or :pause leaves and you can resume later." : "."))
    }

    func ask(_ prompt: InterviewSession.Prompt, session: InterviewSession) {
        let p = session.progress
        let title = context.bank.control(prompt.control)?.title ?? ""
        screen.line()
        screen.styled("Question \(p.question) of \(p.total) · \(prompt.control.rawValue) \(TerminalStyle.inert(title))", style.dim)
        let who = TerminalStyle.inert(prompt.interviewee.addressed)
        let head = "Auditor → \(who)\(prompt.isFollowUp ? " (follow-up)" : ""): "
        screen.paragraph(prompt.text, first: head, rest: "  ", decorate: style.cyan)
    }

    func help(mode: InterviewSession.Mode) {
        screen.line("Anything you type that does not start with : is your answer to the current question.")
        for command in ShellCommand.allCases {
            let note = mode == .exam && (command == .evidence || command == .findings) ? " (at the end, in exam mode)" : ""
            screen.line("  " + style.bold(command.word.padding(toLength: 11, withPad: " ", startingAt: 0)) + command.summary + note)
        }
        screen.line("A blank line shows the question again. Ctrl-C clears what you typed; Ctrl-D leaves (saved).")
    }

    func status(_ session: InterviewSession) {
        let p = session.progress
        var line = "Question \(p.question) of \(p.total); \(p.controlsDone) of \(plural(p.controlsTotal, "control")) done"
        if session.mode != .exam { line += "; \(plural(session.findings.count, "finding")) so far" }
        screen.line(line + ".")
    }

    func evidence(for prompt: InterviewSession.Prompt, mode: InterviewSession.Mode) {
        guard mode != .exam else {
            screen.paragraph("In exam mode the auditor keeps the records to themselves until the end, as in the real audit.")
            return
        }
        let all = context.facts(for: prompt.control)
        guard !all.isEmpty else {
            screen.paragraph("The auditor holds no records for \(prompt.control.rawValue); your answer is weighed against the documents.")
            return
        }
        screen.line("The auditor holds, for \(prompt.control.rawValue):")
        for f in all { for line in EvidenceLines.describe(f) { screen.paragraph(line.text, first: line.indent, rest: line.indent + "  ") } }
    }

    func findingsSoFar(_ findings: [Finding], mode: InterviewSession.Mode) {
        guard mode != .exam else {
            screen.paragraph("In exam mode findings are shown at the end.")
            return
        }
        guard !findings.isEmpty else {
            screen.line("Nothing the auditor would raise so far.")
            return
        }
        for f in findings.sorted(by: { ($0.grade, $0.control) < ($1.grade, $1.control) }) {
            screen.paragraph(f.found, first: "  \(f.grade.title) (\(f.control.rawValue)): ", rest: "    ")
        }
    }

    /// Both attempts at a question side by side, after `:retry`.
    func retried(_ first: InterviewTurn, second: String, result: (interpretation: Interpretation, judgement: Judgement)?) {
        screen.line(style.bold("  First attempt:"))
        screen.paragraph(first.answer.map { "\"\($0)\"" } ?? "(skipped)", first: "    ", rest: "     ")
        screen.paragraph("\(first.judgement.verdict.phrase): \(first.judgement.explanation)", first: "    → ", rest: "      ")
        screen.line(style.bold("  This attempt:"))
        screen.paragraph("\"\(second)\"", first: "    ", rest: "     ")
        guard let result else { return }
        if let confirm = result.interpretation.confirm {
            screen.paragraph("The auditor would ask back: \(confirm) Try :retry again, saying which.", first: "    → ", rest: "      ")
            return
        }
        screen.paragraph("\(result.judgement.verdict.phrase): \(result.judgement.explanation)", first: "    → ", rest: "      ")
        let rank: (Verdict) -> Int = { [.consistent: 3, .partlyConsistent: 2, .cannotCheck: 2, .contradicts: 0, .notAnswered: 0][$0] ?? 0 }
        let better = rank(result.judgement.verdict) - rank(first.judgement.verdict)
        screen.line(better > 0 ? "  Better: this one would hold up with the auditor."
            : better < 0 ? "  The first attempt was closer to the records." : "  About the same as the first attempt.")
    }

    func outcome(_ step: InterviewSession.Step, mode: InterviewSession.Mode) {
        switch step {
        case .reask(let message):
            screen.paragraph(message, first: "Auditor: ", rest: "  ", decorate: style.cyan)
        case let .recorded(_, feedback, findings), let .followUp(_, feedback, findings):
            if let feedback {
                // The interpretation and the judgement sometimes say the same thing; say it once.
                var said = Set<Substring>()
                for line in feedback.split(separator: "\n") where said.insert(line).inserted {
                    screen.paragraph(String(line), first: "  ", rest: "    ")
                }
            } else if mode == .audit, !findings.isEmpty {
                for f in findings { screen.paragraph(f.found, first: "  Noted: \(f.grade.title.lowercased()) — ", rest: "    ") }
            } else {
                screen.line(style.dim("  Noted."))
            }
        case .skipped:
            screen.line(style.dim("  Skipped: the auditor notes this question as not answered."))
        }
    }
}

/// The evidence facts behind `:evidence`, as indented lines.
enum EvidenceLines {
    static func describe(_ f: EvidenceFacts) -> [(indent: String, text: String)] {
        var out: [(String, String)] = []
        let system = f.source.system.map { " (\($0))" } ?? ""
        out.append(("  ", "\(f.source.title)\(system): \(plural(f.count, "record")) from \(f.period.start) to \(f.period.end)"))
        var cadence: [String] = []
        if let documented = f.source.frequency { cadence.append("documented \(documented)") }
        if let seen = f.cadence { cadence.append("recorded about \(seen)") }
        if let first = f.first, let last = f.last { cadence.append("first \(first), last \(last)") }
        if !cadence.isEmpty { out.append(("    ", cadence.joined(separator: "; "))) }
        if !f.missedPeriods.isEmpty {
            out.append(("    ", "No record in: " + f.missedPeriods.map(ExpectedPeriods.name).joined(separator: ", ")))
        }
        if let timing = f.timing, timing.measured > 0 {
            let late = timing.late.map(\.id)
            out.append(("    ", "\(timing.withinLimit) of \(timing.measured) within \(timing.limitHours.map(hours) ?? "their limits")"
                + (late.isEmpty ? "" : "; late: " + shortList(late))))
        }
        if !f.unapproved.isEmpty { out.append(("    ", "Not independently approved: " + shortList(f.unapproved))) }
        if let done = f.completed, let of = f.completionPopulation { out.append(("    ", "Completed: \(done) of \(of)")) }
        if !f.testFailures.isEmpty { out.append(("    ", "Failing a test: " + shortList(f.testFailures.keys.sorted()))) }
        return out
    }

    static func shortList(_ items: [String], limit: Int = 6) -> String {
        items.count <= limit ? items.joined(separator: ", ") : items.prefix(limit).joined(separator: ", ") + " and \(items.count - limit) more"
    }

    static func hours(_ h: Double) -> String {
        h >= 48 && h.truncatingRemainder(dividingBy: 24) == 0 ? "\(Int(h / 24)) days" : "\(Int(h)) hours"
    }
}

func plural(_ n: Int, _ word: String) -> String {
    let irregular = ["person": "people"]
    return "\(n) \(n == 1 ? word : irregular[word] ?? word + "s")"
}
