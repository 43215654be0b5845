import Foundation
import Testing

@testable import AuditSimCore

// The CSVs under Fixtures/facts are hand-made; CSV has no comments, so each file's story is
// told here, next to the tests that read it.
//
// access-reviews.csv: quarterly access reviews (reviewer = actor, approver).
//   Operating since 2025-10-20, audit 2026-11-16.
//   AR-100 2025-10-15  before operating-since: not in the population, and although it
//                      falls in Q4 2025 (an expected quarter, 73 of its 92 days inside) it
//                      does not cover it: records before the period are ignored.
//   -- so Q4 2025 is missed --
//   AR-101 2026-02-10  approved by Tom Reid                       (Q1 2026)
//   AR-102 2026-05-12  no approver                                 (Q2 2026)
//   -- nothing in Q3 2026: the other missed quarter --
//   AR-103 2026-10-06  approved by "priya shah", the reviewer     (Q4 2026, not yet ended)
//   AR-104 2026-11-02  reviewer Dan Okafor, approved by Tom Reid  (Q4 2026)
//
// leavers.csv: access removed for leavers, `dd/MM/yyyy HH:mm`, limit 24 hours.
//   Operating since 2026-03-01, audit 2026-06-30.
//   LV-0 before the period (late, but ignored) · LV-1 16 h · LV-2 3.5 h · LV-3 72 h (late)
//   LV-4 exactly 24 h (on time) · LV-5 still open after 10 days (late, hours unknown)
//   LV-6 still open, left the day before the audit (24 h open: not yet late, not measured).
//
// leavers-dateonly.csv: the same kind of export with dates only (`yyyy-MM-dd`).
//   L-1 same day (0 h) · L-2 next day (24 h, on time) · L-3 two days (48 h, late).
//
// training.csv: awareness training, one row per completion (person column).
//   TR-1 ann · TR-2 Bob · TR-3 ANN again (same person) · TR-4 cara
//   TR-5 dev, before the operating period · TR-6 no person recorded.
//   Three distinct people completed inside the period.
//
// changes.csv: change tickets with attribute tests, `yyyy-MM-dd HH:mm`.
//   CH-1 passes everything (standard change, so the emergency test does not apply)
//   CH-2 no approver, no approval time
//   CH-3 emergency change self-approved after 72 h, not tested, still open, no post-review
//   CH-4 "Emergency" (capitalised) change, approved in 30 min, post-reviewed: passes
//   CH-5 approver " N/A ", approved exactly 48 h after being raised

enum FactsFixture {
    static let directory = Fixture.url("facts")

    static func organisation(since: String, audit: String, persons: Int = 10) -> Organisation {
        Organisation(name: "Facts Ltd", sector: "software", personsInScope: persons, scope: "all",
                     auditDate: Day(iso: audit)!, operatingSince: Day(iso: since)!)
    }

    static func load(_ source: EvidenceSource, _ organisation: Organisation) throws -> EvidenceTable {
        let scenario = Scenario(directory: directory, name: "facts", organisation: organisation, bankID: "mini",
                                staff: [], documents: [], soa: [], evidence: [source])
        return try EvidenceLoader.load(source, in: scenario)
    }

    static let reviewsOrg = organisation(since: "2025-10-20", audit: "2026-11-16")
    static let reviewsSource = EvidenceSource(
        id: "access-reviews", kind: "access-review", title: "Access reviews", controls: ["A.5.15"],
        file: "access-reviews.csv", idColumn: "id", dateColumn: "reviewed", actorColumn: "reviewer",
        approverColumn: "approver", frequency: .quarterly)

    static func reviews() throws -> EvidenceFacts {
        EvidenceFacts(table: try load(reviewsSource, reviewsOrg), organisation: reviewsOrg)
    }

    static let leaversOrg = organisation(since: "2026-03-01", audit: "2026-06-30")

    static func leavers() throws -> EvidenceFacts {
        let source = EvidenceSource(
            id: "leavers", kind: "leaver", title: "Leavers", controls: ["A.5.18"], file: "leavers.csv",
            idColumn: "id", dateColumn: "left", dateFormat: DateFormat(pattern: "dd/MM/yyyy HH:mm")!,
            actorColumn: "handled-by", timeliness: Timeliness(from: "left", to: "revoked", withinHours: 24))
        return EvidenceFacts(table: try load(source, leaversOrg), organisation: leaversOrg)
    }

    static func leaversDateOnly() throws -> EvidenceFacts {
        let source = EvidenceSource(
            id: "leavers-d", kind: "leaver", title: "Leavers", controls: ["A.5.18"], file: "leavers-dateonly.csv",
            idColumn: "id", dateColumn: "left", timeliness: Timeliness(from: "left", to: "revoked", withinHours: 24))
        return EvidenceFacts(table: try load(source, leaversOrg), organisation: leaversOrg)
    }

