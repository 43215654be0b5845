import Foundation
import Testing
import Yams

@testable import AuditSimCore

/// A raw export and the source entry a scenario author would write for it, loaded the way
/// `auditsim` loads them: the YAML through the source reader, the CSV through the loader.
enum ExportKit {
    static let staff = [StaffMember(id: "ann", name: "Ann Lee", role: "Chief Executive", topManagement: true, owns: ["A.8.13"])]

    static func source(_ yaml: String) throws -> EvidenceSource {
        let log = DiagnosticLog()
        let node = try #require(try Yams.compose(yaml: yaml))
        let source = EvidenceSourceReader.read(node, file: "scenario.yaml", log: log)
        #expect(!log.hasErrors, "\(log.diagnostics.map(\.description))")
        return try #require(source)
    }

    /// Writes `csv` where the source expects it and loads it into `log`; `since`…`audit` is
    /// the period, `organise` changes the organisation (sites, holidays) before loading.
    static func load(_ yaml: String, _ csv: String, since: String, audit: String, zone: String? = nil,
                     organise: (inout Organisation) -> Void = { _ in }, log: DiagnosticLog) throws -> (EvidenceTable?, Scenario) {
        let source = try source(yaml)
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("auditsim-shapes-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir.appendingPathComponent("evidence"), withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        try Data(csv.utf8).write(to: dir.appendingPathComponent(source.file))
        var organisation = Organisation(name: "Shapes Ltd", sector: "software", personsInScope: 40, scope: "all",
                                        auditDate: Day(iso: audit)!, operatingSince: Day(iso: since)!, timeZone: zone)
        organise(&organisation)
        let soa = source.controls.map { SoAEntry(control: $0, applicable: true, justification: "in scope", implemented: .yes) }
        let scenario = Scenario(directory: dir, name: "shapes", organisation: organisation, bankID: "b", staff: staff,
                                documents: [], soa: soa, evidence: [source])
        return (EvidenceLoader.load(source, in: scenario, log: log), scenario)
    }

    /// As `load`, expecting a clean load: the facts and the audit of the one source.
    static func facts(_ yaml: String, _ csv: String, since: String, audit: String, zone: String? = nil,
                      organise: (inout Organisation) -> Void = { _ in }) throws -> (EvidenceFacts, EvidenceAudit?) {
        let log = DiagnosticLog()
        let (loaded, scenario) = try load(yaml, csv, since: since, audit: audit, zone: zone, organise: organise, log: log)
        #expect(!log.hasErrors, "\(log.diagnostics.map(\.description))")
        let table = try #require(loaded)
        let facts = EvidenceFacts(table: table, organisation: scenario.organisation)
        return (facts, EvidenceAudit(facts: facts, scenario: scenario))
    }
}

@Suite("Evidence as real exports shape it")
struct ExportShapeTests {
    typealias K = ExportKit

    /// An Okta certification report: one row per application, a campaign over three or four days.
    static let okta = """
        id: okta
        kind: access-review
        title: Access certification
        controls: [A.5.15, A.5.18]
        requirement: A.5.18
        file: evidence/okta.csv
        id-column: [Campaign ID, Resource Name]
        date: { column: Reviewer Completed At, format: iso8601 }
        occurrence: { key: Campaign ID }
        frequency: quarterly
        """

    @Test func aThreeDayCampaignEachQuarterIsQuarterlyWithNoDrift() throws {
        var csv = "Campaign ID,Resource Name,Reviewer Completed At,Status\n"
        for (campaign, days) in [("c1", ["2026-03-09", "2026-03-10", "2026-03-11"]), ("c2", ["2026-06-08", "2026-06-09", "2026-06-11"]),
                                 ("c3", ["2026-09-07", "2026-09-08", "2026-09-10"])] {
            for (i, d) in days.enumerated() { csv += "\(campaign),App \(i),\(d)T11:35:38.000Z,Completed\n" }
        }
        let (facts, audit) = try K.facts(Self.okta, csv, since: "2026-01-12", audit: "2026-10-05")
        #expect(facts.population.count == 9)
        #expect(facts.occurrences.map(\.id) == ["c1", "c2", "c3"])
        #expect(facts.cadence == .quarterly)
        #expect(facts.coverage == 1)
        #expect(audit?.findings.isEmpty == true, "\(audit?.findings.map(\.found) ?? [])")
        #expect(audit?.control == "A.5.18")
    }

