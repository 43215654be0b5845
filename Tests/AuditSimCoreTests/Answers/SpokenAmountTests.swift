import Testing
@testable import AuditSimCore

/// Amounts as people give them in interviews: bounds and rounded figures ("ninety-odd per
/// cent", "well over ninety", "fewer than ten", "nearly all of them"). Each is heard as the
/// range the words allow and held against the records: a figure inside that range agrees.
@Suite("Spoken amounts against the records")
struct SpokenAmountTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var said: String
        var kind: AnswerKind
        var recorded: Double
        var verdict: Verdict
        var testDescription: String { "\"\(said)\" vs \(recorded) → \(verdict.rawValue)" }
    }

    static func p(_ said: String, _ recorded: Double, _ verdict: Verdict) -> Case {
        Case(said: said, kind: .percent, recorded: recorded, verdict: verdict)
    }
    static func n(_ said: String, _ recorded: Double, _ verdict: Verdict) -> Case {
        Case(said: said, kind: .number, recorded: recorded, verdict: verdict)
    }

    static let cases: [Case] = [
        // Rounded figures: "ninety-odd" is 90 to 99.
        p("about ninety-odd percent", 97, .consistent),
        p("ninety-odd per cent, I'd say", 93, .consistent),
        p("ninety something percent", 98, .consistent),
        p("ninety-odd percent", 62, .contradicts),
        n("twenty-odd", 27, .consistent),
        n("twenty-odd leavers", 45, .contradicts),
        n("a hundred-odd devices", 140, .consistent),
        n("forty plus", 46, .consistent),
        // Bounds.
        p("well over ninety", 97.5, .consistent),
        p("over 95 per cent", 99, .consistent),
        p("more than ninety percent", 60, .contradicts),
        p("at least 90%", 100, .consistent),
        n("more than a dozen", 15, .consistent),
        n("fewer than ten", 6, .consistent),
        n("under 20 of them", 18, .consistent),
        n("less than five", 30, .contradicts),
        p("nearly a hundred percent", 98, .consistent),
        p("almost 100%", 99.2, .consistent),
        p("just under 90 per cent", 88, .consistent),
        n("nearly 40", 38, .consistent),
        // A range agrees anywhere inside it, not only at its midpoint.
        n("between 10 and 20", 18, .consistent),
        n("somewhere between ten and twenty", 11, .consistent),
        n("between 10 and 20", 40, .contradicts),
        // Shares in words, to a share question.
        p("nearly all of them", 92, .consistent),
        p("the vast majority", 96, .consistent),
        p("almost everyone", 55, .contradicts),
        p("most of them", 70, .consistent),
        p("most of them, yeah", 20, .contradicts),
        p("pretty much all of them", 93, .consistent),
        p("practically everyone", 60, .contradicts),
        // Amounts by their digits; a figure said beside them wins.
        n("single figures", 7, .consistent),
        n("single figures, thankfully", 14, .contradicts),
        n("double figures, twelve maybe", 12, .consistent),
        n("in double figures, twelve maybe", 30, .contradicts),
        // Two neighbouring figures are one amount between them; "a couple of dozen" is 24.
        p("ninety-eight, ninety-nine percent", 99, .consistent),
        p("ninety-eight, ninety-nine percent", 70, .contradicts),
        n("Three, four maybe", 4, .consistent),
        n("a couple of dozen", 24, .consistent),
        // Exact figures still compare as before.
        p("95 per cent", 95, .consistent),
        p("ninety percent", 60, .contradicts),
    ]

    @Test(arguments: cases)
    func heardAsTheRangeTheWordsAllow(_ c: Case) {
        let heard = interpret(c.said, c.kind)
        #expect(heard.value != nil, "\(c.said) -> \(heard.explanation)")
        let reference: Reference = c.kind == .percent ? .percent(c.recorded) : .number(c.recorded)
        let judgement = Comparator.compare(heard, with: reference, tolerance: Tolerance(), recorded: "the records")
        #expect(judgement.verdict == c.verdict, "\(c.said) -> \(heard.explanation) / \(judgement.explanation)")
    }

    @Test func theExplanationNamesTheRangeHeard() {
        let heard = interpret("ninety-odd percent", .percent)
        #expect(heard.explanation.contains("90 to 99"), "\(heard.explanation)")
        let judgement = Comparator.compare(heard, with: .percent(62), tolerance: Tolerance(), recorded: "the records")
        #expect(judgement.explanation.contains("90 to 99"), "\(judgement.explanation)")
    }

    /// To "what share was on time?": a bound on what went wrong bounds what went right, and a
    /// share in words answers the question even when the misses are counted after it.
    @Test(arguments: [
        ("under five percent went over", 97.0, Verdict.consistent),
        ("most; two highs ran over and one is still open", 92.7, .consistent),
        ("nearly all of them, a couple ran late", 95, .consistent),
        ("nearly all of them, a couple ran late", 40, .contradicts),
    ])
    func onTimeShares(_ said: String, _ recorded: Double, _ verdict: Verdict) {
        var ctx = context
        ctx.population = 41
        ctx.successShare = true
        let heard = interpret(said, .percent, ctx)
        let judgement = Comparator.compare(heard, with: .percent(recorded), tolerance: Tolerance(), recorded: "the records")
        #expect(judgement.verdict == verdict, "\(said) -> \(heard.explanation) / \(judgement.explanation)")
    }

    /// A bound with nothing after it is no amount, and never reads past the answer.
    @Test(arguments: ["over", "we're at over", "not quite", "two went over", "under"])
    func aBoundAtTheEndIsNoAmount(_ said: String) {
        _ = interpret(said, .percent)
        _ = interpret(said, .number)
    }

    /// Vague counts stay vague: "a few" leavers is not a number to hold against the records.
    @Test(arguments: ["a few", "several", "a handful", "loads"])
    func vagueCountsAreNotGuessed(_ said: String) {
        #expect(interpret(said, .number).value == nil)
    }
}
