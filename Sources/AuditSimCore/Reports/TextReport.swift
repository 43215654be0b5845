/// The gap summary for a terminal or a log: the verdict first, then findings by grade.
public enum TextReport {
    public static func render(_ summary: GapSummary) -> String {
        var out: [String] = []
        let o = summary.organisation
        out.append("\(o.name) — mock certification audit, \(o.auditDate)")
        out.append("Scope: \(o.scope)")
        out.append("Operating since \(o.operatingSince); \(o.personsInScope) persons in scope; bank \(summary.bank); stage(s) \(summary.stages.map(String.init).joined(separator: " and "))")
        if let set = summary.answerSet { out.append("Answers: \(set) (\(summary.interviewed.count) people interviewed)") }
        out.append("")
        let r = summary.readiness
        let verdict = Readiness.Verdict(rawValue: r.verdict)?.title ?? r.verdict
        out.append("Verdict: \(verdict.uppercased())   overall score \(r.scoreText)")
        if let why = ReportWording.verdictWhy(summary) { out.append(why) }
        if let d = summary.stage1 {
            out.append("Stage 1 decision: \(d.decision)" + (d.earliestStage2.map { " (earliest Stage 2 \($0))" } ?? "")
                       + "; \(d.areasOfConcern.count) area\(d.areasOfConcern.count == 1 ? "" : "s") of concern")
        }
        if let a = summary.auditReport {
            out.append("Recommendation: \(MarkdownReport.recommendationTitle(a.recommendation.decision))")
            if let c = a.cycle {
                out.append("Cycle: surveillance 1 by \(c.surveillance1Due), surveillance 2 by \(c.surveillance2Due), recertification before \(c.expiry)")
            }
        }
        let counts = Grade.allCases.map { "\(r.findingsByGrade[$0.rawValue] ?? 0) \($0.title.lowercased())" }
        out.append("Findings: " + counts.joined(separator: ", "))
        out.append("Themes: " + r.themes.map { "\($0.name) \($0.score)" }.joined(separator: " · "))
        let d = r.estimatedDuration
        out.append("Estimated initial audit: \(format(d.initialAuditorDays)) auditor-days (\(d.persons) persons); surveillance about \(format(d.surveillanceAuditorDays)) a year")
        for grade in Grade.allCases {
            let group = summary.findings.filter { $0.grade == grade.rawValue }
            guard !group.isEmpty else { continue }
            out.append("")
            out.append("\(grade.plural.uppercased()) (\(group.count))")
            for f in group {
                out.append("")
                out.append("  [\(f.id)] \(f.control) \(f.controlTitle)")
                out.append("    Requirement: \(f.requirement)")
                out.append("    Found: \(f.found)")
                if let note = f.note { out.append("    Note: \(note)") }
                let cites = f.evidence.prefix(6).map { $0.detail.isEmpty ? $0.reference : "\($0.reference) (\($0.detail))" }
                if !cites.isEmpty { out.append("    Evidence: " + cites.joined(separator: "; ") + (f.evidence.count > 6 ? "; …" : "")) }
                out.append("    Sources: \(f.sources.joined(separator: " vs "))")
                out.append("    Correction: \(f.correction)")
                out.append("    Corrective action: \(f.correctiveAction)")
                out.append("    Owner: \(f.owner ?? "unassigned"); due: \(f.due)")
                if f.grade == Grade.major.rawValue || f.grade == Grade.minor.rawValue { out.append("    Root cause: (for the organisation to find)") }
            }
        }
        if !summary.stage1Checklist.isEmpty {
            out.append("")
            out.append("STAGE 1 CHECKLIST")
            for item in summary.stage1Checklist {
                let mark = item.status == "present" ? "ok " : item.status == "missing" ? "-- " : "!! "
                out.append("  \(mark) \(item.clause.padding(toLength: 6, withPad: " ", startingAt: 0)) \(item.title) (\(item.status))"
                           + (item.notes.isEmpty ? "" : ": " + item.notes.joined(separator: "; ")))
            }
        }
        // Scenario and answer text must not reach a terminal with its escape sequences live.
        return out.map(ReportText.visible).joined(separator: "\n") + "\n"
    }

    static func format(_ n: Double) -> String { n == n.rounded() ? String(Int(n)) : String(n) }
}

import Foundation