    @Test func withoutAKeyRowsClusterByTheDocumentedFrequency() throws {
        let yaml = Self.okta.replacingOccurrences(of: "occurrence: { key: Campaign ID }\n", with: "")
        var csv = "Campaign ID,Resource Name,Reviewer Completed At\n"
        for d in ["2026-03-09", "2026-03-12", "2026-06-08", "2026-06-10", "2026-09-07", "2026-09-11"] {
            csv += "x,\(d),\(d)T09:00:00Z\n"
        }
        let (facts, audit) = try K.facts(yaml, csv, since: "2026-01-12", audit: "2026-10-05")
        #expect(facts.occurrences.count == 3)
        #expect(facts.cadence == .quarterly)
        #expect(audit?.findings.isEmpty == true)
    }

    static let sites = """
        id: fire-checks
        kind: physical-check
        title: Fire door checks
        controls: [A.7.1]
        file: evidence/checks.csv
        id-column: Ref
        date: { column: Checked, format: dd/MM/yyyy }
        frequency: monthly
        subject: Site
        """

    @Test func twoSitesMonthlyOnDifferentDaysAreMonthlyPerSite() throws {
        var csv = "Ref,Site,Checked\n"
        for m in 1...6 {
            csv += "L-\(m),Leeds,03/0\(m)/2026\n"
            csv += "G-\(m),Gdansk,1\(m)/0\(m)/2026\n"
        }
        let (facts, audit) = try K.facts(Self.sites, csv, since: "2026-01-01", audit: "2026-07-05")
        #expect(facts.cadence == .monthly)  // not "fortnightly" from the two sites interleaved
        #expect(facts.schedule.expected.count == 12)
        #expect(facts.schedule.missed.isEmpty)
        #expect(audit?.findings.isEmpty == true, "\(audit?.findings.map(\.found) ?? [])")
    }

    @Test func aSiteThatMissesAMonthIsNamed() throws {
        var csv = "Ref,Site,Checked\n"
        for m in 1...6 {
            csv += "L-\(m),Leeds,03/0\(m)/2026\n"
            if m != 4 { csv += "G-\(m),Gdansk,1\(m)/0\(m)/2026\n" }
        }
        let (_, audit) = try K.facts(Self.sites, csv, since: "2026-01-01", audit: "2026-07-05")
        let f = try #require(audit?.findings.first)
        #expect(f.grade == .minor && f.rule == .missedPeriod)
        #expect(f.found.contains("Gdansk: April 2026"))
        #expect(!f.found.contains("Leeds:"))
    }

    /// Dublin checked on 29 April and again on 5 May: two monthly checks, not one spread over
    /// the month end that leaves May empty.
    @Test func checksEitherSideOfAMonthEndAreTwoChecks() throws {
        var csv = "Ref,Site,Checked\n"
        for m in 1...6 { csv += "L-\(m),Leeds,03/0\(m)/2026\n" }
        for (i, d) in ["14/01/2026", "12/02/2026", "16/03/2026", "29/04/2026", "05/05/2026", "18/06/2026"].enumerated() {
            csv += "D-\(i),Dublin,\(d)\n"
        }
        let (facts, audit) = try K.facts(Self.sites, csv, since: "2026-01-01", audit: "2026-07-05")
        #expect(facts.schedule.missed.isEmpty, "\(facts.schedule.missed.map(\.period))")
        #expect(audit?.findings.isEmpty == true, "\(audit?.findings.map(\.found) ?? [])")
    }

