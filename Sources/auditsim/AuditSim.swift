import ArgumentParser
import AuditSimCore
import AuditSimREPL
import Foundation

@main
struct AuditSim: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "auditsim",
        abstract: "Rehearse an ISO/IEC 27001:2022 certification audit before the real one.",
        discussion: """
            Control owners rehearse their interviews, ISMS leads run mock Stage 1 and Stage 2 \
            audits, and everyone gets a gap summary. Run without a subcommand to open the \
            home view of the default scenario.
            """,
        version: "0.1.0",
        subcommands: [Validate.self, Generate.self, Interpret.self, Stage1Command.self, Stage2Command.self, ReadinessCommand.self,
                      RehearseCommand.self, SessionsCommand.self, ShowCommand.self, ResumeCommand.self, VerifyCommand.self, ReportCommand.self,
                      ActionsCommand.self]
    )

    @OptionGroup var data: DataOptions

    @OptionGroup var store: StoreOptions

    /// At a terminal the home view is a prompt; piped, it prints once (scripts can read it).
    func run() async throws {
        guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else { return try Home.show(data) }
        var home = HomeShell(data: data, store: store, reader: LineReaders.standard())
        try home.run()
    }
}
