/// One issue per source (JUDGEMENT.md §1): the facets found in one export's records are
/// one finding, graded by its worst facet and citing all of them. A source whose only
/// facets are observations or improvements gives a finding of that grade.
struct EvidenceIssue {
    let source: EvidenceSource
    let control: ControlID
    let owner: String?
    let documented: String

    func findings(from facets: [Facet], handled: String?) -> [Finding] {
        guard let lead = facets.min(by: { ($0.grade, rank($0.rule)) < ($1.grade, rank($1.rule)) }) else { return [] }
        let ordered = [lead] + facets.filter { $0 != lead }.sorted { ($0.grade, rank($0.rule)) < ($1.grade, rank($1.rule)) }
        let found = ordered.map(\.found).joined(separator: " ")
        var evidence: [Citation] = []
        if let doc = source.documentedIn {
            evidence.append(Citation(kind: .document, reference: doc, detail: "documents \(source.frequency?.description ?? "the control")"))
        }
        evidence += ordered.flatMap(\.evidence)
        let text = ordered.count > 1 ? found + " These are facets of one issue in the same records." : found
        return [Finding(
            id: Finding.makeID(stage: .operational, control: control, rule: lead.rule, subject: source.id), stage: .operational,
            control: control, grade: lead.grade, rule: lead.rule, requirement: requirement(lead.rule), found: text,
            evidence: evidence, sources: lead.rule == .populationFailures && lead.grade == .observation ? [.recorded] : [.documented, .recorded],
            correction: correction(lead), correctiveAction: action(lead), owner: owner, note: handled, facets: ordered)]
    }

    /// Not operating first, then coverage, records, lateness, completion, drift.
    private func rank(_ rule: FindingRule) -> Int {
        [.paperControl, .lowCoverage, .missedPeriod, .sampleFailure, .populationFailures, .lateItems,
         .incompletePopulation, .frequencyDrift, .emptyEventLog].firstIndex(of: rule) ?? 99
    }

    private func requirement(_ rule: FindingRule) -> String {
        switch rule {
        case .paperControl, .lowCoverage, .missedPeriod, .frequencyDrift:
            return "\(control) must operate as \(documented) describes\(source.frequency.map { " (\($0))" } ?? ""), with records to show it."
        case .sampleFailure, .populationFailures:
            return "Each record of \(source.title) should pass: " + source.tests.map(\.description).joined(separator: "; ") + "."
        case .lateItems:
            return "\(documented.prefix(1).uppercased() + documented.dropFirst()) sets the time allowed for each item of \(source.title)."
        case .incompletePopulation:
            return "Everyone in the population should have a record in \(source.title)."
        case .emptyEventLog:
            return "The \(source.title) should record every event of its kind, so that it can be relied on."
        default:
            return "\(control) must operate as documented."
        }
    }

    // Corrections and corrective actions are suggestions: an auditor does not prescribe.
    private func correction(_ lead: Facet) -> String {
        switch lead.rule {
        case .paperControl: return "The organisation may wish to start operating the control now and keep its records (\(source.file))."
        case .lowCoverage, .missedPeriod: return "Consider recording why the missed occurrences lapsed and performing them where still meaningful."
        case .sampleFailure, .populationFailures: return "Consider putting right each failed record and checking nothing was exposed meanwhile."
        case .lateItems: return "Consider closing the late items and confirming nothing was exposed meanwhile."
        case .incompletePopulation: return "Consider following up the people without a record, with a deadline."
        case .emptyEventLog: return "Consider confirming how the log captures every event."
        default: return "Consider deciding which is right, the document or the practice, and aligning the other."
        }
    }

    // Written as plain actions: the lifecycle words them as suggestions ("The organisation
    // may, for example, …"), since an auditor does not prescribe.
    private func action(_ lead: Facet) -> String {
        switch lead.grade {
        case .major: return "Find why the control broke down (ownership, tooling, resourcing) and show it operating before certification."
        case .minor: return "Find why these items slipped and decide what stops them recurring."
        default: return "None required; act on it where it helps."
        }
    }
}
