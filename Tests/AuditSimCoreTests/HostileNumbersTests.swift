import Foundation
import Testing
@testable import AuditSimCore

/// Issue 15, category 1 and 2: numbers from answers and data files never trap, and text
/// handling stays linear. Each answer is interpreted as every kind; none may crash, and a
/// number too large to read is named in the explanation.
@Suite("Hostile numbers and text in answers")
struct HostileNumbersTests {
    static let huge = "100000000000000000000"
    static let answers: [String] = [
        "99999999999999999999 days ago", "in the last \(huge) days", "every \(huge) days",
        "every 9223372036854775807 weeks", "every 9223372036854775807 days", "1000000000000000000000000 %",
        "the 99999999999999999999th of March", "\(huge) hours", "within \(huge) weeks", huge,
        "every \(huge) months", "\(huge) times a year", "\(huge) years ago", "\(huge) months ago", "\(huge) weeks ago",
        "last \(huge) days", "in \(huge) years", "1-99999999999999999999 days ago", "every 1-99999999999999999999 weeks",
        "every inf-5 days", "nan-inf hours", "999999999 years ago", "in the last 999999999 months", "999999999 days ago",
        "0.00000000000000000000001 times a year", "999999999 billion", "a billion billion billion", "every 999999999 years",
        "9223372036854775808", "-9223372036854775808 days ago", "18446744073709551616th", "1e308 days",
        "10^20 days ago", "every 10^18 months", "10^24 %",
    ]

    @Test(arguments: answers)
    func hugeNumbersNeverTrap(_ text: String) {
        let ctx = InterpretationContext(today: Day(year: 2026, month: 11, day: 16)!, staff: [])
        for kind in AnswerKind.allCases {
            let result = AnswerInterpreter.interpret(text, as: kind, in: ctx)
            #expect(!result.explanation.isEmpty && !result.explanation.contains("\n"))
            if case let .date(range)? = result.value {
                #expect(range.start > Day.earliest && range.end <= Day.latest, "\(kind) \(text): \(range)")
            }
        }
    }