    /// A supplier register, one row per review and no row id; each supplier annually, eight
    /// months into the ISMS: no calendar year has ended, so each supplier is due a year (and
    /// the month's grace) after its own last review.
    @Test func eachSubjectIsDueAYearAfterItsOwnLastReview() throws {
        let yaml = """
            id: suppliers
            kind: supplier-review
            title: Supplier review register
            controls: [A.5.22]
            file: evidence/suppliers.csv
            id-column: [Supplier, Reviewed]
            date: { column: Reviewed, format: dd/MM/yyyy }
            frequency: annual
            subject: Supplier
            """
        let csv = """
            Supplier,Reviewed
            AWS,10/09/2025
            Bytes Ltd,01/08/2025
            Cloudflare,15/12/2025
            AWS,01/09/2026

            """
        let (facts, audit) = try K.facts(yaml, csv, since: "2026-03-02", audit: "2026-11-16")
        #expect(facts.schedule.expected.map(\.subject) == ["AWS", "Bytes Ltd"], "Cloudflare is not due until January")
        #expect(facts.schedule.missed.map(\.subject) == ["Bytes Ltd"])
        let f = try #require(audit?.findings.first)
        #expect(f.rule == .missedPeriod && f.grade == .minor, "\(f.found)")
        #expect(f.found.contains("Bytes Ltd"))
    }

    /// A register that schedules each supplier itself: critical suppliers a year on, standard
    /// ones two years on, as its "Next review due" column says; no single frequency fits both.
    @Test func aRegisterSaysWhenEachSubjectIsNextDue() throws {
        let yaml = """
            id: suppliers
            kind: supplier-review
            title: Supplier review register
            controls: [A.5.22]
            file: evidence/suppliers.csv
            id-column: [Supplier, Review date]
            date: { column: Review date, format: dd/MM/yyyy }
            dates: { Next review due: dd/MM/yyyy }
            frequency: annual
            subject: Supplier
            next-due: Next review due
            """
        let csv = """
            Supplier,Tier,Review date,Next review due
            Microsoft,Critical,14/03/2025,14/03/2026
            Microsoft,Critical,02/03/2026,02/03/2027
            Sage,Standard,28/02/2025,28/02/2027
            Zendesk,Critical,10/06/2025,10/06/2026
            Okta,Critical,01/05/2025,01/05/2026
            Okta,Critical,20/04/2026,20/04/2027
            Slack,Critical,01/07/2025,01/07/2026
            Slack,Critical,15/07/2026,15/07/2027
            Old Printers,Standard,11/04/2022,11/04/2024

            """
        let (facts, audit) = try K.facts(yaml, csv, since: "2026-03-02", audit: "2026-11-16")
        let names = facts.schedule.expected.map(\.name)
        #expect(names.contains("Microsoft: due by 2026-04-13"), "\(names)")
        #expect(!names.contains { $0.hasPrefix("Sage") }, "standard tier: not due until 2027")
        #expect(facts.schedule.missed.map(\.subject) == ["Old Printers", "Zendesk"], "\(facts.schedule.missed.map(\.name))")
        let f = try #require(audit?.findings.first { $0.rule == .missedPeriod })
        #expect(f.found.contains("Zendesk: due by"), "\(f.found)")
        #expect(f.grade == .minor, "3 of 5 due reviews on time")
    }

    static let restores = """
        id: restores
        kind: restore-test
        title: Restore tests
        controls: [A.8.13]
        file: evidence/restores.csv
        id-column: Job
        date: { column: Run, format: dd/MM/yyyy HH:mm }
        frequency: monthly
        handled-exceptions: { same: [Database], within: 1d }
        tests:
        - { id: passed, column: Result, rule: one-of, values: [Success] }
        """

