import ArgumentParser
import AuditSimCore
import AuditSimREPL
import Foundation

/// `auditsim sessions [--as NAME]`: past sessions, or one person's trend.
struct SessionsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sessions",
        abstract: "List past sessions, or with --as a person's findings across their rehearsals.")

    @Option(name: .customLong("as"), help: ArgumentHelp("Only this person's rehearsals, with their trend.", valueName: "name"))
    var name: String?

    @OptionGroup var store: StoreOptions

    func run() throws {
        guard FileManager.default.fileExists(atPath: store.url.path) else {
            print("No sessions yet. Start one with `auditsim rehearse --as NAME`.")
            return
        }
        print(try SessionListing.render(store: store.openReadOnly(), person: name), terminator: "")
    }
}

/// `auditsim show ID`: the transcript.
struct ShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "show", abstract: "Print a session's transcript.")

    @Argument(help: "The session id (see `auditsim sessions`).")
    var id: Int64

    @OptionGroup var store: StoreOptions

    func run() throws {
        let sessions = try store.openReadOnly()
        let summary = try store.session(id, in: sessions)
        print(SessionListing.transcript(summary, turns: try sessions.turns(of: id)), terminator: "")
    }
}

/// `auditsim resume ID`: continue where the session stopped.
struct ResumeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "resume",
        abstract: "Continue a paused or interrupted session at its first unanswered question.")

    @Argument(help: "The session id (see `auditsim sessions`).")
    var id: Int64

    @OptionGroup var store: StoreOptions

    func run() throws {
        try InterviewLaunch.exit(for: InterviewLaunch.resume(id, store: store, reader: LineReaders.standard()))
    }
}

/// `auditsim verify ID`: what can be proved about a stored session, and what cannot.
struct VerifyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "verify",
        abstract: "Check a stored session: the store file, the hash chain, and its findings re-derived from its answers.",
        discussion: """
            Checks, in order: SQLite's integrity check of the store file; the session row's \
            fixed fields (scenario, person, mode, stages, seed, banks) against their seal; every \
            turn chained to the one before from that seal, including the session id, so a turn \
            edited, moved from another session or inserted breaks the chain; the turn count and \
            head hash kept in the session row, so a cut tail shows; the status, verdict and \
            findings against their hash; and then the answers replayed against the scenario \
            and bank as they are now, each turn's outcome, and the findings and verdict \
            re-derived and compared with what is stored (so a scenario edited since the \
            session also shows here). Exits 0 when all hold, 1 at the first that does not, 2 when a \
            check could not be run (for example the scenario is gone).

            What an unkeyed chain cannot prove: anyone who can write the store can rewrite a \
            whole session consistently (change an answer, recompute every hash and the \
            findings) and every check above still passes. Two things close that gap: keep \
            the head hash somewhere else (--print-head now, --expect-head later), or seal \
            sessions with a key kept outside the store (--chain-key FILE when the session is \
            started; HMAC-SHA256), which only the key's holder can recompute. Neither proves \
            the answers were given by the person named, nor when.
            """)

    @Argument(help: "The session id (see `auditsim sessions`).")
    var id: Int64

    @Flag(name: .customLong("print-head"), help: "Print the session's head hash and turn count, to keep outside the store.")
    var printHead = false

    @Option(name: .customLong("expect-head"), help: ArgumentHelp("Also require this head hash (from an earlier --print-head).", valueName: "hash"))
    var expectHead: String?

    @OptionGroup var store: StoreOptions

    func run() throws {
        let sessions = try store.openReadOnly()
        let summary = try store.session(id, in: sessions)
        var out: [String] = []
        func fail(_ line: String) throws -> Never {
            out.append("✗ " + line)
            print(out.joined(separator: "\n"))
            print("Session \(id): NOT verified.")
            throw ExitCode(1)
        }
        let integrity = try sessions.integrityCheck()
        guard integrity == ["ok"] else { try fail("store file: SQLite integrity check failed: \(integrity.prefix(3).joined(separator: "; "))") }
        out.append("✓ store file: SQLite integrity check ok")
        let turns: Int
        switch try sessions.verify(id) {
        case .intact(let n): turns = n
        case let .altered(seq, question): try fail("turn \(seq) (question \(question)) was altered, inserted or moved after it was recorded; the chain breaks there")
        case let .cut(recorded, found): try fail("the session row records \(recorded) turn(s) and a head the chain does not end in; the chain holds \(found): turns were removed or added")
        case .sessionAltered(let why): try fail("the session row was altered: \(why)")
        case .keyNeeded(let why):
            out.append("? chain: not checked: \(why)")
            print(out.joined(separator: "\n"))
            throw ExitCode(2)
        }
        let keyed = summary.keyID != nil
        out.append("✓ chain intact: \(turns) turn(s) linked by \(keyed ? "HMAC-SHA256 (key \(summary.keyID!))" : "SHA-256")"
            + (summary.chain >= 2 ? ", from the session row's seal; turn count and head hash match" : " (an unsealed session from before v2, or one marked as such: its row, findings and tail are not covered by the chain)"))
        guard let head = try sessions.head(of: id) else { try fail("session row missing") }
        if let expectHead {
            guard head.hash == expectHead.lowercased() else { try fail("head hash is \(head.hash), not the \(expectHead) kept elsewhere") }
            out.append("✓ head hash matches the one kept elsewhere")
        }
        do {
            let problems = try SessionReplayCheck.run(id, summary: summary, sessions: sessions, store: store)
            if let first = problems.first { try fail("replay: \(first)") }
            out.append("✓ replay: every answer re-judged as stored; findings, status and verdict re-derived and equal")
        } catch let error as ExitCode {
            throw error
        } catch {
            out.append("? replay: not checked: \(error)")
            print(out.joined(separator: "\n"))
            print("Session \(id): chain intact, but its findings could not be re-derived.")
            throw ExitCode(2)
        }
        print(out.joined(separator: "\n"))
        print("Session \(id): verified.")
        if printHead { print("Head hash: \(head.hash) after \(head.turns) turn(s). Keep it outside the store; check later with --expect-head.") }
        if !keyed {
            print("Note: the chain is unkeyed. Anyone able to write the store could rewrite this session consistently and it "
                + "would still verify; a head hash kept elsewhere (--print-head) or a keyed chain (--chain-key) guards against that.")
        }
    }
}

