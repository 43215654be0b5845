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
        print(try SessionListing.render(store: store.open(), person: name), terminator: "")
    }
}

/// `auditsim show ID`: the transcript.
struct ShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "show", abstract: "Print a session's transcript.")

    @Argument(help: "The session id (see `auditsim sessions`).")
    var id: Int64

    @OptionGroup var store: StoreOptions

    func run() throws {
        let sessions = try store.open()
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

/// `auditsim verify ID`: whether the transcript is as it was recorded.
struct VerifyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "verify",
        abstract: "Check that a session's transcript has not been altered since it was recorded.",
        discussion: "Each turn stores a SHA-256 over the previous turn's hash and its own content. Exits 1 at the first altered turn.")

    @Argument(help: "The session id (see `auditsim sessions`).")
    var id: Int64

    @OptionGroup var store: StoreOptions

    func run() throws {
        let sessions = try store.open()
        _ = try store.session(id, in: sessions)
        switch try sessions.verify(id) {
        case .intact(let turns):
            print("Session \(id): transcript intact (\(turns) turns, SHA-256 chain verified).")
        case let .altered(seq, question):
            print("Session \(id): turn \(seq) (question \(question)) was altered after it was recorded; the chain breaks there.")
            throw ExitCode(1)
        }
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
        let counts = all.map { String($0.findings) }.joined(separator: " → ")
        return table(all) + "\nFindings per rehearsal for \(id): \(counts)\(trend(all.map(\.findings)))\n"
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
            [String(s.id), s.person ?? "lead (stage \(s.stages.map(String.init).joined(separator: "+")))", s.scenarioName, s.mode,
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
        var out = ["Session \(s.id): \(who), \(s.scenarioName), \(s.mode) mode, started \(date(s.createdAt)) UTC",
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
