import ArgumentParser
import AuditSimCore
import Foundation

/// Options every mock-audit command shares.
struct AuditOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("Run unattended with this answer set of the scenario (e.g. prepared).", valueName: "set"))
    var answers: String?

    @Option(name: .long, help: ArgumentHelp("Output format printed to standard output.", valueName: "text|json|md|html|csv|oscal"))
    var format: ReportFormat = .text

    @Option(name: .long, help: ArgumentHelp(
        "Also write the gap summary to this file; the format comes from the extension (.md, .html, .csv, .json, .oscal.json, .txt).",
        valueName: "file"))
    var report: String?

    @Option(name: .long, help: ArgumentHelp("Exit with status 2 when a finding of this grade or worse exists.", valueName: "major|minor|observation"))
    var failOn: Grade?

    @Option(name: .long, help: "Seed for evidence sampling (default: the scenario's, else 2022).")
    var seed: UInt64?

    @OptionGroup var store: StoreOptions

    /// The report file's format, checked before the audit runs so a typo costs nothing.
    var reportFormat: ReportFormat? {
        get throws {
            guard let report else { return nil }
            guard let format = ReportFormat(fileExtension: report) else {
                throw ValidationError("cannot tell the report format from '\(report)'; end the name in .md, .html, .csv, .json, .oscal.json or .txt")
            }
            return format
        }
    }

    func validate() throws { _ = try reportFormat }
}

extension ReportFormat: ExpressibleByArgument {}

extension Grade: ExpressibleByArgument {}

/// Runs a mock audit and prints the gap summary.
struct MockAudit {
    var stages: Set<Stage>
    var controls: Set<ControlID>?

    func run(data: DataOptions, options: AuditOptions) throws {
        let workspace = try Workspace.load(data)
        guard let setName = options.answers else {
            // No answer set: the lead answers at the terminal (or through a pipe).
            return try InterviewLaunch.audit(workspace: workspace, stages: stages, controls: controls, seed: options.seed,
                                             store: options.store)
        }
        let answers = try workspace.answerSet(setName)
        let run = AuditRun(scenario: workspace.scenario, bank: workspace.bank, tables: workspace.tables, answers: answers,
                           options: .init(stages: stages, controls: controls, seed: options.seed))
        UntilExit.keep(run)
        UntilExit.keep(workspace.tables)
        let summary = GapSummary(run: run, answerSet: setName, tracked: try trackedActions(options.store, scenario: workspace.scenario.name))
        if let closed = summary.closedByEvidence, !closed.isEmpty {
            FileHandle.standardError.write(Data(("auditsim: this run's evidence closes tracked actions for " + closed.joined(separator: ", ")
                + " (`auditsim actions import` records them as verified)\n").utf8))
        }
        if let path = options.report, let format = try options.reportFormat {
            let url = URL(fileURLWithPath: path)
            do {
                try Data(try format.render(summary, run: run).utf8).write(to: url, options: .atomic)
            } catch {
                // An I/O failure, not a usage mistake: say so without the usage text.
                FileHandle.standardError.write(Data("auditsim: cannot write the report to \(path): \(error.localizedDescription)\n".utf8))
                throw ExitCode(1)
            }
            FileHandle.standardError.write(Data("auditsim: wrote the \(format.rawValue) report to \(path)\n".utf8))
        }
        print(try options.format.render(summary, run: run), terminator: "")
        if let threshold = options.failOn, run.findings.contains(where: { $0.grade <= threshold }) {
            throw ExitCode(2)
        }
    }
}

/// The scenario's tracked corrective actions, when a store already exists (a readiness run
/// never creates one).
func trackedActions(_ store: StoreOptions, scenario: String) throws -> [TrackedAction] {
    guard FileManager.default.fileExists(atPath: store.url.path) else { return [] }
    return try store.openActions().actions(ActionFilter(scenario: scenario))
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
