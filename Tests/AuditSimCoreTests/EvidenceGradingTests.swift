import Foundation
import Testing

@testable import AuditSimCore

/// In-memory scenarios, sources and tables for the grading tests (no files).
enum GradingKit {
    static let since = Day(iso: "2026-01-01")!
    static let auditDate = Day(iso: "2026-07-01")!
    /// The declared columns every test table uses, in `EvidenceRecord.fields` order.
    static let columns = ["id", "date", "approver", "raised", "closed", "person"]
    static let approved = AttributeTest(id: "approved", description: "an approver is recorded", column: "approver", rule: .present)

    static func day(_ iso: String) -> Day { Day(iso: iso)! }
    /// The first Monday of January to June 2026.
    static let firstMonday = [5, 2, 2, 6, 4, 1]

    static func organisation(persons: Int = 20) -> Organisation {
        Organisation(name: "Grading Ltd", sector: "software", personsInScope: persons, scope: "everything",
                     auditDate: auditDate, operatingSince: since)
    }

    static let staff = [
        StaffMember(id: "ann", name: "Ann Lee", role: "Chief Executive", topManagement: true),
        StaffMember(id: "pat", name: "Pat Kim", role: "IT Manager", owns: ["A.8.13"]),
    ]

    /// A.5.1 is excluded, A.8.13 applies, A.8.15 is excluded.
    static let soa = [
        SoAEntry(control: "A.5.1", applicable: false, justification: "tested as excluded", implemented: .no),
        SoAEntry(control: "A.8.13", applicable: true, justification: "we hold customer data", implemented: .yes),
        SoAEntry(control: "A.8.15", applicable: false, justification: "tested as excluded", implemented: .no),
    ]

    static let procedure = Document(
        id: "backup-procedure", kind: .procedure, title: "Backup Procedure", owner: "pat", approvedBy: "ann",
        approvedOn: day("2025-12-01"),
        text: "The IT Manager checks the backup log and records any failed job in the ticket system before the end of the working day.")

    /// Bound to an excluded control first, so the applicable one (A.8.13) must be chosen.
    static func source(id: String = "backups", controls: [ControlID] = ["A.5.1", "A.8.13"], frequency: Frequency? = .monthly,
                       tests: [AttributeTest] = [approved], timeliness: Timeliness? = nil, completion: Completion? = nil,
                       testing: TestingMethod = .sample) -> EvidenceSource {
        EvidenceSource(id: id, kind: "backup", title: "Restore tests", controls: controls, file: "evidence/\(id).csv",
                       idColumn: "id", dateColumn: "date", approverColumn: "approver", frequency: frequency,
                       documentedIn: "backup-procedure", timeliness: timeliness, completion: completion, tests: tests,
                       testing: testing)
    }

    static func record(_ id: String, _ date: String, approver: String = "Ann Lee", raised: String = "", closed: String = "",
                       person: String = "") -> EvidenceRecord {
        EvidenceRecord(id: id, day: day(date), row: 0, fields: [id, date, approver, raised, closed, person])
    }

    static func record(_ id: String, _ date: Day, approver: String = "Ann Lee") -> EvidenceRecord {
        record(id, date.description, approver: approver)
    }

    static func table(_ source: EvidenceSource, _ records: [EvidenceRecord]) -> EvidenceTable {
        let numbered = records.enumerated().map { i, r in
            EvidenceRecord(id: r.id, day: r.day, minutes: r.minutes, row: i + 2, fields: r.fields)
        }
        return EvidenceTable(source: source, columns: columns, records: numbered)
    }

    static func scenario(_ sources: [EvidenceSource], policy: AuditPolicy = AuditPolicy(), persons: Int = 20,
                         documents: [Document] = [procedure]) -> Scenario {
        Scenario(directory: FileManager.default.temporaryDirectory, name: "grading", organisation: organisation(persons: persons),
                 bankID: "grading", policy: policy, staff: staff, documents: documents, soa: soa, evidence: sources)
    }

