import Foundation
import Testing

@testable import AuditSimCore

/// Every export of every shipped scenario and answer set says what the audit found: the
/// verdict, and each finding's id and grade, in the words of its format.
@Suite("Gap summary exports carry the findings")
struct ReportTests {
    @Test(arguments: ReportSupport.cases)
    func everyFormatCarriesVerdictAndFindings(scenario: String, answerSet: String) throws {
        let (summary, run) = try ReportSupport.run(scenario, answerSet)
        let verdictTitle = Readiness.Verdict(rawValue: summary.readiness.verdict)!.title
        let o = summary.organisation
        for format in ReportFormat.allCases {
            let text = try format.render(summary, run: run)
            let label = "\(scenario)/\(answerSet) \(format)"
            switch format {
            case .md, .html, .text:
                #expect(text.lowercased().contains(verdictTitle.lowercased()), "\(label): verdict")
                for f in summary.findings {
                    #expect(text.contains(f.id), "\(label): \(f.id)")
                }
                let grades = Set(summary.findings.map { Grade(rawValue: $0.grade)! })
                for g in grades { #expect(text.contains(g.plural) || text.contains(g.plural.uppercased()), "\(label): \(g)") }
            case .csv:
                let rows = ReportSupport.parseCSV(text)
                #expect(rows.first == CSVReport.header, "\(label): header")
                #expect(rows.count == summary.findings.count + 1, "\(label): one row per finding")
                for (row, f) in zip(rows.dropFirst(), summary.findings) {
                    #expect(row.count == rows[0].count, "\(label): ragged row \(row)")
                    #expect(row[0] == f.id && row[1] == Grade(rawValue: f.grade)!.title, "\(label): \(row.prefix(2))")
                    #expect(row.last == verdictTitle, "\(label): verdict column")
                }
            case .json:
                let decoded = try JSONDecoder.snake.decode(GapSummary.self, from: Data(text.utf8))
                #expect(decoded.readiness.verdict == summary.readiness.verdict)
                #expect(decoded.findings.map(\.id) == summary.findings.map(\.id))
                #expect(decoded.findings.map(\.grade) == summary.findings.map(\.grade))
            case .oscal:
                let doc = try #require(JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
                let ar = try #require(doc["assessment-results"] as? [String: Any])
                let result = try #require((ar["results"] as? [[String: Any]])?.first)
                let props = (result["props"] as? [[String: Any]]) ?? []
                #expect(props.contains { $0["name"] as? String == "verdict" && $0["value"] as? String == summary.readiness.verdict })
                let findings = (result["findings"] as? [[String: Any]]) ?? []
                for f in summary.findings {
                    let match = findings.first { ($0["props"] as? [[String: Any]])?.contains { $0["name"] as? String == "auditsim-id" && $0["value"] as? String == f.id } ?? false }
                    let entry = try #require(match, "\(label): \(f.id)")
                    let props = entry["props"] as? [[String: Any]] ?? []
                    #expect(props.contains { $0["name"] as? String == "grade" && $0["value"] as? String == f.grade })
                    let state = ((entry["target"] as? [String: Any])?["status"] as? [String: Any])?["state"] as? String
                    #expect(state == (Grade(rawValue: f.grade)!.isNonconformity ? "not-satisfied" : "satisfied"), "\(label): \(f.id)")
                }
            }
            if format != .csv { #expect(text.contains(o.name) || text.contains(ReportText.html(o.name)), "\(label): organisation") }
        }
    }

    @Test(arguments: ReportSupport.cases)
    func markdownAndHTMLCarryTheWholeSummary(scenario: String, answerSet: String) throws {
        let (summary, _) = try ReportSupport.run(scenario, answerSet)
        let md = MarkdownReport.render(summary), html = HTMLReport.render(summary)
        let d = summary.readiness.estimatedDuration
        for (name, text) in [("md", md), ("html", html)] {
            #expect(text.contains(summary.organisation.auditDate), "\(name): date")
            #expect(text.contains("\(summary.readiness.overallScore)"), "\(name): score")
            #expect(text.contains("\(TextReport.format(d.initialAuditorDays)) auditor-days"), "\(name): duration")
            for person in summary.interviewed { #expect(text.contains(MarkdownReport.cell(person)) || text.contains(ReportText.html(person)), "\(name): \(person)") }
            for item in summary.stage1Checklist { #expect(text.contains(item.clause) && text.contains(item.status), "\(name): checklist \(item.clause)") }
            for f in summary.findings where f.owner != nil { #expect(text.contains(f.due), "\(name): due of \(f.id)") }
            for c in summary.readiness.controls { #expect(text.contains(c.name), "\(name): control score \(c.name)") }
        }
        // The heat map draws all 93 Annex A controls, each with a tooltip.
        let cells = html.components(separatedBy: "<g><title>A.").count - 1
        #expect(cells == 93)
        for g in Grade.allCases {
            let n = summary.readiness.findingsByGrade[g.rawValue] ?? 0
            #expect(html.contains("<div class=\"card \(g.rawValue)\(n == 0 ? " zero" : "")\"><div class=\"n\">\(n)</div>"), "count card for \(g)")
        }
        #expect(html.contains("@page { size: A4"))
        #expect(!html.contains("<script") && !html.contains("src=\"http") && !html.contains("href=\"http"))
    }

    @Test func markdownTablesSurvivePipesAndNewlines() {
        #expect(MarkdownReport.cell("a|b\nc") == "a\\|b<br>c")
        #expect(MarkdownReport.cell("<b>x</b> & y") == "&lt;b&gt;x&lt;/b&gt; &amp; y")
        let rows = MarkdownReport.table(["A", "B"], [[MarkdownReport.cell("x | y"), MarkdownReport.cell("1\r\n2")]])
        #expect(rows == ["| A | B |", "| --- | --- |", "| x \\| y | 1<br>2 |"])
    }

    @Test func formatsFromFileNames() {
        #expect(ReportFormat(fileExtension: "gap.oscal.json") == .oscal)
        #expect(ReportFormat(fileExtension: "out/GAP.OSCAL.JSON") == .oscal)
        #expect(ReportFormat(fileExtension: "gap.json") == .json)
        #expect(ReportFormat(fileExtension: "gap.md") == .md)
        #expect(ReportFormat(fileExtension: "gap.html") == .html)
        #expect(ReportFormat(fileExtension: "gap.csv") == .csv)
        #expect(ReportFormat(fileExtension: "gap.txt") == .text)
        #expect(ReportFormat(fileExtension: "gap.pdf") == nil)
        #expect(ReportFormat(fileExtension: "gap") == nil)
    }

    @Test func csvFieldsAreQuotedAndNeutralised() {
        #expect(CSVReport.field("plain") == "plain")
        #expect(CSVReport.field("a, b") == "\"a, b\"")
        #expect(CSVReport.field("say \"hi\"") == "\"say \"\"hi\"\"\"")
        #expect(CSVReport.field("line\nbreak") == "\"line\nbreak\"")
        #expect(CSVReport.field("=HYPERLINK(\"http://x\")") == "\"'=HYPERLINK(\"\"http://x\"\")\"")
        #expect(CSVReport.field("+cmd") == "'+cmd")
        #expect(CSVReport.field("-2+3") == "'-2+3")
        #expect(CSVReport.field("@SUM(1)") == "'@SUM(1)")
        #expect(CSVReport.field("\tx") == "'\tx")
        #expect(CSVReport.field("\rx") == "\u{240D}x")  // a lone CR is shown, never a line break or a formula start
        #expect(CSVReport.field("a\r\nb") == "\"a\nb\"")
        #expect(CSVReport.field("a = b") == "a = b")
    }
}

extension JSONDecoder {
    static var snake: JSONDecoder {
        let d = JSONDecoder()
        d.keyDecodingStrategy = .convertFromSnakeCase
        return d
    }
}