    static func training(_ population: Completion.Population, persons: Int = 10) throws -> EvidenceFacts {
        let org = organisation(since: "2026-01-01", audit: "2026-06-30", persons: persons)
        let source = EvidenceSource(
            id: "training", kind: "training", title: "Training", controls: ["A.6.3"], file: "training.csv",
            idColumn: "id", dateColumn: "completed", completion: Completion(column: "person", population: population))
        return EvidenceFacts(table: try load(source, org), organisation: org)
    }

    static let changeTests: [AttributeTest] = [
        AttributeTest(id: "approver-present", description: "has an approver", column: "approver", rule: .present),
        AttributeTest(id: "tested-yes", description: "was tested", column: "tested", rule: .equals("yes")),
        AttributeTest(id: "status-closed", description: "is closed", column: "status", rule: .oneOf(["closed", "rolled back"])),
        AttributeTest(id: "approver-independent", description: "approved by someone else", column: "approver",
                      rule: .differsFrom(column: "requester")),
        AttributeTest(id: "approved-within-48h", description: "approved within 48 h", column: "approved-at",
                      rule: .within(fromColumn: "raised", hours: 48)),
        AttributeTest(id: "emergency-reviewed", description: "emergency changes are post-reviewed", column: "post-review",
                      rule: .present, filter: .init(column: "type", values: ["emergency"])),
    ]

    static func changesTable() throws -> EvidenceTable {
        let source = EvidenceSource(
            id: "changes", kind: "change", title: "Changes", controls: ["A.8.32"], file: "changes.csv",
            idColumn: "id", dateColumn: "raised", dateFormat: DateFormat(pattern: "yyyy-MM-dd HH:mm")!,
            actorColumn: "requester", approverColumn: "approver", tests: changeTests)
        return try load(source, leaversOrg)
    }
}

/// An in-memory table of dated records (`R-1`, `R-2` …), for cadence and period tests.
func factsTable(_ dates: [String], frequency: Frequency? = nil, id: String = "s") -> EvidenceTable {
    let source = EvidenceSource(id: id, kind: "k", title: "S", controls: ["A.1"], file: "s.csv", idColumn: "id",
                                dateColumn: "date", frequency: frequency)
    let records = dates.enumerated().map { i, date in
        EvidenceRecord(id: "R-\(i + 1)", day: Day(iso: date)!, row: i + 2, fields: ["R-\(i + 1)", date])
    }
    return EvidenceTable(source: source, columns: ["id", "date"], records: records)
}

private func factsDay(_ text: String) -> Day { Day(iso: text)! }

@Suite("Evidence facts: the population")
struct FactsPopulationTests {
    @Test func countAndFirstLastLieInsideTheOperatingPeriod() throws {
        let facts = try FactsFixture.reviews()
        #expect(facts.count == 4)
        #expect(facts.population.map(\.id) == ["AR-101", "AR-102", "AR-103", "AR-104"])
        #expect(facts.first == factsDay("2026-02-10"))
        #expect(facts.last == factsDay("2026-11-02"))
        #expect(facts.period == DayRange(start: factsDay("2025-10-20"), end: factsDay("2026-11-16"), precision: .day))
    }

    @Test func recordsOnTheBoundaryDaysAreInThePopulation() {
        let table = factsTable(["2026-01-31", "2026-02-01", "2026-03-15", "2026-04-30"])
        let org = FactsFixture.organisation(since: "2026-02-01", audit: "2026-04-30")
        let facts = EvidenceFacts(table: table, organisation: org)
        #expect(facts.population.map(\.id) == ["R-2", "R-3", "R-4"])
    }

    @Test func populationIsInDateOrderWhateverTheFileOrder() {
        let table = factsTable(["2026-03-20", "2026-03-01", "2026-03-10"])
        let facts = EvidenceFacts(table: table, organisation: FactsFixture.organisation(since: "2026-01-01", audit: "2026-06-30"))
        #expect(facts.population.map(\.id) == ["R-2", "R-3", "R-1"])
        #expect(facts.first == factsDay("2026-03-01"))
        #expect(facts.last == factsDay("2026-03-20"))
    }

    @Test func anEmptyPopulationHasNoFirstLastOrRates() {
        let table = factsTable(["2025-01-01"], frequency: .monthly)
        let facts = EvidenceFacts(table: table, organisation: FactsFixture.organisation(since: "2026-01-01", audit: "2026-03-31"))
        #expect(facts.count == 0)
        #expect(facts.first == nil && facts.last == nil)
        #expect(facts.cadence == nil && facts.medianGapDays == nil)
        #expect(facts.missedPeriods.count == 2)  // March ends on the audit day: not yet due
        #expect(facts.coverage == 0)
        #expect(facts.approvalRate == nil)
        #expect(facts.testPassRate == nil)
    }
}

@Suite("Evidence facts: observed cadence")
struct FactsCadenceTests {
    static let org = FactsFixture.organisation(since: "2025-01-01", audit: "2026-12-31")

    @Test func quarterlyFixtureReadsAsQuarterly() throws {
        // Gaps 91, 147 and 27 days: the median is 91.
        let facts = try FactsFixture.reviews()
        #expect(facts.medianGapDays == 91)
        #expect(facts.cadence == .quarterly)
    }

