/// What the mock auditor looked at, as OSCAL observations, and the findings that point at them.
/// Built once from the summary so each finding can cite the document review, the evidence
/// test and the interview it came from.
struct OSCALObservations {
    let summary: GapSummary
    let uuid: ([String]) -> String
    let personUUID: (String) -> String
    /// Every observation, in a stable order: checklist, evidence tests, interviews, findings.
    private(set) var all: [OSCAL.Observation] = []
    /// Observation uuids by what they cover: a control id, a question id, a finding id.
    private var byControl: [String: [String]] = [:]
    private var byQuestion: [String: String] = [:]
    private var byFinding: [String: [String]] = [:]

    static let interviewRules: Set<String> = ["answer-contradicts", "cannot-describe", "hedged-answer", "recited-answer", "improvement"]
    static let evidenceRules: Set<String> = ["paper-control", "low-coverage", "missed-period", "frequency-drift", 
                                             "sample-failure", "population-failures", "late-items", "incomplete-population"]

    init(summary s: GapSummary, uuid: @escaping ([String]) -> String, personUUID: @escaping (String) -> String) {
        summary = s
        self.uuid = uuid
        self.personUUID = personUUID
        let collected = OSCALReport.timestamp(s.organisation.auditDate, "09:00:00")
        for c in s.stage1Checklist {
            let id = uuid(["observation", "checklist", c.clause])
            var text = "\(c.clause) \(c.title): \(c.status)."
            if !c.documents.isEmpty { text += " Documents: \(c.documents.joined(separator: ", "))." }
            if !c.notes.isEmpty { text += " " + c.notes.joined(separator: " ") }
            add(OSCAL.Observation(
                uuid: id, title: "Stage 1 document review: \(c.clause) \(c.title)", description: text,
                props: [OSCAL.Property("checklist-status", c.status), OSCAL.Property("control", c.clause)], methods: ["EXAMINE"],
                types: ["control-objective"], subjects: nil,
                relevantEvidence: OSCAL.list(c.documents.map { OSCAL.Evidence(href: nil, description: "Document \($0)", props: nil) }),
                collected: collected, remarks: nil), controls: [c.clause])
        }
        for t in s.evidenceTests ?? [] {
            let id = uuid(["observation", "evidence", t.source])
            let failed = t.sampleFailures.isEmpty ? "no sampled record failed its tests" : "sampled records failing a test: \(t.sampleFailures.joined(separator: ", "))"
            add(OSCAL.Observation(
                uuid: id, title: "Stage 2 evidence sampling: \(t.title)",
                description: "\(t.population) records from \(t.periodStart) to \(t.periodEnd); \(t.sampleSize) sampled; \(failed)."
                    + (t.findings.isEmpty ? " No finding raised." : " Findings: \(t.findings.joined(separator: ", "))."),
                props: [OSCAL.Property("control", t.control), OSCAL.Property("population", String(t.population)),
                        OSCAL.Property("sample-size", String(t.sampleSize))],
                methods: ["TEST"], types: ["control-objective"],
                subjects: [OSCAL.Subject(subjectUUID: sourceUUID(t.source), type: "resource", title: t.title)],
                relevantEvidence: [OSCAL.Evidence(href: "#\(sourceUUID(t.source))",
                                                  description: t.testing == "population" ? "Every record in the period tested" : "Sample: \(t.sampled.isEmpty ? "none" : t.sampled.joined(separator: ", "))", props: nil)],
                collected: collected, remarks: nil), controls: [t.control], findings: t.findings)
        }
        for i in s.interviews {
            let id = uuid(["observation", "interview", i.question, i.interviewee])
            var text = "Asked: \(i.asked)\n\nAnswer: \(i.answer ?? "")"
            if let u = i.understood { text += "\n\n\(u)" }
            if let f = i.followUp { text += "\n\nFollow-up: \(f)\n\nAnswer: \(i.followUpAnswer ?? "(none)")" }
            add(OSCAL.Observation(
                uuid: id, title: "Interview: \(i.question)", description: text,
                props: [OSCAL.Property("control", i.control), OSCAL.Property("verdict", i.verdict)], methods: ["INTERVIEW"],
                types: ["control-objective"], subjects: [OSCAL.Subject(subjectUUID: personUUID(i.interviewee), type: "party", title: i.interviewee)],
                relevantEvidence: nil, collected: collected, remarks: i.explanation), controls: [i.control])
            byQuestion[i.question] = id
        }
        for f in s.findings {
            let id = uuid(["observation", "finding", f.id])
            add(OSCAL.Observation(
                uuid: id, title: "\(f.id): \(f.control) \(f.controlTitle)", description: f.found,
                props: [OSCAL.Property("control", f.control), OSCAL.Property("sources", f.sources.isEmpty ? "none" : f.sources.joined(separator: " vs "))],
                methods: methods(f), types: ["finding"], subjects: nil,
                relevantEvidence: OSCAL.list(f.evidence.map { OSCAL.Evidence(href: nil, description: "\($0.kind) \(ReportWording.citation($0))", props: [OSCAL.Property("reference", $0.reference, class: $0.kind)]) }),
                collected: collected, remarks: f.note), controls: [], findings: [f.id])
        }
    }

