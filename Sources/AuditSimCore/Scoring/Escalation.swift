/// Several minors against one requirement show a systemic failure: an auditor raises them
/// as one major, keeping the minors as its evidence.
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
                found: "\(minors.count) minor nonconformities against \(control) together show the control is not effectively managed: "
                    + sorted.map { $0.rule.rawValue }.joined(separator: ", ") + ".",
                evidence: sorted.map { Citation(kind: .record, reference: $0.id, detail: $0.found) },
                sources: Array(Set(sorted.flatMap(\.sources))).sorted { $0.rawValue < $1.rawValue },
                correction: "Correct each contributing nonconformity (listed as evidence).",
                correctiveAction: "Find the common cause (ownership, resourcing, unclear procedure) across these failures and fix it before certification.",
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
