import Foundation
import GRDB
import Testing

@testable import AuditSimCore

/// The session store: every input kept, the chain catches edits, resume replays exactly.
@Suite("Session store")
struct SessionStoreTests {
    static func tempStore() throws -> SessionStore {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("auditsim-store-\(UUID().uuidString)")
        return try SessionStore(path: dir.appendingPathComponent("nested/sessions.sqlite"))
    }

    /// The mini fixture scenario with its bank and evidence, and an interview over it.
    static func session(mode: InterviewSession.Mode = .coach) throws -> (InterviewSession, Scenario, QuestionBank) {
        let bank = try QuestionBankLoader.load(Fixture.url("banks/mini"))
        let scenario = try ScenarioLoader.load(Fixture.url("scenarios/mini"), bank: bank)
        let tables = try EvidenceLoader.loadAll(scenario)
        let facts = Dictionary(uniqueKeysWithValues: tables.map { ($0.source.id, EvidenceFacts(table: $0, organisation: scenario.organisation)) })
        let resolver = ReferenceResolver(scenario: scenario, facts: facts)
        let plan = InterviewPlan.make(scenario: scenario, bank: bank, stages: [.documentation, .operational], resolver: resolver)
        return (InterviewSession(plan: plan, judge: InterviewJudge(scenario: scenario, resolver: resolver), mode: mode), scenario, bank)
    }

    static func info(_ total: Int) -> SessionInfo {
        SessionInfo(createdAt: "2026-11-29T10:00:00Z", scenarioPath: "/s/mini", scenarioName: "mini", bank: "mini", mode: .coach,
                    person: "bob", stages: [1, 2], controls: nil, seed: 2022, answerSet: nil, questionsTotal: total)
    }

    /// Answers through the machine, committing each input as a shell does.
    static func drive(_ session: inout InterviewSession, _ inputs: [InterviewSession.Input], store: SessionStore, id: Int64) throws {
        for input in inputs {
            guard let prompt = session.prompt else { return }
            let step: InterviewSession.Step
            switch input {
            case let .answer(text): step = session.answer(text)
            case .skip: step = session.skip()
            }
            try store.append(StoredTurn(createdAt: "2026-11-29T10:01:00Z", prompt: prompt, input: input, step: step,
                                        progress: session.turns.count), to: id)
        }
    }

    @Test func inputsAreKeptAndTheChainVerifies() throws {
        let store = try Self.tempStore()
        var (session, _, _) = try Self.session()
        let id = try store.create(Self.info(session.plan.items.count))
        try Self.drive(&session, [.answer("purple elephants"), .answer("I don't know"), .answer("every quarter"), .skip],
                       store: store, id: id)
        let turns = try store.turns(of: id)
        #expect(turns.map(\.seq) == Array(1...turns.count))
        #expect(turns.first?.outcome == "reask")
        #expect(try store.inputs(of: id).count == 4)
        #expect(try store.verify(id) == .intact(turns: 4))
        #expect(try store.session(id)?.status == "active")
    }

    @Test func anAlteredAnswerIsCaught() throws {
        let store = try Self.tempStore()
        var (session, _, _) = try Self.session()
        let id = try store.create(Self.info(session.plan.items.count))
        try Self.drive(&session, [.answer("2026-09-30"), .answer("quarterly"), .answer("we restored a file and it passed")],
                       store: store, id: id)
        let queue = try DatabaseQueue(path: store.path.path)
        try queue.write { db in
            try db.execute(sql: "UPDATE turn SET text = 'monthly' WHERE sessionId = ? AND seq = 2", arguments: [id])
        }
        #expect(try store.verify(id) == .altered(seq: 2, questionID: "A.5.15-review-cadence"))
    }

    @Test func replayingTheStoredInputsResumesWhereTheSessionStopped() throws {
        let store = try Self.tempStore()
        var (session, _, _) = try Self.session()
        let id = try store.create(Self.info(session.plan.items.count))
        try Self.drive(&session, [.answer("2026-09-30"), .answer("monthly")], store: store, id: id)
        let before = session.prompt

        var (resumed, _, _) = try Self.session()
        resumed.replay(try store.inputs(of: id))
        #expect(resumed.prompt == before)
        #expect(resumed.turns.map(\.questionID) == session.turns.map(\.questionID))
        #expect(resumed.findings.map(\.id) == session.findings.map(\.id))
    }

    @Test func aReopenedStoreKeepsItsSessions() throws {
        let store = try Self.tempStore()
        let id = try store.create(Self.info(3))
        try store.record(findings: [], verdict: "ready", status: .finished, for: id)
        let again = try SessionStore(path: store.path)
        let listed = try again.sessions()
        #expect(listed.map(\.id) == [id])
        #expect(listed.first?.verdict == "ready")
        #expect(listed.first?.status == "finished")
        #expect(try again.latest()?.id == id)
    }

    @Test func theDefaultPathFollowsXDG() {
        #expect(SessionStore.defaultPath(environment: ["XDG_DATA_HOME": "/x/data"]).path == "/x/data/auditsim/sessions.sqlite")
        #expect(SessionStore.defaultPath(environment: [:]).path.hasSuffix("/.local/share/auditsim/sessions.sqlite"))
    }
}

@Suite("Interview session machine")
struct InterviewSessionTests {
    @Test func anUnreadableAnswerIsAskedAgainOnceThenRecorded() throws {
        var (session, _, _) = try SessionStoreTests.session()
        let first = session.prompt
        guard case let .reask(message) = session.answer("purple elephants") else {
            Issue.record("expected a re-ask")
            return
        }
        #expect(message.contains("Could you tell me"))
        #expect(session.prompt == first)
        guard case .recorded = session.answer("purple elephants again") else {
            Issue.record("expected the second try to be recorded")
            return
        }
        #expect(session.findings.contains { $0.rule == .unclearAnswer })
        #expect(!session.findings.contains { $0.rule == .cannotDescribe })
    }

    @Test func aFollowUpAboutGapsIsNotAskedWhenTheRecordsHaveNone() throws {
        // The mini bank's follow-up asks "The records show {gaps}. What happened?"; the
        // quarterly reviews missed no quarter, so asking it would make no sense.
        var (session, _, _) = try SessionStoreTests.session()
        _ = session.answer("2026-09-30")
        guard case .recorded = session.answer("weekly") else {
            Issue.record("expected the answer to be recorded without a follow-up about gaps")
            return
        }
        #expect(session.prompt?.isFollowUp == false)
        #expect(session.findings.contains { $0.rule == .answerContradicts })
    }

    @Test func coachModeExplainsExamModeWaits() throws {
        var (coach, _, _) = try SessionStoreTests.session(mode: .coach)
        var (exam, _, _) = try SessionStoreTests.session(mode: .exam)
        guard case let .recorded(_, coachFeedback, _) = coach.answer("30 September"),
              case let .recorded(_, examFeedback, _) = exam.answer("30 September") else {
            Issue.record("expected both recorded")
            return
        }
        #expect(coachFeedback?.contains("An auditor would") == true)
        #expect(examFeedback == nil)
    }

    @Test func progressCountsQuestionsAndControls() throws {
        var (session, _, _) = try SessionStoreTests.session()
        #expect(session.progress.question == 1)
        _ = session.skip()
        #expect(session.progress.question == 2)
        #expect(session.progress.controlsDone == 1)
        while !session.isFinished { _ = session.skip() }
        #expect(session.prompt == nil)
        #expect(session.progress.controlsDone == session.progress.controlsTotal)
    }
}
