import ArgumentParser
import AuditSimCore
import AuditSimREPL
import Foundation

/// `auditsim` alone: the organisation, its people, and what can be started.
struct Home {
    static func show(_ data: DataOptions) throws {
        let workspace = try Workspace.load(data, evidence: false)
        let s = workspace.scenario, o = s.organisation
        let style = TerminalStyle.detect()
        var lines = [
            style.bold(TerminalStyle.inert(o.name)) + " — \(TerminalStyle.inert(o.sector))",
            "Audit date \(o.auditDate); ISMS operating since \(o.operatingSince); \(o.personsInScope) persons in scope.",
            "",
            style.bold("People"),
        ]
        for member in s.staff {
            let owns = member.owns.count == 1 ? "1 control" : "\(member.owns.count) controls"
            lines.append("  \(TerminalStyle.inert(member.addressed)) — \(owns)")
        }
        lines += [
            "",
            style.bold("What you can start"),
            "  auditsim rehearse --as NAME        rehearse a person's interview (add --mode exam for feedback at the end)",
            "  auditsim stage1|stage2|readiness   the lead's mock audit, answered at the terminal",
            "  auditsim sessions | resume ID      past sessions; continue a paused one",
            "  auditsim readiness --answers \(s.answerSets.first?.id ?? "SET")   the full assessment, unattended",
            "  auditsim stage1 --answers SET      documentation review and leadership interview",
            "  auditsim stage2 --answers SET      evidence sampling and owner interviews",
            "  auditsim actions import --answers SET   track the run's corrective actions to closure (list, update, export)",
            "  auditsim validate                  check banks and scenarios",
            "  auditsim interpret --kind KIND TEXT   how an answer is understood",
            "",
            "Answer sets in this scenario: " + s.answerSets.map { "\($0.id) (\($0.persona))" }.joined(separator: ", "),
            "Other scenarios: --scenario " + ((try? data.dataRoot().scenarioDirectories.map(\.lastPathComponent).joined(separator: "|")) ?? ""),
            "Run `auditsim` at a terminal for the interactive home prompt; `auditsim help` lists every command.",
        ]
        print(lines.joined(separator: "\n"))
    }
}
