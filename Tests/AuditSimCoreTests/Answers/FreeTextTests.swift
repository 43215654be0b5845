import Testing
import AuditSimCore

@Suite("Free text against talking points")
struct FreeTextTests {
    static let points = [
        TalkingPoint(concept: "escalation", synonyms: ["escalate", "raise with management"]),
        TalkingPoint(concept: "sign-off", synonyms: ["approval", "approve"]),
        TalkingPoint(concept: "root cause analysis", synonyms: ["root cause", "RCA"]),
        TalkingPoint(concept: "lessons learned", synonyms: ["post-incident review", "retrospective"]),
    ]

    static let cases: [(String, [String])] = [
        ("We escalate to the CISO, who signs off the closure", ["escalation", "sign-off"]),
        ("It gets escalated and approved by the manager", ["escalation", "sign-off"]),
        ("Escalating is the first step; then an RCA", ["escalation", "root cause analysis"]),
        ("we never escalate", []),
        ("no one signs off", []),
        ("We don't do a root cause analysis, but we escalate", ["escalation"]),
        ("If it's not resolved we escalate", ["escalation"]),
        ("We raise it with management and hold a retrospective", ["escalation", "lessons learned"]),
        ("after a post incident review we write up the root causes", ["root cause analysis", "lessons learned"]),
        ("Approval is needed before closure, no escalation though", ["sign-off"]),
        ("nothing much happens", []),
        ("the escalation path is documented and the signoff is by the CISO", ["escalation", "sign-off"]),
    ]

    @Test(arguments: cases)
    func judges(_ text: String, _ covered: [String]) {
        var ctx = context
        ctx.talkingPoints = Self.points
        let result = interpret(text, .freeText, ctx)
        let missed = Self.points.map(\.concept).filter { !covered.contains($0) }
        #expect(result.value == .freeText(TalkingPointCoverage(covered: covered, missed: missed)),
                "\(text) -> \(result.explanation)")
    }

    @Test func explanationListsCoveredAndMissed() {
        var ctx = context
        ctx.talkingPoints = Self.points
        let result = interpret("We escalate", .freeText, ctx)
        #expect(result.explanation == "Understood: covered 1 of 4 talking points: escalation (heard \"escalate\"); missed: sign-off, root cause analysis, lessons learned.")
    }

    @Test func emptyAnswerHasNoValue() {
        var ctx = context
        ctx.talkingPoints = Self.points
        #expect(interpret("   ", .freeText, ctx).value == nil)
    }
}
