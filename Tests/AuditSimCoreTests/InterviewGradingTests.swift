import Foundation
import Testing

@testable import AuditSimCore

/// `InterviewJudge.findings` over real interpreted answers, on a tiny in-memory bank.
@Suite("Interview grading")
struct InterviewGradingTests {
    typealias K = GradingKit

    /// Restore tests on the 15th of each month, documented monthly: the records show monthly.
    let scenario: Scenario
    let judge: InterviewJudge

    init() {
        let source = K.source()
        let table = K.table(source, K.monthly(Array(1...6)))
        scenario = K.scenario([source])
        let facts = [source.id: EvidenceFacts(table: table, organisation: scenario.organisation)]
        judge = InterviewJudge(scenario: scenario, resolver: ReferenceResolver(scenario: scenario, facts: facts))
    }

    static let frequency = Question(
        id: "A.8.13-restore-frequency", control: "A.8.13", stage: .operational, audience: .controlOwner,
        text: "How often do you test a restore?", answer: .frequency,
        compare: .evidence(kind: nil, fact: .cadence, tolerance: Tolerance()), looksFor: "monthly, as documented")

    static let walkthrough = Question(
        id: "A.8.13-restore-walkthrough", control: "A.8.13", stage: .operational, audience: .controlOwner,
        text: "Walk me through a restore test.", answer: .freeText,
        talkingPoints: [TalkingPoint(concept: "restore"), TalkingPoint(concept: "checksum"),
                        TalkingPoint(concept: "ticket"), TalkingPoint(concept: "escalate", synonyms: ["escalation"])],
        looksFor: "restore, verify, record, escalate")

    static let describe = Question(
        id: "A.8.13-backup-log", control: "A.8.13", stage: .operational, audience: .controlOwner,
        text: "What do you do with the backup log?", answer: .freeText, looksFor: "their own words")

    func turn(_ answer: String?, _ question: Question, followUp: String? = nil) -> InterviewTurn {
        guard let answer else {
            return InterviewTurn(questionID: question.id, control: question.control, interviewee: "pat", asked: question.text,
                                 answer: nil, interpretation: nil, judgement: Judgement(verdict: .notAnswered, explanation: "Not answered."))
        }
        let interpretation = judge.interpret(answer, for: question)
        return InterviewTurn(questionID: question.id, control: question.control, interviewee: "pat", asked: question.text,
                             answer: answer, interpretation: interpretation, judgement: judge.judge(interpretation, for: question))
    }

    func findings(_ answer: String?, _ question: Question = Self.frequency) -> [Finding] {
        judge.findings(for: turn(answer, question), question: question)
    }

    @Test func aConsistentConfidentAnswerRaisesNothing() {
        #expect(turn("Monthly, on the fifteenth.", Self.frequency).judgement.verdict == .consistent)
        #expect(findings("Monthly, on the fifteenth.").isEmpty)
    }

    @Test func aContradictingAnswerIsAtMostAnObservation() throws {
        // JUDGEMENT.md §3: a wrong account from memory is on its own at most an observation.
        let t = turn("Every week.", Self.frequency)
        #expect(t.judgement.verdict == .contradicts)
        let f = try #require(findings("Every week.").theOnly)
        #expect(f.rule == .answerContradicts)
        #expect(f.grade == .observation)
        #expect(f.person == "pat")
        #expect(f.control == "A.8.13")
        #expect(f.stage == .operational)
        #expect(f.owner == "pat")
        #expect(f.id == "S2-A.8.13-answer-contradicts-A.8.13-restore-frequency")
        #expect(f.evidence.first == Citation(kind: .answer, reference: Self.frequency.id, detail: "Every week."))
        #expect(f.evidence.contains { $0.kind == .record && $0.reference == "RT-06" })  // the records it was held against
        #expect(Set(f.sources) == [.said, .recorded])
    }

    @Test(arguments: ["I don't know.", "No idea, I'd have to check."])
    func notKnowingIsCannotDescribe(answer: String) throws {
        let f = try #require(findings(answer).theOnly)
        #expect(f.rule == .cannotDescribe)
        #expect(f.grade == .observation)
        #expect(f.control == "A.8.13")
    }

    /// An answer the engine cannot read may be ordinary speech it does not know: it is never
    /// held against the person (JUDGEMENT.md §3), only coached; "I don't know" is.
    @Test func anUninterpretableAnswerIsCoachingNotAnObservation() throws {
        let t = turn("The blue folder on the shelf.", Self.frequency)
        #expect(t.interpretation?.value == nil)
        #expect(findings("The blue folder on the shelf.").map(\.rule) == [.unclearAnswer])
        #expect(findings("The blue folder on the shelf.").allSatisfy { $0.grade == .improvement })
        #expect(findings("No idea, honestly.").map(\.rule) == [.cannotDescribe])
    }

    @Test func aHedgedButConsistentAnswerIsCoachingOnly() throws {
        let t = turn("I think it's monthly.", Self.frequency)
        #expect(t.interpretation?.hedged == true)
        #expect(t.judgement.verdict == .consistent)
        let f = try #require(findings("I think it's monthly.").theOnly)
        #expect(f.rule == .hedgedAnswer)
        #expect(f.grade == .improvement)  // coaching: `InterviewEvidence` keeps it out of the findings
    }

