/// What a certification body's audit report states (ISO/IEC 17021-1 9.4.8), the Stage 1
/// decision, and each nonconformity's lifecycle: the blocks of the gap summary added for
/// them. Optional in the summary, so older stored summaries still decode.
extension GapSummary {
    public struct Stage1Block: Codable, Sendable {
        public struct Reason: Codable, Sendable {
            public var key, clause, basis, text: String
        }
        public struct Concern: Codable, Sendable {
            public var finding, clause, grade, concern: String
        }
        /// Exactly `proceed` or `not-yet`.
        public var decision: String
        public var reasons: [Reason]
        public var areasOfConcern: [Concern]
        /// ISO date, or nil when proceeding or when no date can be given yet (written as null).
        public var earliestStage2: String?

        enum CodingKeys: String, CodingKey { case decision, reasons, areasOfConcern, earliestStage2 }

        public func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(decision, forKey: .decision)
            try c.encode(reasons, forKey: .reasons)
            try c.encode(areasOfConcern, forKey: .areasOfConcern)
            try c.encode(earliestStage2, forKey: .earliestStage2)
        }
    }

    public struct CycleBlock: Codable, Sendable {
        public var lastStage2Day, certificationDecision, surveillance1Due, surveillance2Due, expiry, recertificationDue: String
    }

    public struct RecommendationBlock: Codable, Sendable {
        /// `recommend`, `recommend-after-acceptance`, `recommend-after-verification` or `do-not-recommend-yet`.
        public var decision: String
        public var statement: String
    }

    /// The contents of ISO/IEC 17021-1 9.4.8, for a simulated audit.
    public struct AuditReportBlock: Codable, Sendable {
        public var auditType: String
        public var criteria: [String]
        public var objectives: [String]
        public var scope: String
        public var sites: [String]
        public var dates: String
        public var team: [String]
        public var samplingBasis: String
        public var effectiveness: String
        public var soaVersion: String
        public var unresolvedIssues: [String]
        public var recommendation: RecommendationBlock
        public var cycle: CycleBlock?
        public var durationNote: String
    }

    public struct ActionBlock: Codable, Sendable {
        public var finding, grade, control, suggestedCorrection, suggestedCorrectiveAction: String
        /// For the organisation to complete; empty until it does.
        public var rootCause: String
        public var owner: String?
        public var planDue: String
        public var verificationDue: String?
        public var beforeDecision, status: String
    }

    static func stage1Block(_ review: Stage1Review, findings: [Finding], bank: QuestionBank) -> Stage1Block {
        let d = review.decision
        // A Stage 1 minor absorbed into a systemic major is still named by its own words.
        let byID = Dictionary((review.findings + findings).map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        let concerns = d.areasOfConcern.compactMap { byID[$0] }.map { f in
            Stage1Block.Concern(finding: f.id, clause: f.control.rawValue, grade: f.grade.rawValue, concern: f.found)
        }
        return Stage1Block(
            decision: d.outcome.rawValue,
            reasons: d.reasons.map {
                Stage1Block.Reason(key: $0.key, clause: $0.clause.rawValue, basis: $0.basis.rawValue, text: Stage1Wording.reason($0))
            },
            areasOfConcern: concerns, earliestStage2: d.earliestStage2?.description)
    }

    static func actionBlocks(_ actions: [CorrectiveAction], scenario: Scenario) -> [ActionBlock] {
        actions.map { a in
            ActionBlock(finding: a.findingID, grade: a.grade.rawValue, control: a.control.rawValue,
                        suggestedCorrection: a.suggestedCorrection, suggestedCorrectiveAction: a.suggestedCorrectiveAction,
                        rootCause: a.rootCause ?? "", owner: a.owner.flatMap { scenario.staffMember($0)?.addressed } ?? a.owner,
                        planDue: a.planDue.description, verificationDue: a.verificationDue?.description,
                        beforeDecision: a.beforeDecision.rawValue, status: a.status.rawValue)
        }
    }

    /// The day Stage 2 ends for the lifecycle and the cycle: the rehearsal's audit date, or
    /// the earliest Stage 2 when Stage 1 says not yet (nil when that has no date).
    static func projectedStage2(_ run: AuditRun) -> Day? {
        guard let d = run.stage1?.decision, d.outcome == .notYet else { return run.scenario.organisation.auditDate }
        return d.earliestStage2
    }

    static func auditReport(_ run: AuditRun) -> AuditReportBlock {
        let s = run.scenario, o = s.organisation, stages = run.options.stages
        let soa = s.documents(of: .soaRecord).first
        let cycle = projectedStage2(run).map { CertificationCycle(lastStage2Day: $0, policy: s.policy) }
        return AuditReportBlock(
            auditType: AuditReportWording.auditType(stages),
            criteria: ["ISO/IEC 27001:2022 with Amendment 1:2024",
                       "The organisation's ISMS documentation (\(s.documents.count) documents) and Statement of Applicability",
                       "Certification-body rules after ISO/IEC 17021-1:2015 and ISO/IEC 27006-1:2024 (audit time, grading, deadlines)"],
            objectives: AuditReportWording.objectives(stages),
            scope: o.scope,
            sites: o.sites.isEmpty ? ["Not declared (one site assumed)"] : o.sites,
            dates: AuditReportWording.dates(run),
            team: ["auditsim, lead auditor (simulated)", "No technical expert or observer (a rehearsal)"],
            samplingBasis: AuditReportWording.samplingBasis(run),
            effectiveness: AuditReportWording.effectiveness(run),
            soaVersion: soa.map { doc in
                "\(doc.title) version \(doc.version)" + (doc.approvedOn.map { ", approved \($0)" } ?? "")
                    + " (\(s.soa.count) entries, \(s.soa.filter { !$0.applicable }.count) excluded)"
            } ?? "No Statement of Applicability document is listed",
            unresolvedIssues: AuditReportWording.unresolved(run),
            recommendation: AuditReportWording.recommendation(run),
            cycle: cycle.map {
                CycleBlock(lastStage2Day: $0.lastStage2Day.description, certificationDecision: $0.decision.description,
                           surveillance1Due: $0.surveillance1Due.description, surveillance2Due: $0.surveillance2Due.description,
                           expiry: $0.expiry.description, recertificationDue: $0.recertificationDue.description)
            },
            durationNote: AuditReportWording.duration(run.readiness.duration))
    }

    /// A control's status in the report: excluded, not assessed (no evidence source, no
    /// answer and no finding), conforming, or its worst grade.
    static func controlStatus(_ c: Control, run: AuditRun, worst: Grade?) -> String {
        if let worst { return worst.rawValue }
        if c.kind == .control, run.scenario.soaEntry(c.id)?.applicable == false { return "excluded" }
        if c.kind == .requirement, run.options.stages.contains(.documentation),
           Stage1Checklist.entries.contains(where: { $0.clause == c.id }) { return "conforming" }
        let tested = run.evidence.contains { $0.control == c.id || $0.facts.source.controls.contains(c.id) }
        let answered = run.turns.contains { $0.control == c.id && $0.answer != nil }
        return tested || answered ? "conforming" : "not-assessed"
    }
}