    @Test(arguments: [
        // Weekly with one missed week: gaps 7, 7, 14, 7.
        (["2026-03-02", "2026-03-09", "2026-03-16", "2026-03-30", "2026-04-06"], 7.0, Frequency.weekly),
        // Two gaps, 7 and 30: the median is their mean, 18.5, nearer fortnightly by ratio.
        (["2026-03-01", "2026-03-08", "2026-04-07"], 18.5, .fortnightly),
        // Monthly exports on the first of each month.
        (["2026-01-01", "2026-02-01", "2026-03-01", "2026-04-01"], 31.0, .monthly),
        // 150-day gaps are nearer semi-annual than quarterly by ratio.
        (["2025-01-01", "2025-05-31", "2025-10-28"], 150.0, .semiannual),
        (["2025-01-10", "2026-01-10", "2026-12-31"], 360.0, .annual),
        (["2026-03-01", "2026-03-02", "2026-03-03"], 1.0, .daily),
    ])
    func medianGapMapsToTheNearestRung(dates: [String], median: Double, rung: Frequency) {
        let facts = EvidenceFacts(table: factsTable(dates), organisation: Self.org)
        #expect(facts.medianGapDays == median)
        #expect(facts.cadence == rung)
    }

    @Test func severalRecordsOnOneDayCountAsOneDay() {
        // Days 1, 1, 1, 8, 15: distinct days 1, 8, 15, gaps 7 and 7 (not 0, 0, 7, 7).
        let facts = EvidenceFacts(table: factsTable(["2026-03-01", "2026-03-01", "2026-03-01", "2026-03-08", "2026-03-15"]),
                                  organisation: Self.org)
        #expect(facts.medianGapDays == 7)
        #expect(facts.cadence == .weekly)
    }

    @Test(arguments: [[String](), ["2026-03-01"]])
    func fewerThanTwoRecordsHaveNoCadence(dates: [String]) {
        let facts = EvidenceFacts(table: factsTable(dates), organisation: Self.org)
        #expect(facts.medianGapDays == nil)
        #expect(facts.cadence == nil)
    }

    @Test func twoRecordsGiveACadenceEstimatedFromTheirCount() {
        // No median gap from two records, but twice in the period can still be checked
        // against "once a year" (JUDGEMENT.md §3: where the records can answer, check).
        let facts = EvidenceFacts(table: factsTable(["2026-03-01", "2026-06-01"]), organisation: Self.org)
        #expect(facts.medianGapDays == nil)
        #expect(facts.cadence != nil)
        #expect(facts.cadenceEstimated)
    }

    @Test func recordsBeforeTheOperatingPeriodDoNotCount() {
        // Three records, but only two inside the period: no median gap, only an estimate.
        let facts = EvidenceFacts(table: factsTable(["2024-12-01", "2025-03-01", "2025-06-01"]), organisation: Self.org)
        #expect(facts.count == 2)
        #expect(facts.medianGapDays == nil)
        #expect(facts.history.count == 1)
    }
}

struct FactsPeriodCase: Sendable, CustomTestStringConvertible {
    var frequency: Frequency
    var since: String
    var audit: String
    var names: [String]
    var why: String

    var testDescription: String { "\(frequency) \(since)…\(audit): \(why)" }
}

