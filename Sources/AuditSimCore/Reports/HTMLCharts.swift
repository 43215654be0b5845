/// The two pictures of the HTML report, as inline SVG (no scripts, no external resources):
/// the Annex A heat map and the bar chart of findings by theme and grade.
enum HTMLCharts {
    /// Fill and text colour for a worst grade; nil grade means no finding.
    static func colours(_ grade: String?) -> (fill: String, text: String) {
        switch grade {
        case "major": ("#c2413b", "#ffffff")
        case "minor": ("#e3a33b", "#3a2a06")
        case "observation": ("#3f7fc1", "#ffffff")
        case "improvement": ("#8fa89b", "#ffffff")
        default: ("#edf1f5", "#3e4c59")
        }
    }

    /// The 93 Annex A controls (A.5.1–A.5.37, A.6.1–A.6.8, A.7.1–A.7.14, A.8.1–A.8.34) by theme.
    /// Built from the standard's fixed shape, so the map is whole even when a summary predates the catalogue.
    static let annexA: [(theme: String, title: String, ids: [String])] = [
        ("organizational", "Organizational (A.5)", (1...37).map { "A.5.\($0)" }),
        ("people", "People (A.6)", (1...8).map { "A.6.\($0)" }),
        ("physical", "Physical (A.7)", (1...14).map { "A.7.\($0)" }),
        ("technological", "Technological (A.8)", (1...34).map { "A.8.\($0)" }),
    ]

    static let columns = 13, cellWidth = 50, cellHeight = 30, gap = 4, labelHeight = 26

