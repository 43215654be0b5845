/// Stage 1 rules on the Statement of Applicability (6.1.3 d): it must address every control
/// of the catalogue, justify each decision, and agree with the risk treatment plan.
extension Stage1Desk {
    func soaFindings() -> [Stage1Raised] {
        [soaIncomplete(), soaUnjustified(), soaTreatmentMismatch()].compactMap { $0 }
    }

    /// Who fixes the SoA: the owner of its approved record, else the owner of 6.1.3.
    private var soaOwner: String? {
        scenario.documents(of: .soaRecord).first?.owner ?? ismsOwner("6.1.3")
    }

    /// `soa-incomplete`: one finding listing every catalogue control the SoA leaves out.
    func soaIncomplete() -> Stage1Raised? {
        let catalogue = bank.soaControls
        let omitted = catalogue.filter { scenario.soaEntry($0.id) == nil }.sorted { $0.id < $1.id }
        guard !omitted.isEmpty else { return nil }
        return raise(
            .soaIncomplete, control: "6.1.3", item: "6.1.3",
            requirement: "The Statement of Applicability must address every control of the catalogue, whether "
                + "included or excluded.",
            found: "The Statement of Applicability has no entry for \(omitted.count) of the \(catalogue.count) "
                + "\(bank.framework) controls: \(Self.list(omitted.map(\.id.rawValue))).",
            evidence: omitted.map { Citation(kind: .soa, reference: $0.id.rawValue, detail: "no entry (\($0.title))") },
            correction: "Add an entry for each omitted control, stating whether it applies, why, and whether it is "
                + "implemented, and re-approve the SoA.",
            correctiveAction: "Generate the SoA from the full control catalogue so no control can be left out, and "
                + "reconcile it after every risk assessment.",
            owner: soaOwner)
    }

    /// `soa-unjustified`: one finding listing entries whose justification is empty.
    func soaUnjustified() -> Stage1Raised? {
        let blank = scenario.soa.filter { Self.isBlank($0.justification) }.sorted { $0.control < $1.control }
        guard !blank.isEmpty else { return nil }
        let described = blank.map { "\($0.control) (\($0.applicable ? "applicable" : "excluded"))" }
        return raise(
            .soaUnjustified, control: "6.1.3", item: "6.1.3",
            requirement: "Every Statement of Applicability entry, included or excluded, must say why that decision "
                + "was made.",
            found: "\(blank.count) Statement of Applicability entr\(blank.count == 1 ? "y gives" : "ies give") no "
                + "justification: \(Self.list(described)).",
            evidence: blank.map {
                Citation(kind: .soa, reference: $0.control.rawValue,
                         detail: ($0.applicable ? "applicable" : "not applicable") + ", no justification")
            },
            correction: "Write a justification for each listed entry (the risk, contract or law behind it, or why "
                + "it does not apply) and re-approve the SoA.",
            correctiveAction: "Make the justification a required field of the SoA template and link each one to the "
                + "risk assessment.",
            owner: soaOwner)
    }

    /// `soa-treatment-mismatch`: the risk treatment plan relies on controls the SoA excludes.
    func soaTreatmentMismatch() -> Stage1Raised? {
        let plans = scenario.documents(of: .riskTreatmentPlan).compactMap { plan -> (Document, [ControlID])? in
            var seen = Set<ControlID>()
            let excluded = plan.controls
                .filter { scenario.soaEntry($0)?.applicable == false && seen.insert($0).inserted }
                .sorted()
            return excluded.isEmpty ? nil : (plan, excluded)
        }
        guard !plans.isEmpty else { return nil }
        let controls = Array(Set(plans.flatMap(\.1))).sorted()
        let statements = plans.map { plan, excluded in
            "the \(label(plan)) relies on \(Self.list(excluded.map(\.rawValue)))"
        }
        let found = statements.joined(separator: "; ")
        let entries = controls.compactMap { scenario.soaEntry($0) }
        return raise(
            .soaTreatmentMismatch, control: "6.1.3", item: "6.1.3",
            requirement: "The controls chosen to treat risks must appear as applicable in the Statement of "
                + "Applicability; the two documents must agree.",
            found: found.prefix(1).uppercased() + found.dropFirst()
                + ", which the Statement of Applicability marks not applicable.",
            evidence: plans.map { cite($0.0, "relies on " + $0.1.map(\.rawValue).joined(separator: ", ")) }
                + entries.map {
                    Citation(kind: .soa, reference: $0.control.rawValue,
                             detail: "not applicable: " + (Self.isBlank($0.justification) ? "no justification" : $0.justification))
                },
            correction: "Decide for each listed control whether it treats a risk; then either mark it applicable in "
                + "the SoA or remove it from the risk treatment plan, and re-approve both.",
            correctiveAction: "Derive the SoA's applicable controls from the risk treatment plan, and reconcile the "
                + "two whenever either changes.",
            owner: soaOwner)
    }
}
