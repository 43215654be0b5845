import Foundation

@testable import AuditSimCore

/// Shared by the report tests: the shipped scenarios' summaries, and the Python checks
/// (OSCAL's validate.py, jsonschema) run as CI runs them.
enum ReportSupport {
    static let repository = Fixture.root.deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let root = DataRoot(directory: repository)
    static let oscalValidator = repository.deletingLastPathComponent().appendingPathComponent("shared/oscal/validate.py")
    static let reportSchema = repository.appendingPathComponent("docs/report.schema.json")

    /// Every shipped scenario × answer set.
    static var cases: [(String, String)] { ShippedScenarioTests.cases }

    /// Each shipped case run once for the whole suite: a debug-build audit takes a second or two.
    static let shipped: [String: (GapSummary, AuditRun)] = {
        var out: [String: (GapSummary, AuditRun)] = [:]
        for (scenario, set) in cases {
            out["\(scenario)/\(set)"] = try? run(directory: root.scenariosDirectory.appendingPathComponent(scenario), answerSet: set)
        }
        return out
    }()

    static func run(_ scenario: String, _ answerSet: String) throws -> (GapSummary, AuditRun) {
        if let cached = shipped["\(scenario)/\(answerSet)"] { return cached }
        return try run(directory: root.scenariosDirectory.appendingPathComponent(scenario), answerSet: answerSet)
    }

    static func run(directory dir: URL, answerSet: String) throws -> (GapSummary, AuditRun) {
        let bank = try QuestionBankLoader.load(root.banksDirectory.appendingPathComponent("iso27001-2022"))
        let scenario = try ScenarioLoader.load(dir, bank: bank)
        let run = AuditRun(scenario: scenario, bank: bank, tables: try EvidenceLoader.loadAll(scenario), answers: scenario.answerSet(answerSet))
        return (GapSummary(run: run, answerSet: answerSet), run)
    }

    /// python3 with jsonschema, and the shared OSCAL folder beside the repository.
    static let pythonReady: Bool = {
        guard let result = try? python(["-c", "import jsonschema"]) else { return false }
        return result.status == 0
    }()

    static let oscalReady: Bool = pythonReady && FileManager.default.fileExists(atPath: oscalValidator.path)

    static func python(_ arguments: [String]) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3"] + arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }

    /// Writes `text` to a fresh temporary file and returns its path.
    static func temporaryFile(_ text: String, name: String) throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("auditsim-report-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let url = dir.appendingPathComponent(name)
        try Data(text.utf8).write(to: url)
        return url
    }

    /// Validates a JSON file against docs/report.schema.json (draft 2020-12).
    static func validateReportJSON(_ file: URL) throws -> (status: Int32, output: String) {
        let script = """
        import json, sys, jsonschema
        schema = json.load(open(sys.argv[1])); doc = json.load(open(sys.argv[2]))
        jsonschema.Draft202012Validator.check_schema(schema)
        errors = sorted(jsonschema.Draft202012Validator(schema).iter_errors(doc), key=lambda e: list(map(str, e.absolute_path)))
        for e in errors: print(e.json_path, e.message)
        print("valid" if not errors else "%d error(s)" % len(errors)); sys.exit(1 if errors else 0)
        """
        return try python(["-c", script, reportSchema.path, file.path])
    }

    /// RFC 4180 parsing, strict enough to catch a broken quote.
    static func parseCSV(_ text: String) -> [[String]] {
        var rows: [[String]] = [], row: [String] = [], field = ""
        var quoted = false, atStart = true
        var chars = Array(text.unicodeScalars)[...]
        while let c = chars.popFirst() {
            if quoted {
                if c == "\"" {
                    if chars.first == "\"" { chars.removeFirst(); field.unicodeScalars.append("\"") } else { quoted = false }
                } else { field.unicodeScalars.append(c) }
            } else if c == "\"" && atStart {
                quoted = true; atStart = false
            } else if c == "," {
                row.append(field); field = ""; atStart = true
            } else if c == "\r" && chars.first == "\n" {
                chars.removeFirst(); row.append(field); rows.append(row); row = []; field = ""; atStart = true
            } else {
                field.unicodeScalars.append(c); atStart = false
            }
        }
        if !field.isEmpty || !row.isEmpty { row.append(field); rows.append(row) }
        return rows
    }
}
