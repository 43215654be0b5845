import Testing
import AuditSimCore

@Suite("Dates, resolved against Monday 2026-11-16")
struct DateTests {
    static let cases: [(String, DayRange)] = [
        ("2026-09-30", range("2026-09-30", "2026-09-30", .day)),
        ("30 September 2026", range("2026-09-30", "2026-09-30", .day)),
        // A campaign's first day and "the Thursday" of that week: the span between them.
        ("September. It went out on Monday the 7th and was signed off on the Thursday.", range("2026-09-07", "2026-09-10", .day)),
        ("We started on the 2nd of November and finished on the Friday", range("2026-11-02", "2026-11-06", .day)),
        ("Sept 30", range("2026-09-30", "2026-09-30", .day)),
        ("September 30th, 2026", range("2026-09-30", "2026-09-30", .day)),
        ("30/09/2026", range("2026-09-30", "2026-09-30", .day)),
        ("09/30/2026", range("2026-09-30", "2026-09-30", .day)),
        ("30.09.2026", range("2026-09-30", "2026-09-30", .day)),
        ("03/04/2026", range("2026-04-03", "2026-04-03", .day)),
        ("on the 3rd of March", range("2026-03-03", "2026-03-03", .day)),
        ("1st October", range("2026-10-01", "2026-10-01", .day)),
        ("December 5", range("2025-12-05", "2025-12-05", .day)),
        ("the twenty first of June", range("2026-06-21", "2026-06-21", .day)),
        ("in September", range("2026-09-01", "2026-09-30", .month)),
        ("in December", range("2025-12-01", "2025-12-31", .month)),
        ("in November", range("2026-11-01", "2026-11-30", .month)),
        ("We did it in May", range("2026-05-01", "2026-05-31", .month)),
        ("back in March", range("2026-03-01", "2026-03-31", .month)),
        ("March last year", range("2025-03-01", "2025-03-31", .month)),
        ("last March", range("2026-03-01", "2026-03-31", .month)),
        ("last November", range("2025-11-01", "2025-11-30", .month)),
        ("September 2025", range("2025-09-01", "2025-09-30", .month)),
        ("2026-09", range("2026-09-01", "2026-09-30", .month)),
        ("last month", range("2026-10-01", "2026-10-31", .month)),
        ("earlier this month", range("2026-11-01", "2026-11-15", .month)),
        ("this month", range("2026-11-01", "2026-11-30", .month)),
        ("the month before last", range("2026-09-01", "2026-09-30", .month)),
        ("yesterday", range("2026-11-15", "2026-11-15", .day)),
        ("today", range("2026-11-16", "2026-11-16", .day)),
        ("the day before yesterday", range("2026-11-14", "2026-11-14", .day)),
        ("three days ago", range("2026-11-13", "2026-11-13", .day)),
        ("3 days ago", range("2026-11-13", "2026-11-13", .day)),
        ("a few days ago", range("2026-11-12", "2026-11-14", .day)),
        ("two weeks ago", range("2026-11-02", "2026-11-08", .week)),
        ("last week", range("2026-11-09", "2026-11-15", .week)),
        ("the week before last", range("2026-11-02", "2026-11-08", .week)),
        ("a few weeks ago", range("2026-10-19", "2026-11-02", .week)),
        ("a month ago", range("2026-10-01", "2026-10-31", .month)),
        ("six months ago", range("2026-05-01", "2026-05-31", .month)),
        ("a couple of months ago", range("2026-08-01", "2026-10-31", .month)),
        ("two years ago", range("2024-01-01", "2024-12-31", .year)),
        ("in Q3", range("2026-07-01", "2026-09-30", .quarter)),
        ("Q1 2026", range("2026-01-01", "2026-03-31", .quarter)),
        ("the third quarter of last year", range("2025-07-01", "2025-09-30", .quarter)),
        ("last quarter", range("2026-07-01", "2026-09-30", .quarter)),
        ("this quarter", range("2026-10-01", "2026-12-31", .quarter)),
        ("the first half of the year", range("2026-01-01", "2026-06-30", .quarter)),
        ("last year", range("2025-01-01", "2025-12-31", .year)),
        ("in 2024", range("2024-01-01", "2024-12-31", .year)),
        ("the end of October", range("2026-10-21", "2026-10-31", .week)),
        ("mid-August", range("2026-08-11", "2026-08-20", .week)),
        ("early September", range("2026-09-01", "2026-09-10", .week)),
        ("end of last month", range("2026-10-21", "2026-10-31", .week)),
        ("beginning of the year", range("2026-01-01", "2026-03-31", .quarter)),
        ("at the end of the year", range("2026-10-01", "2026-12-31", .quarter)),
        ("last Monday", range("2026-11-09", "2026-11-09", .day)),
        ("on Friday", range("2026-11-13", "2026-11-13", .day)),
        ("last summer", range("2026-06-01", "2026-08-31", .quarter)),
        ("between March and May", range("2026-03-01", "2026-05-31", .month)),
        ("in the last 30 days", range("2026-10-17", "2026-11-16", .day)),
        ("It was planned for September but actually happened in October", range("2026-10-01", "2026-10-31", .month)),
        ("not in September, in October", range("2026-10-01", "2026-10-31", .month)),
        ("It will be done next month", range("2026-12-01", "2026-12-31", .month)),
        ("We will run it in December", range("2026-12-01", "2026-12-31", .month)),
        ("I think it was the end of October?", range("2026-10-21", "2026-10-31", .week)),
        ("on the 5th", range("2026-11-05", "2026-11-05", .day)),
        ("on the 20th", range("2026-10-20", "2026-10-20", .day)),
        ("in early 2025", range("2025-01-01", "2025-03-31", .quarter)),
        ("late last year", range("2025-10-01", "2025-12-31", .quarter)),
        ("a fortnight ago", range("2026-11-02", "2026-11-08", .week)),
        ("week before last, I think", range("2026-11-02", "2026-11-08", .week)),
        ("about a week ago", range("2026-11-09", "2026-11-15", .week)),
        ("10th of October last year", range("2025-10-10", "2025-10-10", .day)),
        ("Sept. 30", range("2026-09-30", "2026-09-30", .day)),
        ("the first time was in March", range("2026-03-01", "2026-03-31", .month)),
    ]

    @Test(arguments: cases)
    func understands(_ text: String, _ expected: DayRange) {
        let result = interpret(text, .date)
        #expect(result.value == .date(expected), "\(text) -> \(result.explanation)")
    }

    @Test func ambiguousNumericDateFollowsDateOrder() {
        var monthFirst = context
        monthFirst.dateOrder = .monthFirst
        #expect(interpret("03/04/2026", .date, monthFirst).value == .date(range("2026-03-04", "2026-03-04", .day)))
        #expect(interpret("30/09/2026", .date, monthFirst).value == .date(range("2026-09-30", "2026-09-30", .day)))
    }

    static let nonsense = ["banana", "we may have done it", "soon-ish, hopefully", "the auditor asked", ""]

    @Test(arguments: nonsense)
    func nonsenseGivesNoValue(_ text: String) {
        #expect(interpret(text, .date).value == nil)
    }

    @Test func explanationNamesTheSpan() {
        let result = interpret("last month", .date)
        #expect(result.explanation == "Understood: October 2026 (2026-10-01 to 2026-10-31), from \"last month\".")
    }
}
