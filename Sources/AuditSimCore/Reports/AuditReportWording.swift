/// The words of the audit report's 17021-1 contents and of the Stage 1 decision. Graders
/// give typed values; this is where they become sentences.
enum AuditReportWording {
    static func auditType(_ stages: Set<Stage>) -> String {
        switch (stages.contains(.documentation), stages.contains(.operational)) {
        case (true, true): "Initial certification audit, Stage 1 and Stage 2 (simulated)"
        case (true, false): "Initial certification audit, Stage 1 (simulated)"
        default: "Initial certification audit, Stage 2 (simulated)"
        }
    }

    static func objectives(_ stages: Set<Stage>) -> [String] {
        var out: [String] = []
        if stages.contains(.documentation) {
            out.append("Stage 1: review the ISMS documented information, evaluate readiness for Stage 2, and identify "
                + "areas of concern that could become nonconformities at Stage 2.")
        }
        if stages.contains(.operational) {
            out.append("Stage 2: evaluate the implementation and effectiveness of the ISMS, including the controls of "
                + "the Statement of Applicability, by sampling records over the operating period and interviewing "
                + "the people who run them.")
        }
        out.append("Conclude whether the ISMS conforms to ISO/IEC 27001:2022 and can be recommended for certification.")
        return out
    }

    static func dates(_ run: AuditRun) -> String {
        let o = run.scenario.organisation
        return "Rehearsed on \(o.auditDate) (Stage 1 and Stage 2 on the same day in a rehearsal), over the operating "
            + "period \(o.operatingSince) to \(o.auditDate)."
    }

    static func samplingBasis(_ run: AuditRun) -> String {
        let whole = run.evidence.filter { $0.facts.source.testing == .population }
        let sampled = run.evidence.filter { $0.facts.source.testing == .sample }
        let tested = whole.reduce(0) { $0 + $1.facts.population.count }
        let drawn = sampled.reduce(0) { $0 + $1.sample.count + $1.extendedSample.count }
        let pool = sampled.reduce(0) { $0 + $1.facts.population.count }
        let answered = run.turns.filter { $0.answer != nil }
        let people = Set(answered.map(\.interviewee)).count
        let seed = run.options.seed ?? run.scenario.policy.seed
        var parts = ["Audits are sample-based: conformity of what was not examined is not asserted. "
            + "\(run.evidence.count) evidence source\(run.evidence.count == 1 ? "" : "s") tested"]
        if !whole.isEmpty {
            parts.append("\(whole.count) of them in full, every one of their \(tested) records in the operating period "
                + "(complete exports tested mechanically, so their results are counts)")
        }
        if !sampled.isEmpty {
            parts.append("\(sampled.count) by sample: \(drawn) records drawn from \(pool) (sample sizes by documented "
                + "frequency, extended on a failure, drawn reproducibly with seed \(seed))")
        }
        return parts.joined(separator: ", ") + "; \(answered.count) interview answer\(answered.count == 1 ? "" : "s") from "
            + "\(people) \(people == 1 ? "person" : "people"); every mandatory document reviewed."
    }

    static func effectiveness(_ run: AuditRun) -> String {
        let majors = run.findings.filter { $0.grade == .major }.count
        let minors = run.findings.filter { $0.grade == .minor }.count
        if let d = run.stage1?.decision, d.outcome == .notYet {
            return "The ISMS has not yet shown a complete cycle of operation, internal audit and management review, so "
                + "its effectiveness cannot yet be concluded; Stage 2 was rehearsed ahead of time to show what it would find."
        }
        if majors > 0 {
            return "The ISMS is not yet effective: \(majors) major nonconformit\(majors == 1 ? "y shows" : "ies show") a "
                + "requirement not being met, so the ISMS cannot yet be relied on to achieve its intended results there."
        }
        if minors > 0 {
            return "The ISMS is implemented and generally effective: the sampled evidence shows the controls operating, "
                + "with \(minors) lapse\(minors == 1 ? "" : "s") raised as minor nonconformit\(minors == 1 ? "y" : "ies")."
        }
        return "The sampled evidence shows the ISMS implemented, maintained and effective in achieving its intended results."
    }

    static func unresolved(_ run: AuditRun) -> [String] {
        var out = (run.stage1?.decision.reasons ?? []).map(Stage1Wording.reason)
        out += run.findings.filter { $0.grade == .major }.map { "Major nonconformity \($0.id) (\($0.control)) is open." }
        return out.isEmpty ? ["None: no diverging opinions and no open majors."] : out
    }

    static func recommendation(_ run: AuditRun) -> GapSummary.RecommendationBlock {
        let majors = run.findings.contains { $0.grade == .major }
        let minors = run.findings.contains { $0.grade == .minor }
        if let d = run.stage1?.decision, d.outcome == .notYet {
            return .init(decision: "do-not-recommend-yet", statement: "Do not recommend yet: Stage 1 found the ISMS not "
                + "ready for Stage 2" + (d.earliestStage2.map { "; Stage 2 could go ahead from \($0)" } ?? "") + ".")
        }
        if majors {
            return .init(decision: "recommend-after-verification", statement: "Recommend for certification once the "
                + "certification body has verified the correction and corrective action of every major nonconformity.")
        }
        if minors {
            return .init(decision: "recommend-after-acceptance", statement: "Recommend for certification once the "
                + "certification body has accepted the corrective-action plan for every minor nonconformity.")
        }
        return .init(decision: "recommend", statement: "Recommend for certification.")
    }

    static func duration(_ d: AuditDuration.Estimate) -> String {
        var out = "ISO/IEC 27006-1 initial audit time for \(d.effectivePersons) effective persons"
        if d.reductions.isEmpty {
            out += " (all \(d.persons) persons in scope; no groups of identical simple roles declared)"
        } else {
            out += " (\(d.persons) in scope; square-root reduction for identical simple roles: "
                + d.reductions.map { "\($0.role) \($0.persons) counted as \($0.countedAs)" }.joined(separator: ", ") + ")"
        }
        out += ": \(ReportWording.days(d.initialDays)) auditor-days"
        if d.beyondTable { out += ", beyond the table's last row, so its progression is continued" }
        out += "."
        if let sampled = d.sampledSites {
            out += " With \(d.sites) sites, a certification body may sample sites when they run the same ISMS "
                + "(commonly the square root, here \(sampled), on top of the central function); time is planned per site."
        }
        return out
    }
}

enum Stage1Wording {
    static func reason(_ r: Stage1Decision.Reason) -> String {
        switch r {
        case let .operatingPeriodShort(days, minimum, reachedOn):
            "The ISMS has operated for \(days) day\(days == 1 ? "" : "s"); certification bodies commonly want about "
                + "\(minimum) days of operation before Stage 2 (certification-body practice, not a clause of the "
                + "standard), reached on \(reachedOn)."
        case let .noInternalAudit(planned):
            "No internal audit has taken place in the operating period (9.2)"
                + (planned.map { "; the first is planned to end on \($0), and Stage 2 can follow it." }
                    ?? " and none is planned: plan one before booking Stage 2.")
        case let .noManagementReview(planned):
            "No management review has taken place in the operating period (9.3)"
                + (planned.map { "; the first is planned for \($0), and Stage 2 can follow it." }
                    ?? " and none is planned: plan one, after the internal audit, before booking Stage 2.")
        case let .stage1Major(id, clause):
            "Major nonconformity \(id) against \(clause): a mandatory element is missing and must be in place before Stage 2."
        }
    }
}
