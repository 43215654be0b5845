import Foundation
import Testing

/// `--report FILE` and `--format`, run as a user would: the file is written in the format its
/// name asks for, and the text summary is still printed.
@Suite("auditsim readiness --report and --format")
struct ReportCommandTests {
    static let environment = ["AUDITSIM_DATA": Binary.repository.path]

    static func scratch() throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("auditsim-cli-report-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        return dir
    }

    @Test func writesTheHTMLReportAndStillPrintsTheSummary() throws {
        let dir = try Self.scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        let result = try Binary.run(["readiness", "--answers", "prepared", "--report", "out.html"], environment: Self.environment, directory: dir)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("Verdict:"), "the text summary is still printed")
        let html = try String(contentsOf: dir.appendingPathComponent("out.html"), encoding: .utf8)
        #expect(html.hasPrefix("<!DOCTYPE html>"))
        #expect(html.contains("Harbourline Freight Software Ltd"))
        #expect(html.contains("class=\"heatmap\""))
        let verdict = try #require(result.stdout.split(separator: "\n").first { $0.hasPrefix("Verdict:") })
        let title = verdict.dropFirst("Verdict: ".count).components(separatedBy: "   ")[0]
        #expect(html.lowercased().contains(title.lowercased()), "HTML verdict matches the printed one: \(title)")
        #expect(result.stderr.contains("out.html"))
    }

    @Test(arguments: [
        ("gap.md", "# Gap summary: Harbourline"),
        ("gap.csv", "ID,Grade,Stage,Control"),
        ("gap.json", "\"answer_set\" : \"nervous\""),
        ("gap.oscal.json", "\"assessment-results\""),
        ("gap.html", "<!DOCTYPE html>"),
        ("gap.txt", "Verdict:"),
    ])
    func theFormatComesFromTheExtension(file: String, expected: String) throws {
        let dir = try Self.scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        let result = try Binary.run(["readiness", "--answers", "nervous", "--report", file], environment: Self.environment, directory: dir)
        #expect(result.status == 0, "\(result.stderr)")
        let text = try String(contentsOf: dir.appendingPathComponent(file), encoding: .utf8)
        #expect(text.contains(expected), "\(file): \(text.prefix(200))")
        if file == "gap.json" { #expect(!text.contains("assessment-results")) }
    }

    @Test func anUnknownExtensionFailsBeforeTheAudit() throws {
        let dir = try Self.scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        let result = try Binary.run(["readiness", "--answers", "prepared", "--report", "gap.pdf"], environment: Self.environment, directory: dir)
        #expect(result.status != 0)
        #expect(result.stderr.contains("gap.pdf") && result.stderr.contains(".oscal.json"), "\(result.stderr)")
        #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("gap.pdf").path))
    }

    @Test(arguments: [("md", "## Verdict:"), ("html", "<svg class=\"heatmap\""), ("csv", "ID,Grade"), ("oscal", "\"oscal-version\" : \"1.1.2\""), ("json", "\"readiness\"")])
    func formatPrintsToStandardOutput(format: String, expected: String) throws {
        let result = try Binary.run(["readiness", "--scenario", "fenwick", "--answers", "nervous", "--format", format], environment: Self.environment)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains(expected))
        #expect(result.stdout.contains("S2-A.8.15-missed-period-log-reviews"))
    }
}
