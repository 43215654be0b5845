/// The formats the gap summary is exported in, and the one place that picks the renderer.
public enum ReportFormat: String, Sendable, CaseIterable, Codable {
    case text, json, md, html, csv, oscal

    /// The format a report file's name asks for. `.oscal.json` is tested before `.json`, so
    /// `gap.oscal.json` is OSCAL and `gap.json` is the plain summary.
    public init?(fileExtension path: String) {
        let name = path.lowercased()
        let table: [(String, ReportFormat)] = [
            (".oscal.json", .oscal), (".json", .json), (".md", .md), (".markdown", .md),
            (".html", .html), (".htm", .html), (".csv", .csv), (".txt", .text),
        ]
        guard let match = table.first(where: { name.hasSuffix($0.0) }) else { return nil }
        self = match.1
    }

    /// The extension a file of this format gets.
    public var fileExtension: String {
        switch self {
        case .text: "txt"
        case .json: "json"
        case .md: "md"
        case .html: "html"
        case .csv: "csv"
        case .oscal: "oscal.json"
        }
    }

    /// Renders the summary. Every format renders from the summary alone, so a stored session
    /// exports the same as a live run; `run` is accepted for callers that have one and unused today.
    public func render(_ summary: GapSummary, run: AuditRun? = nil) throws -> String {
        switch self {
        case .text: TextReport.render(summary)
        case .json: try summary.json() + "\n"
        case .md: MarkdownReport.render(summary)
        case .html: HTMLReport.render(summary)
        case .csv: CSVReport.render(summary)
        case .oscal: try OSCALReport.render(summary)
        }
    }
}

/// Wording every human-readable format shares, so Markdown and HTML say the same thing.
enum ReportWording {
    static func verdictTitle(_ summary: GapSummary) -> String {
        Readiness.Verdict(rawValue: summary.readiness.verdict)?.title ?? summary.readiness.verdict
    }

    static func gradeTitle(_ raw: String) -> String { Grade(rawValue: raw)?.title ?? raw }

    static func stages(_ summary: GapSummary) -> String {
        let names = summary.stages.map { $0 == 1 ? "Stage 1 (documentation)" : $0 == 2 ? "Stage 2 (operation)" : "Stage \($0)" }
        return names.isEmpty ? "none" : names.joined(separator: " and ")
    }

    static func days(_ n: Double) -> String { TextReport.format(n) }

    /// "Annex A theme" names in the catalogue's order with a readable label.
    static let annexThemes: [(id: String, title: String, prefix: String)] = [
        ("organizational", "Organizational", "A.5."), ("people", "People", "A.6."),
        ("physical", "Physical", "A.7."), ("technological", "Technological", "A.8."),
    ]

    static func themeTitle(_ id: String) -> String {
        id.split(separator: "-").map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined(separator: " ")
    }

    /// One citation as a reader wants it: "CHG-1042 (2026-03-01)".
    static func citation(_ c: GapSummary.CitationBlock) -> String {
        c.detail.isEmpty ? c.reference : "\(c.reference) (\(c.detail))"
    }

    static func sources(_ f: GapSummary.FindingBlock) -> String {
        f.sources.isEmpty ? "—" : f.sources.joined(separator: " vs ")
    }

    /// The answer set, or how the session was run.
    static func answers(_ summary: GapSummary) -> String { summary.answerSet ?? "interactive" }
}

extension ReportWording {
    /// Control statuses in report order, as `GapSummary.ControlBlock.status` spells them.
    static let statusOrder = ["major", "minor", "observation", "improvement", "conforming", "not-assessed", "excluded"]

    static func statusTitle(_ status: String) -> String {
        switch status {
        case "major": "Major nonconformity"
        case "minor": "Minor nonconformity"
        case "observation": "Observation"
        case "improvement": "Opportunity for improvement"
        case "conforming": "No finding (assessed)"
        case "not-assessed": "Not assessed"
        case "excluded": "Excluded in the SoA"
        default: status
        }
    }

    /// What the verdict asks of the organisation.
    static func advice(_ summary: GapSummary) -> String {
        let majors = summary.readiness.findingsByGrade[Grade.major.rawValue] ?? 0
        if summary.stage1?.decision == "not-yet" && majors == 0 {
            return "No major nonconformity: the verdict follows the Stage 1 decision, and the findings need corrective-action plans."
        }
        return MarkdownReport.verdictAdvice(summary.readiness.verdict)
    }

    /// Why the verdict is what it is, when Stage 1 says not yet.
    static func verdictWhy(_ summary: GapSummary) -> String? {
        guard let d = summary.stage1, d.decision == "not-yet" else { return nil }
        return "Stage 1 says not yet: " + (d.earliestStage2.map { "Stage 2 could go ahead from \($0)" } ?? "Stage 2 cannot be dated yet")
            + (summary.stages.contains(2) ? "; Stage 2 was rehearsed ahead of time." : ".")
    }
}