    @Test(arguments: ["99999999999999999999 days ago", "every 9223372036854775807 weeks", "the 99999999999999999999th of March"])
    func tooLargeIsSaidPlainly(_ text: String) {
        let ctx = InterpretationContext(today: Day(year: 2026, month: 11, day: 16)!, staff: [])
        let result = AnswerInterpreter.interpret(text, as: text.contains("every") ? .frequency : .date, in: ctx)
        if !text.contains("March") { #expect(result.value == nil) }
        #expect(result.explanation.contains("is too large to read (numbers up to 1,000,000,000 are)"), "\(result.explanation)")
    }

    @Test func ordinaryNumbersStillRead() {
        let ctx = InterpretationContext(today: Day(year: 2026, month: 11, day: 16)!, staff: [])
        #expect(AnswerInterpreter.interpret("every 3 weeks", as: .frequency, in: ctx).value == .frequency(Frequency(everyDays: 21)))
        #expect(AnswerInterpreter.interpret("about 1,000,000,000", as: .number, in: ctx).value == .number(1_000_000_000))
        #expect(AnswerInterpreter.interpret("3 days ago", as: .date, in: ctx).value == .date(DayRange(day: Day(year: 2026, month: 11, day: 13)!)))
    }

    @Test func dayArithmeticSaturates() {
        let d = Day(year: 2026, month: 11, day: 16)!
        #expect(d.adding(days: Int.max) == Day.latest)
        #expect(d.adding(days: Int.min) == Day.earliest)
        #expect(d.adding(months: Int.max) == Day.latest)
        #expect(d.adding(months: Int.min) == Day.earliest)
        #expect(d.adding(months: -12 * 3000) == Day.earliest)
        #expect(Day.earliest.firstOfMonth == Day.earliest && Day.latest.lastOfMonth == Day.latest)
        #expect(Day(ordinal: Int.min).days(until: Day(ordinal: Int.max)) == Int.max)
    }

    @Test(arguments: [
        ("every -3 days", Frequency.FrequencyProblem.notPositive), ("every 0 days", .notPositive),
        ("every-+3-days", .notPositive), ("every 9223372036854775807 weeks", .tooLong), ("every 9223372036854775807 days", .tooLong),
        ("every 99999999999999999999 days", .tooLong), ("every 1000000000000000000 months", .tooLong), ("every 36526 days", .tooLong),
        ("every 5300 weeks", .tooLong), ("every 3.5 days", .notAFrequency), ("every three days", .notAFrequency),
    ])
    func dataFileFrequenciesAreBounded(_ text: String, _ problem: Frequency.FrequencyProblem) {
        #expect(Frequency.parse(token: text) == .failure(problem))
        #expect(Frequency(token: text) == nil)
    }

    @Test func dataFileFrequenciesStillParse() {
        #expect(Frequency(token: "every 10 days") == Frequency(everyDays: 10))
        #expect(Frequency(token: "every-10-days") == Frequency(everyDays: 10))
        #expect(Frequency(token: "every 2 weeks") == .fortnightly)
        #expect(Frequency(token: "every 36525 days") == Frequency(everyDays: 36_525))
    }

    @Test(arguments: ["1e308w", "1e3h", "infh", "nand", "-3d", "+3d", "0x10h", "99999999999999999999w", "5300w", " h"])
    func dataFileDurationsAreBounded(_ text: String) {
        #expect(YAMLFields.parseHours(text) == nil, "\(text)")
    }

    @Test func dataFileDurationsStillParse() {
        #expect(YAMLFields.parseHours("72h") == 72)
        #expect(YAMLFields.parseHours("1.5d") == 36)
        #expect(YAMLFields.parseHours("2w") == 336)
    }

    /// A letter carrying 60,000 combining marks: fast, and the explanation says marks were set aside.
    @Test func combiningMarksAreCappedAndSaidSo() {
        let text = "monthly a" + String(repeating: "\u{0301}", count: 60_000)
        let ctx = InterpretationContext(today: Day(year: 2026, month: 11, day: 16)!, staff: [])
        let clock = ContinuousClock(), start = clock.now
        for kind in AnswerKind.allCases {
            let result = AnswerInterpreter.interpret(text, as: kind, in: ctx)
            #expect(result.explanation.unicodeScalars.count < 2_000, "\(kind): explanation of \(result.explanation.unicodeScalars.count) scalars")
        }
        #expect(clock.now - start < .seconds(5))
        let frequency = AnswerInterpreter.interpret(text, as: .frequency, in: ctx)
        #expect(frequency.value == .frequency(.monthly))
        #expect(frequency.explanation.contains("combining marks beyond 16 on one letter were set aside"))
    }

    @Test func aLongAnswerIsCappedAndSaidSo() {
        let text = "quarterly " + String(repeating: "and then some more words ", count: 40_000)
        let ctx = InterpretationContext(today: Day(year: 2026, month: 11, day: 16)!, staff: [])
        let clock = ContinuousClock(), start = clock.now
        let result = AnswerInterpreter.interpret(text, as: .frequency, in: ctx)
        #expect(clock.now - start < .seconds(5))
        #expect(result.value == .frequency(.quarterly))
        #expect(result.explanation.contains("only the first 5000 characters were read"))
    }

    @Test(arguments: ["monthly\u{0}quarterly", "monthly\rquarterly", "\u{0}", "monthly\u{0}"])
    func nulAndCarriageReturnNeverReachTheExplanation(_ text: String) {
        let ctx = InterpretationContext(today: Day(year: 2026, month: 11, day: 16)!, staff: [])
        for kind in AnswerKind.allCases {
            let e = AnswerInterpreter.interpret(text, as: kind, in: ctx).explanation
            #expect(!e.contains("\u{0}") && !e.contains("\r"), "\(kind): \(e.debugDescription)")
        }
    }
}
