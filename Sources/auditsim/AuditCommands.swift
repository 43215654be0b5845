import ArgumentParser
import AuditSimCore
import Foundation

/// Options every mock-audit command shares.
struct AuditOptions: ParsableArguments {
    enum Format: String, ExpressibleByArgument, CaseIterable { case text, json }

    @Option(name: .long, help: ArgumentHelp("Run unattended with this answer set of the scenario (e.g. prepared).", valueName: "set"))
    var answers: String?

    @Option(name: .long, help: "Output format.")
    var format: Format = .text

    @Option(name: .long, help: ArgumentHelp("Exit with status 2 when a finding of this grade or worse exists.", valueName: "major|minor|observation"))
    var failOn: Grade?

    @Option(name: .long, help: "Seed for evidence sampling (default: the scenario's, else 2022).")
    var seed: UInt64?
}

extension Grade: ExpressibleByArgument {}

/// Runs a mock audit and prints the gap summary.
struct MockAudit {
    var stages: Set<Stage>
    var controls: Set<ControlID>?

    func run(data: DataOptions, options: AuditOptions) throws {
        let workspace = try Workspace.load(data)
        guard let setName = options.answers else {
            throw ValidationError("interactive sessions open in the REPL; to run unattended, pass --answers SET (the scenario has: \(workspace.scenario.answerSets.map(\.id).joined(separator: ", ")))")
        }
        let answers = try workspace.answerSet(setName)
        let run = AuditRun(scenario: workspace.scenario, bank: workspace.bank, tables: workspace.tables, answers: answers,
                           options: .init(stages: stages, controls: controls, seed: options.seed))
        let summary = GapSummary(run: run, answerSet: setName)
        switch options.format {
        case .text: print(TextReport.render(summary), terminator: "")
        case .json: print(try summary.json())
        }
        if let threshold = options.failOn, run.findings.contains(where: { $0.grade <= threshold }) {
            throw ExitCode(2)
        }
    }
}

struct Stage1Command: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stage1",
        abstract: "Mock Stage 1: review the mandatory documented information and interview the ISMS manager and top management.")

    @OptionGroup var data: DataOptions
    @OptionGroup var options: AuditOptions

    func run() throws { try MockAudit(stages: [.documentation]).run(data: data, options: options) }
}

struct Stage2Command: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stage2",
        abstract: "Mock Stage 2: sample the evidence of every applicable control and interview its owner.")

    @OptionGroup var data: DataOptions
    @OptionGroup var options: AuditOptions

    @Option(name: .long, parsing: .upToNextOption, help: ArgumentHelp("Only these controls (comma-separated, e.g. A.5.15,A.8.32).", valueName: "ids"))
    var controls: [String] = []

    func run() throws {
        let ids = controls.flatMap { $0.split(separator: ",") }.map { ControlID(String($0).trimmingCharacters(in: .whitespaces)) }
        try MockAudit(stages: [.operational], controls: ids.isEmpty ? nil : Set(ids)).run(data: data, options: options)
    }
}

struct ReadinessCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "readiness",
        abstract: "Full readiness assessment: Stage 1 then Stage 2, findings graded, and the verdict.",
        discussion: "Use --fail-on major to gate a pipeline: the exit status is 2 when such a finding exists.")

    @OptionGroup var data: DataOptions
    @OptionGroup var options: AuditOptions

    func run() throws { try MockAudit(stages: [.documentation, .operational]).run(data: data, options: options) }
}
