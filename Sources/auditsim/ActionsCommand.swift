import ArgumentParser
import AuditSimCore
import Foundation

/// `auditsim actions`: the corrective-action tracker in the session store.
struct ActionsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "actions",
        abstract: "Track corrective actions from readiness findings to closure.",
        discussion: """
            Import a readiness run's nonconformities, record root cause, plan, evidence and \
            status (open → plan-accepted → implemented → verified → closed), list what is \
            overdue, and export the tracker as XLSX, CSV or HTML. A later import shows which \
            actions the new run's evidence now closes. Examples:
              auditsim actions import --answers prepared --on 2026-11-16
              auditsim actions list --overdue --on 2026-12-20
              auditsim actions update 2 --root-cause "No review reminders" --status plan-accepted
              auditsim actions export -o actions.xlsx
            """,
        subcommands: [Import.self, List.self, Show.self, Update.self, Export.self])
}

/// `--on DATE`: the day something is recorded or looked at (default: today, UTC).
struct ActionDay: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The date to record or look at, YYYY-MM-DD (default: today).", valueName: "date"))
    var on: String?

    var day: Day {
        get throws {
            guard let on else { return Day.today }
            guard let day = Day(iso: on), day.description == on else {
                throw ValidationError("'\(on)' is not a date; write it as YYYY-MM-DD, e.g. 2026-12-01")
            }
            return day
        }
    }

    func validate() throws { _ = try day }
}

extension Day {
    /// Today in UTC, from the wall clock: only the CLI reads it, never the core.
    static var today: Day {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let c = calendar.dateComponents([.year, .month, .day], from: Date())
        return Day(year: c.year!, month: c.month!, day: c.day!)!
    }
}

extension ActionStatus: ExpressibleByArgument {}

extension ActionsCommand {
    struct Import: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Run the readiness assessment and import its nonconformities; report which tracked actions its evidence now closes.")

        @OptionGroup var data: DataOptions
        @Option(name: .long, help: ArgumentHelp("The answer set of the scenario to run with (e.g. prepared).", valueName: "set"))
        var answers: String
        @Option(name: .long, help: "Seed for evidence sampling (default: the scenario's).")
        var seed: UInt64?
        @OptionGroup var when: ActionDay
        @OptionGroup var store: StoreOptions

        func run() throws {
            let day = try when.day
            let workspace = try Workspace.load(data)
            let run = AuditRun(scenario: workspace.scenario, bank: workspace.bank, tables: workspace.tables,
                               answers: try workspace.answerSet(answers), options: .init(seed: seed))
            let actions = CorrectiveAction.plan(for: run.findings, lastStage2Day: workspace.scenario.organisation.auditDate,
                                                policy: workspace.scenario.policy)
            let titles = Dictionary(workspace.bank.controls.map { ($0.id, $0.title) }, uniquingKeysWith: { a, _ in a })
            let outcome = try store.openActions().importRun(scenario: workspace.scenario.name, actions: actions, titles: titles, on: day)
            print("Imported \(outcome.added.count) new corrective action\(outcome.added.count == 1 ? "" : "s") from the readiness run "
                  + "of \(workspace.scenario.name) (\(run.readiness.verdict.title.lowercased())); \(outcome.stillOpen.count) already tracked.")
            for a in outcome.added { print("  + \(ActionLines.line(a, today: day))") }
            if !outcome.closedByEvidence.isEmpty {
                print("Closed by this run's evidence (no longer raised, now verified):")
                for a in outcome.closedByEvidence { print("  ✓ \(ActionLines.line(a, today: day))") }
            }
            if !outcome.raisedAgain.isEmpty {
                print("Raised again although verified or closed (look again at the root cause):")
                for a in outcome.raisedAgain { print("  ! \(ActionLines.line(a, today: day))") }
            }
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List tracked actions, filtered.")

        @Option(name: .long, help: "Only this scenario (its folder name).") var scenario: String?
        @Option(name: .long, help: ArgumentHelp("Only this status.", valueName: "open|plan-accepted|implemented|verified|closed"))
        var status: ActionStatus?
        @Option(name: .long, help: ArgumentHelp("Only this grade.", valueName: "major|minor")) var grade: Grade?
        @Option(name: .long, help: "Only actions whose owner contains this text.") var owner: String?
        @Flag(name: .long, help: "Only actions overdue on --on (default today).") var overdue = false
        @OptionGroup var when: ActionDay
        @OptionGroup var store: StoreOptions

        func run() throws {
            let day = try when.day
            let filter = ActionFilter(scenario: scenario, status: status, grade: grade, owner: owner, overdueOn: overdue ? day : nil)
            let found = try store.openActions().actions(filter)
            guard !found.isEmpty else { return print("No corrective actions match.") }
            print(ActionLines.table(found, today: day))
        }
    }

    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Show one action with everything recorded against it.")

