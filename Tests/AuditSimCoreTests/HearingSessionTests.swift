import Foundation
import Testing

@testable import AuditSimCore

/// The interview machine on Harbourline: an answer open to two readings is asked back and
/// never graded as read; a script (which cannot reply) leaves it unreadable; follow-ups are
/// judged on their own; the records' population and the speaker reach the interpreters.
@Suite("Hearing: sessions confirm before grading", .serialized)
struct HearingSessionTests {
    static let context: AuditContext = {
        let root = ShippedScenarioTests.root
        let bank = try! QuestionBankLoader.load(root.banksDirectory.appendingPathComponent("iso27001-2022"))
        let scenario = try! ScenarioLoader.load(root.scenariosDirectory.appendingPathComponent("harbourline"), bank: bank)
        return AuditContext(scenario: scenario, bank: bank, tables: try! EvidenceLoader.loadAll(scenario),
                            options: .init(controls: ["A.6.5", "A.8.32"]))
    }()

    func session(_ person: String, _ mode: InterviewSession.Mode = .coach) -> InterviewSession {
        InterviewSession(plan: Self.context.plan(only: person), judge: Self.context.judge, mode: mode)
    }

    /// Moves to the question with `id`, skipping those before it.
    func at(_ id: String, _ s: inout InterviewSession) {
        while let p = s.prompt, p.questionID != id { _ = s.skip() }
    }

    @Test func aBareCountToAShareQuestionIsAskedBackAndNothingIsGraded() throws {
        var s = session("amira-haddad")
        at("A.6.5-leaver-on-time", &s)
        guard case let .reask(question) = s.answer("eleven") else { Issue.record("not asked back"); return }
        #expect(question == "Eleven leavers, or eleven per cent?")
        #expect(s.findings.isEmpty)
        #expect(s.turns.filter { $0.questionID == "A.6.5-leaver-on-time" }.isEmpty, "nothing recorded yet")
    }

    static let replies: [(String, Verdict)] = [
        ("leavers", .consistent), ("eleven leavers", .consistent), ("11 out of 11", .consistent),
        ("per cent", .contradicts), ("sorry, eleven per cent", .contradicts),
    ]

    @Test(arguments: replies)
    func theReplySettlesIt(_ reply: String, _ verdict: Verdict) throws {
        var s = session("amira-haddad")
        at("A.6.5-leaver-on-time", &s)
        _ = s.answer("eleven")
        let turn: InterviewTurn
        switch s.answer(reply) {
        case let .recorded(t, _, _), let .followUp(t, _, _): turn = t
        default: Issue.record("\(reply) was not taken as the answer"); return
        }
        #expect(turn.judgement.verdict == verdict, "\(reply): \(turn.judgement.explanation)")
    }

    /// "Eleven" stays open to two readings when a script cannot answer the question back: it is
    /// never graded, and never held against the person.
    @Test func aScriptCannotReplySoTheAnswerIsNotGraded() throws {
        let answers = AnswerSet(id: "t", persona: "a script", answers: ["A.6.5-leaver-on-time": .init(text: "eleven")])
        let s = AuditRun.interview(plan: Self.context.plan(only: "amira-haddad"), judge: Self.context.judge, answers: answers)
        let turn = try #require(s.turns.first { $0.questionID == "A.6.5-leaver-on-time" })
        #expect(turn.interpretation?.value == nil, "never graded as read")
        #expect(turn.judgement.verdict == Verdict.notAnswered)
        #expect(!s.findings.contains { $0.rule == FindingRule.cannotDescribe && $0.control == "A.6.5" })
        #expect(s.findings.contains { $0.rule == FindingRule.unclearAnswer && $0.control == "A.6.5" })
        #expect(!s.findings.contains { $0.rule == FindingRule.answerContradicts && $0.control == "A.6.5" })
    }

    @Test func aPolicyPointerIsAskedAboutPractice() throws {
        var s = session("callum-reid")
        guard let first = s.prompt else { Issue.record("no question"); return }
        let question = Self.context.bank.questions.first { $0.id == first.questionID }!
        guard question.answer == .yesNo else { return }
        guard case let .reask(q) = s.answer("It's in the change management procedure") else { Issue.record("not asked"); return }
        #expect(q.contains("practice"))
    }

    @Test func allOfThemIsHeldAgainstTheApprovalRate() throws {
        var s = session("callum-reid")
        at("A.8.32-approval-rate", &s)
        guard case let .followUp(turn, _, _) = s.answer("All of them, enforced by Jira") else {
            Issue.record("the exceptions in the records are not followed up"); return
        }
        #expect(turn.judgement.verdict == .contradicts, "\(turn.judgement.explanation)")
        #expect(turn.judgement.explanation.contains("exceptions"))
    }

    @Test func aFollowUpIsJudgedInItsOwnRight() throws {
        var s = session("callum-reid")
        at("A.8.32-approval-rate", &s)
        _ = s.answer("All of them, enforced by Jira")
        guard case let .recorded(_, feedback, _) = s.answer("That one was an emergency change, approved retrospectively the next day")
        else { Issue.record("follow-up not recorded"); return }
        let text = try #require(feedback)
        #expect(text.contains("On your follow-up answer"), "\(text)")
        #expect(text.contains("emergency changes"), "its own talking points: \(text)")
        #expect(s.turns.last?.questionID == "A.8.32-approval-rate")
        #expect(s.followUpJudgements[s.turns.count - 1] != nil, "kept with its own turn")
    }