    func sourceUUID(_ source: String) -> String { uuid(["evidence-source", source]) }

    private mutating func add(_ observation: OSCAL.Observation, controls: [String], findings: [String] = []) {
        all.append(observation)
        for c in controls { byControl[c, default: []].append(observation.uuid) }
        for f in findings { byFinding[f, default: []].append(observation.uuid) }
    }

    /// EXAMINE for document review, TEST for evidence, INTERVIEW for answers: from the rule,
    /// and from what the finding cites (a systemic major cites its contributing minors).
    func methods(_ f: GapSummary.FindingBlock) -> [String] {
        var set: [String] = []
        func add(_ m: String) { if !set.contains(m) { set.append(m) } }
        if Self.interviewRules.contains(f.rule) { add("INTERVIEW") } else if Self.evidenceRules.contains(f.rule) { add("TEST") } else if f.stage == "stage-1" { add("EXAMINE") }
        for c in f.evidence {
            switch c.kind {
            case "answer": add("INTERVIEW")
            case "record", "period": add("TEST")
            default: add("EXAMINE")
            }
        }
        return set.isEmpty ? ["EXAMINE"] : set
    }

    /// One finding per auditsim finding, then one satisfied finding per scored control without any.
    func findings() -> [OSCAL.Finding] {
        let s = summary
        let titles = Dictionary((s.catalogue ?? []).map { ($0.id, $0.title) }, uniquingKeysWith: { a, _ in a })
        let scores = Dictionary(s.readiness.controls.map { ($0.name, $0.score) }, uniquingKeysWith: { a, _ in a })
        var out = s.findings.map { f in
            let nonconformity = Grade(rawValue: f.grade)?.isNonconformity ?? true
            var related = byFinding[f.id] ?? []
            for c in f.contributing { related += byFinding[c] ?? [] }
            related += f.evidence.filter { $0.kind == "answer" }.compactMap { byQuestion[$0.reference] }
            if f.stage == "stage-1" { related += byControl[f.control] ?? [] }
            var props = [OSCAL.Property("grade", f.grade), OSCAL.Property("rule", f.rule), OSCAL.Property("stage", f.stage),
                         OSCAL.Property("auditsim-id", f.id), OSCAL.Property("owner", f.owner ?? "unassigned"), OSCAL.Property("due", f.due)]
            if let score = scores[f.control] { props.append(OSCAL.Property("control-score", String(score))) }
            return OSCAL.Finding(
                uuid: uuid(["finding", f.id]), title: "\(ReportWording.gradeTitle(f.grade)): \(f.control) \(f.controlTitle)",
                description: "Requirement: \(f.requirement)\n\nFound: \(f.found)", props: props,
                target: OSCAL.Target(type: "objective-id", targetID: OSCALReport.controlID(f.control) + "_obj", title: "\(f.control) \(f.controlTitle)",
                                     status: OSCAL.Status(state: nonconformity ? "not-satisfied" : "satisfied", reason: nonconformity ? "fail" : "other",
                                                          remarks: nonconformity ? nil : "\(ReportWording.gradeTitle(f.grade)), not a nonconformity.")),
                relatedObservations: OSCAL.list(unique(related).map { OSCAL.RelatedObservation(observationUUID: $0) }),
                remarks: "Sources that disagree: \(ReportWording.sources(f)).\n\nCorrection: \(f.correction)\n\nCorrective action: \(f.correctiveAction)\n\n"
                    + "Owner: \(f.owner ?? "unassigned"); due: \(f.due).")
        }
        let raised = Set(s.findings.map(\.control))
        for c in s.readiness.controls where !raised.contains(c.name) {
            let title = titles[c.name].map { "\(c.name) \($0)" } ?? c.name
            out.append(OSCAL.Finding(
                uuid: uuid(["finding", "clean", c.name]), title: "\(title): no findings", description: "Nothing was raised against \(title).",
                props: [OSCAL.Property("control-score", String(c.score))],
                target: OSCAL.Target(type: "objective-id", targetID: OSCALReport.controlID(c.name) + "_obj", title: title,
                                     status: OSCAL.Status(state: "satisfied", reason: "pass", remarks: nil)),
                relatedObservations: OSCAL.list(unique(byControl[c.name] ?? []).map { OSCAL.RelatedObservation(observationUUID: $0) }),
                remarks: nil))
        }
        return out
    }

    private func unique(_ ids: [String]) -> [String] {
        var seen = Set<String>()
        return ids.filter { seen.insert($0).inserted }
    }
}
