import Testing
import AuditSimCore

// Phrasings from the panel interviews (the casebook's Brackenridge transcript and Calderway's
// panel), written as the people said them, with what an auditor hears.
@Suite("Hearing: panel phrasings")
struct PanelPhrasingTests {
    static func share(_ population: Int?) -> InterpretationContext {
        var ctx = hearing(population: population, unit: "reviews due")
        ctx.successShare = true
        return ctx
    }

    @Test(arguments: [
        ("Before they start, always. Nobody starts before their checks are back - all of them, no exceptions.", 30, 100.0),
        ("No one gets access without a ticket.", 40, 100),
        ("Nobody leaves until their laptop is back.", 12, 100),
        ("All but a couple - Onfido and Sift only came on in the spring, so they're not due till next year. The other four were done round their anniversaries.", 4, 100),
        ("All but one. Pennine Couriers slipped - theirs should have been in June.", 5, 80),
        ("All bar the two new ones, which aren't due yet.", 6, 100),
    ])
    func sharesAsPeopleSayThem(_ text: String, _ population: Int, _ expected: Double) {
        let result = hear(text, .percent, Self.share(population))
        #expect(result.value == .number(expected), "\(text) -> \(result.explanation)")
    }

    @Test func nobodyLateIsStillNone() {
        // Not a success share: "how many were late?" and "nobody" is none.
        #expect(hear("Nobody, they were all on time.", .number).value == .number(0))
    }

    @Test(arguments: [
        ("Monday 23rd March, version 2.0.", "2026-03-23"),
        ("23rd March", "2026-03-23"),
        ("Monday, 23 March", "2026-03-23"),
        ("We signed it on 4 May.", "2026-05-04"),
        ("Friday 28 August, just before the bank holiday.", "2026-08-28"),
    ])
    func aDayNumberBeforeMarchOrMayMakesItTheMonth(_ text: String, _ iso: String) {
        let result = hear(text, .date)
        #expect(result.value == .date(DayRange(day: day(iso))), "\(text) -> \(result.explanation)")
    }

    @Test func marchAsAVerbIsNotADate() {
        #expect(hear("I'll march them out of the building myself.", .date).value == nil)
    }
}