    static func audit(_ records: [EvidenceRecord], source: EvidenceSource = source(), policy: AuditPolicy = AuditPolicy(),
                      persons: Int = 20, seed: UInt64? = nil) -> EvidenceAudit? {
        EvidenceAudit(table: table(source, records), scenario: scenario([source], policy: policy, persons: persons), seed: seed)
    }

    /// One record on the 15th of each listed month of 2026, approved.
    static func monthly(_ months: [Int], prefix: String = "RT") -> [EvidenceRecord] {
        months.map { m in record("\(prefix)-\(m < 10 ? "0" : "")\(m)", "2026-\(m < 10 ? "0" : "")\(m)-15") }
    }

    /// `count` records, ids R-01…, every `step` days from `start`; the listed ids lack an approver.
    static func series(_ count: Int, from start: String = "2026-01-02", step: Int = 5, failing: Set<Int> = []) -> [EvidenceRecord] {
        (1...count).map { i in
            let id = "R-\(i < 10 ? "0" : "")\(i)"
            return record(id, day(start).adding(days: (i - 1) * step), approver: failing.contains(i) ? "" : "Ann Lee")
        }
    }

    static func policy(_ change: (inout AuditPolicy) -> Void) -> AuditPolicy {
        var p = AuditPolicy()
        change(&p)
        return p
    }
}

@Suite("Evidence grading (Stage 2 rules)")
struct EvidenceGradingTests {
    typealias K = GradingKit

    // MARK: The clean source and the control

    @Test func aCleanSourceRaisesNothing() throws {
        let audit = try #require(K.audit(K.monthly(Array(1...6))))
        #expect(audit.findings.isEmpty, "\(audit.findings.map(\.rule))")
        #expect(audit.facts.count == 6)
        #expect(audit.facts.expectedPeriods.count == 6)  // January to June; July has not ended
        #expect(audit.facts.cadence == .monthly)
        #expect(audit.sample.count == 3)  // monthly: 3
    }

    @Test func findingsAreRaisedAgainstTheFirstApplicableControl() throws {
        let source = K.source(controls: ["A.5.1", "A.8.13", "A.8.15"])
        let audit = try #require(K.audit([], source: source))
        #expect(audit.control == "A.8.13")
        #expect(audit.findings.allSatisfy { $0.control == "A.8.13" && $0.stage == .operational })
        #expect(audit.findings.first?.owner == "pat")  // the control's owner, when the source names none
    }

    @Test func aSourceWithNoApplicableControlIsSkipped() {
        let source = K.source(controls: ["A.5.1", "A.8.15"])
        #expect(K.audit([], source: source) == nil)
        #expect(K.audit(K.monthly([1]), source: source) == nil)
    }

    // MARK: paper-control

    @Test func paperControlWhenNoRecordsFallInTheOperatingPeriod() throws {
        // A record before the operating period is ignored.
        let audit = try #require(K.audit([K.record("RT-old", "2025-12-15")]))
        #expect(audit.facts.count == 0)
        let f = try #require(audit.findings.theOnly)
        #expect(f.rule == .paperControl)
        #expect(f.grade == .major)
        #expect(f.control == "A.8.13")
        #expect(f.id == "S2-A.8.13-paper-control-backups")
        #expect(f.evidence.map(\.reference) == ["backup-procedure"])
        #expect(f.requirement.contains("Backup Procedure"))
    }

    @Test func oneRecordInThePeriodIsNotAPaperControl() throws {
        let audit = try #require(K.audit(K.monthly([6])))
        #expect(!audit.findings.contains { $0.rule == .paperControl })
    }

    // MARK: low-coverage and missed-period

    @Test func lowCoverageBelowHalfOfTheExpectedPeriods() throws {
        let audit = try #require(K.audit(K.monthly([1, 2])))
        let f = try #require(audit.findings.theOnly)
        #expect(f.rule == .lowCoverage)
        #expect(f.grade == .major)
        #expect(f.control == "A.8.13")
        #expect(f.evidence.filter { $0.kind == .period }.map(\.reference) == ["March 2026", "April 2026", "May 2026", "June 2026"])
        #expect(f.evidence.first == Citation(kind: .document, reference: "backup-procedure", detail: "documents monthly"))
        #expect(f.found.contains("2 of 6 expected occurrences"))
    }

