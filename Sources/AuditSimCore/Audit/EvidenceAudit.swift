/// Stage 2 testing of one evidence source: population, coverage, cadence, the sample and
/// its attribute tests, timeliness and completion, graded per docs/audit-rules.md.
public struct EvidenceAudit: Sendable {
    public var facts: EvidenceFacts
    /// The control the findings are raised against: the first applicable one bound.
    public var control: ControlID
    public var plan: SamplingPlan
    public var sample: [EvidenceRecord]
    /// Sampled record id → failed test ids.
    public var sampleFailures: [String: [String]]
    public var findings: [Finding]

    /// Nil when none of the source's controls is applicable (nothing to audit).
    public init?(table: EvidenceTable, scenario: Scenario, seed: UInt64? = nil) {
        self.init(facts: EvidenceFacts(table: table, organisation: scenario.organisation), scenario: scenario, seed: seed)
    }

    /// From facts already derived (the auditor's file is built once per source).
    public init?(facts: EvidenceFacts, scenario: Scenario, seed: UInt64? = nil) {
        let source = facts.source
        guard let control = source.controls.first(where: { scenario.soaEntry($0)?.applicable ?? true }) else { return nil }
        let policy = scenario.policy
        self.facts = facts
        self.control = control
        plan = SamplingPlan(size: policy.sampleSize(for: source.frequency, population: facts.count), seed: seed ?? policy.seed)
        sample = plan.draw(from: facts.population, sourceID: source.id)
        sampleFailures = sample.reduce(into: [:]) { map, record in
            if let failed = facts.testFailures[record.id] { map[record.id] = failed }
        }
        let owner = source.owner ?? scenario.owners(of: control).first?.id
        var grader = EvidenceGrader(source: source, control: control, owner: owner, policy: policy, documented: EvidenceAudit.documentedSource(source, scenario))
        findings = grader.grade(facts: facts, plan: plan, sample: sample, sampleFailures: sampleFailures)
    }

    private static func documentedSource(_ source: EvidenceSource, _ scenario: Scenario) -> String {
        guard let id = source.documentedIn, let doc = scenario.documents.first(where: { $0.id == id }) else {
            return "the documented procedure"
        }
        return "the \(doc.title)"
    }
}

/// Turns one source's facts into findings.
struct EvidenceGrader {
    let source: EvidenceSource
    let control: ControlID
    let owner: String?
    let policy: AuditPolicy
    let documented: String

    mutating func grade(facts: EvidenceFacts, plan: SamplingPlan, sample: [EvidenceRecord],
                        sampleFailures: [String: [String]]) -> [Finding] {
        let what = source.title
        guard facts.count > 0 else {
            return [finding(.paperControl, .major,
                requirement: "\(control) must operate in practice, not only on paper: \(documented) describes it, so its records should exist.",
                found: "\(what) has no records between \(facts.period.start) and \(facts.period.end); the control is documented but there is no evidence it operated.",
                evidence: [Citation(kind: .document, reference: source.documentedIn ?? source.id, detail: "documents \(source.frequency?.description ?? "the control")")],
                sources: [.documented, .recorded],
                correction: "Operate the control now and keep its records (\(source.file)).",
                action: "Find why the control never started (owner, tooling, awareness), assign it, and check its records monthly until it is routine.")]
        }
        var out: [Finding] = []
        if let coverage = facts.coverage, let frequency = source.frequency, !facts.missedPeriods.isEmpty {
            let missed = facts.missedPeriods.map(ExpectedPeriods.name)
            let covered = facts.expectedPeriods.count - facts.missedPeriods.count
            let text = "\(what) covers \(covered) of \(facts.expectedPeriods.count) \(frequency) periods; none in \(EvidenceGrader.list(missed))."
            let citations = facts.missedPeriods.map { Citation(kind: .period, reference: ExpectedPeriods.name($0), detail: "no record") }
            if coverage < policy.lowCoverageRatio {
                out.append(finding(.lowCoverage, .major,
                    requirement: "\(documented) says \(frequency); each period should show the control operating.",
                    found: text + " Under half of the expected occurrences took place.", evidence: citations,
                    sources: [.documented, .recorded], correction: "Perform the missed occurrences where still meaningful and record why the others lapsed.",
                    action: "Give the control a calendar, a named deputy, and a monthly check by the ISMS manager that it ran."))
            } else {
                out.append(finding(.missedPeriod, .minor,
                    requirement: "\(documented) says \(frequency); each period should show the control operating.",
                    found: text, evidence: citations, sources: [.documented, .recorded],
                    correction: "Record why \(EvidenceGrader.list(missed)) was missed and perform the activity if still meaningful.",
                    action: "Schedule the activity with reminders and a named deputy so absence or workload cannot skip a period."))
            }
        }
        if let documentedFrequency = source.frequency, let cadence = facts.cadence, let rung = documentedFrequency.rung, rung >= 0,
           let observed = cadence.rung, observed != rung {
            out.append(finding(.frequencyDrift, .minor,
                requirement: "Practice should match \(documented), which says \(documentedFrequency).",
                found: "\(what) happens about \(cadence) in practice (median gap \(Int(facts.medianGapDays ?? 0)) days over \(facts.count) records), not \(documentedFrequency).",
                evidence: [Citation(kind: .record, reference: facts.population.first!.id, detail: "first \(facts.first!)"),
                           Citation(kind: .record, reference: facts.population.last!.id, detail: "last \(facts.last!)")],
                sources: [.documented, .recorded],
                correction: "Decide which is right, then either run the control \(documentedFrequency) or change the document.",
                action: "Review documented frequencies against practice at each document review."))
        }
        out += sampleFindings(facts: facts, plan: plan, sample: sample, failures: sampleFailures)
        if let timing = facts.timing, !timing.late.isEmpty {
            let cited = timing.late.prefix(10).map { Citation(kind: .record, reference: $0.id, detail: $0.hours.map { "\(EvidenceGrader.hours($0))" } ?? "still open") }
            out.append(finding(.lateItems, .minor,
                requirement: "\(what): each item should be completed within \(EvidenceGrader.hours(timing.limitHours)).",
                found: "\(timing.late.count) of \(timing.measured) items exceeded \(EvidenceGrader.hours(timing.limitHours)) (median \(timing.medianHours.map(EvidenceGrader.hours) ?? "n/a"), worst \(timing.worstHours.map(EvidenceGrader.hours) ?? "n/a")).",
                evidence: cited, sources: [.documented, .recorded],
                correction: "Close the late items and confirm nothing was exposed meanwhile.",
                action: "Alert the owner before the limit is reached and report timeliness monthly."))
        }
        if let rate = facts.completionRate, let done = facts.completed, let population = facts.completionPopulation,
           Double(done) * 100 < policy.completionTarget * Double(population) - 1e-9 {
            out.append(finding(.incompletePopulation, .minor,
                requirement: "Everyone in the population should have a record (target \(Int(policy.completionTarget)) %).",
                found: "\(facts.completed ?? 0) of \(facts.completionPopulation ?? 0) (\(Int((rate * 100).rounded())) %) have a record in \(what).",
                sources: [.documented, .recorded],
                correction: "Chase the people without a record and set a deadline.",
                action: "Make completion part of onboarding and report it monthly to line managers."))
        }
        return out
    }