@Suite("Expected periods")
struct FactsExpectedPeriodsTests {
    static let cases: [FactsPeriodCase] = [
        FactsPeriodCase(frequency: .daily, since: "2026-03-01", audit: "2026-03-05",
                   names: ["2026-03-01", "2026-03-02", "2026-03-03", "2026-03-04"],
                   why: "each calendar day; the audit day itself has not ended (JUDGEMENT.md §6)"),
        FactsPeriodCase(frequency: .weekly, since: "2026-03-04", audit: "2026-03-30",
                   names: ["the week of 2026-03-02", "the week of 2026-03-09", "the week of 2026-03-16", "the week of 2026-03-23"],
                   why: "ISO weeks; 5 of 7 days of the first week inside; the week of 30 March has not ended"),
        FactsPeriodCase(frequency: .weekly, since: "2026-03-06", audit: "2026-03-30",
                   names: ["the week of 2026-03-09", "the week of 2026-03-16", "the week of 2026-03-23"],
                   why: "starting on a Friday leaves 3 of 7 days: less than half"),
        FactsPeriodCase(frequency: .fortnightly, since: "2026-03-04", audit: "2026-04-20",
                   names: ["the week of 2026-03-02", "the week of 2026-03-16", "the week of 2026-03-30"],
                   why: "pairs of ISO weeks from the period start's week"),
        FactsPeriodCase(frequency: .monthly, since: "2026-01-16", audit: "2026-05-20",
                   names: ["January 2026", "February 2026", "March 2026", "April 2026"],
                   why: "16 of January's 31 days is at least half; May has not ended"),
        FactsPeriodCase(frequency: .monthly, since: "2026-01-17", audit: "2026-05-20",
                   names: ["February 2026", "March 2026", "April 2026"],
                   why: "15 of 31 days is less than half"),
        FactsPeriodCase(frequency: .bimonthly, since: "2026-02-10", audit: "2026-09-15",
                   names: ["March to April 2026", "May to June 2026", "July to August 2026"],
                   why: "pairs of months from January; 19 of Jan–Feb's 59 days is too few"),
        FactsPeriodCase(frequency: .quarterly, since: "2025-11-16", audit: "2026-10-05",
                   names: ["Q4 2025", "Q1 2026", "Q2 2026", "Q3 2026"],
                   why: "46 of Q4's 92 days is exactly half; Q4 2026 has not ended"),
        FactsPeriodCase(frequency: .quarterly, since: "2025-11-17", audit: "2026-10-05",
                   names: ["Q1 2026", "Q2 2026", "Q3 2026"],
                   why: "45 of 92 days is less than half"),
        FactsPeriodCase(frequency: .semiannual, since: "2025-05-01", audit: "2026-12-30",
                   names: ["H2 2025", "H1 2026"],
                   why: "61 of H1 2025's 181 days is too few; H2 2026 ends after the audit"),
        FactsPeriodCase(frequency: .annual, since: "2024-06-01", audit: "2026-03-01",
                   names: ["2024", "2025"],
                   why: "214 of 2024's 366 days inside; 2026 has not ended"),
        FactsPeriodCase(frequency: Frequency(everyDays: 10), since: "2026-03-01", audit: "2026-03-25",
                   names: ["2026-03-01 to 2026-03-10", "2026-03-11 to 2026-03-20"],
                   why: "consecutive 10-day windows from the period start; the third has not ended"),
        FactsPeriodCase(frequency: .adHoc, since: "2026-01-01", audit: "2026-12-31", names: [], why: "ad hoc"),
        FactsPeriodCase(frequency: .continuous, since: "2026-01-01", audit: "2026-12-31", names: [], why: "continuous"),
        FactsPeriodCase(frequency: .never, since: "2026-01-01", audit: "2026-12-31", names: [], why: "never"),
    ]

    @Test(arguments: cases)
    func periodsAreCalendarAlignedEndedAndMostlyInside(_ c: FactsPeriodCase) {
        let period = DayRange(start: day(c.since), end: day(c.audit), precision: .day)
        let periods = ExpectedPeriods.of(c.frequency, over: period)
        #expect(periods.map(ExpectedPeriods.name) == c.names)
        for p in periods {
            #expect(p.end < period.end, "\(p) has not ended by the audit date")
        }
    }

    @Test func periodBoundariesAndPrecision() {
        let period = DayRange(start: factsDay("2025-11-16"), end: factsDay("2026-10-05"), precision: .day)
        let quarters = ExpectedPeriods.of(.quarterly, over: period)
        #expect(quarters.first == DayRange(start: factsDay("2025-10-01"), end: factsDay("2025-12-31"), precision: .quarter))
        #expect(quarters.last == DayRange(start: factsDay("2026-07-01"), end: factsDay("2026-09-30"), precision: .quarter))

        let weeks = ExpectedPeriods.of(.weekly, over: DayRange(start: factsDay("2026-03-04"), end: factsDay("2026-03-30"), precision: .day))
        #expect(weeks.first == DayRange(start: factsDay("2026-03-02"), end: factsDay("2026-03-08"), precision: .week))
        #expect(weeks.allSatisfy { $0.start.weekday == 1 && $0.end.weekday == 7 })

        let february = ExpectedPeriods.of(.monthly, over: DayRange(start: factsDay("2024-02-01"), end: factsDay("2024-03-10"), precision: .day))
        #expect(february == [DayRange(start: factsDay("2024-02-01"), end: factsDay("2024-02-29"), precision: .month)])

        let windows = ExpectedPeriods.of(Frequency(everyDays: 10), over: DayRange(start: factsDay("2026-03-01"), end: factsDay("2026-03-25"), precision: .day))
        #expect(windows.map(\.precision) == [.day, .day])
    }

    @Test func aPeriodEndingOnTheAuditDateIsNotYetExpected() {
        // The audit day itself has not ended (JUDGEMENT.md §6): March is due from 1 April.
        let months = ExpectedPeriods.of(.monthly, over: DayRange(start: factsDay("2026-01-01"), end: factsDay("2026-03-31"), precision: .day))
        #expect(months.map(ExpectedPeriods.name) == ["January 2026", "February 2026"])
        let after = ExpectedPeriods.of(.monthly, over: DayRange(start: factsDay("2026-01-01"), end: factsDay("2026-04-01"), precision: .day))
        #expect(after.map(ExpectedPeriods.name) == ["January 2026", "February 2026", "March 2026"])
        let early = ExpectedPeriods.of(.monthly, over: DayRange(start: factsDay("2026-01-01"), end: factsDay("2026-03-30"), precision: .day))
        #expect(early.map(ExpectedPeriods.name) == ["January 2026", "February 2026"])
    }
}

