import Testing

@testable import AuditSimCore

/// Late items graded in proportion (JUDGEMENT.md §2): most of a tier late is a breakdown, a
/// few late are lapses, and one item closed a little over its limit among many on time is an
/// isolated slip an auditor notes rather than a nonconformity.
@Suite("Lateness in proportion")
struct LatenessGradingTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var measured: Int
        /// Hours each late item took; nil while still open.
        var late: [Double?]
        var limitHours: Double = 168
        var grade: Grade?
        var why: String
        var testDescription: String { why }
    }

    static let cases: [Case] = [
        Case(measured: 11, late: [223], grade: .observation,
             why: "one critical closed in 9.3 days against 7, ten on time: an isolated slip"),
        Case(measured: 44, late: [156 + 24 * 6.5], limitHours: 24, grade: .minor,
             why: "one leaver disabled six days after a one-day limit: a lapse, not a slip"),
        Case(measured: 11, late: [nil], grade: .minor, why: "one critical still open past its limit: still exposed"),
        Case(measured: 11, late: [200, 190], grade: .minor, why: "two late, however slightly: lapses"),
        Case(measured: 3, late: [170], grade: .minor, why: "one of three is not yet a rate either way"),
        Case(measured: 10, late: [200, 200, 200, 200, 200, 200], grade: .major, why: "six of ten late: a breakdown"),
        Case(measured: 10, late: [], grade: nil, why: "nothing late"),
    ]

    @Test(arguments: cases)
    func lateItemsAreGradedInProportion(_ c: Case) {
        let rule = Timeliness(from: "Opened", to: "Fixed", withinHours: c.limitHours)
        let late = c.late.enumerated().map { Timing.Late(id: "V-\($0.offset)", hours: $0.element, category: nil, limit: .hours(c.limitHours)) }
        let timing = Timing(rule: rule, medianHours: nil, worstHours: nil, measured: c.measured,
                            withinLimit: c.measured - late.count, late: late, openWithin: 0, tiers: [])
        #expect(Proportion.lateness(timing, policy: AuditPolicy()) == c.grade)
    }

    @Test func theMarginIsAPolicy() {
        var strict = AuditPolicy()
        strict.isolatedLateMargin = 0
        let rule = Timeliness(from: "Opened", to: "Fixed", withinHours: 168)
        let timing = Timing(rule: rule, medianHours: nil, worstHours: nil, measured: 11, withinLimit: 10,
                            late: [Timing.Late(id: "V-1", hours: 223, category: nil, limit: .hours(168))], openWithin: 0, tiers: [])
        #expect(Proportion.lateness(timing, policy: strict) == .minor)
    }
}
