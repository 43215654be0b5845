/// Stage 1 rules on the risk processes (6.1.2, 6.1.3): the documented risk assessment
/// process sets acceptance criteria and names risk owners, and the risk owners approved the
/// treatment plan and accepted the residual risks (6.1.3 f). A missing process document is
/// `missing-document`; these rules test what a present one says.
extension Stage1Desk {
    func riskProcessFindings() -> [Stage1Raised] {
        [riskCriteriaMissing(), treatmentPlanNotAccepted()].compactMap { $0 }
    }

    /// `risk-criteria-missing`: the risk method does not set acceptance criteria or name risk
    /// owners. Both gaps are facets of one finding against 6.1.2.
    func riskCriteriaMissing() -> Stage1Raised? {
        let methods = scenario.documents(of: .riskMethod)
        guard let first = methods.first else { return nil }
        let missing = gaps(methods, ["acceptance-criteria", "risk-owners"])
        guard !missing.isEmpty else { return nil }
        let facets = missing.map { Self.riskFacets[$0] ?? $0 }
        return raise(
            .riskCriteriaMissing, control: "6.1.2", item: "6.1.2",
            requirement: "The documented risk assessment process must set the criteria for accepting risks and "
                + "identify an owner for each risk, so assessments give consistent, comparable results.",
            found: "The \(names(methods)) \(does(methods)) not \(Self.list(facets)).",
            evidence: methods.map { cite($0, covered($0)) },
            correction: "Add risk acceptance criteria and the rule for naming risk owners to the \(label(first)), "
                + "and re-approve it.",
            correctiveAction: "Check the risk method against the clause's elements whenever it is revised, and "
                + "test at the internal audit that the register applies them.",
            owner: owner(of: first, clause: "6.1.2"))
    }

    /// `treatment-plan-not-accepted`: nothing shows the risk owners approved the treatment
    /// plan and accepted the residual risks (6.1.3 f).
    func treatmentPlanNotAccepted() -> Stage1Raised? {
        let plans = scenario.documents(of: .riskTreatmentPlan)
        guard let first = plans.first, !gaps(plans, ["approved-by-risk-owners"]).isEmpty else { return nil }
        return raise(
            .treatmentPlanNotAccepted, control: "6.1.3", item: "6.1.3",
            requirement: "The risk owners must approve the risk treatment plan and accept the residual risks, and "
                + "the record must show they did.",
            found: "The \(names(plans)) \(does(plans)) not show approval by the risk owners or their acceptance "
                + "of the residual risks" + (approver(of: first).map { " (it was approved by \(person($0)) alone)" } ?? "")
                + ".",
            evidence: plans.map { cite($0) },
            correction: "Have each risk owner approve the treatment of their risks and accept the residual risk, "
                + "and record who signed and when.",
            correctiveAction: "Make risk-owner sign-off a step of the risk treatment process before a plan is "
                + "issued or updated.",
            owner: owner(of: first, clause: "6.1.3"))
    }

    static let riskFacets = [
        "acceptance-criteria": "set criteria for accepting risks",
        "risk-owners": "say who owns each risk",
    ]
}