@Suite("Evidence facts: covered and missed periods")
struct FactsCoverageTests {
    @Test func theFixtureMissesTheFirstAndLastEndedQuarters() throws {
        let facts = try FactsFixture.reviews()
        #expect(facts.expectedPeriods.map(ExpectedPeriods.name) == ["Q4 2025", "Q1 2026", "Q2 2026", "Q3 2026"])
        // Q4 2025 holds only AR-100, dated before operating-since; Q3 2026 holds nothing.
        #expect(facts.missedPeriods.map(ExpectedPeriods.name) == ["Q4 2025", "Q3 2026"])
        #expect(facts.coverage == 0.5)
    }

    @Test func aRecordBeforeOperatingSinceDoesNotCoverItsPeriod() {
        // Operating since 10 January; Q1 is expected (81 of 90 days inside). The only Q1
        // record is dated 5 January: outside the population, so it is not evidence that the
        // ISMS operated in Q1 (docs/audit-rules.md: records before the period are ignored).
        let table = factsTable(["2026-01-05", "2026-04-20", "2026-07-14"], frequency: .quarterly)
        let facts = EvidenceFacts(table: table, organisation: FactsFixture.organisation(since: "2026-01-10", audit: "2026-10-01"))
        #expect(facts.count == 2)
        #expect(facts.expectedPeriods.map(ExpectedPeriods.name) == ["Q1 2026", "Q2 2026", "Q3 2026"])
        #expect(facts.missedPeriods.map(ExpectedPeriods.name) == ["Q1 2026"])
        #expect(abs(facts.coverage! - 2.0 / 3) < 1e-12)
    }

    @Test func aRecordOnOperatingSinceCoversItsPeriod() {
        let table = factsTable(["2026-01-10", "2026-04-20", "2026-07-14"], frequency: .quarterly)
        let facts = EvidenceFacts(table: table, organisation: FactsFixture.organisation(since: "2026-01-10", audit: "2026-10-01"))
        #expect(facts.missedPeriods.isEmpty)
        #expect(facts.coverage == 1)
    }

    @Test func recordsOnAPeriodsFirstAndLastDayCoverIt() {
        let table = factsTable(["2026-01-01", "2026-02-28", "2026-04-15"], frequency: .monthly)
        let facts = EvidenceFacts(table: table, organisation: FactsFixture.organisation(since: "2026-01-01", audit: "2026-05-01"))
        #expect(facts.missedPeriods.map(ExpectedPeriods.name) == ["March 2026"])
        #expect(facts.coverage == 0.75)
    }

    @Test func weeklyGapsAreListed() {
        // Five ISO weeks, but the last ends on the audit day, which has not ended: four are
        // expected; records in the 1st, 3rd and 4th.
        let table = factsTable(["2026-03-02", "2026-03-18", "2026-03-29"], frequency: .weekly)
        let facts = EvidenceFacts(table: table, organisation: FactsFixture.organisation(since: "2026-03-02", audit: "2026-04-05"))
        #expect(facts.expectedPeriods.count == 4)
        #expect(facts.missedPeriods.map(ExpectedPeriods.name) == ["the week of 2026-03-09"])
        #expect(facts.coverage == 0.75)
    }

    @Test func noDocumentedFrequencyMeansNoExpectedPeriods() {
        let facts = EvidenceFacts(table: factsTable(["2026-03-02"]), organisation: FactsFixture.organisation(since: "2026-01-01", audit: "2026-06-30"))
        #expect(facts.expectedPeriods.isEmpty)
        #expect(facts.coverage == nil)
    }
}

@Suite("Evidence facts: approvals and people")
struct FactsApprovalTests {
    @Test func missingAndSelfApprovalsAreUnapproved() throws {
        let facts = try FactsFixture.reviews()
        // AR-102 has no approver; AR-103 is approved by "priya shah", its own reviewer
        // "Priya Shah" (compared case-insensitively). AR-100 is outside the period.
        #expect(facts.unapproved == ["AR-102", "AR-103"])
        #expect(facts.approvalRate == 0.5)
    }

    @Test func mostFrequentActorAndApprover() throws {
        let facts = try FactsFixture.reviews()
        #expect(facts.mostFrequentActor == "Priya Shah")
        #expect(facts.mostFrequentApprover == "Tom Reid")
    }

    @Test func tiesGoToTheAlphabeticallyFirstName() {
        let source = EvidenceSource(id: "s", kind: "k", title: "S", controls: ["A.1"], file: "s.csv", idColumn: "id",
                                    dateColumn: "date", actorColumn: "by", approverColumn: "ok")
        let rows = [["R-1", "2026-03-01", "Zoe", "Bob"], ["R-2", "2026-03-02", "Ann", "Amy"],
                    ["R-3", "2026-03-03", "Zoe", "Bob"], ["R-4", "2026-03-04", "Ann", "Amy"]]
        let table = EvidenceTable(source: source, columns: ["id", "date", "by", "ok"], records: rows.enumerated().map {
            EvidenceRecord(id: $1[0], day: Day(iso: $1[1])!, row: $0 + 2, fields: $1)
        })
        let facts = EvidenceFacts(table: table, organisation: FactsFixture.organisation(since: "2026-01-01", audit: "2026-06-30"))
        #expect(facts.mostFrequentActor == "Ann")
        #expect(facts.mostFrequentApprover == "Amy")
        #expect(facts.unapproved.isEmpty)
        #expect(facts.approvalRate == 1)
    }

