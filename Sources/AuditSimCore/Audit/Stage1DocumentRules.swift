/// Stage 1 rules about the documents themselves: are they there, approved, reviewed on
/// time, and do they address what their clause asks for.
extension Stage1Desk {
    /// `missing-document`: a mandatory kind with no document at all. One risk management
    /// methodology often documents both processes: a `risk-method` that `covers` the
    /// `risk-treatment` process documents 6.1.3 as well.
    func missingDocuments() -> [Stage1Raised] {
        let treatmentInMethod = scenario.documents(of: .riskMethod).contains { $0.covers.contains("risk-treatment") }
        return Self.requiredKinds.filter { kind in
            scenario.documents(of: kind).isEmpty && !(kind == .riskTreatmentMethod && treatmentInMethod)
        }.map { kind in
            let (name, requirement) = Self.mandatory[kind] ?? (kind.phrase, "This documented information is required.")
            return raise(
                .missingDocument, control: kind.clause, subject: kind.rawValue, item: Stage1Checklist.item(for: kind),
                requirement: requirement,
                found: "No \(name) document is listed among the ISMS documents.",
                correction: "Write the \(name), have it approved, and add it to the document register before Stage 2.",
                correctiveAction: "Check the document register against the documented information the standard "
                    + "requires, and include that check in every internal audit.",
                owner: ismsOwner(kind.clause))
        }
    }

    /// `policy-not-approved` for each policy, `document-unapproved` for other mandatory documents.
    func approvalFindings() -> [Stage1Raised] {
        var raised: [Stage1Raised] = []
        for policy in scenario.documents(of: .policy) {
            if let found = policyApprovalGap(policy) { raised.append(policyFinding(policy, found)) }
        }
        for doc in scenario.documents where Self.approvalKinds.contains(doc.kind) && approver(of: doc) == nil {
            raised.append(raise(
                .documentUnapproved, control: "7.5.2", subject: doc.id, item: Stage1Checklist.item(for: doc.kind),
                requirement: "Documented information the ISMS relies on must be approved as suitable before it is "
                    + "issued, so everyone works from an authorised version.",
                found: "The \(label(doc)) has no recorded approval.",
                evidence: [cite(doc)],
                correction: "Have the \(label(doc)) reviewed and approved by its accountable manager, and record "
                    + "who approved it and when.",
                correctiveAction: "Make approval a required step before any ISMS document is published, and check "
                    + "the register for unapproved documents each quarter.",
                owner: owner(of: doc, clause: doc.kind.clause)))
        }
        return raised
    }

    /// Why the record does not show top management approved the policy; nil when it does.
    private func policyApprovalGap(_ policy: Document) -> String? {
        guard let id = approver(of: policy) else { return "The \(label(policy)) has no recorded approval." }
        guard let approver = scenario.staffMember(id) else {
            return "The \(label(policy)) was approved by “\(id)”, who is not on the staff list, so approval by "
                + "top management cannot be shown."
        }
        if approver.topManagement { return nil }
        return "The \(label(policy)) was approved by \(approver.addressed), who is not top management."
    }

    private func policyFinding(_ policy: Document, _ found: String) -> Stage1Raised {
        raise(
            .policyNotApproved, control: "5.2", subject: policy.id, item: "5.2",
            requirement: "Top management must set the information security policy, and the record must show "
                + "that a member of top management approved it.",
            found: found, evidence: [cite(policy)],
            correction: "Have the \(label(policy)) approved by a member of top management\(topManagementExample) "
                + "and record the approval.",
            correctiveAction: "State in the document control procedure that the policy is approved by top "
                + "management, and check the approver's role whenever the policy is reissued.",
            owner: owner(of: policy, clause: "5.2"))
    }

    /// `document-overdue`: documents whose next review date has passed by the audit date. The
    /// requirement tested is document control (7.5.2 c: documented information is reviewed for
    /// suitability and adequacy, here when the organisation planned to), not the clause of each
    /// document's subject; several overdue documents are facets of one document-control finding.
    func overdueFindings() -> [Stage1Raised] {
        let overdue = scenario.documents.compactMap { doc -> (Document, Day)? in
            guard let due = doc.nextReview, due < auditDate else { return nil }
            return (doc, due)
        }.sorted { $0.0.id < $1.0.id }
        guard let first = overdue.first else { return [] }
        let described = overdue.map { doc, due in
            let late = due.days(until: auditDate)
            return "the \(label(doc)) was due for review by \(due) (\(late) day\(late == 1 ? "" : "s") before the audit)"
        }
        let sentence = Self.list(described)
        return [raise(
            .documentOverdue, control: "7.5.2", item: "7.5.1",
            requirement: "Documented information must be controlled so it stays suitable: reviewed and updated when "
                + "the organisation planned to review it.",
            found: sentence.prefix(1).uppercased() + sentence.dropFirst() + " on \(auditDate); no later review is recorded.",
            evidence: overdue.map { cite($0.0, "next review \($0.1)") },
            correction: "Review the " + Self.list(overdue.map { label($0.0) }) + ", record the outcome, and set the next "
                + "review date.",
            correctiveAction: "Track review dates in the document register and remind owners a month before each "
                + "document falls due.",
            owner: owner(of: first.0, clause: "7.5"))]
    }

