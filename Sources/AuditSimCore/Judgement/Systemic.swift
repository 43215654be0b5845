/// Several distinct minors against one requirement show a systemic failure: an auditor
/// raises them as one major, keeping the minors as its evidence (JUDGEMENT.md §1). Findings
/// are already one per issue (the facets of one source's records are one finding), so
/// counting findings counts distinct failures, never one fact several times.
public enum Escalation {
    public static func apply(_ findings: [Finding], policy: AuditPolicy, owners: (ControlID) -> String?) -> [Finding] {
        let minorsByControl = Dictionary(grouping: findings.filter { $0.grade == .minor }, by: \.control)
        var escalated: [ControlID: Finding] = [:]
        for (control, minors) in minorsByControl where minors.count >= policy.systemicMinorCount {
            let sorted = minors.sorted { $0.id < $1.id }
            escalated[control] = Finding(
                id: Finding.makeID(stage: sorted.map(\.stage).max { $0.rawValue < $1.rawValue }!, control: control, rule: .systemic),
                stage: sorted.map(\.stage).max { $0.rawValue < $1.rawValue }!,
                control: control, grade: .major, rule: .systemic,
                requirement: "\(control) must be under effective control.",
                found: "\(minors.count) distinct minor nonconformities against \(control) together show it is not under control: "
                    + sorted.map { "\($0.rule.rawValue) (\($0.id))" }.joined(separator: ", ") + ".",
                evidence: sorted.map { Citation(kind: .record, reference: $0.id, detail: $0.found) },
                sources: Array(Set(sorted.flatMap(\.sources))).sorted { $0.rawValue < $1.rawValue },
                correction: "Consider correcting each contributing nonconformity (listed as evidence).",
                correctiveAction: "Look for the common cause (ownership, resourcing, unclear procedure) across these failures before certification.",
                owner: sorted.first?.owner ?? owners(control), contributing: sorted)
        }
        var out: [Finding] = []
        var emitted = Set<ControlID>()
        for finding in findings {
            if let major = escalated[finding.control], finding.grade == .minor {
                if emitted.insert(finding.control).inserted { out.append(major) }
            } else {
                out.append(finding)
            }
        }
        return out
    }
}
