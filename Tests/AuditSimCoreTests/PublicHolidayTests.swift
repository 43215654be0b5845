import Foundation
import Testing

@testable import AuditSimCore

/// Working days as people work them: limits in working days skip public holidays, with the
/// weekend ones moved to the weekday they are observed on.
@Suite("Public holidays and working days")
struct PublicHolidayTests {
    static func days(_ isos: [String]) -> [Day] { isos.map { Day(iso: $0)! } }

    @Test(arguments: [
        (HolidayCalendar.englandAndWales, 2026, ["2026-01-01", "2026-04-03", "2026-04-06", "2026-05-04", "2026-05-25",
                                                 "2026-08-31", "2026-12-25", "2026-12-28"]),
        (.scotland, 2026, ["2026-01-01", "2026-01-02", "2026-04-03", "2026-05-04", "2026-05-25", "2026-08-03",
                           "2026-11-30", "2026-12-25", "2026-12-28"]),
        (.ireland, 2026, ["2026-01-01", "2026-02-02", "2026-03-17", "2026-04-06", "2026-05-04", "2026-06-01",
                          "2026-08-03", "2026-10-26", "2026-12-25", "2026-12-28"]),
        (.northernIreland, 2026, ["2026-01-01", "2026-03-17", "2026-04-03", "2026-04-06", "2026-05-04", "2026-05-25",
                                  "2026-07-13", "2026-08-31", "2026-12-25", "2026-12-28"]),
        // Christmas on a Sunday: Boxing Day stays on Monday, Christmas moves to Tuesday.
        (.englandAndWales, 2022, ["2022-01-03", "2022-04-15", "2022-04-18", "2022-05-02", "2022-05-30", "2022-08-29",
                                  "2022-12-26", "2022-12-27"]),
        // Christmas on a Saturday: both move, to Monday and Tuesday.
        (.englandAndWales, 2027, ["2027-01-01", "2027-03-26", "2027-03-29", "2027-05-03", "2027-05-31", "2027-08-30",
                                  "2027-12-27", "2027-12-28"]),
    ])
    func calendarsObserveTheirHolidays(_ calendar: HolidayCalendar, _ year: Int, _ expected: [String]) {
        #expect(Set(calendar.days(in: year)) == Set(Self.days(expected)), "\(calendar) \(year)")
    }

    /// An emergency change made on the Thursday before Easter and approved on the Tuesday
    /// after it: one working day in England, three if holidays were ignored.
    @Test func easterIsNotCountedAgainstALimit() {
        let thursday = Day(iso: "2026-04-02")!, tuesday = Day(iso: "2026-04-07")!
        let english = EvidenceClock(zoneName: "Europe/London", holidays: Set(HolidayCalendar.englandAndWales.days(in: 2026)))
        #expect(english.workingDays(from: thursday, to: tuesday) == 1)
        #expect(EvidenceClock(zoneName: nil).workingDays(from: thursday, to: tuesday) == 3)
        // St Patrick's Day is a working day in Leeds, not in Dublin.
        let monday = Day(iso: "2026-03-16")!, wednesday = Day(iso: "2026-03-18")!
        let irish = EvidenceClock(zoneName: "Europe/Dublin", holidays: Set(HolidayCalendar.ireland.days(in: 2026)))
        #expect(english.workingDays(from: monday, to: wednesday) == 2)
        #expect(irish.workingDays(from: monday, to: wednesday) == 1)
    }

    /// The mini scenario with `organisation:` lines added, loaded.
    static func organisation(_ lines: String) throws -> (DiagnosticLog, Organisation?) {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("auditsim-holidays-\(UUID().uuidString)")
        try FileManager.default.copyItem(at: Fixture.url("scenarios/mini"), to: dir)
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("scenario.yaml")
        let text = try String(contentsOf: file, encoding: .utf8)
            .replacingOccurrences(of: "  operating-since: 2026-04-01\n", with: "  operating-since: 2026-04-01\n" + lines)
        try Data(text.utf8).write(to: file)
        let log = DiagnosticLog()
        let bank = try QuestionBankLoader.load(Fixture.url("banks/mini"))
        return (log, ScenarioLoader.load(dir, bank: bank, log: log)?.organisation)
    }

    @Test func calendarsAndDatesAreDeclaredOrImplied() throws {
        let (log, listed) = try Self.organisation("  holidays: [ireland, 2026-12-24]\n")
        #expect(log.diagnostics.isEmpty, "\(log.diagnostics)")
        #expect(listed?.holidays.contains(Day(iso: "2026-03-17")!) == true)
        #expect(listed?.holidays.contains(Day(iso: "2026-12-24")!) == true)
        #expect(listed?.holidays.contains(Day(iso: "2026-08-31")!) == false)

        let (_, london) = try Self.organisation("  time-zone: Europe/London\n")
        #expect(london?.holidays.contains(Day(iso: "2026-08-31")!) == true)
        let (_, none) = try Self.organisation("  time-zone: Europe/London\n  holidays: []\n")
        #expect(none?.holidays.isEmpty == true)
        let (_, utc) = try Self.organisation("")
        #expect(utc?.holidays.isEmpty == true)
    }

    @Test func everyBadHolidayIsReportedWithItsPlace() throws {
        let (log, _) = try Self.organisation("  holidays: [englnd, 2026-02-30, { day: 1 }]\n")
        let errors = log.diagnostics.map(\.description)
        #expect(errors.count == 3, "\(errors)")
        #expect(errors.contains { $0.contains("scenario.yaml:8:") && $0.contains("'englnd'") && $0.contains("england-and-wales") })
        #expect(errors.contains { $0.contains("'2026-02-30'") })
    }
}
