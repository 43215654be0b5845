import ArgumentParser
import AuditSimCore
import AuditSimREPL
import Foundation

struct Validate: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Check question banks and scenarios for every problem, with file:line:col locations.",
        discussion: """
            PATH may be a bank folder, a scenario folder, one of their files, or a folder of \
            them. With no PATH, the shipped QuestionBanks and Scenarios are checked. Exits 0 \
            when everything is clean (warnings allowed) and 1 when any error is found.
            """
    )

    @Argument(help: ArgumentHelp("Banks, scenarios or folders to check.", valueName: "path"))
    var paths: [String] = []

    @OptionGroup var data: DataOptions

    @Flag(name: .long, help: "Print only the problems, not the summary line.")
    var quiet = false

    func run() throws {
        // Explicit paths need no shipped data; the shipped banks still resolve `bank:` ids.
        let root = paths.isEmpty ? try data.dataRoot() : DataRoot.locate()
        let banks = root.map(data.bankDirectories) ?? []
        let targets = paths.isEmpty ? banks + (root?.scenarioDirectories ?? []) : paths.map { URL(fileURLWithPath: $0) }
        let report = Validator(knownBanks: banks).validate(targets)
        let printer = DiagnosticPrinter(style: .detect(fileDescriptor: 2))
        for diagnostic in report.diagnostics {
            FileHandle.standardError.write(Data((printer.format(diagnostic) + "\n").utf8))
        }
        if !quiet {
            let checked = [plural(report.banks.count, "bank"), plural(report.scenarios.count, "scenario")]
                .joined(separator: " and ")
            let style = TerminalStyle.detect()
            let verdict = report.errorCount == 0 ? style.green("ok") : style.red(plural(report.errorCount, "error"))
            var line = "checked \(checked): \(verdict)"
            if report.warningCount > 0 { line += ", \(plural(report.warningCount, "warning"))" }
            FileHandle.standardOutput.write(Data((line + "\n").utf8))
        }
        if report.errorCount > 0 { throw ExitCode(1) }
    }
}

func plural(_ n: Int, _ word: String) -> String { "\(n) \(word)\(n == 1 ? "" : "s")" }
