import Foundation
import Testing
import Yams

@testable import AuditSimCore

/// Deadlines and populations as procedures state them and trackers export them: "by 17:30
/// on the next working day", "N/A" for a step that does not apply to a row, and a register
/// audited for only some of its subjects (the critical suppliers).
@Suite("Deadlines at a time of day, steps that do not apply, and a source's scope")
struct DeadlineAndScopeTests {
    typealias K = ExportKit

    /// A joiners-and-leavers tracker: the last working day (day-first, the day ending 17:30)
    /// and the WMS removal in UTC, "N/A" for a leaver who never had a WMS account.
    static let tracker = """
        id: jml
        kind: joiners-leavers
        title: Joiners and leavers tracker
        controls: [A.5.18]
        file: evidence/jml.csv
        shape: events
        id-column: Employee
        date: { column: Last day, format: dd/MM/yyyy, time: "17:30" }
        dates:
          WMS disabled (UTC): iso8601
        timeliness:
          id: wms-next-working-day
          description: WMS user disabled by 17:30 on the next working day
          from: Last day
          to: WMS disabled (UTC)
          within: 1wd
          ends-at: "17:30"
        """

    @Test func removalAfterTheDeadlineTimeOrOverTheWeekendIsLate() throws {
        let csv = """
            Employee,Last day,WMS disabled (UTC)
            E1,17/09/2026,2026-09-18T15:00:00Z
            E2,17/09/2026,2026-09-18T18:52:40Z
            E3,17/09/2026,N/A
            E4,18/09/2026,2026-09-19T09:00:00Z
            E5,10/09/2026,2026-09-12T09:00:00Z
            E6,24/09/2026,2026-09-24T16:10:00Z

            """
        let (facts, _) = try K.facts(Self.tracker, csv, since: "2026-04-01", audit: "2026-11-16", zone: "Europe/London")
        let timing = try #require(facts.timing)
        // E1 16:00 BST the next day; E4 on the Saturday, inside Monday's deadline; E6 the same day.
        #expect(timing.late.map(\.id).sorted() == ["E2", "E5"], "19:52 BST on the Friday; the Saturday after a Friday deadline")
        #expect(timing.measured == 5, "E3 has no WMS account: the rule does not apply to it")
    }

    @Test func notApplicableIsReadNotReportedAndNonsenseStillIs() throws {
        let csv = "Employee,Last day,WMS disabled (UTC)\nE1,17/09/2026,N/A\nE2,17/09/2026,n/a\nE3,17/09/2026,soon\nE4,17/09/2026,-\n"
        let log = DiagnosticLog()
        _ = try K.load(Self.tracker, csv, since: "2026-04-01", audit: "2026-11-16", log: log)
        let messages = log.diagnostics.map(\.description)
        #expect(messages.count == 1, "\(messages)")
        #expect(messages.first?.contains("'soon' is not a date") == true, "\(messages)")
    }

    @Test func anEndsAtNeedsAWorkingDayLimit() throws {
        let log = DiagnosticLog()
        let yaml = Self.tracker.replacingOccurrences(of: "within: 1wd", with: "within: 24h")
        _ = EvidenceSourceReader.read(try #require(try Yams.compose(yaml: yaml)), file: "scenario.yaml", log: log)
        #expect(log.diagnostics.contains { $0.description.contains("'ends-at' sets the time of day a working-day limit ends") },
                "\(log.diagnostics.map(\.description))")
    }

