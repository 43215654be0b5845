import ArgumentParser
import AuditSimCore
import AuditSimREPL
import Foundation

/// `auditsim` alone at a terminal: the organisation, its people and what can be started,
/// as a prompt. Sessions run from here return here when they end.
struct HomeShell {
    var data: DataOptions
    var store: StoreOptions
    let reader: any LineReader
    let screen = Screen.standard()

    static let commands = ["rehearse", "stage1", "stage2", "readiness", "sessions", "resume", "show", "verify", "scenario",
                           "people", "report", "help", "quit"]

    mutating func run() throws {
        var workspace = try Workspace.load(data)
        show(workspace)
        var warned = false
        while true {
            reader.completion = completion(workspace)
            switch reader.readLine(prompt: "auditsim> ") {
            case .end, .terminate: return
            case .interrupt(let typed):
                if typed { warned = false; continue }
                if warned { return }
                warned = true
                screen.line(screen.style.dim("Press Ctrl-C again, Ctrl-D or type quit to leave."))
            case .line(let line):
                warned = false
                do {
                    guard try handle(line, workspace: &workspace) else { return }
                } catch let error as ValidationError {
                    screen.line(error.message)
                } catch let code as ExitCode where code.rawValue == 143 {
                    throw code
                } catch let code as ExitCode {
                    screen.line(screen.style.dim("(that ended with status \(code.rawValue))"))
                }
            }
        }
    }

    /// Runs one home command; false means leave.
    private mutating func handle(_ line: String, workspace: inout Workspace) throws -> Bool {
        let words = line.split(whereSeparator: \.isWhitespace).map(String.init)
        guard let command = words.first?.lowercased() else { return true }
        let rest = Array(words.dropFirst())
        switch command {
        case "quit", "exit", ":quit", ":q": return false
        case "help", "?", ":help": help(workspace)
        case "people", "home": show(workspace)
        case "rehearse":
            guard let name = rest.first(where: { !["exam", "coach"].contains($0.lowercased()) }) else {
                screen.line("Who rehearses? For example: rehearse \(workspace.scenario.staff.first?.id ?? "NAME")")
                return true
            }
            let person = try RehearseCommand.person(named: name, in: workspace.scenario)
            let mode: InterviewSession.Mode = rest.contains { $0.lowercased() == "exam" } ? .exam : .coach
            try after(InterviewLaunch(workspace: workspace, options: .init(), mode: mode, person: person, store: store).begin(reader: reader))
        case "stage1", "stage2", "readiness":
            let stages: Set<Stage> = command == "stage1" ? [.documentation] : command == "stage2" ? [.operational] : [.documentation, .operational]
            let ids = rest.flatMap { $0.split(separator: ",") }.map { ControlID(String($0)) }
            let options = AuditRun.Options(stages: stages, controls: ids.isEmpty ? nil : Set(ids))
            try after(InterviewLaunch(workspace: workspace, options: options, mode: .audit, person: nil, store: store).begin(reader: reader))
        case "sessions": screen.line(try SessionListing.render(store: store.open(), person: rest.first).trimmingTrailingNewline)
        case "resume", "show", "verify":
            guard let id = rest.first.flatMap(Int64.init) else {
                screen.line("\(command) needs a session id, for example: \(command) 1 (type sessions to list them)")
                return true
            }
            switch command {
            case "resume": try after(InterviewLaunch.resume(id, store: store, reader: reader))
            case "show":
                let sessions = try store.open()
                screen.line(SessionListing.transcript(try store.session(id, in: sessions), turns: try sessions.turns(of: id)).trimmingTrailingNewline)
            default:
                let verify = try VerifyCommand.parse([String(id)] + (store.store.map { ["--store", $0] } ?? []))
                try verify.run()
            }
        case "scenario":
            guard let name = rest.first else {
                screen.line("Which scenario? " + scenarioNames().joined(separator: ", "))
                return true
            }
            var next = data
            next.scenario = name
            workspace = try Workspace.load(next)
            data = next
            show(workspace)
        case "report":
            screen.paragraph("Gap summary for management: auditsim readiness --scenario \(workspace.scenario.name) --answers "
                + "\(workspace.scenario.exampleAnswerSet) --report gap.html (run it from your shell).")
        default:
            let nearest = HomeShell.commands.first { $0.hasPrefix(command) }
            screen.line("'\(TerminalStyle.inert(command))' is not a command here." + (nearest.map { " Did you mean \($0)?" } ?? "")
                + " Type help for the list.")
        }
        return true
    }

    private func after(_ outcome: InterviewShell.Outcome) throws {
        try InterviewLaunch.exit(for: outcome)
        screen.line()
        screen.line(screen.style.dim("Back at the home prompt. Type help for what you can do, quit to leave."))
    }

    private func show(_ workspace: Workspace) {
        let s = workspace.scenario, o = s.organisation, style = screen.style
        screen.line()
        screen.heading("\(o.name) — \(o.sector)")
        screen.line("Audit date \(o.auditDate); ISMS operating since \(o.operatingSince); \(o.personsInScope) persons in scope.")
        screen.line()
        screen.line(style.bold("People"))
        for m in s.staff {
            screen.paragraph("\(m.addressed) — \(m.owns.count == 1 ? "1 control" : "\(m.owns.count) controls")",
                             first: "  " + m.id.padding(toLength: 18, withPad: " ", startingAt: 0), rest: String(repeating: " ", count: 20))
        }
        help(workspace)
    }

    private func help(_ workspace: Workspace) {
        let example = workspace.scenario.staff.first { !$0.owns.isEmpty }?.name.split(separator: " ").first.map(String.init) ?? "NAME"
        let rows = [
            ("rehearse NAME [exam]", "rehearse a person's interview, e.g. rehearse \(example.lowercased())"),
            ("stage1 | stage2 | readiness", "run the lead's mock audit interactively"),
            ("sessions [NAME]", "past sessions, or one person's trend"),
            ("resume ID", "continue a paused session"),
            ("show ID | verify ID", "a session's transcript; check it was not altered"),
            ("scenario NAME", "switch to " + scenarioNames().joined(separator: ", ")),
            ("report", "how to export the gap summary"),
            ("help | quit", "this list; leave (Ctrl-D works too)"),
        ]
        screen.line()
        screen.line(screen.style.bold("What you can start") + screen.style.dim("  (Tab completes commands and names)"))
        for (command, what) in rows { screen.line("  " + command.padding(toLength: 29, withPad: " ", startingAt: 0) + what) }
        screen.line()
    }

    private func scenarioNames() -> [String] {
        ((try? data.dataRoot().scenarioDirectories) ?? []).map(\.lastPathComponent)
    }

    private func completion(_ workspace: Workspace) -> CompletionSource {
        let people = workspace.scenario.staff.flatMap { [$0.id, $0.name.split(separator: " ").first.map { String($0).lowercased() } ?? $0.id] }
        // Only an existing store: completing must not create one.
        let existing = FileManager.default.fileExists(atPath: store.url.path)
        let ids = existing ? ((try? store.open().sessions()) ?? []).map { String($0.id) } : []
        let controls = workspace.bank.controls.map(\.id.rawValue)
        return CompletionSource(commands: HomeShell.commands,
                                arguments: ["rehearse": people + ["exam"], "sessions": people, "resume": ids, "show": ids,
                                            "verify": ids, "scenario": scenarioNames(), "stage2": controls])
    }
}

extension String {
    var trimmingTrailingNewline: String { hasSuffix("\n") ? String(dropLast()) : self }
}
