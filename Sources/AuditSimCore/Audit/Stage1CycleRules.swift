/// Stage 1 rules about the ISMS's first cycle once it has run: the management review
/// followed the internal audit and considered every required input. Whether the cycle has
/// run at all (operating period, internal audit, management review) is not a finding but
/// the Stage 1 decision (Stage1Decision.swift).
extension Stage1Desk {
    func cycleFindings() -> [Stage1Raised] {
        [reviewBeforeAudit(), reviewInputsMissing(), auditorOwnWork()].compactMap { $0 }
    }

    /// `review-before-audit`: the latest review predates the latest audit, so it could not
    /// consider the audit's results.
    func reviewBeforeAudit() -> Stage1Raised? {
        guard let review = latestPerformed(.managementReview), let audit = latestPerformed(.internalAuditReport),
              review.day < audit.day else { return nil }
        return raise(
            .reviewBeforeAudit, control: "9.3", item: "9.3",
            requirement: "A management review must consider the results of internal audits, so it has to follow "
                + "the audit it reviews.",
            found: "The latest management review (\(label(review.document)), \(review.day)) took place before the "
                + "latest internal audit (\(label(audit.document)), \(audit.day)), so it could not consider the "
                + "audit's results.",
            evidence: [cite(review.document, "performed \(review.day)"), cite(audit.document, "performed \(audit.day)")],
            correction: "Hold a management review, or an extraordinary agenda item, that considers the internal "
                + "audit results before Stage 2.",
            correctiveAction: "Schedule management reviews after internal audits in the annual ISMS calendar.",
            owner: owner(of: review.document, clause: "9.3"))
    }

    /// `review-inputs-missing`: the review that counts (the latest in the period) leaves out
    /// required inputs.
    func reviewInputsMissing() -> Stage1Raised? {
        guard let review = latestPerformed(.managementReview)?.document else { return nil }
        let missing = gaps([review], Self.reviewInputs.map(\.key))
        guard !missing.isEmpty else { return nil }
        let phrases = Dictionary(uniqueKeysWithValues: Self.reviewInputs.map { ($0.key, $0.phrase) })
        return raise(
            .reviewInputsMissing, control: "9.3", item: "9.3",
            requirement: "A management review must consider every input the standard lists, from the status of "
                + "earlier actions to opportunities for improvement, and its minutes must show it.",
            found: "The \(label(review)) does not record \(Self.list(missing.map { phrases[$0] ?? $0 })).",
            evidence: [cite(review, covered(review) + "; lacks " + missing.joined(separator: ", "))],
            correction: "Take the missing inputs to top management (at the next review or an extraordinary one) and "
                + "minute what was decided.",
            correctiveAction: "Use a management review agenda template listing every required input, and check the "
                + "minutes against it before they are approved.",
            owner: owner(of: review, clause: "9.3"))
    }

    /// `auditor-own-work`: an internal auditor audited clauses or controls they own or whose
    /// documents they own, so that part of the audit was not objective.
    func auditorOwnWork() -> Stage1Raised? {
        guard let audit = latestPerformed(.internalAuditReport)?.document else { return nil }
        var lines: [String] = []
        for auditor in audit.auditors {
            let own = ownWork(of: auditor.id).filter(auditor.audited)
            guard !own.isEmpty else { continue }
            lines.append("\(person(auditor.id)), audited \(Self.list(own.map(\.rawValue), limit: 8)), which they own")
        }
        guard !lines.isEmpty else { return nil }
        return raise(
            .auditorOwnWork, control: "9.2", item: "9.2",
            requirement: "Internal auditors must be chosen and audits run so that the audit is objective and impartial: "
                + "nobody audits their own work.",
            found: "In the \(label(audit)), " + lines.joined(separator: "; ") + ".",
            evidence: [cite(audit, "auditors: " + audit.auditors.map { person($0.id) }.joined(separator: ", "))],
            correction: "Have the areas these auditors own audited again, before Stage 2, by someone independent of them "
                + "(another manager, a peer organisation or an external auditor).",
            correctiveAction: "State in the audit programme that auditors do not audit their own work, and assign each "
                + "audit area to someone outside it.",
            owner: owner(of: audit, clause: "9.2"))
    }

    /// What a person owns: the controls and clauses the staff list gives them, and the
    /// clauses and controls of the documents they own.
    func ownWork(of id: String) -> [ControlID] {
        var own = scenario.staffMember(id)?.owns ?? []
        for document in scenario.documents where document.owner == id {
            own.append(document.kind.clause)
            own += document.controls
        }
        var seen = Set<ControlID>()
        return own.filter { seen.insert($0).inserted }.sorted()
    }

    /// The inputs a management review must consider, as `covers` keys and in plain words.
    static let reviewInputs: [(key: String, phrase: String)] = [
        ("previous-actions", "the status of actions from previous reviews"),
        ("context-changes", "changes in internal and external issues"),
        ("interested-parties", "changes in the needs of interested parties"),
        ("nonconformities", "nonconformities and corrective actions"),
        ("monitoring-results", "monitoring and measurement results"),
        ("audit-results", "audit results"),
        ("objectives", "whether objectives were met"),
        ("feedback", "feedback from interested parties"),
        ("risk-assessment", "risk assessment results and the state of risk treatment"),
        ("improvement", "opportunities for improvement"),
    ]
}