    @Test func noApproverColumnMeansNoApprovalRate() throws {
        let facts = try FactsFixture.leavers()
        #expect(facts.approvalRate == nil)
        #expect(facts.unapproved.isEmpty)
        #expect(facts.mostFrequentApprover == nil)
        // LV-1, 2, 4, 6 by Dan Okafor; LV-3 and 5 by Sam Field (LV-0 is outside the period).
        #expect(facts.mostFrequentActor == "Dan Okafor")
    }

    @Test func placeholderApproverCountsAsNoApprover() throws {
        let facts = EvidenceFacts(table: try FactsFixture.changesTable(), organisation: FactsFixture.leaversOrg)
        #expect(facts.unapproved.contains("CH-2"))  // empty
        #expect(facts.unapproved.contains("CH-3"))  // carl approved carl's change
                    #expect(facts.unapproved == ["CH-2", "CH-3", "CH-5"])
    }
}

@Suite("Evidence facts: timeliness")
struct FactsTimelinessTests {
    @Test func timedExportMedianWorstOnTimeAndLate() throws {
        let timing = try #require(try FactsFixture.leavers().timing)
        #expect(timing.limitHours == 24)
        // Measured: LV-1 16 h, LV-2 3.5 h, LV-3 72 h, LV-4 24 h, and LV-5 still open.
        #expect(timing.measured == 5)
        #expect(timing.withinLimit == 3)
        #expect(timing.onTimeRate == 0.6)
        #expect(timing.medianHours == 20)  // (16 + 24) / 2: open items have no hours
        #expect(timing.worstHours == 72)
        #expect(timing.late.map(\.id) == ["LV-3", "LV-5"])
        #expect(timing.late.map(\.hours) == [72, nil])
    }

    @Test func anItemOpenNoLongerThanTheLimitIsNotYetMeasured() throws {
        let timing = try #require(try FactsFixture.leavers().timing)
        #expect(!timing.late.map(\.id).contains("LV-6"))
        #expect(!timing.late.map(\.id).contains("LV-0"))  // late, but before the period
    }

    @Test func dateOnlyExportCountsWholeDays() throws {
        let timing = try #require(try FactsFixture.leaversDateOnly().timing)
        // L-1 same day 0 h, L-2 next day 24 h, L-3 48 h.
        #expect(timing.measured == 3)
        #expect(timing.withinLimit == 2)
        #expect(timing.medianHours == 24)
        #expect(timing.worstHours == 48)
        #expect(timing.late.map(\.id) == ["L-3"])
        #expect(timing.late.map(\.hours) == [48])
    }

    @Test(arguments: [
        ("yyyy-MM-dd HH:mm", "2026-03-02 17:00", "2026-03-03 09:00", 16.0),
        ("yyyy-MM-dd", "2026-03-02", "2026-03-03", 24.0),
        ("yyyy-MM-dd", "2026-03-02", "2026-03-02", 0.0),
        // Date-only: access removed the day before leaving counts as done within the day.
        ("yyyy-MM-dd", "2026-03-03", "2026-03-02", 0.0),
        ("dd/MM/yyyy HH:mm", "28/02/2026 22:30", "01/03/2026 00:15", 1.75),
    ])
    func hoursBetweenTwoDatedColumns(format: String, from: String, to: String, hours: Double) {
        let source = EvidenceSource(id: "s", kind: "k", title: "S", controls: ["A.1"], file: "s.csv", idColumn: "id",
                                    dateColumn: "a", dateFormat: DateFormat(pattern: format)!)
        let (d, m) = source.dateFormat.parse(from)!
        let record = EvidenceRecord(id: "R-1", day: d, minutes: m, row: 2, fields: ["R-1", from, to])
        let table = EvidenceTable(source: source, columns: ["id", "a", "b"], records: [record])
        #expect(AttributeTesting.hoursBetween("a", "b", record, table) == hours)
    }

    @Test func missingEndDateHasNoHours() {
        let source = EvidenceSource(id: "s", kind: "k", title: "S", controls: ["A.1"], file: "s.csv", idColumn: "id", dateColumn: "a")
        let record = EvidenceRecord(id: "R-1", day: factsDay("2026-03-02"), row: 2, fields: ["R-1", "2026-03-02", " "])
        let table = EvidenceTable(source: source, columns: ["id", "a", "b"], records: [record])
        #expect(AttributeTesting.hoursBetween("a", "b", record, table) == nil)
    }

