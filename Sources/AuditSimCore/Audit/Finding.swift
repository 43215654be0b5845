/// What an auditor writes up: a requirement, what was found against it, the evidence, and
/// what should be done. Findings are values; the same inputs always give the same ones.
public struct Finding: Sendable, Hashable {
    /// Stable across runs of the same inputs: derived from rule, control and subject.
    public var id: String
    public var stage: Stage
    public var control: ControlID
    public var grade: Grade
    public var rule: FindingRule
    /// The requirement, in our words.
    public var requirement: String
    /// What was found.
    public var found: String
    public var evidence: [Citation]
    /// Which of the three sources disagree (or which one is missing).
    public var sources: [SourceKind]
    public var correction: String
    public var correctiveAction: String
    /// The staff id who owns the fix.
    public var owner: String?
    /// Extra context: e.g. the chance an auditor's sample would have caught a failure.
    public var note: String?
    /// For a systemic major: the distinct nonconformities it was raised from.
    public var contributing: [Finding]
    /// What each rule that fired on the same records found: one issue, several facets.
    public var facets: [Facet]
    /// For a finding about what someone said: the staff id of the person.
    public var person: String?
    /// For a finding about what someone said: the evidence source the answer was held
    /// against, so it joins only a nonconformity those records show.
    public var heldAgainst: String?

    public init(
        id: String, stage: Stage, control: ControlID, grade: Grade, rule: FindingRule, requirement: String,
        found: String, evidence: [Citation] = [], sources: [SourceKind] = [], correction: String,
        correctiveAction: String, owner: String? = nil, note: String? = nil, contributing: [Finding] = [],
        facets: [Facet] = [], person: String? = nil, heldAgainst: String? = nil
    ) {
        self.heldAgainst = heldAgainst
        self.facets = facets
        self.person = person
        self.id = id
        self.stage = stage
        self.control = control
        self.grade = grade
        self.rule = rule
        self.requirement = requirement
        self.found = found
        self.evidence = evidence
        self.sources = sources
        self.correction = correction
        self.correctiveAction = correctiveAction
        self.owner = owner
        self.note = note
        self.contributing = contributing
    }

    /// Builds the stable id: `S2-A.8.13-missed-period-backups`.
    public static func makeID(stage: Stage, control: ControlID, rule: FindingRule, subject: String? = nil) -> String {
        var id = "S\(stage.rawValue)-\(control.rawValue)-\(rule.rawValue)"
        if let subject, !subject.isEmpty { id += "-\(subject)" }
        return id
    }
}

/// The three versions of a control an auditor compares.
public enum SourceKind: String, Sendable, CaseIterable, Codable {
    case documented, recorded, said
}

/// A piece of evidence a finding cites.
public struct Citation: Sendable, Hashable {
    public enum Kind: String, Sendable, Codable { case document, record, answer, soa, period }

    public var kind: Kind
    /// A document id, a record id (CHG-1042), a question id, a control, or a period.
    public var reference: String
    /// A date, a value, the answer's words.
    public var detail: String

    public init(kind: Kind, reference: String, detail: String = "") {
        self.kind = kind
        self.reference = reference
        self.detail = detail
    }
}

/// Every rule that raises a finding (see docs/audit-rules.md).
public enum FindingRule: String, Sendable, CaseIterable, Codable {
    // Stage 1
    case missingDocument = "missing-document"
    case policyNotApproved = "policy-not-approved"
    case documentUnapproved = "document-unapproved"
    case documentOverdue = "document-overdue"
    case scopeIncomplete = "scope-incomplete"
    case soaIncomplete = "soa-incomplete"
    case soaUnjustified = "soa-unjustified"
    case soaTreatmentMismatch = "soa-treatment-mismatch"
    case objectivesNotMeasurable = "objectives-not-measurable"
    case climateChangeMissing = "climate-change-missing"
    case reviewInputsMissing = "review-inputs-missing"
    case noInternalAudit = "no-internal-audit"
    case noManagementReview = "no-management-review"
    case reviewBeforeAudit = "review-before-audit"
    case auditorOwnWork = "auditor-own-work"
    case operatingPeriodShort = "operating-period-short"
    case riskCriteriaMissing = "risk-criteria-missing"
    case treatmentPlanNotAccepted = "treatment-plan-not-accepted"
    // Stage 2: evidence
    case paperControl = "paper-control"
    case lowCoverage = "low-coverage"
    case missedPeriod = "missed-period"
    case frequencyDrift = "frequency-drift"
    case sampleFailure = "sample-failure"
    case populationFailures = "population-failures"
    case lateItems = "late-items"
    case incompletePopulation = "incomplete-population"
    // Interviews
    case answerContradicts = "answer-contradicts"
    case cannotDescribe = "cannot-describe"
    case hedgedAnswer = "hedged-answer"
    case recitedAnswer = "recited-answer"
    /// An answer the engine could not read, or that stayed open to two readings: never
    /// graded as read (JUDGEMENT.md §3), so coaching to answer plainly, not a finding.
    case unclearAnswer = "unclear-answer"
    case improvement
    /// A free-text answer that covers too few of the points an auditor listens for: coaching.
    case thinAnswer = "thin-answer"
    /// Several owners unable to describe their controls: a pattern against awareness (7.3).
    case awarenessPattern = "awareness-pattern"
    /// An event log with nothing in the period: is the log complete?
    case emptyEventLog = "empty-event-log"
    // Escalation
    case systemic
}

/// One rule's result about an issue: a fact with its records and the grade it alone would
/// carry. A finding gathers the facets about the same records (late, missed, drifted).
public struct Facet: Sendable, Hashable {
    public var rule: FindingRule
    /// The grade this facet alone would carry, in proportion to what it shows.
    public var grade: Grade
    /// What was found, in a sentence.
    public var found: String
    public var evidence: [Citation]

    public init(rule: FindingRule, grade: Grade, found: String, evidence: [Citation] = []) {
        self.rule = rule
        self.grade = grade
        self.found = found
        self.evidence = evidence
    }
}
