import Foundation
import Testing

@testable import AuditSimCore

/// Text from a scenario or an answer is data, never markup, a formula or a terminal command:
/// a hostile organisation, staff list and answer set come out inert in every export.
@Suite("Hostile text comes out inert")
struct ReportSafetyTests {
    static let payloads = [
        "<script>alert(1)</script>", "=HYPERLINK(\"http://x\")", "+cmd", "@SUM(1)", "\u{1B}[31mred\u{1B}[0m", "-2+3",
        "<img src=x onerror=alert(1)>", "\"quoted\" & 'single'",
    ]

    /// Harbourline, with hostile names in the scenario and a hostile answer set beside its own.
    static func hostileScenario() throws -> URL {
        let source = ReportSupport.root.scenariosDirectory.appendingPathComponent("harbourline")
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("auditsim-hostile-\(UUID().uuidString)")
        try FileManager.default.copyItem(at: source, to: dir)
        let yaml = dir.appendingPathComponent("scenario.yaml")
        var text = try String(contentsOf: yaml, encoding: .utf8)
        let swaps = [
            ("  name: Harbourline Freight Software Ltd", "  name: " + json("Harbourline <script>alert(1)</script> \u{1B}[31mFreight & 'Co' \"Ltd\"")),
            // Owners of findings the records raise, so their names reach every export.
            ("  name: Callum Reid", "  name: " + json("=HYPERLINK(\"http://x\")")),
            ("  name: Ruth Adeyemi", "  name: " + json("+cmd")),
            ("  name: Hannah Whitaker", "  name: " + json("@SUM(1)")),
            ("  title: Information Security Policy", "  title: " + json("Policy <img src=x onerror=alert(1)>")),
        ]
        for (from, to) in swaps {
            #expect(text.contains(from), "fixture drifted: \(from)")
            text = text.replacingOccurrences(of: from, with: to)
        }
        try Data(text.utf8).write(to: yaml)
        let bankDir = ReportSupport.root.banksDirectory.appendingPathComponent("iso27001-2022")
        let bank = try QuestionBankLoader.load(bankDir)
        let ids = try #require(try ScenarioLoader.load(source, bank: bank).answerSet("nervous")).answers.keys.sorted()
        var answers = ["persona: " + json("<script>alert(1)</script>"), "answers:"]
        for (i, id) in ids.enumerated() {
            answers.append("  \(id): " + json(payloads[i % payloads.count] + " I think monthly, in March 2026."))
        }
        try Data(answers.joined(separator: "\n").utf8).write(to: dir.appendingPathComponent("answers/hostile.yaml"))
        return dir
    }

    static func json(_ s: String) -> String { String(decoding: try! JSONEncoder().encode(s), as: UTF8.self) }

    @Test func hostileScenarioAndAnswersAreInertInHTMLMarkdownAndCSV() throws {
        let dir = try Self.hostileScenario()
        defer { try? FileManager.default.removeItem(at: dir) }
        let (summary, _) = try ReportSupport.run(directory: dir, answerSet: "hostile")
        #expect(summary.interviews.contains { $0.answer?.contains("<script>") == true }, "the hostile answers reached the summary")
        #expect(summary.findings.contains { $0.owner?.hasPrefix("=HYPERLINK") == true })
        try Self.expectInert(summary)
        let html = HTMLReport.render(summary)
        #expect(html.contains("Harbourline &lt;script&gt;alert(1)&lt;/script&gt; ␛[31mFreight &amp; &#39;Co&#39; &quot;Ltd&quot;"))
        let csv = ReportSupport.parseCSV(CSVReport.render(summary))
        #expect(csv.joined().contains { $0.hasPrefix("'=HYPERLINK(\"http://x\")") })
        #expect(csv.joined().contains { $0.hasPrefix("'+cmd") })
        #expect(csv.joined().contains { $0.hasPrefix("'@SUM(1)") })
    }

