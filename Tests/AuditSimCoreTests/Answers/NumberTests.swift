import Testing
import AuditSimCore

@Suite("Numbers and percentages")
struct NumberTests {
    static let numbers: [(String, Double)] = [
        ("12", 12),
        ("twenty-five", 25),
        ("a dozen", 12),
        ("half a dozen", 6),
        ("none", 0),
        ("zero", 0),
        ("No incidents at all", 0),
        ("a hundred and twenty", 120),
        ("roughly 1,200", 1200),
        ("about 3k", 3000),
        ("1.5 million", 1_500_000),
        ("We had 3 incidents in 2025", 3),
        ("In 2025 we had 3", 3),
        ("between 10 and 20", 15),
        ("10-20", 15),
        ("around forty", 40),
        ("12 out of 15 servers", 12),
        ("a couple", 2),
        ("three hundred thousand", 300_000),
        ("The target was 5 but we found 7", 7),
        // Two numbers in a row are two readings, not a sum ("three four" was once 7).
        ("Three, maybe four.", 3.5),  // three to four: either agrees with the records
        ("three four", 3),
        ("twenty five", 25),
        ("one hundred three", 103),
    ]

    @Test(arguments: numbers)
    func understandsNumbers(_ text: String, _ expected: Double) {
        let result = interpret(text, .number)
        #expect(result.value == .number(expected), "\(text) -> \(result.explanation)")
    }

    static let percents: [(String, Double)] = [
        ("around 95%", 95),
        ("95 percent", 95),
        ("95 per cent", 95),
        ("~95%", 95),
        ("half", 50),
        ("about half of them", 50),
        ("all of them", 100),
        ("every single one", 100),
        ("none", 0),
        ("9 out of 10", 90),
        ("1 in 5", 20),
        ("three quarters", 75),
        ("80", 80),
        ("ninety-nine percent", 99),
        ("target is 100% but we're at 92%", 92),
        // "Every change" to a share question is all of them.
        ("Shane's CAB. Every change goes through it before it goes live.", 100),
        ("each leaver, same day", 100),
        ("every single change is approved", 100),
    ]

    @Test(arguments: percents)
    func understandsPercentages(_ text: String, _ expected: Double) {
        let result = interpret(text, .percent)
        #expect(result.value == .number(expected), "\(text) -> \(result.explanation)")
    }

    @Test(arguments: ["a few", "most of them", "banana", "lots", "not every change, no", "every month"])
    func vagueOrNonsenseGivesNoValue(_ text: String) {
        #expect(interpret(text, .number).value == nil)
    }

    @Test(arguments: ["We do not export triage times yet.", "We do not have a baseline compliance report yet.",
                      "It isn't tracked.", "No data on that so far."])
    func sayingItIsNotMeasuredIsNoted(_ text: String) {
        let result = interpret(text, .percent)
        #expect(result.value == nil)
        #expect(result.unmeasured, "\(text) -> \(result.explanation)")
        #expect(result.explanation.contains("not measured"))
    }

    @Test(arguments: ["No incidents were recorded.", "95 per cent - we track it in Jira.", "banana"])
    func aFigureOrNonsenseIsNotUnmeasured(_ text: String) {
        #expect(!interpret(text, .percent).unmeasured)
    }

    @Test func percentageAbove100IsRejected() {
        let result = interpret("1200", .percent)
        #expect(result.value == nil)
        #expect(result.explanation.contains("not a percentage"))
    }

    @Test func approximationIsNotAHedgeForQuantities() {
        let result = interpret("roughly 1,200", .number)
        #expect(!result.hedged)
    }
}
