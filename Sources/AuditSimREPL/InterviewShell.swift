import AuditSimCore
import Foundation

/// The interview at the terminal: shows each question, reads a line, treats `:words` as
/// commands and everything else as an answer, and commits every input to the store
/// before the next question is asked. A thin loop over `InterviewSession`.
public struct InterviewShell {
    /// How the loop ended.
    public enum Outcome: Equatable, Sendable {
        case finished
        /// `:pause`, `:quit`, Ctrl-D or a second Ctrl-C.
        case paused
        /// SIGTERM or SIGHUP: saved as paused too.
        case terminated
    }

    /// The stored session this shell writes to, and how to get back to it.
    public struct Record {
        public var store: SessionStore
        public var id: Int64
        /// The command that resumes it, printed on pause (`auditsim resume 7 --store …`).
        public var resumeCommand: String

        public init(store: SessionStore, id: Int64, resumeCommand: String) {
            self.store = store
            self.id = id
            self.resumeCommand = resumeCommand
        }
    }

    public private(set) var session: InterviewSession
    public let context: AuditContext
    public let record: Record
    /// The person rehearsing, or nil for a lead's audit session.
    public let person: StaffMember?
    let reader: any LineReader
    let screen: Screen
    var text: InterviewText { InterviewText(context: context, screen: screen) }
    private var warnedInterrupt = false
    /// The answered turn `:retry` is practising again.
    private var retrying: InterviewTurn?
    private var savedFindings: [Finding]

    public init(session: InterviewSession, context: AuditContext, record: Record, person: StaffMember?,
                reader: any LineReader, screen: Screen) {
        self.session = session
        self.context = context
        self.record = record
        self.person = person
        self.reader = reader
        self.screen = screen
        savedFindings = session.findings
    }

    /// Runs until the interview is over or the person leaves. Store errors end the loop:
    /// an answer that cannot be saved must not look accepted.
    public mutating func run(resumed: Bool = false) throws -> Outcome {
        reader.completion = InterviewText.completion(for: context)
        // Answers have their own history, apart from the home prompt's commands.
        let homeHistory = reader.useHistory("answers")
        defer { reader.useHistory(homeHistory) }
        if !session.isFinished {
            text.intro(session: session, person: person, resumed: resumed, interactive: reader.isInteractive)
        }
        var ask = true
        while let prompt = session.prompt {
            if ask { text.ask(prompt, session: session) }
            ask = false
            switch reader.readLine(prompt: "> ") {
            case .end:
                return try leave(.paused)
            case .terminate:
                return try leave(.terminated)
            case .interrupt(let typed):
                if typed { warnedInterrupt = false; continue }
                if warnedInterrupt { return try leave(.paused) }
                warnedInterrupt = true
                screen.line(screen.style.dim("Press Ctrl-C again to leave (everything you answered is saved), or type your answer."))
            case .line(let line):
                warnedInterrupt = false
                // Piped answers are not echoed by a terminal: show what was read, so the
                // transcript on screen reads as a conversation.
                if !reader.isInteractive, !line.trimmingCharacters(in: .whitespaces).isEmpty {
                    screen.paragraph(line, first: "> ", rest: "  ", decorate: screen.style.dim)
                }
                switch ShellInput.parse(line) {
                case .blank: ask = true
                case .answer(let answer):
                    if let first = retrying {
                        retrying = nil
                        text.retried(first, second: answer, result: session.practise(answer, again: first))
                        ask = true
                    } else {
                        ask = try take(.answer(answer), prompt: prompt)
                    }
                case .unknown(let word, let suggestion):
                    let nearest = suggestion.map { " Did you mean \($0.word)?" } ?? ""
                    screen.paragraph("\(word) is not a command.\(nearest) Type :help for the list; anything not starting with : is taken as your answer.")
                case .command(let command):
                    if let outcome = try perform(command, prompt: prompt, ask: &ask) { return outcome }
                }
            }
        }
        try finish()
        return .finished
    }

    /// Runs a `:command`; returns an outcome when the command ends the loop.
    private mutating func perform(_ command: ShellCommand, prompt: InterviewSession.Prompt, ask: inout Bool) throws -> Outcome? {
        switch command {
        case .help: text.help(mode: session.mode)
        case .hint: screen.paragraph(prompt.looksFor, first: "The auditor is looking for: ", rest: "  ", decorate: screen.style.dim)
        case .repeat: ask = true
        case .retry:
            guard let last = session.turns.last(where: { $0.answer != nil }) else {
                screen.paragraph("Nothing answered yet to retry: answer the question first, then :retry to try it again.")
                return nil
            }
            retrying = last
            screen.paragraph(last.asked, first: "Again, for practice: ", rest: "  ", decorate: screen.style.cyan)
            screen.line(screen.style.dim("  (Your first answer stays on record; this attempt is compared with it.)"))
        case .skip: ask = try take(.skip, prompt: prompt)
        case .evidence: text.evidence(for: prompt, mode: session.mode)
        case .findings: text.findingsSoFar(session.findings, mode: session.mode)
        case .status: text.status(session)
        case .pause, .quit: return try leave(.paused)
        }
        return nil
    }

    /// Feeds one input to the session, commits it, and shows the outcome. Returns whether
    /// the next prompt should be shown (not after a re-ask, whose message is the prompt).
    private mutating func take(_ input: InterviewSession.Input, prompt: InterviewSession.Prompt) throws -> Bool {
        let step: InterviewSession.Step
        switch input {
        case .answer(let answer): step = session.answer(answer)
        case .skip: step = session.skip()
        }
        let row = StoredTurn(createdAt: SessionInfo.timestamp(), prompt: prompt, input: input, step: step,
                             progress: session.turns.count)
        try record.store.append(row, to: record.id)
        if session.findings != savedFindings {
            try record.store.record(findings: session.findings, verdict: nil, status: .active, for: record.id)
            savedFindings = session.findings
        }
        text.outcome(step, mode: session.mode)
        if case .reask = step { return false }
        return true
    }

    private func leave(_ outcome: Outcome) throws -> Outcome {
        try record.store.record(findings: session.findings, verdict: nil, status: .paused, for: record.id)
        let done = session.turns.count, total = session.plan.items.count
        screen.line()
        screen.line("Paused after \(done) of \(total) questions. Everything you answered is saved.")
        screen.line("Resume with: " + screen.style.bold(record.resumeCommand))
        return outcome
    }

    private func finish() throws {
        let summary = InterviewSummary(context: context, session: session, person: person)
        try record.store.record(findings: summary.interviewFindings, verdict: summary.verdict.rawValue, status: .finished,
                                for: record.id)
        let resume = "auditsim resume \(record.id)"
        let storeOption = record.resumeCommand.hasPrefix(resume) ? String(record.resumeCommand.dropFirst(resume.count)) : ""
        summary.show(on: screen, sessionID: record.id, storeOption: storeOption)
    }
}
