/// The HTML sections of what a certification body reports: the Stage 1 decision, the
/// 17021-1 9.4.8 contents with the recommendation and the cycle, each nonconformity's
/// lifecycle with a root-cause field, and a status for every Annex A control.
extension HTMLReport {
    static func stage1Decision(_ s: GapSummary) -> String {
        guard let d = s.stage1 else { return "" }
        var out = "<section class=\"stage1 \(d.decision == "proceed" ? "proceed" : "not-yet")\"><h2>Stage 1 decision: "
            + (d.decision == "proceed" ? "proceed to Stage 2" : "not yet") + "</h2>"
        if d.decision == "not-yet" {
            out += "<p>" + (d.earliestStage2.map { "Stage 2 cannot go ahead before <strong>\(h($0))</strong>:" }
                ?? "Stage 2 cannot go ahead yet, and no date can be given:") + "</p><ul>"
            out += d.reasons.map { r -> String in
                "<li>\(h(r.text))" + (r.basis == "certification-body-practice" ? " <em>(certification-body practice)</em>" : "") + "</li>"
            }.joined() + "</ul>"
            if s.stages.contains(2) {
                out += "<p class=\"rehearsal\">Stage 2 below is <strong>rehearsed ahead of time</strong>: it shows what the auditors "
                    + "would find, not a Stage 2 that could take place today.</p>"
            }
        } else {
            out += "<p>The ISMS has run long enough, with an internal audit and a management review: Stage 2 can go ahead.</p>"
        }
        if d.areasOfConcern.isEmpty { return out + "<p>No areas of concern.</p></section>" }
        let rows = d.areasOfConcern.map { c -> String in
            "<tr><td><a href=\"#\(h(c.finding))\" class=\"ref\">\(h(c.finding))</a></td><td>\(h(c.clause))</td>"
                + "<td><span class=\"badge \(h(c.grade))\">\(h(ReportWording.gradeTitle(c.grade)))</span></td><td>\(h(c.concern))</td></tr>"
        }
        return out + "<h3>Areas of concern</h3><table><thead><tr><th>Finding</th><th>Clause</th><th>Grade</th><th>Concern</th></tr></thead>"
            + "<tbody>" + rows.joined() + "</tbody></table></section>"
    }

    static func auditReport(_ s: GapSummary) -> String {
        guard let a = s.auditReport else { return "" }
        var rows: [(String, String)] = [
            ("Audit type", h(a.auditType)), ("Criteria", a.criteria.map(h).joined(separator: "<br>")),
            ("Objectives", a.objectives.map(h).joined(separator: "<br>")), ("Scope", h(a.scope)),
            ("Sites", a.sites.map(h).joined(separator: "<br>")), ("Dates", h(a.dates)),
            ("Audit team", a.team.map(h).joined(separator: "<br>")), ("Sampling basis", h(a.samplingBasis)),
            ("SoA version", h(a.soaVersion)), ("Effectiveness of the ISMS", h(a.effectiveness)),
            ("Unresolved issues", a.unresolvedIssues.map(h).joined(separator: "<br>")), ("Audit time", h(a.durationNote)),
        ]
        if let c = a.cycle {
            rows.append(("Certification cycle", "<table class=\"cycle\"><tbody>"
                + [("Last day of Stage 2", c.lastStage2Day), ("Certification decision (about)", c.certificationDecision),
                   ("Surveillance audit 1 by", c.surveillance1Due), ("Surveillance audit 2 by", c.surveillance2Due),
                   ("Recertification before", c.recertificationDue), ("Certificate expires", c.expiry)]
                    .map { "<tr><th>\($0.0)</th><td>\(h($0.1))</td></tr>" }.joined() + "</tbody></table>"))
        }
        let dl = rows.map { "<dt>\($0.0)</dt><dd>\($0.1)</dd>" }.joined()
        return "<section class=\"audit-report\"><h2>Audit report (ISO/IEC 17021-1 9.4.8)</h2>"
            + "<div class=\"recommendation \(h(a.recommendation.decision))\"><div class=\"label\">Recommendation</div>"
            + "<div class=\"value\">\(h(MarkdownReport.recommendationTitle(a.recommendation.decision)))</div>"
            + "<p>\(h(a.recommendation.statement))</p></div><dl class=\"facts\">\(dl)</dl></section>"
    }

    static func lifecycle(_ s: GapSummary) -> String {
        guard let actions = s.correctiveActions, !actions.isEmpty else { return "" }
        let rows = actions.map { a -> String in
            "<tr><td><span class=\"badge \(h(a.grade))\">\(h(ReportWording.gradeTitle(a.grade)))</span><br><a class=\"ref\" href=\"#\(h(a.finding))\">\(h(a.finding))</a></td>"
                + "<td>\(h(a.suggestedCorrection))</td><td>\(h(a.suggestedCorrectiveAction))</td>"
                + "<td class=\"root-cause\">\(a.rootCause.isEmpty ? "<span class=\"muted\">to be completed by the organisation</span>" : h(a.rootCause))</td>"
                + "<td>\(h(a.owner ?? "unassigned"))</td><td>\(h(a.planDue))</td>"
                + "<td>\(a.verificationDue.map { "verified by " + h($0) } ?? "plan accepted")</td><td>\(h(a.status))</td></tr>"
        }
        return "<section><h2>Corrective actions: what the certification body will expect</h2><p class=\"muted\">Suggestions only: an auditor "
            + "does not prescribe the fix. For each nonconformity the organisation records a correction, the root cause it finds and its "
            + "corrective action; <code>auditsim actions</code> tracks them to closure.</p><table class=\"plan\"><thead><tr><th>Finding</th>"
            + "<th>Suggested correction</th><th>Suggested corrective action</th><th>Root cause (organisation)</th><th>Owner</th>"
            + "<th>Plan due</th><th>Before the decision</th><th>Status</th></tr></thead><tbody>" + rows.joined() + "</tbody></table>"
            + (s.closedByEvidence.flatMap { $0.isEmpty ? nil : "<p>Tracked actions this run no longer raises (its evidence closes them): "
                + $0.map { "<span class=\"ref\">\(h($0))</span>" }.joined(separator: ", ") + ".</p>" } ?? "") + "</section>"
    }

    static func controlStatus(_ s: GapSummary) -> String {
        let annex = (s.catalogue ?? []).filter { $0.kind == "control" }
        guard !annex.isEmpty else { return "" }
        let groups = Dictionary(grouping: annex) { $0.status ?? "conforming" }
        let rows = ReportWording.statusOrder.compactMap { key -> String? in
            groups[key].map { group in
                "<tr><th class=\"status-\(key)\">\(h(ReportWording.statusTitle(key))) (\(group.count))</th><td>"
                    + group.map { "<span class=\"ref\" title=\"\(h($0.title))\">\(h($0.id))</span>" }.joined(separator: " ") + "</td></tr>"
            }
        }
        return "<section><h2>Status of the \(annex.count) Annex A controls</h2><table class=\"control-status\"><tbody>" + rows.joined()
            + "</tbody></table><p class=\"muted\">Not assessed: no evidence source, no interview answer and no finding concern the control; "
            + "nothing is concluded about it.</p></section>"
    }
}
