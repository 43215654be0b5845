/// The Markdown sections of what a certification body reports: the Stage 1 decision, the
/// 17021-1 9.4.8 contents with the recommendation and the cycle, each nonconformity's
/// lifecycle, and a status for every Annex A control.
extension MarkdownReport {
    static func stage1Decision(_ s: GapSummary) -> [String] {
        guard let d = s.stage1 else { return [] }
        var out = ["## Stage 1 decision: \(d.decision == "proceed" ? "proceed to Stage 2" : "not yet")", ""]
        if d.decision == "not-yet" {
            out.append(d.earliestStage2.map { "Stage 2 cannot go ahead before **\(cell($0))**:" }
                ?? "Stage 2 cannot go ahead yet, and no date can be given:")
            out.append("")
            out += d.reasons.map { "- \(cell($0.text))" + ($0.basis == "certification-body-practice" ? " _(certification-body practice)_" : "") }
            out.append("")
            if s.stages.contains(2) {
                out += ["Stage 2 below is **rehearsed ahead of time**: it shows what the auditors would find, not a Stage 2 that could take place today.", ""]
            }
        } else {
            out += ["The ISMS has run long enough, with an internal audit and a management review: Stage 2 can go ahead.", ""]
        }
        if d.areasOfConcern.isEmpty {
            out += ["No areas of concern.", ""]
        } else {
            out += ["Areas of concern (could become nonconformities at Stage 2):", ""]
            out += table(["Finding", "Clause", "Grade", "Concern"], d.areasOfConcern.map {
                [cell($0.finding), cell($0.clause), ReportWording.gradeTitle($0.grade), cell($0.concern)]
            })
            out.append("")
        }
        return out
    }

    static func auditReport(_ s: GapSummary) -> [String] {
        guard let a = s.auditReport else { return [] }
        var out = ["## Audit report (ISO/IEC 17021-1 9.4.8)", ""]
        var rows: [[String]] = [
            ["**Audit type**", cell(a.auditType)], ["**Criteria**", a.criteria.map(cell).joined(separator: "<br>")],
            ["**Objectives**", a.objectives.map(cell).joined(separator: "<br>")], ["**Scope**", cell(a.scope)],
            ["**Sites**", a.sites.map(cell).joined(separator: "<br>")], ["**Dates**", cell(a.dates)],
            ["**Audit team**", a.team.map(cell).joined(separator: "<br>")], ["**Sampling basis**", cell(a.samplingBasis)],
            ["**SoA version**", cell(a.soaVersion)], ["**Effectiveness of the ISMS**", cell(a.effectiveness)],
            ["**Unresolved issues**", a.unresolvedIssues.map(cell).joined(separator: "<br>")],
            ["**Audit time**", cell(a.durationNote)],
        ]
        if let c = a.cycle {
            rows.append(["**Certification cycle**", "Stage 2 ends \(cell(c.lastStage2Day)); certification decision about \(cell(c.certificationDecision)); "
                + "surveillance 1 by \(cell(c.surveillance1Due)); surveillance 2 by \(cell(c.surveillance2Due)); recertification before the "
                + "certificate expires on \(cell(c.expiry))"])
        }
        out += table(["", ""], rows)
        out += ["", "### Recommendation: \(recommendationTitle(a.recommendation.decision))", "", cell(a.recommendation.statement), ""]
        return out
    }

    static func recommendationTitle(_ decision: String) -> String {
        switch decision {
        case "recommend": "recommend"
        case "recommend-after-acceptance": "recommend after acceptance of corrective actions"
        case "recommend-after-verification": "recommend after verification of corrective actions"
        default: "do not recommend yet"
        }
    }

    static func lifecycle(_ s: GapSummary) -> [String] {
        guard let actions = s.correctiveActions, !actions.isEmpty else { return [] }
        var out = ["## Corrective actions: what the certification body will expect", "",
                   "Suggestions only: an auditor does not prescribe the fix. For each nonconformity the organisation records a "
                   + "correction, the **root cause** it finds, and its corrective action; `auditsim actions` tracks them to closure.", ""]
        out += table(["Finding", "Grade", "Suggested correction", "Suggested corrective action", "Root cause (organisation)", "Owner",
                      "Plan due", "Before the decision", "Status"], actions.map { a in
            [cell(a.finding), ReportWording.gradeTitle(a.grade), cell(a.suggestedCorrection), cell(a.suggestedCorrectiveAction),
             a.rootCause.isEmpty ? "_to be completed_" : cell(a.rootCause), cell(a.owner ?? "unassigned"), cell(a.planDue),
             a.verificationDue.map { "verified by " + cell($0) } ?? "plan accepted", cell(a.status)]
        })
        out.append("")
        if let closed = s.closedByEvidence, !closed.isEmpty {
            out += ["Tracked actions this run no longer raises (its evidence closes them): " + closed.map(cell).joined(separator: ", ") + ".", ""]
        }
        return out
    }

    static func controlStatus(_ s: GapSummary) -> [String] {
        let annex = (s.catalogue ?? []).filter { $0.kind == "control" }
        guard !annex.isEmpty else { return [] }
        var out = ["## Status of the \(annex.count) Annex A controls", ""]
        let groups = Dictionary(grouping: annex) { $0.status ?? "conforming" }
        out += table(["Status", "Controls"], ReportWording.statusOrder.compactMap { key in
            groups[key].map { ["\(ReportWording.statusTitle(key)) (\($0.count))", $0.map { cell($0.id) }.joined(separator: ", ")] }
        })
        out += ["", "_Not assessed_: no evidence source, no interview answer and no finding concern the control; nothing is concluded about it.", ""]
        return out
    }
}