    @Test func noTimelinessRuleMeansNoTiming() throws {
        #expect(try FactsFixture.reviews().timing == nil)
    }
}

@Suite("Evidence facts: completion")
struct FactsCompletionTests {
    @Test func distinctPeopleAgainstAFixedPopulation() throws {
        // ann (twice, once as ANN), Bob, cara; dev is before the period; TR-6 has no person.
        let facts = try FactsFixture.training(.count(4))
        #expect(facts.completed == 3)
        #expect(facts.completionPopulation == 4)
        #expect(facts.completionRate == 0.75)
    }

    @Test func personsInScopeIsThePopulation() throws {
        let facts = try FactsFixture.training(.personsInScope, persons: 6)
        #expect(facts.completionPopulation == 6)
        #expect(facts.completionRate == 0.5)
    }

    @Test func rateIsCappedAtOneWhenMorePeopleTrainedThanAreInScope() throws {
        let facts = try FactsFixture.training(.personsInScope, persons: 2)
        #expect(facts.completed == 3)
        #expect(facts.completionRate == 1)
    }

    @Test func anEmptyPopulationHasNoRate() throws {
        #expect(try FactsFixture.training(.personsInScope, persons: 0).completionRate == nil)
        #expect(try FactsFixture.training(.count(0)).completionRate == nil)
    }

    @Test func noCompletionRuleMeansNoCompletion() throws {
        let facts = try FactsFixture.reviews()
        #expect(facts.completed == nil && facts.completionPopulation == nil && facts.completionRate == nil)
    }
}

@Suite("Attribute tests")
struct FactsAttributeTestingTests {
    @Test func eachRecordFailsTheTestsItShould() throws {
        let table = try FactsFixture.changesTable()
        let failures = Dictionary(uniqueKeysWithValues: table.records.map { ($0.id, AttributeTesting.failures(of: $0, in: table, asOf: factsDay("2026-12-31"))) })
        #expect(failures["CH-1"] == [])
        #expect(failures["CH-2"] == ["approver-present", "approver-independent", "approved-within-48h"])
        #expect(failures["CH-3"] == ["tested-yes", "status-closed", "approver-independent", "approved-within-48h", "emergency-reviewed"])
        #expect(failures["CH-4"] == [])
        #expect(failures["CH-5"] == ["approver-present"])
    }

    @Test func factsKeepFailuresPerRecordAndThePassRate() throws {
        let facts = EvidenceFacts(table: try FactsFixture.changesTable(), organisation: FactsFixture.leaversOrg)
        #expect(facts.testFailures.keys.sorted() == ["CH-2", "CH-3", "CH-5"])
        #expect(facts.testFailures["CH-5"] == ["approver-present"])
        #expect(facts.testPassRate == 0.4)
    }

    /// One test, one record with columns a, b, kind.
    static func passes(_ rule: AttributeTest.Rule, a: String, b: String = "", kind: String = "",
                       filter: AttributeTest.Filter? = nil, format: String = "yyyy-MM-dd") -> Bool {
        let test = AttributeTest(id: "t", description: "t", column: "a", rule: rule, filter: filter)
        let source = EvidenceSource(id: "s", kind: "k", title: "S", controls: ["A.1"], file: "s.csv", idColumn: "id",
                                    dateColumn: "date", dateFormat: DateFormat(pattern: format)!, tests: [test])
        let record = EvidenceRecord(id: "R-1", day: factsDay("2026-03-01"), row: 2, fields: ["R-1", "", a, b, kind])
        let table = EvidenceTable(source: source, columns: ["id", "date", "a", "b", "kind"], records: [record])
        return AttributeTesting.failures(of: record, in: table, asOf: factsDay("2026-12-31")).isEmpty
    }

    @Test(arguments: [
        ("x", true), ("  x  ", true), ("", false), ("   ", false),
        ("n/a", false), ("N/A", false), ("none", false), ("-", false), ("NULL", false),
    ])
    func present(value: String, passes: Bool) {
        #expect(Self.passes(.present, a: value) == passes)
    }

    @Test func equalsIgnoresCaseAndSurroundingSpace() {
        #expect(Self.passes(.equals("approved"), a: " Approved "))
        #expect(!Self.passes(.equals("approved"), a: "approved later"))
        #expect(!Self.passes(.equals("approved"), a: ""))
    }

    @Test func oneOf() {
        #expect(Self.passes(.oneOf(["low", "medium"]), a: "MEDIUM"))
        #expect(!Self.passes(.oneOf(["low", "medium"]), a: "high"))
        #expect(!Self.passes(.oneOf(["low", "medium"]), a: ""))
    }

    @Test func differsFrom() {
        #expect(Self.passes(.differsFrom(column: "b"), a: "Tom", b: "Priya"))
        #expect(!Self.passes(.differsFrom(column: "b"), a: "priya ", b: "Priya"))
        #expect(!Self.passes(.differsFrom(column: "b"), a: "", b: "Priya"))
        #expect(Self.passes(.differsFrom(column: "b"), a: "Tom", b: ""))
    }

