/// The corrective-action plan for a spreadsheet: one row per finding, RFC 4180 (CRLF line
/// ends, fields quoted when they hold a comma, quote or line break), no byte-order mark.
/// Each row repeats the organisation, date and verdict so rows pasted into a register of
/// several audits still say where they came from.
public enum CSVReport {
    public static let header = [
        "ID", "Grade", "Stage", "Control", "Control title", "Rule", "Requirement", "Found", "Evidence", "Sources",
        "Correction", "Corrective action", "Owner", "Due", "Note", "Organisation", "Audit date", "Verdict",
    ]

    public static func render(_ summary: GapSummary) -> String {
        let o = summary.organisation, verdict = ReportWording.verdictTitle(summary)
        let rows = summary.findings.map { f in
            [f.id, ReportWording.gradeTitle(f.grade), f.stage == "stage-1" ? "Stage 1" : "Stage 2", f.control, f.controlTitle, f.rule,
             f.requirement, f.found, f.evidence.map { "\($0.kind) \(ReportWording.citation($0))" }.joined(separator: "; "),
             f.sources.joined(separator: " vs "), f.correction, f.correctiveAction, f.owner ?? "unassigned", f.due, f.note ?? "", o.name, o.auditDate, verdict]
        }
        return ([header] + rows).map { $0.map(field).joined(separator: ",") + "\r\n" }.joined()
    }

    /// Characters a spreadsheet reads as the start of a formula (or that some strip before doing so).
    static let formulaStarts: Set<Character> = ["=", "+", "-", "@", "\t", "\r"]

    /// One field: control characters made visible, a formula start neutralised with a leading
    /// `'` (shown by spreadsheets as text, never evaluated), then quoted if it needs to be.
    static func field(_ raw: String) -> String {
        var text = ReportText.visible(raw)
        if let first = text.unicodeScalars.first.map(Character.init), formulaStarts.contains(first) { text = "'" + text }
        guard text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" }) else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
