import Testing
import AuditSimCore

@Suite("Hedging and not knowing")
struct CertaintyTests {
    /// (text, kind, hedged, unknown)
    static let cases: [(String, AnswerKind, Bool, Bool)] = [
        ("I think quarterly", .frequency, true, false),
        ("probably monthly", .frequency, true, false),
        ("I believe it's annual", .frequency, true, false),
        ("It should be weekly", .frequency, true, false),
        ("maybe every two weeks", .frequency, true, false),
        ("roughly monthly", .frequency, true, false),
        ("quarterly?", .frequency, true, false),
        ("There's no reason it wouldn't be", .yesNo, true, false),
        ("I wouldn't say no", .yesNo, true, false),
        ("quarterly", .frequency, false, false),
        ("supposed to be quarterly but really twice a year", .frequency, false, false),
        ("should be quarterly but in practice twice a year", .frequency, false, false),
        ("I don't know", .frequency, false, true),
        ("not sure, maybe monthly", .frequency, true, true),
        ("I'd have to check", .date, false, true),
        ("can't remember exactly, last month I think", .date, true, true),
        ("no idea", .number, false, true),
        ("around 95%", .percent, false, false),
        ("about a week ago", .date, false, false),
        ("roughly 1,200", .number, false, false),
        ("Probably Sarah Jones", .person, true, false),
        ("Sarah Jones?", .person, true, false),
        ("If I remember correctly, the same day", .duration, true, false),
        ("As far as I know, yes", .yesNo, true, false),
        ("yes", .yesNo, false, false),
        ("I'm not sure who, I'd have to ask", .person, false, true),
    ]

    @Test(arguments: cases)
    func flags(_ text: String, _ kind: AnswerKind, _ hedged: Bool, _ unknown: Bool) {
        let result = interpret(text, kind)
        #expect(result.hedged == hedged, "\(text) -> \(result.explanation)")
        #expect(result.unknown == unknown, "\(text) -> \(result.explanation)")
        #expect(result.uncertain == (hedged || unknown))
    }

    @Test func hedgesDoNotHideTheValue() {
        #expect(interpret("not sure, maybe monthly", .frequency).value == .frequency(.monthly))
        #expect(interpret("I'd have to check, but I think around 40", .number).value == .number(40))
    }

    @Test func unknownAloneExplainsThatNothingWasRecorded() {
        let result = interpret("I'd have to check", .date)
        #expect(result.value == nil)
        #expect(result.explanation == "No answer to record; the speaker said they don't know (\"I'd have to check\").")
    }
}

@Suite("Recitation")
struct RecitationTests {
    static let policy = ReferenceDocument(id: "POL-007", text: """
        Access rights to information systems shall be reviewed by the asset owner at least \
        quarterly, and any rights that are no longer required shall be removed within five \
        working days of the review.
        """)
    static let ctx = InterpretationContext(today: sessionDay, documents: [policy])

    @Test func verbatimPolicyIsFlagged() {
        let result = interpret("Access rights to information systems shall be reviewed by the asset owner at least quarterly.", .frequency, Self.ctx)
        #expect(result.recited?.documentID == "POL-007")
        #expect((result.recited?.similarity ?? 0) >= 0.8)
        #expect(result.explanation.contains("sounds rehearsed"))
        #expect(result.value == .frequency(.quarterly))
    }

    @Test func ownWordsAreNotFlagged() {
        let result = interpret("Every quarter the asset owners go through who has access and we remove anything stale within a week or so.", .frequency, Self.ctx)
        #expect(result.recited == nil)
    }

    @Test func shortAnswersAreNeverRecitation() {
        #expect(interpret("reviewed by the asset owner at least quarterly", .frequency, Self.ctx).recited == nil)
    }

    @Test func caseAndPunctuationDoNotHideRecitation() {
        let text = "ACCESS RIGHTS to information systems, shall be reviewed by the ASSET OWNER, at least quarterly; and any rights that are no longer required shall be removed"
        #expect(interpret(text, .freeText, Self.ctx).recited?.documentID == "POL-007")
    }

    @Test func bestOfSeveralDocumentsWins() {
        let other = ReferenceDocument(id: "POL-001", text: "Information security is everyone's responsibility.")
        let ctx = InterpretationContext(today: sessionDay, documents: [other, Self.policy])
        let result = interpret("any rights that are no longer required shall be removed within five working days of the review", .duration, ctx)
        #expect(result.recited?.documentID == "POL-007")
        #expect(result.value == .duration(hours: 120))
    }

    /// "I couldn't tell you how often": the speaker disowns what was asked, so a stray
    /// "whenever" is not their answer; "who knows the ISMS" is not "who knows?".
    @Test(arguments: [
        ("Whenever it comes round. I couldn't tell you how often, to be honest.", AnswerKind.frequency),
        ("Sometime in the summer, but I couldn't tell you when exactly", .date),
        ("Quite a few - I don't know how many", .number),
        ("A day or so? I don't know how long it takes", .duration),
    ])
    func disownedAnswersHaveNoValue(_ said: String, _ kind: AnswerKind) {
        let result = interpret(said, kind)
        #expect(result.value == nil, "\(said) -> \(result.explanation)")
        #expect(result.unknown)
    }

    @Test(arguments: [
        ("I don't know who signs it, but it's monthly", AnswerKind.frequency),
        ("Not sure, every month or two?", .frequency),
    ])
    func aDoubtAboutSomethingElseLeavesTheAnswer(_ said: String, _ kind: AnswerKind) {
        #expect(interpret(said, kind).value != nil, "\(said) -> \(interpret(said, kind).explanation)")
    }

    @Test func whoKnowsInsideASentenceIsNotDoubt() {
        #expect(!interpret("Me, and there is nobody else who knows it well enough", .person).unknown)
    }
}
