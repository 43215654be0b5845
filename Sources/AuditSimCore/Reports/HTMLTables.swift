/// The reference sections at the end of the HTML report: what evidence was sampled, what each
/// person said, and every control's score.
enum HTMLTables {
    static func h(_ text: String) -> String { ReportText.html(text) }

    static func evidenceTests(_ s: GapSummary) -> String {
        guard let tests = s.evidenceTests, !tests.isEmpty else { return "" }
        let rows: [String] = tests.map { t -> String in
            "<tr><td>\(h(t.title))<br><span class=\"ref muted\">\(h(t.source))</span></td><td>\(h(t.control))</td>"
                + "<td>\(h(t.periodStart)) to \(h(t.periodEnd))</td><td class=\"num\">\(t.population)</td><td class=\"num\">\(t.sampleSize)</td>"
                + "<td>\(t.sampleFailures.isEmpty ? "none" : t.sampleFailures.map { (id: String) -> String in "<span class=\"ref\">\(h(id))</span>" }.joined(separator: ", "))</td>"
                + "<td>\(t.findings.isEmpty ? "none" : t.findings.map { (id: String) -> String in "<span class=\"ref\">\(h(id))</span>" }.joined(separator: "<br>"))</td></tr>"
        }
        return "<section><h2>Evidence tested (Stage 2)</h2><table class=\"evidence\"><thead><tr><th>Source</th><th>Control</th><th>Period</th>"
            + "<th class=\"num\">Population</th><th class=\"num\">Sample</th><th>Failed in sample</th><th>Findings</th></tr></thead><tbody>"
            + rows.joined() + "</tbody></table></section>"
    }

    static func interviews(_ s: GapSummary) -> String {
        guard !s.interviews.isEmpty else { return "" }
        let rows: [String] = s.interviews.map { i -> String in
            var answer = h(i.answer ?? "")
            if let follow = i.followUpAnswer { answer += "<br><span class=\"muted\">Follow-up:</span> " + h(follow) }
            return "<tr><td><span class=\"ref\">\(h(i.question))</span></td><td>\(h(i.interviewee))</td><td>\(answer)</td>"
                + "<td>\(h(i.verdict))</td><td>\(h(i.explanation))</td></tr>"
        }
        // Long, and reference rather than argument: folded on screen, and left out of a print unless opened first.
        return "<section><h2>Interviews</h2><details><summary>\(s.interviews.count) answers from \(s.interviewed.count) people, with what was understood "
            + "(open before printing to include them)</summary><table class=\"interviews\"><thead><tr><th>Question</th><th>Interviewee</th><th>Answer</th>"
            + "<th>Verdict</th><th>Why</th></tr></thead><tbody>" + rows.joined() + "</tbody></table></details></section>"
    }

    static func controlScores(_ s: GapSummary) -> String {
        let controls = s.readiness.controls
        guard !controls.isEmpty else { return "" }
        let titles = Dictionary((s.catalogue ?? []).map { ($0.id, $0.title) }, uniquingKeysWith: { a, _ in a })
        let items: [String] = controls.map { c -> String in
            "<li class=\"\(c.score < 100 ? "low" : "")\" title=\"\(h(titles[c.name] ?? c.name))\"><span>\(h(c.name))</span><span>\(c.score)</span></li>"
        }
        return "<section><h2>Scores by clause and control</h2><p class=\"muted\">Every scored clause and applicable control, out of 100; "
            + "those that lost points are in red.</p><ul class=\"scores\">" + items.joined() + "</ul></section>"
    }
}