    @Test(arguments: [
        ("20/03/2026 16:40", true, "re-run the same afternoon"),
        ("21/03/2026 09:10", true, "re-run first thing the next morning, inside the day's window"),
        ("24/03/2026 09:10", false, "re-run four days later: the failure stands"),
    ])
    func aFailedJobReRunSuccessfullyIsHandled(rerun: String, handled: Bool, why: String) throws {
        let csv = """
            Job,Database,Run,Result
            J-1,ledger,15/01/2026 10:00,Success
            J-2,ledger,12/02/2026 10:00,Success
            J-3,ledger,20/03/2026 10:00,Failed
            J-4,ledger,\(rerun),Success
            J-5,ledger,16/04/2026 10:00,Success

            """
        let (facts, audit) = try K.facts(Self.restores, csv, since: "2026-01-01", audit: "2026-05-01")
        #expect(facts.handled.map(\.failed) == (handled ? ["J-3"] : []), "\(why)")
        #expect((facts.testFailures["J-3"] == nil) == handled, "\(why)")
        if handled {
            #expect(audit?.findings.isEmpty == true, "\(why): \(audit?.findings.map(\.found) ?? [])")
        } else {
            #expect(audit?.findings.first?.rule == .populationFailures, "\(why)")
        }
    }

    /// A Veeam session that failed after a long run, re-run the next night: the window opens
    /// when the failed session ended, not when it started 24 hours and 6 minutes earlier.
    @Test func theWindowCanOpenWhenTheFailedJobEnded() throws {
        let yaml = Self.restores.replacingOccurrences(of: "handled-exceptions: { same: [Database], within: 1d }",
                                                      with: "handled-exceptions: { same: [Database], within: 24h, from: Ended }\ndates: { Ended: dd/MM/yyyy HH:mm }")
        let csv = """
            Job,Database,Run,Ended,Result
            J-1,ledger,15/01/2026 22:00,15/01/2026 23:10,Success
            J-2,ledger,12/02/2026 22:00,12/02/2026 23:05,Success
            J-3,ledger,19/03/2026 22:00,19/03/2026 22:07,Failed
            J-4,ledger,20/03/2026 22:06,20/03/2026 23:20,Success
            J-5,ledger,16/04/2026 22:00,16/04/2026 23:00,Success

            """
        let (facts, _) = try K.facts(yaml, csv, since: "2026-01-01", audit: "2026-05-01")
        #expect(facts.handled.map(\.failed) == ["J-3"])
        let (strict, _) = try K.facts(Self.restores.replacingOccurrences(of: "within: 1d", with: "within: 24h"),
                                      csv.replacingOccurrences(of: ",Ended", with: ",Note")
                                          .replacingOccurrences(of: #",\d\d/\d\d/2026 \d\d:\d\d,(Success|Failed)"#, with: ",x,$1",
                                                                options: .regularExpression),
                                      since: "2026-01-01", audit: "2026-05-01")
        #expect(strict.handled.isEmpty, "from the start, 24 hours and 6 minutes is outside a day")
    }

    @Test func aFailureReRunForAnotherDatabaseIsNotHandled() throws {
        let csv = """
            Job,Database,Run,Result
            J-1,ledger,20/03/2026 10:00,Failed
            J-2,merchants,20/03/2026 15:00,Success

            """
        let (facts, _) = try K.facts(Self.restores, csv, since: "2026-01-01", audit: "2026-05-01")
        #expect(facts.handled.isEmpty)
        #expect(facts.testFailures["J-1"] != nil)
    }

    static let scanner = """
        id: scanner
        kind: vulnerability
        title: Scanner findings
        controls: [A.8.8]
        shape: events
        file: evidence/scan.csv
        id-column: ID
        exported-on: 2026-10-02
        date: { column: First seen, format: yyyy-MM-dd HH:mm:ss }
        timeliness:
        - from: First seen
          to: Resolved
          within: { by: Severity, critical: 72h, high: 14d }
        """