    @Test func exactlyHalfCoveredIsAMissedPeriodNotLowCoverage() throws {
        let audit = try #require(K.audit(K.monthly([1, 2, 3])))
        let f = try #require(audit.findings.theOnly)
        #expect(f.rule == .missedPeriod)
        #expect(f.grade == .minor)
        #expect(f.evidence.filter { $0.kind == .period }.map(\.reference) == ["April 2026", "May 2026", "June 2026"])
    }

    @Test func oneMissedMonthIsOneFindingListingTheGap() throws {
        let audit = try #require(K.audit(K.monthly([1, 2, 3, 5, 6])))
        let f = try #require(audit.findings.theOnly)
        #expect(f.rule == .missedPeriod)
        #expect(f.grade == .minor)
        #expect(f.control == "A.8.13")
        #expect(f.evidence.filter { $0.kind == .period } == [Citation(kind: .period, reference: "April 2026", detail: "no occurrence")])
        #expect(f.found.contains("April 2026"))
    }

    @Test func theLowCoverageRatioComesFromPolicy() throws {
        let records = K.monthly([1, 2, 3])
        let stricter = try #require(K.audit(records, policy: K.policy { $0.lowCoverageRatio = 0.6 }))
        #expect(stricter.findings.map(\.rule) == [.lowCoverage])
        #expect(stricter.findings.map(\.grade) == [.major])
        let laxer = try #require(K.audit(K.monthly([1, 2]), policy: K.policy { $0.lowCoverageRatio = 0.3 }))
        #expect(laxer.findings.map(\.rule) == [.missedPeriod])
    }

    @Test func adHocSourcesHaveNoExpectedPeriods() throws {
        let audit = try #require(K.audit(K.monthly([1, 6]), source: K.source(frequency: .adHoc)))
        #expect(audit.facts.expectedPeriods.isEmpty)
        #expect(audit.findings.isEmpty)
    }

    // MARK: frequency-drift

    @Test func weeklyRecordsForAMonthlyControlAreAnOpportunityNotANonconformity() throws {
        // Mondays from 5 January to 29 June 2026: every month covered, and more often than the
        // document asks. The requirement is met; only the document needs aligning.
        let records = (0..<26).map { K.record("RT-w\($0 + 10)", K.day("2026-01-05").adding(days: 7 * $0)) }
        let audit = try #require(K.audit(records))
        #expect(audit.facts.cadence == .weekly)
        let f = try #require(audit.findings.theOnly)
        #expect(f.rule == .frequencyDrift)
        #expect(f.grade == .improvement)
        #expect(f.control == "A.8.13")
        #expect(f.evidence.filter { $0.kind == .record }.map(\.reference) == ["RT-w10", "RT-w35"])  // first and last
    }

    @Test func monthlyRecordsForAWeeklyControlAreAMinorWithTheMissedWeeks() throws {
        // The first Monday of each month, for a control documented weekly: most weeks missed.
        let records = (1...6).map { K.record("RT-m\($0)", "2026-0\($0)-0\(K.firstMonday[$0 - 1])") }
        let audit = try #require(K.audit(records, source: K.source(frequency: .weekly)))
        let f = try #require(audit.findings.theOnly)
        #expect(f.grade == .major)  // 6 of 26 weeks: the control did not operate most weeks
        #expect(f.facets.map(\.rule) == [.lowCoverage, .frequencyDrift])
    }

