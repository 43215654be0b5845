import Foundation
import Testing

/// `auditsim actions`, run as a user would: import a readiness run, record what the
/// organisation did, list what is overdue, export, and let a later run close actions.
@Suite("auditsim actions", .serialized)
struct ActionsCommandTests {
    static let environment = ["AUDITSIM_DATA": Binary.repository.path]

    /// A scratch folder with its own store and a copy of harbourline the test may edit.
    struct Scratch {
        let dir: URL
        var store: String { dir.appendingPathComponent("store.sqlite").path }
        var scenario: URL { dir.appendingPathComponent("harbourline") }

        init() throws {
            dir = FileManager.default.temporaryDirectory.appendingPathComponent("auditsim-actions-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
            try FileManager.default.copyItem(at: Binary.repository.appendingPathComponent("Scenarios/harbourline"), to: scenario)
        }

        func run(_ arguments: [String]) throws -> Binary.Result {
            try Binary.run(["actions"] + arguments + ["--store", store], environment: ActionsCommandTests.environment, directory: dir)
        }

        func importRun(on day: String) throws -> Binary.Result {
            try run(["import", "--scenario", scenario.path, "--answers", "prepared", "--on", day])
        }
    }

    @Test func importRecordShowAndListRoundTrip() throws {
        let s = try Scratch()
        defer { try? FileManager.default.removeItem(at: s.dir) }
        let imported = try s.importRun(on: "2026-11-16")
        #expect(imported.status == 0, "\(imported.stderr)")
        #expect(imported.stdout.contains("Imported 3 new corrective actions"))
        #expect(imported.stdout.contains("S1-7.5.2-document-overdue"))
        let again = try s.importRun(on: "2026-11-17")
        #expect(again.stdout.contains("Imported 0 new") && again.stdout.contains("3 already tracked"))

        let update = try s.run(["update", "1", "--root-cause", "Review dates live only in each document", "--plan",
                                "Track review dates in the register", "--evidence", "Register v2 shows dates", "--status",
                                "plan-accepted", "--on", "2026-12-01"])
        #expect(update.status == 0, "\(update.stderr)")
        let shown = try s.run(["show", "1", "--on", "2026-12-02"])
        for needle in ["Root cause: Review dates live only in each document", "Plan: Track review dates in the register",
                       "Status: plan-accepted since 2026-12-01", "evidence: Register v2 shows dates", "Consider: "] {
            #expect(shown.stdout.contains(needle), "missing \(needle) in\n\(shown.stdout)")
        }
        let overdue = try s.run(["list", "--overdue", "--on", "2027-01-01"])
        #expect(overdue.stdout.contains("S2-A.5.22") && !overdue.stdout.contains("S1-7.5.2"), "\(overdue.stdout)")
        let planned = try s.run(["list", "--status", "plan-accepted"])
        #expect(planned.stdout.split(separator: "\n").count == 2, "\(planned.stdout)")
        let none = try s.run(["list", "--grade", "major"])
        #expect(none.stdout.contains("No corrective actions match."))
    }

    @Test func aLaterRunShowsWhichActionsItsEvidenceCloses() throws {
        let s = try Scratch()
        defer { try? FileManager.default.removeItem(at: s.dir) }
        #expect(try s.importRun(on: "2026-11-16").status == 0)
        // The organisation reviews the overdue competence framework: next review now in 2027.
        let file = s.scenario.appendingPathComponent("scenario.yaml")
        let yaml = try String(contentsOf: file, encoding: .utf8)
        try yaml.replacingOccurrences(of: "next-review: 2026-10-31", with: "next-review: 2027-10-31")
            .write(to: file, atomically: true, encoding: .utf8)
        let later = try s.importRun(on: "2027-01-10")
        #expect(later.status == 0, "\(later.stderr)")
        #expect(later.stdout.contains("Closed by this run's evidence"))
        #expect(later.stdout.contains("✓ #1 S1-7.5.2-document-overdue [minor, verified]"), "\(later.stdout)")
        let verified = try s.run(["list", "--status", "verified"])
        #expect(verified.stdout.contains("S1-7.5.2-document-overdue"))
        #expect(try s.run(["update", "1", "--status", "closed", "--on", "2027-01-11"]).status == 0)
    }

    @Test(arguments: [
        (["update", "1", "--status", "open"], "cannot move back to open"),
        (["update", "99", "--plan", "x"], "there is no corrective action 99"),
        (["update", "1"], "nothing to record"),
        (["update", "1", "--plan", "  "], "--plan is empty"),
        (["update", "1", "--status", "done"], "done"),
        (["list", "--on", "2026-13-45"], "is not a date"),
        (["show", "7"], "there is no corrective action 7"),
        (["export", "-o", "actions.ods"], "end the name in .xlsx, .csv or .html"),
    ])
    func badInputGetsAClearErrorAndChangesNothing(arguments: [String], message: String) throws {
        let s = try Scratch()
        defer { try? FileManager.default.removeItem(at: s.dir) }
        #expect(try s.importRun(on: "2026-11-16").status == 0)
        #expect(try s.run(["update", "1", "--status", "plan-accepted", "--on", "2026-12-01"]).status == 0)
        let before = try s.run(["show", "1"]).stdout
        let result = try s.run(arguments)
        #expect(result.status != 0)
        #expect(result.stderr.contains(message), "\(result.stderr)")
        #expect(try s.run(["show", "1"]).stdout == before)
    }

