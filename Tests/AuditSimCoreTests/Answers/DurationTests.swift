import Testing
import AuditSimCore

@Suite("Durations in hours")
struct DurationTests {
    static let cases: [(String, Double)] = [
        ("within 24 hours", 24),
        ("48 hrs", 48),
        ("24h", 24),
        ("two working days", 48),
        ("2 business days", 48),
        ("a fortnight", 336),
        ("half an hour", 0.5),
        ("90 minutes", 1.5),
        ("an hour and a half", 1.5),
        ("1 hour 30 minutes", 1.5),
        ("2 hours and 15 minutes", 2.25),
        ("a week", 168),
        ("1.5 days", 36),
        ("one and a half days", 36),
        ("a day and a half", 36),
        ("immediately", 0),
        ("straight away", 0),
        ("the same day", 24),
        ("by the next business day", 48),
        ("within four hours", 4),
        ("1-2 days", 48),
        ("a day or two", 48),
        ("a couple of days", 48),
        ("three weeks", 504),
        ("30 mins", 0.5),
        ("within 2-3 days", 72),
        ("in under an hour", 1),
        ("about 4h", 4),
        ("Target is 24 hours but in practice about three days", 72),
        ("we aim for 4 hours, realistically 8 hours", 8),
        ("Within 72 hours, as the policy says", 72),
        ("Within the fortnight, near enough all of them", 336),
        ("inside the week", 168),
        // A range is promised at its far end.
        ("It depends, anywhere from an hour to three days", 72),
        ("between two hours and a day", 24),
        ("four hours up to a day", 24),
    ]

    @Test(arguments: cases)
    func understands(_ text: String, _ hours: Double) {
        let result = interpret(text, .duration)
        #expect(result.value == .duration(hours: hours), "\(text) -> \(result.explanation)")
    }

    @Test(arguments: ["banana", "it depends", "24", "not long"])
    func nonsenseGivesNoValue(_ text: String) {
        #expect(interpret(text, .duration).value == nil)
    }

    @Test func workingDaysAreNamedInTheExplanation() {
        let result = interpret("two working days", .duration)
        #expect(result.explanation.contains("working day counts as 24 hours"))
        #expect(result.explanation.contains("48 hours"))
    }

    @Test func bareNumberAsksForAUnit() {
        #expect(interpret("24", .duration).explanation.contains("without a unit"))
    }
}