    @Test(arguments: [("two weeks", Verdict.partlyConsistent), ("same day", .consistent), ("within a day", .consistent)])
    func aLooseBoundIsNotThePractice(_ answer: String, _ verdict: Verdict) throws {
        var s = session("amira-haddad")
        at("A.6.5-leaver-removal-time", &s)
        guard case let .recorded(turn, _, _) = s.answer(answer) else { Issue.record("not recorded"); return }
        #expect(turn.judgement.verdict == verdict, "\(answer): \(turn.judgement.explanation)")
    }

    @Test func meIsTheSpeaker() {
        let judge = Self.context.judge
        let q = Question(id: "who", control: "A.6.5", stage: .operational, audience: .controlOwner, text: "Who?",
                         answer: .person, looksFor: "")
        let heard = judge.interpret("me, or Kacper if I'm off", for: q, by: "amira-haddad")
        #expect(Set(heard.people.map(\.id)) == ["amira-haddad", "kacper-nowak"])
    }

    @Test func aPractiseAttemptChangesNothingRecorded() throws {
        var s = session("amira-haddad")
        at("A.6.5-leaver-on-time", &s)
        _ = s.answer("fifty per cent")
        _ = s.answer("I'd have to check the logs")
        let first = try #require(s.turns.last { $0.questionID == "A.6.5-leaver-on-time" })
        let findings = s.findings
        let again = s.practise("all eleven", again: first)
        #expect(again?.judgement.verdict == .consistent)
        #expect(s.findings.map(\.id) == findings.map(\.id))
    }
}

/// Where the records can answer, they do: the incident log is searched for lost or stolen
/// devices, so "none that I know of" is held against "Laptop stolen from car".
@Suite("Hearing: linked records")
struct LinkedRecordTests {
    static let cases: [(String, Verdict)] = [
        ("None that I know of", .contradicts),
        ("No, none this year", .contradicts),
        ("One, I think - someone left a laptop in a car in July", .consistent),
        ("Yes, a laptop was stolen from a car; it was encrypted and we wiped it", .consistent),
        ("Just the one", .consistent),
    ]

    @Test(arguments: cases)
    func lostDevicesAreHeldAgainstTheIncidentLog(_ answer: String, _ verdict: Verdict) throws {
        let context = HearingSessionTests.context
        let question = try #require(context.bank.questions.first { $0.id == "A.5.26-lost-devices" })
        let heard = context.judge.interpret(answer, for: question, by: "kacper-nowak")
        let judgement = context.judge.judge(heard, for: question, answer: answer)
        #expect(judgement.verdict == verdict, "\(answer): \(judgement.explanation)")
        #expect(judgement.citations.contains { $0.reference == "INC-0037" })
    }
}

/// "Back in February", before the operating period: still held against the records, which
/// go back further than the period the audit samples.
@Suite("Hearing: earlier history")
struct EarlierHistoryTests {
    func judge(withEarlier day: String) -> InterviewJudge {
        var judge = HearingSessionTests.context.judge
        let source = HearingSessionTests.context.scenario.evidence.first { $0.kind == "restore-test" }!
        judge.resolver.history[source.id, default: []].insert((id: "RT-EARLY", day: Day(iso: day)!), at: 0)
        return judge
    }

    func question(_ fact: EvidenceFactKind) -> Question {
        Question(id: "restore-\(fact.rawValue)", control: "A.8.13", stage: .operational, audience: .controlOwner,
                 text: "When was the restore test?", answer: .date,
                 compare: .evidence(kind: "restore-test", fact: fact, tolerance: Tolerance()), looksFor: "")
    }

    @Test func aFirstTestBeforeThePeriodIsFoundInTheRecords() {
        let j = judge(withEarlier: "2026-02-10")
        let heard = j.interpret("back in February, before the ISMS went live", for: question(.first))
        let judgement = j.judge(heard, for: question(.first), answer: "back in February")
        #expect(judgement.verdict == .consistent, "\(judgement.explanation)")
        #expect(judgement.citations.contains { $0.reference == "RT-EARLY" })
    }

    @Test func anOldTestGivenAsTheLastIsHeldAgainstTheLaterOnes() {
        let j = judge(withEarlier: "2026-02-10")
        let heard = j.interpret("February", for: question(.last))
        let judgement = j.judge(heard, for: question(.last), answer: "February")
        #expect(judgement.verdict == .contradicts, "\(judgement.explanation)")
        #expect(judgement.explanation.contains("RT-EARLY"))
    }
}

/// "Me and Dave" is held against everyone who signed, not only the most frequent signer.
@Suite("Hearing: people against the records")
struct PeopleAgainstRecordsTests {
    static let cases: [(String, Verdict)] = [
        ("me, or Marta Kowalczyk, Hannah or Priya when I'm away", .consistent),
        ("me and Marta Kowalczyk", .consistent),
        ("Hannah and Priya", .partlyConsistent),
        ("Kacper and Ruth", .contradicts),
        ("me", .consistent),
    ]

    @Test(arguments: cases)
    func approversAsASet(_ answer: String, _ verdict: Verdict) throws {
        let context = HearingSessionTests.context
        let question = try #require(context.bank.questions.first { $0.id == "A.8.32-who-approves" })
        let heard = context.judge.interpret(answer, for: question, by: "callum-reid")
        let judgement = context.judge.judge(heard, for: question, answer: answer)
        #expect(judgement.verdict == verdict, "\(answer): \(heard.explanation) \(judgement.explanation)")
    }
}