/// Replays a stored session's answers into a fresh machine and compares, turn by turn, the
/// question, outcome, understanding and verdict, then the findings, status and verdict.
enum SessionReplayCheck {
    static func run(_ id: Int64, summary: SessionSummary, sessions: SessionStore, store: StoreOptions) throws -> [String] {
        let (_, workspace, context, _) = try InterviewLaunch.rebuild(id, from: sessions, store: store, replay: false)
        var session = InterviewSession(plan: context.plan(only: summary.person), judge: context.judge,
                                       mode: InterviewSession.Mode(rawValue: summary.mode) ?? .coach)
        var problems: [String] = []
        for turn in try sessions.turns(of: id) {
            guard let prompt = session.prompt else { problems.append("turn \(turn.seq) comes after the session was finished"); break }
            let input: InterviewSession.Input = turn.input == "skip" ? .skip : .answer(turn.text ?? "")
            let step = input == .skip ? session.skip() : session.answer(turn.text ?? "")
            let again = StoredTurn(createdAt: turn.createdAt, prompt: prompt, input: input, step: step, progress: session.turns.count)
            for (what, a, b) in [("question", again.questionID, turn.questionID), ("interviewee", again.interviewee, turn.interviewee),
                                 ("question text", again.asked, turn.asked), ("outcome", again.outcome, turn.outcome),
                                 ("understanding", again.understood ?? "", turn.understood ?? ""), ("verdict", again.verdict ?? "", turn.verdict ?? "")]
            where a != b {
                problems.append("turn \(turn.seq): the stored \(what) '\(b)' is not what replaying the answers gives ('\(a)'); "
                    + "the store was altered, or the scenario or bank changed since the session")
                return problems
            }
        }
        let person = summary.person.flatMap(workspace.scenario.staffMember)
        let finished = summary.status == SessionStatus.finished.rawValue
        if finished && !session.isFinished { problems.append("the session is stored as finished but its answers leave questions open") }
        let expected = finished ? InterviewSummary(context: context, session: session, person: person).interviewFindings : session.findings
        let stored = try sessions.findings(of: id)
        let mine = Set(expected.map { "\($0.id) \($0.grade.rawValue) \($0.control.rawValue) \($0.rule.rawValue)" })
        let theirs = Set(stored.map { "\($0.id) \($0.grade) \($0.control) \($0.rule)" })
        if mine != theirs {
            let missing = mine.subtracting(theirs).sorted(), extra = theirs.subtracting(mine).sorted()
            problems.append("the stored findings differ from those the answers give"
                + (missing.isEmpty ? "" : "; missing: \(missing.joined(separator: ", "))")
                + (extra.isEmpty ? "" : "; not derived: \(extra.joined(separator: ", "))"))
        }
        if finished {
            let verdict = InterviewSummary(context: context, session: session, person: person).verdict.rawValue
            if summary.verdict != verdict { problems.append("the stored verdict '\(summary.verdict ?? "none")' is not the derived '\(verdict)'") }
        } else if let v = summary.verdict {
            problems.append("an unfinished session carries the verdict '\(v)'")
        }
        if summary.answered != session.turns.count {
            problems.append("the session row says \(summary.answered) question(s) done; the answers finish \(session.turns.count)")
        }
        return problems
    }
}

