import Foundation
import Testing

@testable import AuditSimCore

/// Handled exceptions found in one sweep (`Reruns`) against the plain reading of the rule,
/// written here as an auditor would apply it by hand: for each failed job, walk forward in
/// time to the first job of the same database that failed nothing, inside the window.
@Suite("Re-runs of failed jobs")
struct RerunTests {
    static let backups = """
        id: backups
        kind: backup
        title: Nightly backups
        controls: [A.8.13]
        file: evidence/backups.csv
        id-column: Job
        date: { column: Started, format: yyyy-MM-dd HH:mm }
        dates: { Ended: yyyy-MM-dd HH:mm }
        frequency: daily
        handled-exceptions: { same: [Database, Site], within: 6h, from: Ended }
        tests:
        - { id: completed, column: State, rule: one-of, values: [Completed, Completed with warnings] }
        """

    /// The rule read by hand, a failure at a time.
    static func byHand(_ facts: EvidenceFacts, _ table: EvidenceTable, rule: HandledExceptions) -> [String: String] {
        let population = facts.population
        let failing = { (r: EvidenceRecord) in !AttributeTesting.failures(of: r, in: table).isEmpty }
        var reruns: [String: String] = [:]
        for (i, failed) in population.enumerated() where failing(failed) {
            var start = failed.day.ordinal * 1440 + failed.minutes
            if let from = rule.from, let ended = table.moment(from, in: failed), let began = table.moment("Started", in: failed) {
                start += max(0, ended - began)
            }
            let subject = rule.same.map { CellText.normalised(table.value($0, in: failed)) }
            for later in population[(i + 1)...] {
                if Double(later.day.ordinal * 1440 + later.minutes - start) / 60 > rule.withinHours { break }
                if failing(later) { continue }
                if rule.same.map({ CellText.normalised(table.value($0, in: later)) }) == subject {
                    reruns[failed.id] = later.id
                    break
                }
            }
        }
        return reruns
    }

    /// A month of nightly jobs for a few databases at two sites, some failing, some re-run
    /// by hand an hour or a day later (some re-runs failing again), in export order.
    static func export(seed: UInt64) -> String {
        var random = SplitMix64(seed: seed)
        let databases = ["ledger", "Ledger ", "crm", "payroll", "Kundendaten-Ü", " kundendaten-ü"]
        let sites = ["Leeds", "Gdansk"]
        let states = ["Completed", "Completed", "Completed", "Completed with warnings", "Failed", "Failed", "Aborted", "completed"]
        var lines = ["Job,Database,Site,Started,Ended,State"]
        var job = 0
        let base = Day(iso: "2026-03-01")!
        let stamp = { (minutes: Int) -> String in
            let day = Day(ordinal: base.ordinal + minutes / 1440)
            return day.description + String(format: " %02d:%02d", minutes % 1440 / 60, minutes % 60)
        }
        for night in 0..<30 {
            for database in databases {
                for site in sites where Self.below(&random, 3) > 0 {
                    var start = night * 1440 + 22 * 60 + Self.below(&random, 120)
                    // The job, then perhaps a re-run or two: within minutes, hours, or the next night.
                    for attempt in 0..<(1 + Self.below(&random, 3)) {
                        if attempt > 0 { start += [20, 90, 300, 400, 1500][Self.below(&random, 5)] }
                        let end = start + Self.below(&random, 240)
                        job += 1
                        lines.append("J-\(job),\(database),\(site),\(stamp(start)),\(stamp(end)),\(states[Self.below(&random, states.count)])")
                    }
                }
            }
        }
        // Exports come out of order when a job is re-run: shuffle a few lines.
        for _ in 0..<20 {
            let a = 1 + Self.below(&random, lines.count - 1), b = 1 + Self.below(&random, lines.count - 1)
            lines.swapAt(a, b)
        }
        return lines.joined(separator: "\n") + "\n"
    }

    static func below(_ random: inout SplitMix64, _ bound: Int) -> Int { Int(random.next() % UInt64(bound)) }

    @Test(arguments: 1...40)
    func theSweepFindsWhatReadingByHandFinds(seed: UInt64) throws {
        let log = DiagnosticLog()
        let (loaded, scenario) = try ExportKit.load(Self.backups, Self.export(seed: seed), since: "2026-03-01", audit: "2026-05-01", log: log)
        #expect(!log.hasErrors, "\(log.diagnostics.map(\.description))")
        let table = try #require(loaded)
        let facts = EvidenceFacts(table: table, organisation: scenario.organisation)
        let rule = try #require(table.source.handledExceptions)
        let expected = Self.byHand(facts, table, rule: rule)
        let found = Dictionary(uniqueKeysWithValues: facts.handled.map { ($0.failed, $0.rerun) })
        #expect(found == expected)
        #expect(!expected.isEmpty, "seed \(seed) exercises no re-run")
        let failing = facts.population.filter { !AttributeTesting.failures(of: $0, in: table).isEmpty }.map(\.id)
        #expect(Set(facts.testFailures.keys) == Set(failing).subtracting(expected.keys))
    }
}