    @Test func within() {
        #expect(Self.passes(.within(fromColumn: "b", hours: 24), a: "2026-03-02", b: "2026-03-01"))
        #expect(!Self.passes(.within(fromColumn: "b", hours: 24), a: "2026-03-03", b: "2026-03-01"))
        #expect(!Self.passes(.within(fromColumn: "b", hours: 24), a: "", b: "2026-03-01"))
        #expect(Self.passes(.within(fromColumn: "b", hours: 1), a: "2026-03-01 10:59", b: "2026-03-01 10:00", format: "yyyy-MM-dd HH:mm"))
        #expect(!Self.passes(.within(fromColumn: "b", hours: 1), a: "2026-03-01 11:01", b: "2026-03-01 10:00", format: "yyyy-MM-dd HH:mm"))
    }

    @Test func whereFilterLimitsWhichRecordsATestAppliesTo() {
        let emergencies = AttributeTest.Filter(column: "kind", values: ["Emergency", "urgent"])
        #expect(Self.passes(.present, a: "", kind: "standard", filter: emergencies))
        #expect(!Self.passes(.present, a: "", kind: " EMERGENCY ", filter: emergencies))
        #expect(!Self.passes(.present, a: "", kind: "urgent", filter: emergencies))
        #expect(Self.passes(.present, a: "PIR-1", kind: "urgent", filter: emergencies))
    }
}

@Suite("Sampling")
struct FactsSamplingTests {
    static let population: [EvidenceRecord] = (0..<40).map { i in
        let d = factsDay("2026-01-01").adding(days: i * 3)
        return EvidenceRecord(id: "B-\(i + 1)", day: d, row: i + 2, fields: [])
    }

    @Test func sameSeedAndSourceDrawTheSameSample() {
        let a = SamplingPlan(size: 10, seed: 2022).draw(from: Self.population, sourceID: "backups")
        let b = SamplingPlan(size: 10, seed: 2022).draw(from: Self.population, sourceID: "backups")
        #expect(a.map(\.id) == b.map(\.id))
        #expect(a.count == 10)
    }

    @Test func anotherSeedOrSourceDrawsAnotherSample() {
        let base = SamplingPlan(size: 10, seed: 2022).draw(from: Self.population, sourceID: "backups").map(\.id)
        let seed = SamplingPlan(size: 10, seed: 2023).draw(from: Self.population, sourceID: "backups").map(\.id)
        let source = SamplingPlan(size: 10, seed: 2022).draw(from: Self.population, sourceID: "restores").map(\.id)
        #expect(base != seed)
        #expect(base != source)
    }

    @Test(arguments: [1, 2, 10, 25, 39])
    func withoutReplacementInDateOrderFromThePopulation(size: Int) {
        let sample = SamplingPlan(size: size, seed: 7).draw(from: Self.population, sourceID: "s")
        #expect(sample.count == size)
        #expect(Set(sample.map(\.id)).count == size)
        #expect(Set(sample).isSubset(of: Set(Self.population)))
        #expect(zip(sample, sample.dropFirst()).allSatisfy { $0.day < $1.day })
    }

    @Test(arguments: [40, 41, 100])
    func neverLargerThanThePopulation(size: Int) {
        let sample = SamplingPlan(size: size, seed: 2022).draw(from: Self.population, sourceID: "s")
        #expect(sample == Self.population)
    }

    @Test func emptyPopulationOrSizeZero() {
        #expect(SamplingPlan(size: 5, seed: 1).draw(from: [], sourceID: "s").isEmpty)
        #expect(SamplingPlan(size: 0, seed: 1).draw(from: Self.population, sourceID: "s").isEmpty)
    }

    @Test func samplesSpreadOverThePopulation() {
        // Over many seeds every record is picked sometimes: the draw is not stuck on the start.
        var picked = Set<String>()
        for seed in 0..<200 as Range<UInt64> {
            picked.formUnion(SamplingPlan(size: 3, seed: seed).draw(from: Self.population, sourceID: "s").map(\.id))
        }
        #expect(picked.count == Self.population.count)
    }

    static let detection: [(Int, Int, Int, Double)] = [
        (10, 1, 1, 0.1),
        (10, 2, 2, 1 - (8.0 * 7) / (10 * 9)),
        (10, 0, 5, 0),
        (10, 3, 0, 0),
        (0, 0, 0, 0),
        (10, 3, 8, 1),  // n > N − K: a failure cannot be avoided
        (10, 3, 7, 1 - 1.0 / 120),  // n = N − K: only one sample of 120 misses
        (100, 5, 10, 0.41624763307384804),
        (25, 25, 1, 1),
    ]

    @Test(arguments: detection)
    func hypergeometricDetectionProbability(population: Int, failures: Int, sample: Int, expected: Double) {
        let p = SamplingPlan.detectionProbability(population: population, failures: failures, sampleSize: sample)
        #expect(abs(p - expected) < 1e-12, "got \(p)")
    }
}
