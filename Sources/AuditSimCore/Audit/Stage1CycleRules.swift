/// Stage 1 rules about whether the ISMS has actually run one cycle: long enough, with an
/// internal audit and a management review inside the operating period, in that order.
extension Stage1Desk {
    func cycleFindings() -> [Stage1Raised] {
        [operatingPeriodShort(), noInternalAudit(), noManagementReview(), reviewBeforeAudit(), reviewInputsMissing()]
            .compactMap { $0 }
    }

    /// `operating-period-short`: fewer than `policy.minimumOperatingDays` from start to audit.
    func operatingPeriodShort() -> Stage1Raised? {
        let start = scenario.organisation.operatingSince
        let days = start.days(until: auditDate)
        let minimum = scenario.policy.minimumOperatingDays
        guard days < minimum else { return nil }
        return raise(
            .operatingPeriodShort, control: "4.4", item: nil,
            requirement: "The ISMS must be established and have operated long enough (at least \(minimum) days) "
                + "for an auditor to see it working, including an internal audit and a management review.",
            found: "The ISMS has operated for \(days) day\(days == 1 ? "" : "s") (since \(start)) at the audit date "
                + "\(auditDate); at least \(minimum) are expected.",
            evidence: [Citation(kind: .period, reference: period.description, detail: "\(days) days")],
            correction: "Move the audit to \(start.adding(days: minimum)) or later, when the ISMS will have run for "
                + "\(minimum) days.",
            correctiveAction: "Plan certification dates back from the ISMS start, allowing the minimum operating "
                + "period and time for an internal audit and a management review.",
            owner: ismsOwner("4.4"))
    }

    /// `no-internal-audit`: no internal audit report performed inside the operating period.
    func noInternalAudit() -> Stage1Raised? {
        guard latestPerformed(.internalAuditReport) == nil else { return nil }
        let reports = scenario.documents(of: .internalAuditReport)
        return raise(
            .noInternalAudit, control: "9.2", item: "9.2",
            requirement: "The organisation must audit its own ISMS at planned intervals, and keep the results, "
                + "before a certification body will rely on it.",
            found: reports.isEmpty
                ? "No internal audit report is listed: nothing shows the ISMS was audited internally between "
                    + "\(period.start) and \(period.end)."
                : "No internal audit took place inside the operating period (\(period)): " + reasons(reports) + ".",
            evidence: reports.map { cite($0, performedDetail($0)) },
            correction: "Carry out an internal audit of the whole ISMS before Stage 2, by auditors independent of "
                + "the areas they audit, and record the results and the date it was performed.",
            correctiveAction: "Schedule each internal audit in the programme with a date and an owner, and check at "
                + "each management review that it took place.",
            owner: ismsOwner("9.2"))
    }

    /// `no-management-review`: no management review performed inside the operating period.
    func noManagementReview() -> Stage1Raised? {
        guard latestPerformed(.managementReview) == nil else { return nil }
        let reviews = scenario.documents(of: .managementReview)
        return raise(
            .noManagementReview, control: "9.3", item: "9.3",
            requirement: "Top management must review the ISMS at planned intervals and keep the results, so it is "
                + "steered by the people accountable for it.",
            found: reviews.isEmpty
                ? "No management review is recorded: nothing shows top management reviewed the ISMS between "
                    + "\(period.start) and \(period.end)."
                : "No management review took place inside the operating period (\(period)): " + reasons(reviews) + ".",
            evidence: reviews.map { cite($0, performedDetail($0)) },
            correction: "Hold a management review with top management before Stage 2, covering every required input, "
                + "and minute its decisions and actions.",
            correctiveAction: "Fix the management review dates in the ISMS calendar, after each internal audit, with "
                + "a standing agenda of the required inputs.",
            owner: ismsOwner("9.3"))
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

    /// Why each report or review does not count, joined: "X has no date it was performed".
    private func reasons(_ documents: [Document]) -> String {
        documents.map { doc in
            guard let day = doc.performedOn else { return "the \(label(doc)) has no date it was performed" }
            if day > auditDate { return "the \(label(doc)) is dated \(day), after the audit date" }
            return "the \(label(doc)) was performed on \(day), before the ISMS began operating"
        }.joined(separator: "; ")
    }

    private func performedDetail(_ document: Document) -> String {
        document.performedOn.map { "performed \($0)" } ?? "no performed-on date"
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