    @Test func tieredLimitsApplyPerSeverityAndLowsHaveNone() throws {
        let csv = """
            ID,Severity,First seen,Resolved
            V-1,Critical,2026-03-01 10:00:00,2026-03-03 09:00:00
            V-2,critical,2026-04-01 10:00:00,2026-04-06 10:00:00
            V-3,High,2026-05-01 10:00:00,2026-05-13 10:00:00
            V-4,High,2026-06-01 10:00:00,
            V-5,High,2026-09-25 10:00:00,
            V-6,Low,2025-12-01 10:00:00,
            V-7,Low,2026-02-01 10:00:00,

            """
        let (facts, audit) = try K.facts(Self.scanner, csv, since: "2026-01-12", audit: "2026-10-05")
        let timing = try #require(facts.timing)
        #expect(Set(timing.late.map(\.id)) == ["V-2", "V-4"])  // 5 days for a critical; a high open since June
        #expect(timing.openWithin == 1)  // V-5: open a week, inside 14 days
        #expect(timing.tiers.map(\.category) == ["critical", "high"])
        #expect(timing.tiers.map(\.late) == [1, 1])
        #expect(facts.population.count == 6)  // V-6 was found before the period
        let f = try #require(audit?.findings.first)
        #expect(f.rule == .lateItems && f.grade == .minor)
        #expect(f.found.contains("critical 1 of 2 late (limit 3 days)"))
    }

    @Test func mostCriticalsLateIsAMajorEvenWhenHighsAreFine() throws {
        var csv = "ID,Severity,First seen,Resolved\n"
        for i in 1...6 { csv += "C-\(i),critical,2026-0\(i)-01 10:00:00,2026-0\(i)-\(i < 5 ? "20" : "02") 10:00:00\n" }
        for i in 1...6 { csv += "H-\(i),high,2026-0\(i)-01 10:00:00,2026-0\(i)-05 10:00:00\n" }
        let (_, audit) = try K.facts(Self.scanner, csv, since: "2026-01-01", audit: "2026-10-05")
        #expect(audit?.findings.first?.grade == .major)  // 4 of 6 criticals late
    }

    @Test func anEventLogWithQuietMonthsRaisesNoCoverageFinding() throws {
        // Criticals in March and September only: months without one are not missed scans.
        let yaml = Self.scanner + "\nfrequency: monthly\n"
        let csv = """
            ID,Severity,First seen,Resolved
            V-1,critical,2026-03-01 10:00:00,2026-03-02 09:00:00
            V-2,critical,2026-09-01 10:00:00,2026-09-02 09:00:00

            """
        let (facts, audit) = try K.facts(yaml, csv, since: "2026-01-12", audit: "2026-10-05")
        #expect(facts.schedule.expected.isEmpty)
        #expect(audit?.findings.isEmpty == true, "\(audit?.findings.map(\.found) ?? [])")
    }

    @Test func anEmptyEventLogAsksWhetherItIsCompleteRatherThanRaisingAPaperControl() throws {
        let (_, audit) = try K.facts(Self.scanner, "ID,Severity,First seen,Resolved\n", since: "2026-01-12", audit: "2026-10-05")
        let f = try #require(audit?.findings.theOnly)
        #expect(f.rule == .emptyEventLog && f.grade == .observation)
    }

    static let drTests = """
        id: dr
        kind: bc-test
        title: DR exercises
        controls: [A.5.30]
        file: evidence/dr.csv
        id-column: Date
        date: { column: Date, format: dd/MM/yyyy }
        frequency: annual
        counts-when: { column: Result, not: [Planned] }
        """

    @Test func anAnnualControlNotYetDueIsNotAPaperControl() throws {
        // The last exercise was in November, before the ISMS; the next is planned for November.
        let csv = "Date,Result\n20/11/2025,Completed\n17/11/2026,Planned\n"
        let (facts, audit) = try K.facts(Self.drTests, csv, since: "2026-01-12", audit: "2026-10-05")
        #expect(facts.schedule.expected.isEmpty)
        #expect(audit?.findings.isEmpty == true, "\(audit?.findings.map(\.found) ?? [])")
    }

    @Test func anAnnualControlIsDueAYearAfterItsLastOccurrence() throws {
        let csv = "Date,Result\n09/10/2025,Completed\n"
        let (_, audit) = try K.facts(Self.drTests, csv, since: "2026-04-01", audit: "2026-11-16")
        let f = try #require(audit?.findings.theOnly)
        #expect(f.rule == .paperControl && f.grade == .major)
    }

