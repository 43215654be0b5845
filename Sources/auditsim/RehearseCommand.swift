import ArgumentParser
import AuditSimCore
import AuditSimREPL
import Foundation

/// `auditsim rehearse --as NAME`: a control owner's interview rehearsal.
struct RehearseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rehearse",
        abstract: "Rehearse a control owner's audit interview, with feedback on every answer.",
        discussion: """
            The auditor asks NAME about the controls they own and compares each answer with \
            the records and the documents. Coach mode gives feedback after each answer; exam \
            mode keeps it for the end, as in the real audit. Every answer is saved as it is \
            given: leave with :pause or Ctrl-D and continue with `auditsim resume ID`.

            Answers may be piped in, one a line: `auditsim rehearse --as priya < answers.txt`.
            """)

    enum Mode: String, ExpressibleByArgument, CaseIterable { case coach, exam }

    @Option(name: .customLong("as"), help: ArgumentHelp("Who rehearses: staff id, full name or first name.", valueName: "name"))
    var name: String

    @Option(name: .long, help: "coach: feedback after each answer; exam: feedback at the end.")
    var mode: Mode = .coach

    @OptionGroup var data: DataOptions
    @OptionGroup var store: StoreOptions

    func run() throws {
        let workspace = try Workspace.load(data)
        let person = try RehearseCommand.person(named: name, in: workspace.scenario)
        let launch = InterviewLaunch(workspace: workspace, options: .init(), mode: mode == .exam ? .exam : .coach,
                                     person: person, store: store)
        try InterviewLaunch.exit(for: launch.begin(reader: LineReaders.standard()))
    }

    /// The staff member NAME means, or an error listing the people to choose from.
    static func person(named name: String, in scenario: Scenario) throws -> StaffMember {
        switch StaffMatch.find(name, in: scenario.staff) {
        case .found(let member): return member
        case .ambiguous(let many):
            throw ValidationError("'\(name)' could be any of these; use the id:\n\(StaffMatch.listing(many))")
        case .none:
            throw ValidationError("nobody called '\(name)' works at \(scenario.organisation.name). The people are:\n"
                + StaffMatch.listing(scenario.staff))
        }
    }
}
