/// The gap summary as plain data: the one structure every report format renders, and the
/// documented JSON (`docs/report.schema.json`).
public struct GapSummary: Codable, Sendable {
    public struct Organisation: Codable, Sendable {
        public var name, sector, scope: String
        public var personsInScope: Int
        public var auditDate, operatingSince: String
    }
    public struct Score: Codable, Sendable { public var name: String; public var score: Int }
    public struct Duration: Codable, Sendable {
        public var persons: Int
        public var initialAuditorDays, surveillanceAuditorDays, recertificationAuditorDays: Double
        /// Added later: persons after the square-root reduction of identical simple roles.
        public var effectivePersons: Int?
    }
    public struct ReadinessBlock: Codable, Sendable {
        public var verdict: String
        public var overallScore: Int
        public var themes: [Score]
        public var controls: [Score]
        public var findingsByGrade: [String: Int]
        public var findingsByTheme: [String: [String: Int]]
        public var estimatedDuration: Duration
        /// In-scope controls nothing examined: not scored (added later: optional).
        public var notAssessed: [String]?

        /// A stored session not yet through its questions: no verdict and no score.
        public var isIncomplete: Bool { verdict.hasPrefix("incomplete") }
        /// "72/100", or why there is none.
        public var scoreText: String { isIncomplete ? "not scored (incomplete)" : "\(overallScore)/100" }
    }
    public struct CitationBlock: Codable, Sendable { public var kind, reference, detail: String }
    public struct FindingBlock: Codable, Sendable {
        public var id, stage, control, controlTitle, grade, rule, requirement, found: String
        public var evidence: [CitationBlock]
        public var sources: [String]
        public var correction, correctiveAction: String
        public var owner: String?
        public var due: String
        public var note: String?
        public var contributing: [String]
        /// The rules that fired on the same records, one issue (added later: optional).
        public var facets: [FacetBlock]?
        /// For a finding about what someone said: who said it.
        public var person: String?
    }
    public struct FacetBlock: Codable, Sendable { public var rule, grade, found: String }
    public struct ChecklistBlock: Codable, Sendable {
        public var clause, title, status: String
        public var documents, notes: [String]
    }
    public struct InterviewBlock: Codable, Sendable {
        public var question, control, interviewee, asked: String
        public var answer: String?
        public var understood: String?
        public var verdict, explanation: String
        public var followUp: String?
        public var followUpAnswer: String?
    }

    /// One control of the bank with its outcome: lets a report draw the whole catalogue
    /// (the Annex A heat map) from the summary alone, without the bank.
    public struct ControlBlock: Codable, Sendable {
        public var id, title, theme, kind: String
        /// The SoA's decision for an Annex A control; nil for clauses or when the SoA is silent.
        public var applicable: Bool?
        /// Nil when the control is not scored (excluded, not assessed, or a sub-clause).
        public var score: Int?
        public var worstGrade: String?
        public var findings: Int
        /// Added later: `excluded`, `not-assessed` (no evidence source, no answer, no finding),
        /// `conforming`, or the worst grade raised.
        public var status: String?
    }
    /// One evidence source tested at Stage 2: what was sampled and what came of it.
    public struct EvidenceTestBlock: Codable, Sendable {
        public var source, title, control: String
        public var system: String?
        public var periodStart, periodEnd: String
        public var population, sampleSize: Int
        /// The ids drawn, for a sample; empty when every record was tested.
        public var sampled: [String]
        /// Tested record ids that failed an attribute test (the first 100).
        public var sampleFailures: [String]
        public var findings: [String]
        /// `population` (every record tested) or `sample` (added later: optional).
        public var testing: String?
    }

    public var tool: String
    public var organisation: Organisation
    public var bank: String
    public var stages: [Int]
    public var answerSet: String?
    public var interviewed: [String]
    public var readiness: ReadinessBlock
    public var findings: [FindingBlock]
    public var stage1Checklist: [ChecklistBlock]
    public var interviews: [InterviewBlock]
    /// Added after the first release, so optional: older stored summaries still decode.
    public var catalogue: [ControlBlock]?
    public var evidenceTests: [EvidenceTestBlock]?
    /// Coaching for the people interviewed: hedged, recited, thin or partly right answers.
    /// Not findings: kept apart from the organisation's gap summary.
    public var coaching: [FindingBlock]?
    /// Stage 1's decision when Stage 1 ran.
    public var stage1: Stage1Block?
    /// The contents of a certification body's audit report (ISO/IEC 17021-1 9.4.8).
    public var auditReport: AuditReportBlock?
    /// Each nonconformity's lifecycle: suggestions, root cause, owner and due dates.
    public var correctiveActions: [ActionBlock]?
    /// Tracked open actions this run no longer raises: its evidence would close them.
    public var closedByEvidence: [String]?