    @Test(arguments: [("2026-07-05", 25, "the audit day, a Sunday, ends the 26th week: not yet expected"),
                      ("2026-07-06", 26, "the Monday after: the 26th week has ended")])
    func theAuditDayItselfIsNotYetExpected(audit: String, weeks: Int, why: String) throws {
        let yaml = """
            id: reviews
            kind: log-review
            title: Log reviews
            controls: [A.8.15]
            file: evidence/reviews.csv
            date: { column: Done, format: yyyy-MM-dd }
            frequency: weekly
            """
        var csv = "Done\n"
        for w in 0..<26 { csv += "\(Day(iso: "2026-01-05")!.adding(days: 7 * w + 4))\n" }  // Fridays
        let (facts, _) = try K.facts(yaml, csv, since: "2026-01-05", audit: audit)
        #expect(facts.schedule.expected.count == weeks, "\(why)")
        #expect(facts.schedule.missed.isEmpty, "\(why)")
    }

    static let tickets = """
        id: siem
        kind: log-review
        title: Weekly SIEM review tickets
        controls: [A.8.15]
        file: evidence/siem.csv
        id-column: Issue key
        date: { column: Resolved, format: "dd/MMM/yy h:mm a" }
        dates: { Created: "dd/MMM/yy h:mm a" }
        frequency: weekly
        counts-when:
        - { column: Status, values: [Done] }
        - { column: Signed off by, present: true }
        """

    @Test func ticketsCreatedByAutomationAreNotReviewsUntilSignedOff() throws {
        var csv = "Issue key,Status,Created,Resolved,Signed off by\n"
        for w in 0..<8 {
            let monday = Day(iso: "2026-01-12")!.adding(days: 7 * w)
            let created = "\(String(format: "%02d", monday.day))/\(["Jan", "Feb", "Mar"][monday.month - 1])/26 8:00 AM"
            let friday = monday.adding(days: 4)
            let resolved = "\(String(format: "%02d", friday.day))/\(["Jan", "Feb", "Mar"][friday.month - 1])/26 3:40 PM"
            switch w {
            case 0, 1: csv += "SEC-\(w),Done,\(created),\(resolved),Jonah\n"
            case 2: csv += "SEC-\(w),Won't Do,\(created),\(resolved),\n"
            default: csv += "SEC-\(w),To Do,\(created),,\n"
            }
        }
        let (facts, audit) = try K.facts(Self.tickets, csv, since: "2026-01-12", audit: "2026-03-09")
        #expect(facts.occurrences.count == 2)
        #expect(facts.notOccurrences.count == 6)
        let f = try #require(audit?.findings.theOnly)
        #expect(f.grade == .major)  // 2 of 8 weeks
        #expect(f.found.contains("To Do 5"))
        #expect(f.found.contains("Won't Do 1"))
    }

    @Test func aRecordBeforeThePeriodIsKeptAsHistory() throws {
        let csv = "Job,Database,Run,Result\nJ-0,ledger,12/02/2026 10:00,Success\nJ-1,ledger,14/04/2026 10:00,Success\n"
        let (facts, _) = try K.facts(Self.restores, csv, since: "2026-04-01", audit: "2026-06-01")
        #expect(facts.population.map(\.id) == ["J-1"])
        #expect(facts.history.map(\.id) == ["J-0"])
        #expect(facts.lastBeforePeriod == Day(iso: "2026-02-12"))
    }

    @Test func localTimesAreReadInTheOrganisationsZoneAndStampsWithZAsUTC() throws {
        // A leaver's last day ends at 17:30 UK time (BST in June: 16:30 UTC); Okta writes UTC.
        let yaml = """
            id: leavers
            kind: joiners-leavers
            title: Leavers
            controls: [A.6.5]
            shape: events
            file: evidence/leavers.csv
            id-column: ID
            date: { column: Last day, format: dd/MM/yyyy, time: "17:30" }
            dates: { Deactivated: iso8601 }
            timeliness: { from: Last day, to: Deactivated, within: 24h }
            """
        let csv = "ID,Last day,Deactivated\nL-1,18/06/2026,2026-06-19T07:10:00Z\nL-2,19/06/2026,2026-06-20T16:40:00Z\n"
        let (facts, _) = try K.facts(yaml, csv, since: "2026-01-12", audit: "2026-10-05", zone: "Europe/London")
        let timing = try #require(facts.timing)
        #expect(timing.medianHours != nil)
        #expect(timing.late.map(\.id) == ["L-2"])  // 24 h 10 min after 16:30 UTC
        #expect(timing.withinLimit == 1)  // L-1: 14 h 40 min
    }