    /// `scope-incomplete`, `climate-change-missing` and `objectives-not-measurable`: topics the
    /// documents of a kind must address between them.
    func coverageFindings() -> [Stage1Raised] {
        var raised: [Stage1Raised] = []
        let scopes = scenario.documents(of: .scope)
        if let first = scopes.first, case let gaps = gaps(scopes, ["boundaries", "interfaces", "exclusions"]), !gaps.isEmpty {
            raised.append(raise(
                .scopeIncomplete, control: "4.3", item: "4.3",
                requirement: "The scope must state the ISMS boundaries, its interfaces and dependencies with "
                    + "activities run by others, and anything excluded.",
                found: "The \(names(scopes)) \(does(scopes)) not address \(Self.list(gaps.map { Self.scopeTopics[$0] ?? $0 })).",
                evidence: scopes.map { cite($0, covered($0)) },
                correction: "Add the missing parts to the scope statement and have it re-approved.",
                correctiveAction: "Use a scope template that asks for boundaries, interfaces and exclusions, and "
                    + "revisit the scope at each management review.",
                owner: owner(of: first, clause: "4.3")))
        }
        let contexts = scenario.documents(of: .context)
        if gaps(contexts, ["climate-change"]) == ["climate-change"] {
            let found = contexts.isEmpty
                ? "No context analysis is listed, so nothing shows whether climate change was considered as "
                    + "an issue for the ISMS."
                : "The \(names(contexts)) \(does(contexts)) not say whether climate change is a relevant issue."
            raised.append(raise(
                .climateChangeMissing, control: "4.1", item: "4.1",
                requirement: "Since the 2024 amendment, the organisation must decide whether climate change is a "
                    + "relevant issue for its ISMS, and be able to show it did.",
                found: found, evidence: contexts.map { cite($0, covered($0)) },
                correction: "Assess whether climate change affects the ISMS (sites, suppliers, hosting) and record "
                    + "the conclusion in the context analysis.",
                correctiveAction: "Add climate change to the standing list of external issues reviewed at each "
                    + "management review.",
                owner: contexts.first.flatMap { $0.owner } ?? ismsOwner("4.1")))
        }
        let objectives = scenario.documents(of: .objectives)
        if let first = objectives.first, case let gaps = gaps(objectives, ["measurable", "monitored", "owners"]), !gaps.isEmpty {
            raised.append(raise(
                .objectivesNotMeasurable, control: "6.2", item: "6.2",
                requirement: "Security objectives must be measurable where practicable and monitored, so progress "
                    + "can be shown.",
                found: "The \(names(objectives)) \(does(objectives)) not show that the objectives "
                    + Self.list(gaps.map { Self.objectiveFacets[$0] ?? $0 }) + ".",
                evidence: objectives.map { cite($0, covered($0)) },
                correction: "Give each objective a target, a measure, an owner and a date, and record how it is "
                    + "tracked.",
                correctiveAction: "Review progress against the objectives at every management review, using the "
                    + "monitoring results.",
                owner: owner(of: first, clause: "6.2")))
        }
        return raised
    }

    /// The topics none of `documents` covers, in the order asked.
    func gaps(_ documents: [Document], _ topics: [String]) -> [String] {
        let covered = Set(documents.flatMap(\.covers))
        return topics.filter { !covered.contains($0) }
    }

    func covered(_ document: Document) -> String {
        document.covers.isEmpty ? "covers nothing listed" : "covers " + document.covers.joined(separator: ", ")
    }

    /// "ISMS Scope Statement (v1.1)", or several joined.
    func names(_ documents: [Document]) -> String {
        Self.list(documents.map(label))
    }

    /// "does" for one document, "do" for several read together.
    func does(_ documents: [Document]) -> String { documents.count == 1 ? "does" : "do" }

    static let objectiveFacets = [
        "measurable": "are measurable (a measure and a target)",
        "monitored": "are monitored",
        "owners": "have an owner and a date",
    ]

    static let scopeTopics = [
        "boundaries": "its boundaries",
        "interfaces": "interfaces and dependencies with other organisations",
        "exclusions": "what is excluded",
    ]

    /// What each kind of the `missing-document` rule is called, and why it is required.
    static let mandatory: [DocumentKind: (String, String)] = [
        .scope: ("ISMS scope statement", "The boundaries and applicability of the ISMS must be set and kept as documented information."),
        .policy: ("information security policy", "An information security policy set by top management must be documented and available."),
        .riskMethod: ("risk assessment method", "The risk assessment process, with its criteria for assessing and accepting risks, must be documented."),
        .riskTreatmentMethod: ("risk treatment process", "The risk treatment process, how treatments are chosen and approved, must be documented."),
        .riskAssessment: ("risk assessment results", "The results of information security risk assessments must be kept."),
        .riskTreatmentPlan: ("risk treatment plan", "A risk treatment plan, and the results of treating risks, must be kept."),
        .soaRecord: ("Statement of Applicability", "A Statement of Applicability must record every Annex A control, whether it is included and why, and whether it is implemented."),
        .objectives: ("information security objectives", "Information security objectives must be set and documented."),
        .competence: ("evidence of competence", "Evidence that the people doing ISMS work are competent must be kept."),
        .operationalPlanning: ("operational planning and control", "Enough must be documented to show the ISMS processes run as planned."),
        .monitoring: ("monitoring and measurement results", "Results of monitoring and measuring information security performance must be kept."),
        .internalAuditProgramme: ("internal audit programme", "An internal audit programme must be planned and documented."),
        .correctiveActions: ("nonconformity and corrective action log", "Nonconformities, the actions taken and their results must be kept."),
    ]
}