    private func sampleFindings(facts: EvidenceFacts, plan: SamplingPlan, sample: [EvidenceRecord],
                                failures: [String: [String]]) -> [Finding] {
        let tests = Dictionary(source.tests.map { ($0.id, $0.description) }, uniquingKeysWith: { a, _ in a })
        func cite(_ id: String, _ failed: [String]) -> Citation {
            Citation(kind: .record, reference: id, detail: "fails: " + failed.map { tests[$0] ?? $0 }.joined(separator: "; "))
        }
        let sampledIDs = Set(sample.map(\.id))
        if !failures.isEmpty {
            let rate = Double(failures.count) / Double(max(sample.count, 1))
            let major = rate > policy.sampleFailureMajorRatio
            let cited = failures.keys.sorted().map { cite($0, failures[$0]!) }
            return [finding(major ? .sampleFailureRate : .sampleFailure, major ? .major : .minor,
                requirement: "Each record of \(source.title) should pass: " + source.tests.map(\.description).joined(separator: "; ") + ".",
                found: "\(failures.count) of \(sample.count) sampled records failed (\(Int((rate * 100).rounded())) %).",
                evidence: cited, sources: [.documented, .recorded],
                correction: "Put right each failed record (\(failures.keys.sorted().prefix(5).joined(separator: ", "))).",
                action: major ? "The control is not operating reliably: redesign the step that fails and re-test a fresh sample." : "Find why this record slipped and add a check that catches it.")]
        }
        let outside = facts.testFailures.keys.filter { !sampledIDs.contains($0) }.sorted()
        guard !outside.isEmpty else { return [] }
        let chance = SamplingPlan.detectionProbability(population: facts.count, failures: outside.count, sampleSize: plan.size)
        return [finding(.populationFailures, .observation,
            requirement: "Each record of \(source.title) should pass its tests.",
            found: "The sample of \(sample.count) passed, but \(outside.count) of \(facts.count) records outside it fail.",
            evidence: outside.prefix(10).map { cite($0, facts.testFailures[$0]!) }, sources: [.recorded],
            correction: "Put right the failing records before the certification audit.",
            action: "Add a periodic full-population check so failures are caught without relying on sampling.",
            note: "A certification auditor's sample of \(plan.size) would catch at least one of these with probability \(Int((chance * 100).rounded())) %.")]
    }

    private func finding(_ rule: FindingRule, _ grade: Grade, requirement: String, found: String, evidence: [Citation] = [],
                         sources: [SourceKind], correction: String, action: String, note: String? = nil) -> Finding {
        Finding(id: Finding.makeID(stage: .operational, control: control, rule: rule, subject: source.id), stage: .operational,
                control: control, grade: grade, rule: rule, requirement: requirement, found: found, evidence: evidence,
                sources: sources, correction: correction, correctiveAction: action, owner: owner, note: note)
    }

    static func list(_ items: [String]) -> String {
        switch items.count {
        case 0: return ""
        case 1: return items[0]
        case ...6: return items.dropLast().joined(separator: ", ") + " and " + items.last!
        default: return items.prefix(5).joined(separator: ", ") + " and \(items.count - 5) more"
        }
    }

    /// "36 hours", "3.5 days".
    static func hours(_ h: Double) -> String {
        if h >= 48 { let d = h / 24; return d == d.rounded() ? "\(Int(d)) days" : String(format: "%.1f days", d) }
        return h == h.rounded() ? "\(Int(h)) hours" : String(format: "%.1f hours", h)
    }
}

import Foundation