    @Test func aReportTitleAboveTheHeaderIsSkippedAndAColumnCanBeUTC() throws {
        // A Qualys report starts with its title and filters; Intune writes UTC with no offset.
        let yaml = """
            id: devices
            kind: device-inventory
            title: Devices
            controls: [A.8.1]
            shape: inventory
            file: evidence/devices.csv
            header-row: 3
            exported-on: 2026-10-02
            id-column: Device
            date: { column: Last check-in, format: yyyy-MM-dd HH:mm:ss }
            dates: { Last check-in: { zone: UTC } }
            tests:
            - { id: recent, column: Last check-in, rule: recent, limit: 7d }
            """
        let csv = "Device compliance report\n\"Generated 02/10/2026, all devices\"\nDevice,Last check-in\nD-1,2026-09-30 23:30:00\nD-2,2026-09-20 08:00:00\n"
        let (facts, audit) = try K.facts(yaml, csv, since: "2026-01-12", audit: "2026-10-05", zone: "Europe/London")
        #expect(facts.population.map(\.id) == ["D-2", "D-1"])
        #expect(facts.testFailures.keys.sorted() == ["D-2"])
        #expect(audit?.findings.theOnly?.grade == .minor)
    }
}

@Suite("Evidence-shape keys are validated with located errors")
struct ExportShapeValidationTests {
    static let broken = """
        id: broken
        kind: log-review
        title: Broken
        controls: [A.8.15]
        requirement: A.5.1
        file: evidence/x.csv
        shape: sometimes
        date: { column: Done, format: "dd/MMM/yy h:mm", time: "25:00" }
        dates: { Resolved: "qq-ww", Created: { format: iso8601, zone: Mars/Olympus } }
        counts-when: { column: Status, values: [Done], present: true }
        occurrence: { every: 3 }
        anniversary: { column: Contract start, window: 30d }
        handled-exceptions: { same: [Database] }
        timeliness:
        - { from: A, to: B, within: { critical: 14d } }
        - { from: A, to: B, within: 3 fortnights }
        - { from: A, to: B, within: { by: Severity, high: soon } }
        tests:
        - { id: t, column: C, rule: sometimes-true }
        """

    static let expected = [
        "'requirement' A.5.1 is not one of the source's controls",
        "'shape' must be one of",
        "date format 'dd/MMM/yy h:mm' is not understood",
        "'time' must be a time of day written HH:mm",
        "date format 'qq-ww' of column 'Resolved' is not understood",
        "'Mars/Olympus' is not a time zone name",
        "a row condition takes exactly one of 'values', 'not' or 'present'",
        "unknown key 'every' in 'occurrence'",
        "'anniversary' needs 'subject'",
        "missing required key 'within'",
        "'within' as a mapping needs 'by'",
        "'within' must be a duration such as 24h",
        "limit 'soon' for 'high' must be a duration",
        "rule 'sometimes-true' is not one of",
    ]

    @Test func everyProblemInTheNewKeysIsReportedAtItsPlace() throws {
        let log = DiagnosticLog()
        let node = try #require(try Yams.compose(yaml: Self.broken))
        _ = EvidenceSourceReader.read(node, file: "scenario.yaml", log: log)
        let messages = log.diagnostics.map(\.description)
        for fragment in Self.expected {
            #expect(messages.contains { $0.contains(fragment) }, "no '\(fragment)' in:\n\(messages.joined(separator: "\n"))")
        }
        // Every one is located: file, line and column.
        #expect(log.diagnostics.allSatisfy { $0.line != nil && $0.column != nil }, "\(messages)")
    }
}