    @Test func exportsXLSXCSVAndHTML() throws {
        let s = try Scratch()
        defer { try? FileManager.default.removeItem(at: s.dir) }
        #expect(try s.importRun(on: "2026-11-16").status == 0)
        #expect(try s.run(["update", "2", "--root-cause", "=HYPERLINK(\"x\")", "--on", "2026-11-20"]).status == 0)
        for name in ["actions.xlsx", "actions.csv", "actions.html"] {
            let result = try s.run(["export", "-o", name, "--on", "2027-01-01"])
            #expect(result.status == 0, "\(result.stderr)")
            #expect(result.stderr.contains("wrote 3 corrective actions"))
        }
        let csv = try String(contentsOf: s.dir.appendingPathComponent("actions.csv"), encoding: .utf8)
        #expect(csv.hasPrefix("ID,Scenario,Finding,Grade"))
        #expect(csv.contains("'=HYPERLINK"), "a formula in a root cause is neutralised")
        #expect(csv.components(separatedBy: "\r\n").filter { !$0.isEmpty }.count == 4)
        let html = try String(contentsOf: s.dir.appendingPathComponent("actions.html"), encoding: .utf8)
        #expect(html.contains("3 actions, 3 overdue on 2027-01-01"))
        let xlsx = try Data(contentsOf: s.dir.appendingPathComponent("actions.xlsx"))
        #expect(xlsx.prefix(2) == Data("PK".utf8))
    }

    static let openpyxlReady: Bool = {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        p.arguments = ["python3", "-c", "import openpyxl"]
        p.standardError = FileHandle.nullDevice
        guard (try? p.run()) != nil else { return false }
        p.waitUntilExit()
        return p.terminationStatus == 0
    }()

    /// The spreadsheet opens in openpyxl: frozen header, autofilter, real date cells, one row an action.
    @Test(.enabled(if: openpyxlReady, "needs python3 with openpyxl (pip install openpyxl)"))
    func theXLSXOpensAsASpreadsheet() throws {
        let s = try Scratch()
        defer { try? FileManager.default.removeItem(at: s.dir) }
        #expect(try s.importRun(on: "2026-11-16").status == 0)
        #expect(try s.run(["export", "-o", "actions.xlsx"]).status == 0)
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        p.arguments = ["python3", Binary.repository.appendingPathComponent("scripts/check-actions-xlsx.py").path,
                       s.dir.appendingPathComponent("actions.xlsx").path, "3"]
        let out = Pipe()
        p.standardOutput = out
        try p.run()
        p.waitUntilExit()
        let text = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        #expect(p.terminationStatus == 0 && text.hasPrefix("ok 3 rows"), "\(text)")
    }

    /// Ctrl-C during an import loses nothing already recorded, and leaves no half import.
    @Test func anInterruptedImportLosesNothing() throws {
        let s = try Scratch()
        defer { try? FileManager.default.removeItem(at: s.dir) }
        #expect(try s.importRun(on: "2026-11-16").status == 0)
        #expect(try s.run(["update", "3", "--root-cause", "Self-approval allowed", "--on", "2026-11-20"]).status == 0)
        let file = s.scenario.appendingPathComponent("scenario.yaml")
        let yaml = try String(contentsOf: file, encoding: .utf8)
        try yaml.replacingOccurrences(of: "next-review: 2026-10-31", with: "next-review: 2027-10-31")
            .write(to: file, atomically: true, encoding: .utf8)
        for delay in [50_000, 300_000, 900_000] as [UInt32] {
            let p = Process()
            p.executableURL = Binary.url
            p.arguments = ["actions", "import", "--scenario", s.scenario.path, "--answers", "prepared", "--on", "2027-01-10", "--store", s.store]
            p.environment = Binary.environment.merging(Self.environment) { $1 }
            p.standardOutput = FileHandle.nullDevice
            try p.run()
            usleep(delay)
            p.interrupt()
            p.waitUntilExit()
            let shown = try s.run(["show", "3"])
            #expect(shown.stdout.contains("Root cause: Self-approval allowed"))
            let first = try s.run(["show", "1"]).stdout
            #expect(first.contains("Status: open") || first.contains("Status: verified"), "\(first)")
        }
    }
}

@Suite("readiness shows tracked actions", .serialized)
struct ReadinessTrackedActionsTests {
    @Test func readinessShowsRootCausesAndWhatItsEvidenceCloses() throws {
        let s = try ActionsCommandTests.Scratch()
        defer { try? FileManager.default.removeItem(at: s.dir) }
        #expect(try s.importRun(on: "2026-11-16").status == 0)
        #expect(try s.run(["update", "2", "--root-cause", "Reviews depend on one person", "--status", "plan-accepted"]).status == 0)
        let file = s.scenario.appendingPathComponent("scenario.yaml")
        let yaml = try String(contentsOf: file, encoding: .utf8)
        try yaml.replacingOccurrences(of: "next-review: 2026-10-31", with: "next-review: 2027-10-31")
            .write(to: file, atomically: true, encoding: .utf8)
        let result = try Binary.run(["readiness", "--scenario", s.scenario.path, "--answers", "prepared", "--format", "md", "--store", s.store],
                                    environment: ActionsCommandTests.environment, directory: s.dir)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("Reviews depend on one person"))
        #expect(result.stdout.contains("its evidence closes them): S1-7.5.2-document-overdue"))
        #expect(result.stderr.contains("this run's evidence closes tracked actions for S1-7.5.2-document-overdue"))
    }
}
