import ArgumentParser
import AuditSimCore
import Foundation

struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Export a session's gap summary (finished or paused) as text, Markdown, HTML, CSV, JSON or OSCAL.",
        discussion: """
            The session's stored answers are replayed against its scenario, so the report holds \
            the same findings the session reached, with Stage 1 and the evidence tests for a \
            lead's audit. Examples:
              auditsim report --latest --format html -o gap.html
              auditsim report 3 --format oscal -o session3.oscal.json
            """)

    @Argument(help: "The session id (see `auditsim sessions`).")
    var session: Int64?

    @Flag(name: .long, help: "Export the most recent session.")
    var latest = false

    @Option(name: .long, help: ArgumentHelp("Report format (default: from the -o extension, else text).", valueName: "text|md|html|csv|json|oscal"))
    var format: ReportFormat?

    @Option(name: [.short, .customLong("output")], help: ArgumentHelp("Write to this file instead of standard output.", valueName: "file"))
    var output: String?

    @OptionGroup var store: StoreOptions

    func validate() throws {
        if session == nil && !latest { throw ValidationError("name a session id, or pass --latest") }
        if session != nil && latest { throw ValidationError("give a session id or --latest, not both") }
        if format == nil, let output, ReportFormat(fileExtension: output) == nil {
            throw ValidationError("cannot tell the format from '\(output)'; pass --format or end the name in .md, .html, .csv, .json or .oscal.json")
        }
    }

    func run() throws {
        let sessions = try store.openReadOnly()
        guard let id = try session ?? sessions.latest()?.id else { throw ValidationError("the store holds no sessions yet") }
        let (summary, _, context, interview) = try InterviewLaunch.rebuild(id, from: sessions, store: store)
        let run = ReportCommand.scoped(AuditRun(context: context, session: interview), session: interview, person: summary.person)
        var gap = GapSummary(run: run, answerSet: "session \(id) (\(summary.mode), \(summary.status))")
        if let incomplete = ReportCommand.incompleteness(interview, finished: summary.status == SessionStatus.finished.rawValue) {
            // No bare verdict for a session that has not been through its questions.
            gap.readiness.verdict = incomplete
        }
        let chosen = format ?? output.flatMap(ReportFormat.init(fileExtension:)) ?? .text
        let text = try chosen.render(gap, run: run)
        guard let output else {
            print(text, terminator: "")
            return
        }
        do { try Data(text.utf8).write(to: URL(fileURLWithPath: output), options: .atomic) } catch {
            throw ValidationError("cannot write \(output): \(error.localizedDescription)")
        }
        FileHandle.standardError.write(Data("auditsim: wrote the \(chosen.rawValue) report of session \(id) to \(output)\n".utf8))
    }

    /// "incomplete: 28 of 51 answered, 23 skipped" for a session not finished (the rest not
    /// yet asked is what remains), or nil when it is finished.
    static func incompleteness(_ session: InterviewSession, finished: Bool) -> String? {
        guard !(finished && session.isFinished) else { return nil }
        let total = session.plan.items.count
        let answered = session.turns.filter { $0.answer != nil }.count
        let skipped = session.turns.count - answered
        return "incomplete: \(answered) of \(total) answered, \(skipped) skipped"
    }

    /// A rehearsal's report carries only that person's scope: the controls they were asked
    /// about, their findings and evidence tests, and a readiness over those alone; the
    /// organisation-wide Stage 1 review is a lead's, not theirs.
    static func scoped(_ run: AuditRun, session: InterviewSession, person: String?) -> AuditRun {
        guard person != nil else { return run }
        let controls = Set(session.plan.items.map(\.question.control))
        let desk = Set(run.stage1?.findings.map(\.id) ?? [])
        var scoped = run
        scoped.stage1 = nil
        scoped.evidence = run.evidence.filter { controls.contains($0.control) }
        scoped.findings = run.findings.filter { controls.contains($0.control) && !desk.contains($0.id) }
        scoped.readiness = Readiness(findings: scoped.findings, scenario: run.scenario, bank: run.bank)
        return scoped
    }
}