    @Test func rowsDaysApartAreOneOccurrenceOfAQuarterlyReview() throws {
        // A review run from 30 March to 5 April is one occurrence (the Q1 review), not one in
        // Q1 and another in Q2, and not a "weekly" cadence: Q2 had no review.
        let quarterly = K.source(frequency: .quarterly)
        let rows = [K.record("Q-1", "2026-03-30"), K.record("Q-2", "2026-04-02"), K.record("Q-3", "2026-04-05")]
        let audit = try #require(K.audit(rows, source: quarterly))
        #expect(audit.facts.occurrences.count == 1)
        #expect(audit.facts.occurrences.first?.recordIDs == ["Q-1", "Q-2", "Q-3"])
        #expect(audit.facts.medianGapDays == nil)
        let f = try #require(audit.findings.theOnly)
        #expect(f.facets.map(\.rule) == [.missedPeriod])
        #expect(f.found.contains("Q2 2026"))
    }

    @Test func driftNeedsThreeOccurrences() throws {
        // Every row its own occurrence: three rows three days apart read as about weekly,
        // more often than documented: an opportunity, not a nonconformity.
        var quarterly = K.source(frequency: .quarterly)
        quarterly.occurrence = .rows
        let two = try #require(K.audit([K.record("Q-1", "2026-03-30"), K.record("Q-2", "2026-04-02")], source: quarterly))
        #expect(two.facts.medianGapDays == nil)
        #expect(!two.findings.contains { $0.facets.contains { $0.rule == .frequencyDrift } })
        let three = try #require(K.audit([K.record("Q-1", "2026-03-30"), K.record("Q-2", "2026-04-02"),
                                          K.record("Q-3", "2026-04-05")], source: quarterly))
        #expect(three.findings.flatMap(\.facets).contains { $0.rule == .frequencyDrift && $0.grade == .improvement })
    }

    // MARK: sample-failure and sample-failure-rate

    @Test func aMinorityOfTheSampleFailingIsMinor() throws {
        // Ad hoc: the planned sample is 25, so 25 records are all sampled.
        let audit = try #require(K.audit(K.series(25, failing: [3, 8, 13, 18, 23]), source: K.source(frequency: .adHoc)))
        #expect(audit.sample.count == 25)
        let f = try #require(audit.findings.theOnly)
        #expect(f.rule == .sampleFailure)
        #expect(f.grade == .minor)
        #expect(f.control == "A.8.13")
        let records = f.evidence.filter { $0.kind == .record }
        #expect(records.map(\.reference) == ["R-03", "R-08", "R-13", "R-18", "R-23"])
        #expect(records.allSatisfy { $0.detail == "fails: an approver is recorded" })
        #expect(f.found.contains("5 of 25"))
        #expect(f.found.contains("(20 %)"))
    }

    @Test func mostOfTheSampleFailingIsMajor() throws {
        let failing = Set(stride(from: 1, through: 24, by: 2)).union([24])  // 13 of 24
        let audit = try #require(K.audit(K.series(24, failing: failing), source: K.source(frequency: .adHoc)))
        #expect(audit.sample.count == 24)
        let f = try #require(audit.findings.theOnly)
        #expect(f.rule == .sampleFailure)
        #expect(f.grade == .major)
        #expect(f.control == "A.8.13")
        #expect(f.found.contains("13 of 24"))
        #expect(f.found.contains("(54 %)"))
    }

    @Test func oneFailureInASampleOfTwoExtendsTheSample() throws {
        // Quarterly: a planned sample of 2 from 12 records. A failure in it is not yet a rate:
        // the auditor doubles the sample and grades what the four show.
        let policy = K.policy { $0.sampleSizes[.adHoc] = 2 }
        let first = try #require(K.audit(K.series(12), source: K.source(frequency: .adHoc), policy: policy))
        let failing = try #require(first.sample.first?.id)
        let number = Int(failing.dropFirst(2))!
        let audit = try #require(K.audit(K.series(12, failing: [number]), source: K.source(frequency: .adHoc), policy: policy))
        #expect(audit.sample.count == 2)
        #expect(audit.extendedSample.count == 2)
        #expect(Set(audit.extendedSample.map(\.id)).isDisjoint(with: audit.sample.map(\.id)))
        let f = try #require(audit.findings.theOnly)
        #expect(f.grade == .minor)  // 1 of 4, and four records are too few for a rate
        #expect(f.found.contains("extend it by 2 to 4 records"))
        #expect(f.found.contains("1 of 4"))
    }

    @Test func theWholePopulationIsTestedByDefaultAndGradedByItsRate() throws {
        let source = K.source(frequency: .adHoc, testing: .population)
        let few = try #require(K.audit(K.series(30, failing: [4, 19]), source: source))
        #expect(few.sample.count == 30)
        #expect(few.findings.theOnly?.rule == .populationFailures)
        #expect(few.findings.theOnly?.grade == .minor)
        #expect(few.findings.theOnly?.found.contains("2 of 30 records (7 %) fail") == true)
        let most = try #require(K.audit(K.series(30, failing: Set(1...20)), source: source))
        #expect(most.findings.theOnly?.grade == .major)
        // Two of three failing is most, but three records are not yet a rate.
        let tiny = try #require(K.audit(K.series(3, failing: [1, 2]), source: source))
        #expect(tiny.findings.theOnly?.grade == .minor)
    }

    @Test func theMajorFailureRatioComesFromPolicy() throws {
        let records = K.series(25, failing: [3, 8, 13, 18, 23])
        let audit = try #require(K.audit(records, source: K.source(frequency: .adHoc),
                                         policy: K.policy { $0.sampleFailureMajorRatio = 0.1 }))
        #expect(audit.findings.map(\.grade) == [.major])
        let lax = try #require(K.audit(K.series(24, failing: [3, 8, 13, 18, 23]), source: K.source(frequency: .adHoc),
                                       policy: K.policy { $0.sampleFailureMajorRatio = 0.25 }))
        #expect(lax.findings.map(\.grade) == [.minor])
    }

    @Test func aPassingSampleRaisesNoSampleFinding() throws {
        let audit = try #require(K.audit(K.series(25), source: K.source(frequency: .adHoc)))
        #expect(audit.sampleFailures.isEmpty)
        #expect(audit.findings.isEmpty)
    }

    @Test func sampleSizesComeFromPolicyAndNeverExceedThePopulation() throws {
        let small = try #require(K.audit(K.series(25), source: K.source(frequency: .adHoc), policy: K.policy { $0.sampleSizes[.adHoc] = 5 }))
        #expect(small.plan.size == 5)
        #expect(small.sample.count == 5)
        #expect(Set(small.sample.map(\.id)).count == 5)  // without replacement
        #expect(Set(small.sample.map(\.id)).isSubset(of: small.facts.population.map(\.id)))
        let tiny = try #require(K.audit(K.monthly([1, 2]), source: K.source(frequency: .weekly)))
        #expect(tiny.plan.size == 2)  // weekly plans 10; the population is 2
    }

    // MARK: population-failures

    /// Ten ad hoc records sampled three at a time; returns the ids sampled.
    func sampledIDs(_ policy: AuditPolicy) throws -> Set<String> {
        let clean = try #require(K.audit(K.series(10), source: K.source(frequency: .adHoc), policy: policy))
        #expect(clean.findings.isEmpty)
        return Set(clean.sample.map(\.id))
    }

    @Test func failuresOutsideAPassingSampleAreAnObservationWithTheChanceOfDetection() throws {
        let policy = K.policy { $0.sampleSizes[.adHoc] = 3 }
        let sampled = try sampledIDs(policy)
        #expect(sampled.count == 3)
        let outside = (1...10).filter { !sampled.contains("R-\($0 < 10 ? "0" : "")\($0)") }
        let failing = outside[0]
        let audit = try #require(K.audit(K.series(10, failing: [failing]), source: K.source(frequency: .adHoc), policy: policy))
        #expect(Set(audit.sample.map(\.id)) == sampled)  // field values do not change the draw
        let f = try #require(audit.findings.theOnly)
        #expect(f.rule == .populationFailures)
        #expect(f.grade == .observation)
        #expect(f.control == "A.8.13")
        #expect(f.evidence.filter { $0.kind == .record }.map(\.reference) == ["R-\(failing < 10 ? "0" : "")\(failing)"])
        // 1 failure in 10, sample of 3: 1 − C(9,3)/C(10,3) = 1 − 84/120 = 30 %.
        #expect(f.found.contains("sample of 3"))
        #expect(f.found.contains("probability 30 %"), "\(f.found)")

        // Two outside: 1 − C(8,3)/C(10,3) = 1 − 56/120 ≈ 53 %.
        let two = try #require(K.audit(K.series(10, failing: [outside[0], outside[1]]), source: K.source(frequency: .adHoc), policy: policy))
        #expect(two.findings.theOnly?.found.contains("probability 53 %") == true, "\(two.findings.map(\.found))")
    }

    @Test func aFailureInsideTheSampleIsASampleFindingNotAPopulationOne() throws {
        let policy = K.policy { $0.sampleSizes[.adHoc] = 3 }
        let sampled = try sampledIDs(policy).sorted()
        let index = try #require(Int(sampled[0].dropFirst(2)))
        let audit = try #require(K.audit(K.series(10, failing: [index]), source: K.source(frequency: .adHoc), policy: policy))
        // 1 of 3 fails: the sample is extended to 6, and 1 of 6 is a minor, not a rate of 33 %.
        #expect(audit.findings.map(\.rule) == [.sampleFailure])
        #expect(audit.findings.map(\.grade) == [.minor])
        #expect(audit.extendedSample.count == 3)
        #expect(audit.findings.first?.evidence.filter { $0.kind == .record }.map(\.reference) == [sampled[0]])
    }

    @Test(arguments: [
        (10, 1, 3, 0.3), (10, 2, 3, 1 - 56.0 / 120), (20, 4, 5, 1 - (16.0 * 15 * 14 * 13 * 12) / (20.0 * 19 * 18 * 17 * 16)),
        (5, 3, 3, 1.0), (10, 0, 3, 0.0),
    ])
    func detectionProbabilityIsHypergeometric(population: Int, failures: Int, sample: Int, expected: Double) {
        let p = SamplingPlan.detectionProbability(population: population, failures: failures, sampleSize: sample)
        #expect(abs(p - expected) < 1e-12)
    }

    // MARK: late-items

    static let ticketTimeliness = Timeliness(from: "raised", to: "closed", withinHours: 48)

    static func tickets(lateBy extra: Bool, open: Bool) -> [EvidenceRecord] {
        var records = [
            K.record("T-1", "2026-02-02", raised: "2026-02-02", closed: "2026-02-02"),
            K.record("T-2", "2026-03-02", raised: "2026-03-02", closed: "2026-03-03"),
            K.record("T-3", "2026-04-06", raised: "2026-04-06", closed: "2026-04-08"),  // exactly 48 hours
        ]
        if extra { records.append(K.record("T-4", "2026-05-04", raised: "2026-05-04", closed: "2026-05-07")) }
        if open { records.append(K.record("T-5", "2026-06-01", raised: "2026-06-01", closed: "")) }
        return records
    }

    @Test func lateAndStillOpenItemsAreAMinor() throws {
        let source = K.source(frequency: .adHoc, tests: [], timeliness: Self.ticketTimeliness)
        let audit = try #require(K.audit(Self.tickets(lateBy: true, open: true), source: source))
        let f = try #require(audit.findings.theOnly)
        #expect(f.rule == .lateItems)
        #expect(f.grade == .minor)
        #expect(f.control == "A.8.13")
        #expect(f.evidence.filter { $0.kind == .record } == [Citation(kind: .record, reference: "T-4", detail: "3 days against 2 days"),
                                                              Citation(kind: .record, reference: "T-5", detail: "still open against 2 days")])
        #expect(f.found.contains("2 of 5 items exceeded their limit of 2 days"))
        #expect(f.found.contains("1 still open past the limit"))
    }

    @Test func itemsWithinTheLimitRaiseNothing() throws {
        let source = K.source(frequency: .adHoc, tests: [], timeliness: Self.ticketTimeliness)
        let audit = try #require(K.audit(Self.tickets(lateBy: false, open: false), source: source))
        #expect(audit.facts.timing?.late.isEmpty == true)
        #expect(audit.findings.isEmpty)
    }

    @Test func theTimelinessLimitComesFromTheSource() throws {
        let generous = K.source(frequency: .adHoc, tests: [], timeliness: Timeliness(from: "raised", to: "closed", withinHours: 72))
        let audit = try #require(K.audit(Self.tickets(lateBy: true, open: false), source: generous))
        #expect(audit.findings.isEmpty)
        let strict = K.source(frequency: .adHoc, tests: [], timeliness: Timeliness(from: "raised", to: "closed", withinHours: 24))
        let late = try #require(K.audit(Self.tickets(lateBy: true, open: false), source: strict))
        #expect(late.findings.theOnly?.evidence.filter { $0.kind == .record }.map(\.reference) == ["T-3", "T-4"])
    }

    // MARK: incomplete-population

    /// `people` distinct trainees, plus a repeat record for the first one.
    static func training(_ people: Int) -> [EvidenceRecord] {
        (0..<people).map { K.record("TR-\($0 + 10)", K.day("2026-02-02").adding(days: $0).description, person: "person \($0)") }
            + [K.record("TR-99", "2026-06-01", person: "PERSON 0")]
    }

    static func trainingSource(_ population: Completion.Population = .count(20)) -> EvidenceSource {
        K.source(frequency: .adHoc, tests: [], completion: Completion(column: "person", population: population))
    }

    @Test func completionBelowTargetIsAMinor() throws {
        let audit = try #require(K.audit(Self.training(18), source: Self.trainingSource()))
        let f = try #require(audit.findings.theOnly)
        #expect(f.rule == .incompletePopulation)
        #expect(f.grade == .minor)
        #expect(f.control == "A.8.13")
        #expect(f.found.hasPrefix("18 of 20 (90 %)"))
    }

    @Test func completionAtTargetRaisesNothing() throws {
        let audit = try #require(K.audit(Self.training(19), source: Self.trainingSource()))  // 95 %
        #expect(audit.findings.isEmpty)
    }

    @Test func theCompletionTargetComesFromPolicyAndThePopulationFromTheScope() throws {
        let lax = try #require(K.audit(Self.training(18), source: Self.trainingSource(), policy: K.policy { $0.completionTarget = 90 }))
        #expect(lax.findings.isEmpty)
        let strict = try #require(K.audit(Self.training(19), source: Self.trainingSource(), policy: K.policy { $0.completionTarget = 96 }))
        #expect(strict.findings.map(\.rule) == [.incompletePopulation])
        // persons-in-scope: 19 of 25 people is 76 %.
        let scoped = try #require(K.audit(Self.training(19), source: Self.trainingSource(.personsInScope), persons: 25))
        #expect(scoped.findings.theOnly?.found.hasPrefix("19 of 25 (76 %)") == true)
    }

    /// Completion exactly at a scenario's target is not "below" it.
    @Test(arguments: [(19, 20, 95.0), (7, 10, 70.0), (29, 50, 58.0), (57, 100, 57.0)])
    func completionExactlyAtACustomTargetRaisesNothing(completed: Int, population: Int, target: Double) throws {
        let audit = try #require(K.audit(Self.training(completed), source: Self.trainingSource(.count(population)),
                                         policy: K.policy { $0.completionTarget = target }))
        #expect(audit.facts.completed == completed)
        #expect(audit.findings.isEmpty, "\(audit.findings.map(\.found))")
    }

    // MARK: Records before the operating period

    /// Mondays 5 January to 29 June 2026, documented weekly.
    static let mondays = (0..<26).map { K.record("WK-\($0 + 10)", K.day("2026-01-05").adding(days: 7 * $0)) }

    @Test func theWeekStraddlingTheStartIsExpected() throws {
        // 2026-01-01 is a Thursday: four days of the ISO week of 29 December lie inside the period.
        let audit = try #require(K.audit(Self.mondays, source: K.source(frequency: .weekly)))
        let f = try #require(audit.findings.theOnly)
        #expect(f.rule == .missedPeriod)
        #expect(f.evidence.filter { $0.kind == .period }.map(\.reference) == ["the week of 2025-12-29"])
    }

    @Test func aRecordBeforeTheOperatingPeriodDoesNotCoverAnExpectedPeriod() throws {
        // Records before the operating period are ignored (docs/audit-rules.md), so a
        // pre-ISMS record on 30 December should not cover the week of 29 December.
        let records = [K.record("WK-00", "2025-12-30")] + Self.mondays
        let audit = try #require(K.audit(records, source: K.source(frequency: .weekly)))
        #expect(audit.facts.count == 26)
        #expect(audit.findings.map(\.rule) == [.missedPeriod])
    }

    // MARK: Several rules on one source

    @Test func rulesCombineOnOneSource() throws {
        // Weekly records for a monthly control, none in March, one unapproved, sampled in full.
        var records = (0..<26).map { K.record("RT-w\($0 + 10)", K.day("2026-01-05").adding(days: 7 * $0)) }
        records.removeAll { $0.day.month == 3 }
        records[0] = K.record(records[0].id, records[0].day, approver: "")
        let audit = try #require(K.audit(records, policy: K.policy { $0.sampleSizes[.monthly] = 100 }))
        // One issue in one source's records: one finding whose facets are every rule that fired.
        let f = try #require(audit.findings.theOnly)
        #expect(f.facets.map(\.rule) == [.missedPeriod, .sampleFailure, .frequencyDrift])
        #expect(f.facets.map(\.grade) == [.minor, .minor, .improvement])
        #expect(f.grade == .minor && f.control == "A.8.13" && f.rule == .missedPeriod)
        #expect(f.found.contains("facets of one issue"))
    }
}