/// How stored sessions read on screen.
enum SessionListing {
    static func render(store: SessionStore, person name: String?) throws -> String {
        var all = try store.sessions()
        guard let name else {
            guard !all.isEmpty else { return "No sessions yet. Start one with `auditsim rehearse --as NAME`.\n" }
            return table(all)
        }
        let ids = Set(all.compactMap(\.person).filter { matches($0, name) })
        guard ids.count == 1, let id = ids.first else {
            let known = Set(all.compactMap(\.person)).sorted().joined(separator: ", ")
            if ids.isEmpty { return "No rehearsals by '\(name)'. People with rehearsals: \(known.isEmpty ? "none" : known).\n" }
            return "'\(name)' could be \(ids.sorted().joined(separator: " or ")); use the id.\n"
        }
        all = all.filter { $0.person == id }
        // The trend compares like with like: finished rehearsals over the same scope.
        let finished = all.filter { $0.status == SessionStatus.finished.rawValue }
        let scope = finished.last.map { last in finished.filter { $0.scenarioPath == last.scenarioPath && $0.stages == last.stages && $0.controls == last.controls && $0.bank == last.bank } } ?? []
        guard !scope.isEmpty else { return table(all) + "\nNo finished rehearsal by \(id) yet, so no trend.\n" }
        let counts = scope.map { String($0.findings) }.joined(separator: " → ")
        let note = scope.count < all.count ? " (finished rehearsals of the same scope; \(all.count - scope.count) other(s) left out)" : ""
        return table(all) + "\nFindings per rehearsal for \(id): \(counts)\(trend(scope.map(\.findings)))\(note)\n"
    }

    /// `priya-shah` is meant by "priya-shah", "Priya Shah" and "priya".
    static func matches(_ id: String, _ name: String) -> Bool {
        let key = name.lowercased().trimmingCharacters(in: .whitespaces).replacingOccurrences(of: " ", with: "-")
        return id.lowercased() == key || id.lowercased().hasPrefix(key + "-")
    }

    static func trend(_ counts: [Int]) -> String {
        guard counts.count > 1, let first = counts.first, let last = counts.last else { return "" }
        return last < first ? " (improving)" : last > first ? " (more than at first)" : " (unchanged)"
    }

    static func table(_ rows: [SessionSummary]) -> String {
        let header = ["ID", "WHO", "SCENARIO", "MODE", "DATE", "PROGRESS", "STATUS", "FINDINGS", "VERDICT"]
        let body = rows.map { s in
            [String(s.id), TerminalStyle.inert(s.person ?? "lead (stage \(s.stages.map(String.init).joined(separator: "+")))"), TerminalStyle.inert(s.scenarioName), s.mode,
             date(s.createdAt), "\(s.answered)/\(s.questionsTotal)", s.status, String(s.findings), verdictWords(s.verdict)]
        }
        let widths = header.indices.map { i in ([header] + body).map { $0[i].count }.max() ?? 0 }
        return ([header] + body).map { cells in
            cells.enumerated().map { i, c in i == cells.count - 1 ? c : c.padding(toLength: widths[i], withPad: " ", startingAt: 0) }
                .joined(separator: "  ")
        }.joined(separator: "\n") + "\n"
    }

    /// Short enough for a table row: "ready with actions".
    static func verdictWords(_ raw: String?) -> String {
        switch raw.flatMap(Readiness.Verdict.init(rawValue:)) {
        case .notReady: "not ready"
        case .readyWithActions: "ready with actions"
        case .ready: "ready"
        case nil: "-"
        }
    }

    static func date(_ iso: String) -> String {
        String(iso.prefix(16)).replacingOccurrences(of: "T", with: " ")
    }

    static func transcript(_ s: SessionSummary, turns: [StoredTurn]) -> String {
        let who = s.person.map { "rehearsal by \($0)" } ?? "mock audit (stage \(s.stages.map(String.init).joined(separator: "+")))"
        var out = ["Session \(s.id): \(TerminalStyle.inert(who)), \(TerminalStyle.inert(s.scenarioName)), \(s.mode) mode, started \(date(s.createdAt)) UTC",
                   "\(s.answered) of \(s.questionsTotal) questions done; \(s.status)" + (s.verdict.map { "; verdict \($0)" } ?? ""), ""]
        for t in turns {
            out.append("[\(t.seq)] \(t.control) \(t.questionID) — Auditor → \(TerminalStyle.inert(t.interviewee)): \(TerminalStyle.inert(t.asked))")
            out.append(t.input == "skip" ? "    (skipped)" : "    Answer: \(TerminalStyle.inert(t.text ?? ""))")
            switch t.outcome {
            case "reask": out.append("    Auditor asked again: \(TerminalStyle.inert(t.understood ?? ""))")
            case "skipped": break
            default:
                if let understood = t.understood {
                    let plain = understood.hasPrefix("Understood: ") ? String(understood.dropFirst(12)) : understood
                    out.append("    Understood: \(TerminalStyle.inert(plain))")
                }
                if let verdict = t.verdict { out.append("    Verdict: \(verdict)" + (t.outcome == "follow-up" ? " (the auditor followed up)" : "")) }
            }
        }
        if turns.isEmpty { out.append("No answers yet.") }
        return out.joined(separator: "\n") + "\n"
    }
}
