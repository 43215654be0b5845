/// Weighs what people said against what the records already show (JUDGEMENT.md §3).
/// Interviews are evidence, not verdicts:
/// - an account that contradicts records which themselves fail is supporting evidence inside
///   that nonconformity, never a second one;
/// - an account that contradicts sound records, or an owner who cannot describe their
///   control, is an observation on awareness (7.3), naming the person;
/// - several owners doing so is a pattern: one minor against 7.3;
/// - hedged, recited, thin or partly right answers are coaching for the person, kept out of
///   the organisation's findings.
public struct InterviewEvidence: Sendable {
    /// The organisation's findings: the recorded ones (with answers attached) and the
    /// awareness observations or pattern.
    public var findings: [Finding]
    /// Coaching for each person, apart from the organisation's gap summary.
    public var coaching: [Finding]

    /// The clause awareness findings are raised against.
    public static let awareness: ControlID = "7.3"

    /// `recorded` are the Stage 1 and evidence findings; `boundControls` maps a recorded
    /// finding's id to the controls its source is filed under, so an answer about A.5.15 can
    /// support an access-review finding raised against A.5.18.
    /// `recordedSources` maps a recorded finding's id to the evidence source it was raised
    /// from: an answer held against one source (the head office's restore tests) joins no
    /// nonconformity raised from another bound to the same control (the plants').
    public init(interview: [Finding], recorded: [Finding], boundControls: [String: Set<ControlID>], scenario: Scenario,
                interviewed: Set<String>, recordedSources: [String: String] = [:]) {
        var recorded = recorded
        var awareness: [Finding] = []
        var coaching: [Finding] = []
        for said in interview {
            switch said.rule {
            case .answerContradicts:
                // An empty event log contradicted by someone who remembers events is evidence the
                // log is incomplete: it joins that observation too.
                let target = recorded.firstIndex { f in
                    (f.grade.isNonconformity || f.rule == .emptyEventLog)
                        && (f.control == said.control || boundControls[f.id]?.contains(said.control) == true)
                        && (said.heldAgainst == nil || recordedSources[f.id].map { $0 == said.heldAgainst } ?? true)
                }
                if let target {
                    recorded[target] = InterviewEvidence.attach(said, to: recorded[target], scenario: scenario)
                } else {
                    awareness.append(InterviewEvidence.observation(from: said, scenario: scenario))
                }
            case .cannotDescribe:
                awareness.append(InterviewEvidence.observation(from: said, scenario: scenario))
            default:
                coaching.append(said)
            }
        }
        let perPerson = InterviewEvidence.byPerson(awareness)
        findings = recorded + InterviewEvidence.pattern(perPerson, interviewed: interviewed, policy: scenario.policy)
        self.coaching = coaching
    }

    /// The answer joins the finding as evidence of the same issue.
    static func attach(_ said: Finding, to finding: Finding, scenario: Scenario) -> Finding {
        var out = finding
        out.evidence += said.evidence.filter { $0.kind == .answer }
        if !out.sources.contains(.said) { out.sources.append(.said) }
        out.facets.append(Facet(rule: .answerContradicts, grade: .observation,
                                found: "In interview, " + said.found + " This supports the finding; it is not a separate nonconformity.",
                                evidence: said.evidence.filter { $0.kind == .answer }))
        out.found += " In interview, " + said.found
        return out
    }

    /// An observation on awareness against 7.3, naming the person and the control.
    static func observation(from said: Finding, scenario: Scenario) -> Finding {
        let person = said.person.flatMap { scenario.staffMember($0) }
        let name = person.map { "\($0.name) (\($0.role))" } ?? said.person ?? "The person interviewed"
        let what = said.rule == .cannotDescribe
            ? "\(name) could not describe \(said.control), a control they are asked about. \(said.found)"
            : "\(name) described \(said.control) differently from its records, which are in order: \(said.found)"
        // The answer's own subject: its question, and on a panel its speaker too.
        let lead = Finding.makeID(stage: said.stage, control: said.control, rule: said.rule) + "-"
        let subject = said.id.hasPrefix(lead) ? String(said.id.dropFirst(lead.count))
            : said.evidence.first { $0.kind == .answer }?.reference ?? said.id
        return Finding(
            id: Finding.makeID(stage: said.stage, control: awareness, rule: said.rule, subject: subject), stage: said.stage,
            control: awareness, grade: .observation, rule: said.rule,
            requirement: "People who run a control are aware of how it operates (7.3) and competent to run it (7.2).",
            found: what + " A recollection on its own is a matter of awareness, not a nonconformity against \(said.control).",
            evidence: said.evidence, sources: said.sources,
            correction: "Consider walking \(person?.name ?? "the person") through the control and its records.",
            correctiveAction: "None required for an observation.", owner: said.owner, person: said.person)
    }

    /// One person's awareness is one issue: their observations become one that lists each
    /// control they could not describe or described against the records.
    static func byPerson(_ observations: [Finding]) -> [Finding] {
        var order: [String] = []
        var merged: [String: Finding] = [:]
        for o in observations {
            let key = o.person ?? o.id
            guard var first = merged[key] else {
                order.append(key)
                merged[key] = o
                continue
            }
            first.found += " Also: " + o.found
            first.evidence += o.evidence
            first.facets.append(Facet(rule: o.rule, grade: o.grade, found: o.found, evidence: o.evidence))
            merged[key] = first
        }
        return order.compactMap { merged[$0] }
    }

    /// Several people unable to describe their controls: one minor against 7.3 listing them.
    static func pattern(_ observations: [Finding], interviewed: Set<String>, policy: AuditPolicy) -> [Finding] {
        let people = Set(observations.compactMap(\.person))
        let enough = people.count >= policy.awarenessPatternCount
            && Double(people.count) >= policy.awarenessPatternRatio * Double(max(interviewed.count, 1))
        guard enough, let first = observations.first else { return observations }
        return [Finding(
            id: Finding.makeID(stage: first.stage, control: awareness, rule: .awarenessPattern), stage: first.stage,
            control: awareness, grade: .minor, rule: .awarenessPattern,
            requirement: "People who run controls are aware of how they operate (7.3).",
            found: "\(people.count) of the \(interviewed.count) people interviewed could not describe their controls or described them against their records: a pattern, not one slip.",
            evidence: observations.map { Citation(kind: .answer, reference: $0.id, detail: $0.found) }, sources: [.said],
            correction: "Consider briefing the owners named on their controls and records.",
            correctiveAction: "Find why owners are not aware of their controls (induction, ownership, access to procedures).",
            owner: first.owner, contributing: observations)]
    }
}