extension Array {
    /// The single element, or nil when there are none or several.
    var theOnly: Element? { count == 1 ? first : nil }
}

/// A test with a `where` applies to the records it picks, and its rate is theirs: 5 of 8
/// normal changes unapproved is most of them, not 5 of the 20 changes of every type.
@Suite("A test's population is the records it applies to")
struct TestPopulationTests {
    typealias K = GradingKit

    static func changes(normal: Int, standard: Int, unapprovedNormal: Int, unapprovedStandard: Int) -> [EvidenceRecord] {
        var out: [EvidenceRecord] = []
        for i in 0..<(normal + standard) {
            let isNormal = i < normal
            let unapproved = isNormal ? i < unapprovedNormal : i - normal < unapprovedStandard
            let r = K.record("CHG-\(100 + i)", K.day("2026-01-05").adding(days: i * 4).description,
                             approver: unapproved ? "" : "Ann Lee", person: isNormal ? "Normal" : "Standard")
            out.append(r)
        }
        return out
    }

    static let normalOnly = AttributeTest(id: "approved", description: "Normal change approved", column: "approver", rule: .present,
                                          filter: RowCondition(column: "person", test: .oneOf(["Normal"])))

    @Test func theRateIsOverTheRecordsTheTestPicks() throws {
        let source = K.source(frequency: nil, tests: [Self.normalOnly], testing: .population)
        let audit = try #require(K.audit(Self.changes(normal: 8, standard: 12, unapprovedNormal: 5, unapprovedStandard: 12), source: source))
        let f = try #require(audit.findings.theOnly)
        #expect(f.grade == .major, "\(f.found)")
        #expect(f.found.contains("5 of 8 records"), "\(f.found)")
        #expect(f.found.contains("8 of the 20 in the period"), "\(f.found)")
        #expect(audit.facts.testPassRate.map { abs($0 - 3.0 / 8) < 0.001 } == true)
    }

    @Test func aFewFailuresAmongThePickedRecordsStayMinor() throws {
        let source = K.source(frequency: nil, tests: [Self.normalOnly], testing: .population)
        let audit = try #require(K.audit(Self.changes(normal: 30, standard: 5, unapprovedNormal: 2, unapprovedStandard: 5), source: source))
        let f = try #require(audit.findings.theOnly)
        #expect(f.grade == .minor, "\(f.found)")
        #expect(f.found.contains("2 of 30 records"), "\(f.found)")
    }
}