    static func heatMap(_ summary: GapSummary) -> String {
        let catalogue = Dictionary((summary.catalogue ?? []).map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        let byControl = Dictionary(grouping: summary.findings, by: \.control)
        let width = columns * (cellWidth + gap) - gap
        var y = 0
        var body: [String] = []
        for theme in annexA {
            body.append("<text class=\"hm-theme\" x=\"0\" y=\"\(y + 17)\">\(ReportText.html(theme.title))</text>")
            y += labelHeight
            for (i, id) in theme.ids.enumerated() {
                let x = (i % columns) * (cellWidth + gap), cy = y + (i / columns) * (cellHeight + gap)
                let raised = byControl[id] ?? []
                let worst = raised.compactMap { Grade(rawValue: $0.grade) }.min()?.rawValue ?? catalogue[id]?.worstGrade
                let excluded = catalogue[id]?.applicable == false && raised.isEmpty
                let unassessed = catalogue[id]?.status == "not-assessed" && raised.isEmpty
                let (fill, ink) = excluded ? ("#ffffff", "#9aa5b1") : unassessed ? (notAssessedFill, "#7b8794") : colours(worst)
                let stroke = excluded ? " stroke=\"#b8c2cc\" stroke-dasharray=\"3 2\"" : " stroke=\"#ffffff\""
                let tip = unassessed ? id + (catalogue[id].map { " " + $0.title } ?? "") + ": not assessed (no evidence source, answer or finding)"
                    : tooltip(id, catalogue[id], raised, excluded: excluded)
                body.append("<g><title>\(ReportText.html(tip))</title>"
                    + "<rect x=\"\(x)\" y=\"\(cy)\" width=\"\(cellWidth)\" height=\"\(cellHeight)\" rx=\"4\" fill=\"\(fill)\"\(stroke)/>"
                    + "<text class=\"hm-cell\" x=\"\(x + cellWidth / 2)\" y=\"\(cy + cellHeight / 2 + 4)\" fill=\"\(ink)\">\(id.dropFirst(2))</text></g>")
            }
            y += ((theme.ids.count + columns - 1) / columns) * (cellHeight + gap) + 6
        }
        return "<svg class=\"heatmap\" role=\"img\" aria-label=\"Annex A controls coloured by worst finding grade\" "
            + "viewBox=\"0 0 \(width) \(y)\" width=\"\(width)\" height=\"\(y)\" xmlns=\"http://www.w3.org/2000/svg\">"
            + body.joined() + "</svg>"
    }

    static func tooltip(_ id: String, _ control: GapSummary.ControlBlock?, _ raised: [GapSummary.FindingBlock], excluded: Bool) -> String {
        var text = id + (control.map { " " + $0.title } ?? "")
        if excluded { return text + ": excluded in the Statement of Applicability" }
        if raised.isEmpty {
            text += ": no findings"
        } else {
            let counts = Grade.allCases.compactMap { g -> String? in
                let n = raised.filter { $0.grade == g.rawValue }.count
                return n == 0 ? nil : "\(n) \(n == 1 ? g.title.lowercased() : g.plural.lowercased())"
            }
            text += ": " + counts.joined(separator: ", ") + " (" + raised.map(\.id).joined(separator: ", ") + ")"
        }
        if let score = control?.score { text += "; score \(score)/100" }
        return text
    }

    /// Stacked horizontal bars: one per theme with findings, one segment per grade.
    static func barChart(_ summary: GapSummary) -> String {
        let r = summary.readiness
        let order = r.themes.map(\.name) + r.findingsByTheme.keys.sorted().filter { t in !r.themes.contains { $0.name == t } }
        let rows = order.compactMap { t -> (String, [(String, Int)])? in
            let counts = Grade.allCases.map { ($0.rawValue, r.findingsByTheme[t]?[$0.rawValue] ?? 0) }
            return counts.contains { $0.1 > 0 } ? (t, counts) : nil
        }
        guard !rows.isEmpty else { return "<p class=\"muted\">No findings to chart.</p>" }
        let maxTotal = max(1, rows.map { $0.1.reduce(0) { $0 + $1.1 } }.max() ?? 1)
        let labelWidth = 170, barArea = 460, rowHeight = 28, top = 8
        let unit = Double(barArea) / Double(maxTotal)
        var body: [String] = []
        for tick in ticks(maxTotal) {
            let x = labelWidth + Int((Double(tick) * unit).rounded())
            body.append("<line x1=\"\(x)\" y1=\"\(top - 4)\" x2=\"\(x)\" y2=\"\(top + rows.count * rowHeight)\" class=\"bc-grid\"/>")
            body.append("<text class=\"bc-tick\" x=\"\(x)\" y=\"\(top + rows.count * rowHeight + 14)\">\(tick)</text>")
        }
        for (i, row) in rows.enumerated() {
            let y = top + i * rowHeight
            body.append("<text class=\"bc-label\" x=\"\(labelWidth - 10)\" y=\"\(y + 18)\">\(ReportText.html(ReportWording.themeTitle(row.0)))</text>")
            var x = Double(labelWidth)
            for (grade, n) in row.1 where n > 0 {
                let w = Double(n) * unit
                let (fill, ink) = colours(grade)
                let name = n == 1 ? ReportWording.gradeTitle(grade).lowercased() : (Grade(rawValue: grade)?.plural.lowercased() ?? grade)
                body.append("<g><title>\(ReportText.html(ReportWording.themeTitle(row.0))): \(n) \(ReportText.html(name))</title>"
                    + "<rect x=\"\(fmt(x))\" y=\"\(y + 4)\" width=\"\(fmt(w))\" height=\"\(rowHeight - 8)\" fill=\"\(fill)\"/>"
                    + (w >= 16 ? "<text class=\"bc-count\" x=\"\(fmt(x + w / 2))\" y=\"\(y + 18)\" fill=\"\(ink)\">\(n)</text>" : "") + "</g>")
                x += w
            }
            let total = row.1.reduce(0) { $0 + $1.1 }
            body.append("<text class=\"bc-total\" x=\"\(fmt(x + 6))\" y=\"\(y + 18)\">\(total)</text>")
        }
        let height = top + rows.count * rowHeight + 22, width = labelWidth + barArea + 40
        return "<svg class=\"barchart\" role=\"img\" aria-label=\"Findings by theme and grade\" viewBox=\"0 0 \(width) \(height)\" "
            + "width=\"\(width)\" height=\"\(height)\" xmlns=\"http://www.w3.org/2000/svg\">" + body.joined() + "</svg>"
    }

    /// Whole-number gridlines: every 1, 2, 5 or 10 findings, whichever gives at most six.
    static func ticks(_ maxTotal: Int) -> [Int] {
        let step = [1, 2, 5, 10, 20, 50].first { maxTotal / $0 <= 6 } ?? 100
        return Array(stride(from: 0, through: maxTotal, by: step))
    }

    static func fmt(_ v: Double) -> String {
        let r = (v * 10).rounded() / 10
        return r == r.rounded() ? String(Int(r)) : String(r)
    }

    /// The colour key shared by both charts.
    /// A control with no evidence source, no answer and no finding: nothing is concluded.
    static let notAssessedFill = "#e4e7eb"

    static func legend(excluded: Bool) -> String {
        var items = Grade.allCases.map { ($0.title, colours($0.rawValue).fill, "") }
        items.append(("No finding", colours(nil).fill, ""))
        items.append(("Not assessed", notAssessedFill, ""))
        if excluded { items.append(("Excluded in the SoA", "#ffffff", " excluded")) }
        return "<ul class=\"legend\">" + items.map { item -> String in "<li><span class=\"swatch\(ReportText.html(item.2))\" style=\"background:\(item.1)\"></span>\(ReportText.html(item.0))</li>" }.joined() + "</ul>"
    }
}
