import Testing

@testable import AuditSimCore

@Suite("Calendar values")
struct DayTests {
    @Test(arguments: [
        ("2026-02-28", true), ("2026-02-29", false), ("2028-02-29", true), ("2026-02-30", false),
        ("2026-04-31", false), ("2026-13-01", false), ("2026-1-01", false), ("26-01-01", false),
    ])
    func isoParsingRejectsImpossibleDays(text: String, valid: Bool) {
        #expect((Day(iso: text) != nil) == valid)
    }

    @Test func arithmeticAndWeekdays() {
        let day = Day(iso: "2026-11-16")!
        #expect(day.weekday == 1)  // a Monday
        #expect(day.adding(days: 45).description == "2026-12-31")
        #expect(Day(iso: "2026-01-31")!.adding(months: 1).description == "2026-02-28")
        #expect(Day(iso: "1969-12-31")!.ordinal == -1)
        #expect(Day(iso: "2026-03-01")!.lastOfMonth.description == "2026-03-31")
    }

    @Test(arguments: [
        ("yyyy-MM-dd", "2026-09-30", "2026-09-30", 0),
        ("dd/MM/yyyy", "30/09/2026", "2026-09-30", 0),
        ("MM/dd/yyyy", "09/30/2026", "2026-09-30", 0),
        ("d/M/yyyy", "3/9/2026", "2026-09-03", 0),
        ("dd-MMM-yyyy", "03-Sep-2026", "2026-09-03", 0),
        ("yyyy-MM-dd HH:mm", "2026-09-30 14:05", "2026-09-30", 845),
        ("yyyy-MM-ddTHH:mm:ss", "2026-09-30T01:30:00", "2026-09-30", 90),
    ])
    func dateFormatsParse(pattern: String, text: String, day: String, minutes: Int) throws {
        let parsed = try #require(DateFormat(pattern: pattern)?.parse(text))
        #expect(parsed.day.description == day)
        #expect(parsed.minutes == minutes)
    }

    @Test(arguments: [("yyyy-MM-dd", "2026-9-30"), ("yyyy-MM-dd", "2026-09-30x"), ("dd/MM/yyyy", "31/06/2026"),
                      ("yyyy-MM-dd HH:mm", "2026-09-30 25:00"), ("yyyy-MM-dd", "")])
    func dateFormatsReject(pattern: String, text: String) {
        #expect(DateFormat(pattern: pattern)?.parse(text) == nil)
    }

    @Test func patternsWithoutADayAreRefused() {
        #expect(DateFormat(pattern: "yyyy-MM") == nil)
        #expect(DateFormat(pattern: "yyyy-MM-dd Q") == nil)
    }

    @Test(arguments: [("quarterly", "quarterly"), ("every 2 weeks", "fortnightly"), ("every 10 days", "every 10 days"),
                      ("semi-annual", "twice a year"), ("ad-hoc", "ad hoc"), ("every 3 months", "quarterly")])
    func frequencyTokens(token: String, described: String) {
        #expect(Frequency(token: token)?.description == described)
    }

    @Test func controlIDsSortNaturally() {
        let ids: [ControlID] = ["A.5.10", "A.5.9", "10.1", "9.2.2", "4.3", "A.8.1", "A.5.1"]
        #expect(ids.sorted().map(\.rawValue) == ["4.3", "9.2.2", "10.1", "A.5.1", "A.5.9", "A.5.10", "A.8.1"])
    }
}