    /// Every string in a real summary prefixed with a payload, ids and enums aside: nothing the
    /// renderers print escapes unescaped.
    @Test func everyTextFieldIsEscaped() throws {
        let (summary, _) = try ReportSupport.run("fenwick", "nervous")
        let data = try JSONEncoder().encode(summary)
        let keep: Set<String> = ["grade", "verdict", "stage", "status", "kind", "sources", "rule", "tool", "worstGrade"]
        var n = 0
        func poison(_ value: Any, key: String?) -> Any {
            switch value {
            case let s as String where !keep.contains(key ?? ""):
                n += 1
                return Self.payloads[n % Self.payloads.count] + s
            case let array as [Any]: return array.map { poison($0, key: key) }
            case let object as [String: Any]:
                return Dictionary(uniqueKeysWithValues: object.sorted { $0.key < $1.key }.map { k, v in (k, poison(v, key: k)) })
            default: return value
            }
        }
        let poisoned = poison(try JSONSerialization.jsonObject(with: data), key: nil)
        let hostile = try JSONDecoder().decode(GapSummary.self, from: try JSONSerialization.data(withJSONObject: poisoned))
        try Self.expectInert(hostile)
        // Every CSV cell started with a payload, so every cell must have been checked.
        let rows = ReportSupport.parseCSV(CSVReport.render(hostile))
        #expect(rows.count == hostile.findings.count + 1)
    }

    static func expectInert(_ summary: GapSummary) throws {
        let html = HTMLReport.render(summary)
        #expect(!html.lowercased().contains("<script"), "raw script tag in HTML")
        #expect(!html.lowercased().contains("<img"), "raw img tag in HTML")
        #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        #expect(!html.contains("\u{1B}"), "raw escape character in HTML")
        // Attributes hold no unescaped quote: every `"` in the file opens or closes an attribute we wrote.
        #expect(!html.contains("\"quoted\""))

        let md = MarkdownReport.render(summary)
        #expect(!md.lowercased().contains("<script") && !md.lowercased().contains("<img"), "raw tag in Markdown")
        #expect(!md.contains("\u{1B}"))
        // Each table keeps its column count: no cell text adds an unescaped pipe.
        var columns: Int?
        for line in md.components(separatedBy: "\n") {
            guard line.hasPrefix("| ") else { columns = nil; continue }
            let pipes = line.replacingOccurrences(of: "\\\\", with: "").replacingOccurrences(of: "\\|", with: "").filter { $0 == "|" }.count
            if let columns { #expect(pipes == columns, "table row changed shape: \(line.prefix(80))") } else { columns = pipes }
        }
        let csvText = CSVReport.render(summary)
        #expect(!csvText.contains("\u{1B}"))
        let rows = ReportSupport.parseCSV(csvText)
        for row in rows {
            #expect(row.count == CSVReport.header.count, "ragged CSV row: \(row.prefix(2))")
            for cell in row {
                let first = cell.unicodeScalars.first.map(Character.init)
                #expect(first.map { !CSVReport.formulaStarts.contains($0) } ?? true, "formula not neutralised: \(cell.prefix(40))")
            }
        }
    }
}

/// Issue 15, category 4: every C0/C1 control and bidi control is neutralised in the text
/// written to a terminal, Markdown, CSV and HTML.
@Suite("Controls and bidi overrides in report text")
struct ReportControlTests {
    static let hostile = ["monthly\rquarterly", "a\u{202E}evil\u{202C}b", "x\u{2066}y\u{2069}", "\u{200F}rtl\u{200E}", "\u{061C}m",
                          "nul\u{0}here", "bell\u{7}", "esc\u{1B}[2J", "c1\u{85}\u{9B}31m", "del\u{7F}"]

    static func forbidden(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x0A, 0x09: false
        case 0x00...0x1F, 0x7F...0x9F, 0x202A...0x202E, 0x2066...0x2069, 0x200E, 0x200F, 0x061C: true
        default: false
        }
    }

    @Test(arguments: hostile)
    func nothingActiveSurvives(_ text: String) {
        for out in [ReportText.visible(text), ReportText.html(text), MarkdownReport.cell(text), CSVReport.field(text)] {
            #expect(!out.unicodeScalars.contains(where: Self.forbidden), "\(text.debugDescription) → \(out.debugDescription)")
        }
    }

    @Test func carriageReturnIsShownNotObeyed() {
        #expect(ReportText.visible("monthly\rquarterly") == "monthly\u{240D}quarterly")
        #expect(ReportText.visible("a\r\nb") == "a\nb")
    }
}
