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

            For targeted practice, --controls A.5.18,A.6.5 asks only about those controls, and \
            --retry-findings asks again only the controls where NAME's last rehearsal raised \
            something.
            """)

    enum Mode: String, ExpressibleByArgument, CaseIterable { case coach, exam }

    @Option(name: .customLong("as"), help: ArgumentHelp("Who rehearses: staff id, full name or first name.", valueName: "name"))
    var name: String

    @Option(name: .long, help: "coach: feedback after each answer; exam: feedback at the end.")
    var mode: Mode = .coach

    @Option(name: .long, parsing: .upToNextOption,
            help: ArgumentHelp("Only these controls (comma-separated, e.g. A.5.18,A.6.5).", valueName: "ids"))
    var controls: [String] = []

    @Flag(name: .customLong("retry-findings"), help: "Only the controls where your last rehearsal raised something.")
    var retryFindings = false

    @Flag(name: .long, help: "Print NAME's own report instead of rehearsing: their answers, coaching and trend.")
    var report = false

    @Option(name: .long, help: ArgumentHelp("With --report: this session (default: NAME's latest).", valueName: "id"))
    var session: Int64?

    @OptionGroup var data: DataOptions
    @OptionGroup var store: StoreOptions

    func run() throws {
        let workspace = try Workspace.load(data)
        let person = try RehearseCommand.person(named: name, in: workspace.scenario)
        if report { return try RehearseCommand.report(for: person, session: session, store: store) }
        var chosen: Set<ControlID>?
        let ids = controls.flatMap { $0.split(separator: ",") }.map { ControlID(String($0).trimmingCharacters(in: .whitespaces)) }
            .filter { !$0.rawValue.isEmpty }
        if !ids.isEmpty {
            let unknown = ids.filter { workspace.bank.control($0) == nil }
            guard unknown.isEmpty else {
                throw ValidationError("the bank has no control \(unknown.map(\.rawValue).joined(separator: ", "))")
            }
            chosen = Set(ids)
            let theirs = Set(person.owns).intersection(Set(ids))
            let owned = ids.contains { !workspace.scenario.owners(of: $0).isEmpty }
            guard !theirs.isEmpty || !owned else {
                let owners = ids.map { id in "\(id.rawValue): " + (workspace.scenario.owners(of: id).map(\.name).joined(separator: ", ")) }
                throw ValidationError("\(person.name) does not own \(ids.map(\.rawValue).joined(separator: ", ")); the owners are:\n  "
                    + owners.joined(separator: "\n  "))
            }
        }
        if retryFindings {
            let retry = try RehearseCommand.controlsToRetry(for: person, store: store)
            guard !retry.isEmpty else {
                throw ValidationError("\(person.name) has no earlier rehearsal with anything to retry; run `auditsim rehearse --as \(person.id)\(store.option)` first")
            }
            chosen = chosen.map { $0.intersection(retry) } ?? retry
        }
        let launch = InterviewLaunch(workspace: workspace, options: .init(controls: chosen), mode: mode == .exam ? .exam : .coach,
                                     person: person, store: store)
        try InterviewLaunch.exit(for: launch.begin(reader: LineReaders.standard()))
    }

    /// `--report`: the person's own report, apart from the organisation's gap summary.
    static func report(for person: StaffMember, session id: Int64?, store: StoreOptions) throws {
        let sessions = try store.open()
        let theirs = try sessions.sessions().filter { $0.person == person.id }.sorted { $0.id < $1.id }
        guard let chosen = id ?? theirs.last(where: { $0.answered > 0 })?.id ?? theirs.last?.id else {
            throw ValidationError("\(person.name) has not rehearsed yet; start with `auditsim rehearse --as \(person.id)\(store.option)`")
        }
        guard theirs.contains(where: { $0.id == chosen }) else {
            throw ValidationError("session \(chosen) is not a rehearsal of \(person.name)'s")
        }
        let (_, _, context, rebuilt) = try InterviewLaunch.rebuild(chosen, from: sessions, store: store)
        print(PersonReport(person: person, context: context, session: rebuilt, sessionID: chosen, history: theirs).render(),
              terminator: "")
    }

    /// The controls where the person's latest rehearsal raised a finding or an answer that
    /// did not agree with the records.
    static func controlsToRetry(for person: StaffMember, store: StoreOptions) throws -> Set<ControlID> {
        let sessions = try store.open()
        guard let last = try sessions.sessions().filter({ $0.person == person.id && $0.answered > 0 }).max(by: { $0.id < $1.id })
        else { return [] }
        let (_, _, _, session) = try InterviewLaunch.rebuild(last.id, from: sessions, store: store)
        let weak = session.turns.filter { $0.judgement.verdict != .consistent && $0.judgement.verdict != .cannotCheck }
        return Set(session.findings.map(\.control) + weak.map(\.control))
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
