import Foundation

/// The gap summary as NIST OSCAL 1.1.2 assessment results, for GRC tools that import OSCAL.
/// Mapping (also in docs/reports.md):
/// - control ids: `A.5.15` → `a.5.15`; a clause `9.3` → `clause-9.3` (a token must start with a letter);
///   finding targets are the control's objective, `a.5.15_obj`;
/// - observations: one EXAMINE per Stage 1 checklist item, one TEST per evidence source sampled,
///   one INTERVIEW per answered question, and one per finding citing its evidence;
/// - findings: one per auditsim finding (majors and minors not-satisfied, observations and
///   opportunities satisfied with remarks), plus one satisfied finding per scored control without findings;
/// - UUIDs are name-based (v5) from the organisation and the item's id, timestamps come from the
///   audit date (09:00–17:00 UTC), so the same session always exports byte for byte the same.
public enum OSCALReport {
    public static let oscalVersion = "1.1.2"
    /// Namespace of the auditsim-specific props (OSCAL asks non-NIST names to carry one).
    public static let namespace = "https://auditsim.invalid/ns/oscal"

    public static func render(_ summary: GapSummary) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(document(summary)), as: UTF8.self) + "\n"
    }

    static func document(_ s: GapSummary) -> OSCAL.Document {
        let o = s.organisation
        let key = [o.name, o.auditDate, ReportWording.answers(s), s.stages.map(String.init).joined(separator: "+")].joined(separator: "/")
        let uuid = { (parts: [String]) in StableUUID.make(o.name, parts.joined(separator: "/")) }
        let orgUUID = uuid(["party", "organisation"])
        let people = Array(Set(s.interviewed + s.findings.compactMap(\.owner))).sorted()
        let personUUID = { (name: String) in uuid(["party", name]) }
        let planUUID = uuid(["assessment-plan", key])
        let parties = [OSCAL.Party(uuid: orgUUID, type: "organization", name: plain(o.name), memberOfOrganizations: nil)]
            + people.map { OSCAL.Party(uuid: personUUID($0), type: "person", name: plain($0), memberOfOrganizations: [orgUUID]) }
        let owners = Array(Set(s.findings.compactMap(\.owner))).sorted()
        let responsible = [
            OSCAL.ResponsibleParty(roleID: "auditee", partyUUIDs: [orgUUID]),
            s.interviewed.isEmpty ? nil : OSCAL.ResponsibleParty(roleID: "interviewee", partyUUIDs: s.interviewed.map(personUUID)),
            owners.isEmpty ? nil : OSCAL.ResponsibleParty(roleID: "action-owner", partyUUIDs: owners.map(personUUID)),
        ].compactMap { $0 }
        let metadata = OSCAL.Metadata(
            title: "Mock ISO/IEC 27001:2022 certification audit: \(o.name), \(o.auditDate)",
            lastModified: timestamp(o.auditDate, "17:00:00"), version: plain("\(o.auditDate) \(ReportWording.answers(s))"),
            oscalVersion: oscalVersion, props: [OSCAL.Property("generator", s.tool), OSCAL.Property("question-bank", s.bank)],
            roles: [OSCAL.Role(id: "auditee", title: "Organisation audited"), OSCAL.Role(id: "interviewee", title: "Person interviewed"),
                    OSCAL.Role(id: "action-owner", title: "Owner of a corrective action")],
            parties: parties, responsibleParties: responsible,
            remarks: "A rehearsal of a certification audit produced by \(s.tool), not a certification body's report.")
        let observations = OSCALObservations(summary: s, uuid: uuid, personUUID: personUUID)
        let result = OSCAL.Result(
            uuid: uuid(["result", key]), title: "Mock certification audit, \(ReportWording.stages(s))",
            description: "Scope: \(o.scope)\n\nVerdict: \(ReportWording.verdictTitle(s)); overall readiness score \(s.readiness.overallScore)/100.",
            start: timestamp(o.auditDate, "09:00:00"), end: timestamp(o.auditDate, "17:00:00"), props: resultProps(s),
            reviewedControls: OSCAL.ReviewedControls(
                description: "Clauses 4–10 and the Annex A controls the Statement of Applicability includes.",
                controlSelections: [OSCAL.ControlSelection(description: nil, includeControls: reviewed(s).map { OSCAL.SelectedControl(controlID: controlID($0)) })]),
            observations: nil, findings: nil,
            remarks: "Findings are graded as a certification auditor would (ISO/IEC 17021-1): major and minor nonconformities are not-satisfied; observations and opportunities for improvement are satisfied with remarks.")
        var filled = result
        filled.findings = OSCAL.list(observations.findings())
        filled.observations = OSCAL.list(observations.all)
        let resources = [OSCAL.Resource(uuid: planUUID, title: "Assessment plan", description: "auditsim runs its plan from the question bank and the scenario; no separate OSCAL assessment plan is exported.", props: nil, remarks: nil)]
            + (s.evidenceTests ?? []).map { t in
                OSCAL.Resource(uuid: observations.sourceUUID(t.source), title: t.title,
                               description: "Records export \(t.source)" + (t.system.map { " from \($0)" } ?? "") + ", \(t.periodStart) to \(t.periodEnd), \(t.population) records.",
                               props: [OSCAL.Property("evidence-source", t.source)], remarks: nil)
            }
        return OSCAL.Document(assessmentResults: OSCAL.AssessmentResults(
            uuid: uuid(["assessment-results", key]), metadata: metadata,
            importAP: OSCAL.ImportAP(href: "#\(planUUID)", remarks: "Points at a back-matter placeholder: the plan is the question bank and the scenario."),
            results: [filled], backMatter: OSCAL.BackMatter(resources: resources)))
    }

    static func resultProps(_ s: GapSummary) -> [OSCAL.Property] {
        let r = s.readiness, d = r.estimatedDuration, o = s.organisation
        var props = [
            OSCAL.Property("verdict", r.verdict), OSCAL.Property("overall-score", String(r.overallScore)),
            OSCAL.Property("answer-set", ReportWording.answers(s)), OSCAL.Property("sector", o.sector),
            OSCAL.Property("persons-in-scope", String(o.personsInScope)), OSCAL.Property("operating-since", o.operatingSince),
            OSCAL.Property("initial-auditor-days", ReportWording.days(d.initialAuditorDays)),
            OSCAL.Property("surveillance-auditor-days", ReportWording.days(d.surveillanceAuditorDays)),
            OSCAL.Property("recertification-auditor-days", ReportWording.days(d.recertificationAuditorDays)),
        ]
        props += s.stages.map { OSCAL.Property("stage", String($0)) }
        props += Grade.allCases.map { OSCAL.Property("finding-count", String(r.findingsByGrade[$0.rawValue] ?? 0), class: $0.rawValue) }
        props += r.themes.map { OSCAL.Property("theme-score", String($0.score), class: tokenish($0.name)) }
        if let stage1 = s.stage1 {
            props.append(OSCAL.Property("stage1-decision", stage1.decision))
            if let day = stage1.earliestStage2 { props.append(OSCAL.Property("earliest-stage2", day)) }
        }
        if let a = s.auditReport {
            props.append(OSCAL.Property("recommendation", a.recommendation.decision))
            if let c = a.cycle {
                props += [OSCAL.Property("surveillance-1-due", c.surveillance1Due), OSCAL.Property("surveillance-2-due", c.surveillance2Due),
                          OSCAL.Property("certificate-expiry", c.expiry)]
            }
        }
        return props
    }

    /// Every scored control, and any control a finding was raised against, in natural order.
    static func reviewed(_ s: GapSummary) -> [String] {
        let ids = Set(s.readiness.controls.map(\.name) + s.findings.map(\.control))
        return ids.map { ControlID($0) }.sorted().map(\.rawValue)
    }

    /// `A.5.15` → `a.5.15`, `9.3` → `clause-9.3`: lower case, and a letter first as a token needs.
    public static func controlID(_ id: String) -> String {
        let lowered = tokenish(id)
        return lowered.first.map { $0.isLetter || $0 == "_" } == true ? lowered : "clause-" + lowered
    }

    /// Lower case with anything outside letters, digits, `.`, `-` and `_` turned into `-`.
    static func tokenish(_ text: String) -> String {
        let mapped = text.lowercased().map { ch -> Character in ch.isLetter || ch.isNumber || ".-_".contains(ch) ? ch : "-" }
        let token = String(mapped)
        return token.isEmpty ? "none" : token
    }

    /// A value for a StringDatatype field: one line, no surrounding white space, never empty.
    static func plain(_ text: String) -> String {
        let one = text.split(whereSeparator: { $0.isWhitespace || $0.isNewline }).joined(separator: " ")
        return one.isEmpty ? "none" : one
    }

    /// A day at a fixed UTC time: the export never reads the clock.
    static func timestamp(_ day: String, _ time: String) -> String { "\(day)T\(time)Z" }
}
