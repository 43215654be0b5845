import Foundation
import Testing

/// The engine held to the independent lead auditor's casebook (../shared/casebook): each case
/// expressed in Tests/Casebook/<case>/, its raw exports copied in byte for byte, readiness run
/// by the built binary and scored by the casebook's own score.py (scripts/casebook.py does the
/// copying and scoring; `make casebook` runs it alone).
@Suite("Independent auditor's casebook")
struct CasebookTests {
    static let casebook = Binary.repository.deletingLastPathComponent().appendingPathComponent("shared/casebook")
    static let expressed = Binary.repository.appendingPathComponent("Tests/Casebook")

    /// Items where the engine disagrees with the auditor and we believe the auditor is wrong,
    /// by case and item id (`B9`, `K3`, `C1`, `verdict`, `stage1`), with the reasoning. Empty:
    /// the engine agrees with every conclusion.
    static let knownIssues: [String: [String: String]] = [:]

    /// Our own blind cases, in the casebook's layout: written from JUDGEMENT.md by someone who
    /// had not seen the engine, then expressed in Tests/Casebook like the others.
    static let blind = Binary.repository.appendingPathComponent("Tests/BlindCases")

    static var cases: [String] {
        var names: [String] = []
        for book in [casebook, blind] {
            let here = (try? FileManager.default.contentsOfDirectory(atPath: book.path)) ?? []
            names += here.filter { FileManager.default.fileExists(atPath: book.appendingPathComponent("\($0)/auditor-findings.yaml").path) }
        }
        return Set(names).sorted()
    }

    @Test func theCasebookIsBesideTheRepository() {
        #expect(FileManager.default.fileExists(atPath: Self.casebook.appendingPathComponent("score.py").path),
                "no casebook in \(Self.casebook.path): CI lays ../shared beside the clone")
    }

    @Test func everyCaseIsExpressed() {
        for name in Self.cases {
            #expect(FileManager.default.fileExists(atPath: Self.expressed.appendingPathComponent("\(name)/scenario.yaml").path),
                    "case \(name) has no Tests/Casebook/\(name)/scenario.yaml")
        }
    }

    @Test(arguments: cases)
    func theEngineAgreesWithTheAuditor(case name: String) throws {
        let run = try Self.score(name)
        #expect(run.status != 2, "\(run.stderr)")
        let lines = run.stdout.split(separator: "\n").map(String.init)
        let summary = lines.last { $0.hasPrefix("\(name): score") } ?? "no summary"
        var problems: [(item: String, line: String)] = []
        for line in lines {
            let cells = line.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
            guard let id = cells.first else { continue }
            if line.contains("MISSED") || line.contains("GRADE WRONG") || line.contains("MERGED into")
                || line.contains("FALSE ALARM") || line.contains("LEAK:") {
                problems.append((id, line))
            }
        }
        if let verdict = lines.first(where: { $0.hasPrefix("verdict:") }), verdict.hasSuffix("WRONG") { problems.append(("verdict", verdict)) }
        if let stage1 = lines.first(where: { $0.hasPrefix("stage 1 decision:") }), stage1.contains("WRONG") { problems.append(("stage1", stage1)) }
        if let majors = lines.first(where: { $0.hasPrefix("unsupported majors:") }), !majors.hasSuffix("none") {
            problems.append(("majors", majors))
        }
        let known = Self.knownIssues[name] ?? [:]
        for (item, line) in problems {
            if let why = known[item] {
                withKnownIssue("\(name) \(item): \(why)") { Issue.record("\(line)") }
            } else {
                Issue.record("\(name) \(item): \(line.trimmingCharacters(in: .whitespaces))\n\(summary)")
            }
        }
        #expect(problems.isEmpty || problems.allSatisfy { known[$0.item] != nil }, "\(summary)")
    }

    static func score(_ name: String) throws -> Binary.Result {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", Binary.repository.appendingPathComponent("scripts/casebook.py").path,
                             "--binary", Binary.url.path, "--verbose", name]
        process.environment = Binary.environment
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Binary.Result(status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
                             stderr: String(decoding: errData, as: UTF8.self))
    }
}