    /// `tracked`: the scenario's actions in the tracker, if any, whose root causes and
    /// statuses the lifecycle shows.
    public init(run: AuditRun, answerSet: String?, tracked: [TrackedAction] = []) {
        let s = run.scenario, r = run.readiness
        tool = "auditsim"
        organisation = Organisation(name: s.organisation.name, sector: s.organisation.sector, scope: s.organisation.scope,
                                    personsInScope: s.organisation.personsInScope, auditDate: s.organisation.auditDate.description,
                                    operatingSince: s.organisation.operatingSince.description)
        bank = run.bank.id
        stages = run.options.stages.map(\.rawValue).sorted()
        self.answerSet = answerSet
        interviewed = Array(Set(run.turns.filter { $0.answer != nil }.map(\.interviewee))).sorted()
            .map { s.staffMember($0)?.addressed ?? $0 }
        readiness = ReadinessBlock(
            verdict: r.verdict.rawValue, overallScore: r.overall,
            themes: r.themes.map { Score(name: $0.name, score: $0.value) },
            controls: r.controls.map { Score(name: $0.name, score: $0.value) },
            findingsByGrade: Dictionary(uniqueKeysWithValues: Grade.allCases.map { ($0.rawValue, r.countsByGrade[$0] ?? 0) }),
            findingsByTheme: r.countsByTheme.mapValues { Dictionary(uniqueKeysWithValues: $0.map { ($0.key.rawValue, $0.value) }) },
            estimatedDuration: Duration(persons: r.duration.persons, initialAuditorDays: r.duration.initialDays,
                                        surveillanceAuditorDays: r.duration.surveillanceDays,
                                        recertificationAuditorDays: r.duration.recertificationDays,
                                        effectivePersons: r.duration.effectivePersons),
            notAssessed: r.notAssessed)
        let progress = TrackedProgress(
            actions: CorrectiveAction.plan(for: run.findings, lastStage2Day: s.organisation.auditDate, policy: s.policy), tracked: tracked)
        let actions = progress.actions
        let lifecycle = Dictionary(actions.map { ($0.findingID, $0) }, uniquingKeysWith: { a, _ in a })
        let due = lifecycle.mapValues { a in
            "plan by \(a.planDue)" + (a.verificationDue.map { "; verified by \($0)" } ?? "; plan accepted before the certification decision")
        }
        func block(_ f: Finding) -> FindingBlock {
            FindingBlock(id: f.id, stage: f.stage == .documentation ? "stage-1" : "stage-2", control: f.control.rawValue,
                         controlTitle: run.bank.control(f.control)?.title ?? "", grade: f.grade.rawValue, rule: f.rule.rawValue,
                         requirement: f.requirement, found: f.found,
                         evidence: f.evidence.map { CitationBlock(kind: $0.kind.rawValue, reference: $0.reference, detail: $0.detail) },
                         sources: f.sources.map(\.rawValue), correction: lifecycle[f.id]?.suggestedCorrection ?? Suggestion.correction(f.correction),
                         correctiveAction: lifecycle[f.id]?.suggestedCorrectiveAction ?? Suggestion.correctiveAction(f.correctiveAction),
                         owner: f.owner.flatMap { s.staffMember($0)?.addressed } ?? f.owner,
                         due: due[f.id] ?? "not required", note: f.note, contributing: f.contributing.map(\.id),
                         facets: f.facets.count > 1 ? f.facets.map { FacetBlock(rule: $0.rule.rawValue, grade: $0.grade.rawValue, found: $0.found) } : nil,
                         person: f.person.flatMap { s.staffMember($0)?.addressed } ?? f.person)
        }
        findings = run.findings.map(block)
        coaching = run.coaching.map(block)
        stage1Checklist = (run.stage1?.checklist ?? []).map {
            ChecklistBlock(clause: $0.clause.rawValue, title: $0.title, status: $0.status.rawValue, documents: $0.documents, notes: $0.notes)
        }
        interviews = run.turns.filter { $0.answer != nil }.map { t in
            InterviewBlock(question: t.questionID, control: t.control.rawValue, interviewee: s.staffMember(t.interviewee)?.addressed ?? t.interviewee,
                           asked: t.asked, answer: t.answer, understood: t.interpretation?.explanation, verdict: t.judgement.verdict.rawValue,
                           explanation: t.judgement.explanation, followUp: t.followUp?.asked, followUpAnswer: t.followUp?.answer)
        }
        let scores = Dictionary(r.controls.map { ($0.name, $0.value) }, uniquingKeysWith: { a, _ in a })
        let byControl = Dictionary(grouping: run.findings, by: \.control)
        catalogue = run.bank.controls.map { c in
            let raised = byControl[c.id] ?? []
            let status = GapSummary.controlStatus(c, run: run, worst: raised.map(\.grade).min())
            return ControlBlock(id: c.id.rawValue, title: c.title, theme: c.theme, kind: c.kind.rawValue,
                                applicable: c.kind == .control ? s.soaEntry(c.id)?.applicable : nil,
                                score: status == "not-assessed" ? nil : scores[c.id.rawValue], worstGrade: raised.map(\.grade).min()?.rawValue,
                                findings: raised.count, status: status)
        }
        stage1 = run.stage1.map { GapSummary.stage1Block($0, findings: run.findings, bank: run.bank) }
        auditReport = GapSummary.auditReport(run)
        correctiveActions = GapSummary.actionBlocks(actions, scenario: s)
        closedByEvidence = tracked.isEmpty ? nil : progress.closedByRun
        evidenceTests = run.evidence.map { e in
            EvidenceTestBlock(source: e.facts.source.id, title: e.facts.source.title, control: e.control.rawValue,
                              system: e.facts.source.system, periodStart: e.facts.period.start.description,
                              periodEnd: e.facts.period.end.description, population: e.facts.population.count, sampleSize: e.facts.source.testing == .population ? e.facts.testedCount : e.sample.count + e.extendedSample.count,
                              sampled: e.facts.source.testing == .sample ? (e.sample + e.extendedSample).map(\.id) : [],
                              sampleFailures: Array(e.sampleFailures.keys.sorted().prefix(100)), findings: e.findings.map(\.id),
                              testing: e.facts.source.testing.rawValue)
        }
    }

    /// Stable, diffable JSON: keys sorted, pretty printed.
    public func json() throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.keyEncodingStrategy = .convertToSnakeCase
        return String(decoding: try encoder.encode(self), as: UTF8.self)
    }
}

import Foundation
