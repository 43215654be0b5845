import Foundation
import Testing
import AuditSimCore

@Suite("Hostile input never crashes or hangs")
struct HostileInputTests {
    static let junk: [String] = [
        "",
        "   \n\t  ",
        "\u{1B}[31m\u{1B}[0m",
        "\u{200F}\u{200E}\u{202E}",
        "🙂🔥💯",
        "\u{0000}\u{0007}\u{007F}",
        "?!?!...,,,;;;",
        String(repeating: "\u{0301}", count: 50_000),
    ]

    @Test(arguments: junk)
    func junkGivesNoValueAndAReason(_ text: String) {
        for kind in AnswerKind.allCases {
            let result = interpret(text, kind)
            #expect(result.value == nil, "\(kind): \(result.explanation)")
            #expect(!result.explanation.isEmpty)
            #expect(!result.explanation.contains("\n"))
        }
    }

    @Test func emptyAnswerSaysSo() {
        #expect(interpret("", .frequency).explanation == "The answer was empty.")
        #expect(interpret("🙂", .frequency).explanation == "The answer had no readable words.")
    }

    @Test func escapesAndMarksAroundARealAnswerAreIgnored() {
        #expect(interpret("\u{1B}[1mquarterly\u{1B}[0m", .frequency).value == .frequency(.quarterly))
        #expect(interpret("\u{200F}quarterly\u{200F}", .frequency).value == .frequency(.quarterly))
        #expect(interpret("quarterly 👍", .frequency).value == .frequency(.quarterly))
        #expect(interpret("\u{1B}]0;title\u{07}yes", .yesNo).value == .yesNo(.yes))
        #expect(interpret("Yes\u{0000}", .yesNo).value == .yesNo(.yes))
        #expect(interpret("caf\u{00E9} – monthly", .frequency).value == .frequency(.monthly))
    }

    @Test func oneMegabyteAnswerIsCappedAndFast() {
        let huge = "quarterly " + String(repeating: "blah ", count: 210_000)
        let clock = ContinuousClock()
        var result: Interpretation?
        let elapsed = clock.measure {
            for kind in AnswerKind.allCases { result = interpret(huge, kind) }
        }
        #expect(elapsed < .seconds(5))
        #expect(interpret(huge, .frequency).value == .frequency(.quarterly))
        #expect(result?.explanation.contains("only the first 5000 characters were read") == true)
    }

    @Test func worstCaseMixtureStaysFast() {
        let mixture = String(repeating: "weekly, but monthly in theory; not 3 days ago 30/09 yes no ", count: 20_000)
        let clock = ContinuousClock()
        let elapsed = clock.measure {
            for kind in AnswerKind.allCases { _ = interpret(mixture, kind) }
        }
        #expect(elapsed < .seconds(5))
    }

    @Test func oneMegabyteOfOneCharacterIsFine() {
        let huge = String(repeating: "a", count: 1_000_000)
        #expect(interpret(huge, .number).value == nil)
        let digits = String(repeating: "9", count: 1_000_000)
        #expect(interpret(digits, .percent).value == nil)
        #expect(interpret(digits, .number).value == nil)  // 5,000 digits is not a count
        for kind in AnswerKind.allCases {
            #expect(interpret(digits, kind).explanation.count < 300)
        }
    }
}