        @Argument(help: "The action id (see `auditsim actions list`).") var id: Int64
        @OptionGroup var when: ActionDay
        @OptionGroup var store: StoreOptions

        func run() throws {
            let tracker = try store.openActions()
            guard let a = try tracker.action(id) else { throw actionFailure(ActionError.noSuchAction(id)) }
            print(ActionLines.detail(a, events: try tracker.events(of: id), today: try when.day))
        }
    }

    struct Update: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Record a root cause, plan, evidence note or status move against an action (one transaction).")

        @Argument(help: "The action id.") var id: Int64
        @Option(name: .long, help: "The root cause the organisation found.") var rootCause: String?
        @Option(name: .long, help: "The corrective-action plan.") var plan: String?
        @Option(name: .long, help: "A note of evidence that the action was taken.") var evidence: String?
        @Option(name: .long, help: ArgumentHelp("Move the status forward.", valueName: "plan-accepted|implemented|verified|closed"))
        var status: ActionStatus?
        @OptionGroup var when: ActionDay
        @OptionGroup var store: StoreOptions

        func validate() throws {
            for (name, value) in [("--root-cause", rootCause), ("--plan", plan), ("--evidence", evidence)] {
                if let value, value.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty { throw ValidationError("\(name) is empty") }
            }
        }

        func run() throws {
            let update = ActionUpdate(rootCause: rootCause, plan: plan, evidence: evidence, status: status)
            do {
                let a = try store.openActions().record(id, update, on: try when.day)
                print("Recorded against action \(a.id) (\(a.findingID)): now \(a.status.rawValue).")
            } catch let error as ActionError {
                throw actionFailure(error)
            }
        }
    }

    struct Export: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Export the tracked actions as XLSX, CSV or HTML.")

        @Option(name: [.short, .customLong("output")], help: ArgumentHelp("The file to write; the format comes from .xlsx, .csv or .html.", valueName: "file"))
        var output: String
        @Option(name: .long, help: "Only this scenario.") var scenario: String?
        @OptionGroup var when: ActionDay
        @OptionGroup var store: StoreOptions

        func validate() throws {
            guard [".xlsx", ".csv", ".html"].contains(where: { output.lowercased().hasSuffix($0) }) else {
                throw ValidationError("cannot tell the format from '\(output)'; end the name in .xlsx, .csv or .html")
            }
        }

        func run() throws {
            let day = try when.day
            let actions = try store.openActions().actions(ActionFilter(scenario: scenario))
            let name = output.lowercased()
            let data = name.hasSuffix(".xlsx") ? try ActionExport.xlsx(actions, today: day)
                : Data((name.hasSuffix(".csv") ? ActionExport.csv(actions, today: day) : ActionExport.html(actions, today: day)).utf8)
            do { try data.write(to: URL(fileURLWithPath: output), options: .atomic) } catch {
                FileHandle.standardError.write(Data("auditsim: cannot write \(output): \(error.localizedDescription)\n".utf8))
                throw ExitCode(1)
            }
            FileHandle.standardError.write(Data("auditsim: wrote \(actions.count) corrective action\(actions.count == 1 ? "" : "s") to \(output)\n".utf8))
        }
    }
}

/// A tracker error is the person's mistake about the data, not about the command line: say
/// what is wrong without the usage text, and exit with status 1.
func actionFailure(_ error: ActionError) -> ExitCode {
    FileHandle.standardError.write(Data("auditsim: \(error.errorDescription ?? "\(error)")\n".utf8))
    return ExitCode(1)
}

extension StoreOptions {
    func openActions() throws -> ActionTracker {
        do { return try ActionTracker(path: url) } catch {
            throw ValidationError("cannot open the session store at \(url.path): \(error)")
        }
    }
}
