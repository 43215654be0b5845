import ArgumentParser
import AuditSimCore
import AuditSimREPL
import Foundation

/// Starts or resumes an interactive session: builds the audit once, opens the store, and
/// hands both to the interview shell. Shared by `rehearse`, `stage1|stage2|readiness`,
/// `resume` and the home REPL.
struct InterviewLaunch {
    var workspace: Workspace
    var options: AuditRun.Options
    var mode: InterviewSession.Mode
    var person: StaffMember?
    var store: StoreOptions

    /// A new session over the plan; returns how it ended.
    func begin(reader: any LineReader) throws -> InterviewShell.Outcome {
        let context = AuditContext(scenario: workspace.scenario, bank: workspace.bank, tables: workspace.tables, options: options)
        let plan = context.plan(only: person?.id)
        guard !plan.items.isEmpty else {
            let who = person.map { "\($0.name) is not asked anything" } ?? "there is nothing to ask"
            throw ValidationError("\(who) in \(workspace.scenario.name): no applicable control in this plan has a question for them")
        }
        let sessions = try store.open()
        let info = SessionInfo(
            createdAt: SessionInfo.timestamp(), scenarioPath: workspace.scenario.directory.standardizedFileURL.path,
            scenarioName: workspace.scenario.name, bank: workspace.bank.id, mode: mode, person: person?.id,
            stages: options.stages.map(\.rawValue).sorted(), controls: options.controls?.map(\.rawValue).sorted(),
            seed: context.seed, answerSet: nil, questionsTotal: plan.items.count, banks: workspace.banks)
        let id = try sessions.create(info)
        let lock = try store.lock(id, in: sessions)
        defer { lock.release() }
        var shell = InterviewShell(
            session: InterviewSession(plan: plan, judge: context.judge, mode: mode), context: context,
            record: .init(store: sessions, id: id, resumeCommand: store.resumeCommand(id)), person: person,
            reader: reader, screen: .standard())
        return try shell.run()
    }

    /// Rebuilds session `id` from what the store kept and continues at the first
    /// unanswered question. The machine is deterministic, so replaying the stored inputs
    /// reaches exactly the state it was left in; each replayed input must meet the question
    /// it was given to, or the bank or scenario changed underneath and resuming would lie.
    static func resume(_ id: Int64, store: StoreOptions, reader: any LineReader) throws -> InterviewShell.Outcome {
        let sessions = try store.open()
        _ = try store.session(id, in: sessions)
        let lock = try store.lock(id, in: sessions)
        defer { lock.release() }
        let (summary, workspace, context, session) = try rebuild(id, from: sessions, store: store)
        let person = summary.person.flatMap(workspace.scenario.staffMember)
        var shell = InterviewShell(session: session, context: context,
                                   record: .init(store: sessions, id: id, resumeCommand: store.resumeCommand(id)),
                                   person: person, reader: reader, screen: .standard())
        if session.isFinished { FileHandle.standardOutput.write(Data("Session \(id) is already finished.\n".utf8)) }
        else { try sessions.setStatus(.active, for: id) }
        return try shell.run(resumed: true)
    }

    /// A stored session rebuilt: its scenario, context and machine with every stored input
    /// replayed. Each replayed input must meet the question it was given to, or the bank or
    /// scenario changed underneath and the rebuilt session would lie.
    static func rebuild(_ id: Int64, from sessions: SessionStore, store: StoreOptions, replay: Bool = true) throws
        -> (SessionSummary, Workspace, AuditContext, InterviewSession)
    {
        let summary = try store.session(id, in: sessions)
        let data = try DataOptions.parse(["--scenario", summary.scenarioPath] + (summary.banks.map { ["--banks", $0] } ?? []))
        let workspace = try Workspace.load(data)
        guard workspace.bank.id == summary.bank else {
            throw ValidationError("session \(id) used the bank '\(summary.bank)'; the scenario now uses '\(workspace.bank.id)'")
        }
        let options = AuditRun.Options(stages: Set(summary.stages.compactMap(Stage.init(rawValue:))),
                                       controls: summary.controls.map { ids in Set(ids.map { ControlID($0) }) }, seed: summary.seed)
        let context = AuditContext(scenario: workspace.scenario, bank: workspace.bank, tables: workspace.tables, options: options)
        let mode = InterviewSession.Mode(rawValue: summary.mode) ?? .coach
        var session = InterviewSession(plan: context.plan(only: summary.person), judge: context.judge, mode: mode)
        for turn in try replay ? sessions.turns(of: id) : [] {
            guard let prompt = session.prompt, prompt.questionID == turn.questionID else {
                throw ValidationError("session \(id): its turn \(turn.seq) answered '\(turn.questionID)', but the "
                    + "questions have changed since (the bank or the scenario was edited). `auditsim show \(id)\(store.option)` still prints it.")
            }
            session.replay([turn.input == "skip" ? .skip : .answer(turn.text ?? "")])
        }
        return (summary, workspace, context, session)
    }

    /// The exit status for how a session ended: SIGTERM is reported as such (128 + 15).
    static func exit(for outcome: InterviewShell.Outcome) throws {
        if outcome == .terminated { throw ExitCode(143) }
    }
}

extension StoreOptions {
    /// " --store PATH" when the store is not the default, for commands shown in hints.
    var option: String { store.map { " --store \(shellQuoted($0))" } ?? "" }
}

extension InterviewLaunch {
    /// `stage1|stage2|readiness` without `--answers`: the lead's session over the whole plan.
    static func audit(workspace: Workspace, stages: Set<Stage>, controls: Set<ControlID>?, seed: UInt64?,
                      store: StoreOptions) throws {
        let launch = InterviewLaunch(workspace: workspace, options: .init(stages: stages, controls: controls, seed: seed),
                                     mode: .audit, person: nil, store: store)
        try exit(for: launch.begin(reader: LineReaders.standard()))
    }
}
