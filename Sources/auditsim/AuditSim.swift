import ArgumentParser
import AuditSimCore

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
        subcommands: [Validate.self, Interpret.self, Stage1Command.self, Stage2Command.self, ReadinessCommand.self]
    )

    @OptionGroup var data: DataOptions

    func run() async throws { try Home.show(data) }
}