    @Test func aHedgedContradictionIsOnlyTheContradiction() {
        #expect(findings("Probably weekly.").map(\.rule) == [.answerContradicts])
    }

    @Test func aPartlyConsistentAnswerIsAnImprovement() throws {
        let t = turn("Every two months.", Self.frequency)
        #expect(t.judgement.verdict == .partlyConsistent)  // one rung off
        let f = try #require(findings("Every two months.").theOnly)
        #expect(f.rule == .improvement)
        #expect(f.grade == .improvement)
    }

    @Test func aFreeTextAnswerCoveringUnderHalfOfItsPointsIsAThinAnswerForCoaching() throws {
        let answer = "We restore a file from last night."
        if case let .freeText(coverage)? = turn(answer, Self.walkthrough).interpretation?.value {
            #expect(coverage.covered == ["restore"])
        } else {
            Issue.record("not read as free text")
        }
        let f = try #require(findings(answer, Self.walkthrough).theOnly)
        #expect(f.rule == .thinAnswer)
        #expect(f.grade == .improvement)
    }

    @Test func aFreeTextAnswerCoveringHalfOfItsPointsRaisesNothing() {
        let answer = "We restore a file and compare its checksum with the original."
        #expect(turn(answer, Self.walkthrough).judgement.verdict == .consistent)
        #expect(findings(answer, Self.walkthrough).isEmpty)
    }

    @Test func aRecitedDocumentIsCoachingOnly() throws {
        let recited = try #require(K.procedure.text)
        let t = turn(recited, Self.describe)
        #expect(t.interpretation?.recited?.documentID == "backup-procedure")
        let f = try #require(findings(recited, Self.describe).theOnly)
        #expect(f.rule == .recitedAnswer)
        #expect(f.grade == .improvement)
        #expect(f.found.contains("Backup Procedure"))
        #expect(Set(f.sources) == [.said, .documented])
    }

    @Test func anAnswerInOwnWordsIsNotRecited() {
        let own = "Every morning I open the log, look for red lines, and raise a ticket for any failed job."
        #expect(turn(own, Self.describe).interpretation?.recited == nil)
        #expect(findings(own, Self.describe).isEmpty)
    }

    // MARK: Shipped-scenario regressions (brightwater, kestrel)

    @Test func doubtBeforeAnAnswerOfOnesOwnIsAHedgeHeldAgainstTheRecords() throws {
        // "Not sure - every month or two?" offers monthly: an answer, not "I don't know".
        let t = turn("Not sure - every month or two?", Self.frequency)
        #expect(t.judgement.verdict == .consistent)
        #expect(findings("Not sure - every month or two?").map(\.rule) == [.hedgedAnswer])
        #expect(findings("Not sure, monthly.").map(\.rule) == [.hedgedAnswer])
        // A wrong guess is still wrong.
        #expect(findings("Not sure, every week.").map(\.rule) == [.answerContradicts])
    }

    @Test func unsureInsideAnAccountIsNotAHedge() {
        let answer = "We restore a file and compare its checksum, and I'd escalate even if unsure."
        #expect(turn(answer, Self.walkthrough).interpretation?.unknown == true)
        #expect(findings(answer, Self.walkthrough).isEmpty)
    }

    static let alertsOnTime = Question(
        id: "A.8.16-on-time", control: "A.8.13", stage: .operational, audience: .controlOwner,
        text: "What share of alerts were triaged on time?", answer: .percent,
        compare: .evidence(kind: "monitoring-alert", fact: .onTimeRate, tolerance: Tolerance()), looksFor: "the figure")

    static let restoreCount = Question(
        id: "A.8.13-restore-count", control: "A.8.13", stage: .operational, audience: .controlOwner,
        text: "How many restore tests were run?", answer: .number,
        compare: .evidence(kind: nil, fact: .count, tolerance: Tolerance()), looksFor: "the count")

    @Test func notMeasuredWithNoRecordsEitherCannotBeChecked() {
        let t = turn("We do not export triage times yet.", Self.alertsOnTime)
        #expect(t.judgement.verdict == .cannotCheck)
        #expect(findings("We do not export triage times yet.", Self.alertsOnTime).isEmpty)
    }

    @Test func notMeasuredWhenTheRecordsHoldTheFigureIsCannotDescribe() {
        #expect(findings("We don't track that.", Self.restoreCount).map(\.rule) == [.cannotDescribe])
    }

    @Test func sayingAStoppedControlIsNotDoneAgreesWithRecordsThatStop() throws {
        // Monthly restore tests in January to March, none in April, May or June.
        let source = K.source()
        let facts = [source.id: EvidenceFacts(table: K.table(source, K.monthly([1, 2, 3])), organisation: scenario.organisation)]
        let lapsed = InterviewJudge(scenario: scenario, resolver: ReferenceResolver(scenario: scenario, facts: facts))
        let answer = "Monthly is the plan, but we haven't done one since March."
        let interpretation = lapsed.interpret(answer, for: Self.frequency)
        #expect(interpretation.value == .frequency(.never))
        #expect(lapsed.judge(interpretation, for: Self.frequency).verdict == .consistent)
        // Records that carry on to June do not agree with it.
        #expect(turn(answer, Self.frequency).judgement.verdict == .contradicts)
    }

    @Test func aSkippedQuestionRaisesNothing() {
        #expect(findings(nil).isEmpty)
    }
}