    /// A register of every supplier, audited for the critical ones: a standard supplier's
    /// anniversary is not a missed critical-supplier review.
    @Test func rowsOutsideTheSourcesScopeArePartOfNothing() throws {
        let yaml = """
            id: suppliers
            kind: supplier-review
            title: Supplier assurance register
            controls: [A.5.22]
            file: evidence/suppliers.csv
            id-column: [Supplier, Reviewed]
            date: { column: Reviewed, format: dd/MM/yyyy }
            dates:
              Contract start: dd/MM/yyyy
            frequency: annual
            subject: Supplier
            anniversary: { column: Contract start, window: 30d }
            where: { column: Criticality, values: [Critical] }
            """
        let csv = """
            Supplier,Criticality,Contract start,Reviewed
            Acme Cloud,Critical,01/05/2024,03/05/2025
            Acme Cloud,Critical,01/05/2024,08/05/2026
            Grosvenor Services,Standard,01/06/2024,20/05/2024
            Vendor X,Critical,01/07/2024,28/06/2025

            """
        let (facts, audit) = try K.facts(yaml, csv, since: "2026-03-02", audit: "2026-11-16")
        #expect(facts.schedule.expected.compactMap(\.subject) == ["Acme Cloud", "Vendor X"])
        #expect(facts.schedule.missed.compactMap(\.subject) == ["Vendor X"])
        let f = try #require(audit?.findings.first)
        #expect(f.found.contains("1 of 2"), "\(f.found)")
        #expect(!f.found.contains("Grosvenor"), "\(f.found)")
    }

    /// Each site keeps its own holidays: 26 October is a bank holiday in Dublin, not in
    /// Belfast, so a Belfast removal the day after it is a working day late, a Dublin one is not.
    @Test func workingDaysCountAtTheRowsOwnSite() throws {
        let yaml = """
            id: leavers
            kind: joiners-leavers
            title: Leavers
            controls: [A.5.18]
            file: evidence/leavers.csv
            shape: events
            id-column: Employee
            date: { column: Last day, format: dd/MM/yyyy }
            dates:
              Removed: dd/MM/yyyy
            site: Site
            timeliness: { from: Last day, to: Removed, within: 1wd }
            """
        let csv = """
            Employee,Site,Last day,Removed
            D1,Ballycoolin,23/10/2026,27/10/2026
            B1,Belfast,23/10/2026,27/10/2026
            C1,Charlotte,02/07/2026,06/07/2026

            """
        let years = 2026...2026
        let ireland = Set(years.flatMap(HolidayCalendar.ireland.days(in:)))
        let (facts, _) = try K.facts(yaml, csv, since: "2026-04-13", audit: "2026-11-23", zone: "Europe/Dublin") { organisation in
            organisation.holidays = ireland
            let dublin = Organisation.SiteCalendar(site: "Dublin", timeZone: "Europe/Dublin", holidays: ireland)
            organisation.siteCalendars = [
                "dublin": dublin, "ballycoolin": dublin,
                "belfast": .init(site: "Belfast", timeZone: "Europe/Belfast",
                                 holidays: Set(years.flatMap(HolidayCalendar.northernIreland.days(in:)))),
                "charlotte": .init(site: "Charlotte", timeZone: "America/New_York", holidays: [Day(iso: "2026-07-03")!]),
            ]
        }
        let timing = try #require(facts.timing)
        #expect(timing.late.map(\.id) == ["B1"], "Belfast worked on 26 October; Charlotte's 3 July holiday excuses C1")
    }

    /// A test of a step's timing passes a row where the step does not apply ("N/A"), and
    /// still fails one where it was never done (blank).
    @Test func anAttributeTestLeavesOutRowsWhereTheStepDoesNotApply() throws {
        let yaml = """
            id: leavers
            kind: joiners-leavers
            title: Leavers
            controls: [A.5.18]
            file: evidence/leavers.csv
            shape: events
            id-column: Employee
            date: { column: Last day, format: dd/MM/yyyy }
            dates:
              Badge returned: dd/MM/yyyy
            tests:
            - id: badge-back
              description: Badge returned within a day
              column: Badge returned
              rule: within
              from: Last day
              limit: 1d
            """
        let csv = """
            Employee,Last day,Badge returned
            E1,17/09/2026,18/09/2026
            E2,17/09/2026,N/A
            E3,17/09/2026,
            E4,17/09/2026,25/09/2026

            """
        let (facts, _) = try K.facts(yaml, csv, since: "2026-04-01", audit: "2026-11-16")
        #expect(facts.testFailures.keys.sorted() == ["E3", "E4"])
    }
}
