/// The thresholds an audit applies. Every value is a default a lead can override under
/// `policy:` in a scenario (see docs/audit-rules.md).
public struct AuditPolicy: Sendable, Hashable {
    public var minimumOperatingDays = 90
    public var minorDeadlineDays = 90
    /// Below this share of expected occurrences, the control did not operate in most of the
    /// period: a major (JUDGEMENT.md §2, "a breakdown across most of the population").
    public var lowCoverageRatio = 0.5
    /// Above this share of tested records failing, the failures are a breakdown: a major.
    public var sampleFailureMajorRatio = 0.5
    /// Above this share of one tier's items late (critical fixes), lateness is a major.
    public var majorLateRatio = 0.5
    /// One late item among enough on time, closed within this fraction over its limit, is an
    /// isolated slip: an observation, not a minor.
    public var isolatedLateMargin = 0.5
    /// Below this share of the population complete, completion is a major.
    public var majorCompletionRatio = 0.5
    /// Fewer records tested than this are not yet a rate: at most a minor.
    public var minimumRateSample = 5
    /// A failure in a planned sample extends it to this multiple of its size.
    public var sampleExtensionFactor = 2
    /// Distinct nonconformities against one control or clause that together make a
    /// systemic major.
    public var systemicMinorCount = 3
    /// Owners who cannot describe their controls that make a pattern against awareness
    /// (7.3): at least this many people …
    public var awarenessPatternCount = 3
    /// … and at least this share of the people interviewed.
    public var awarenessPatternRatio = 0.34
    /// Percent of a population that must have completed (training).
    public var completionTarget = 95.0
    public var sampleSizes: [Frequency.Label: Int] = [
        .annual: 1, .semiannual: 2, .quarterly: 2, .bimonthly: 2, .monthly: 3,
        .fortnightly: 5, .weekly: 10, .daily: 25, .continuous: 40, .adHoc: 25, .everyNDays: 10,
    ]
    public var seed: UInt64 = 2022
    /// Certification-body rules for the nonconformity lifecycle and the cycle (common
    /// practice, not the standard): a correction, root cause and corrective-action plan
    /// within this many days of the last day of Stage 2 …
    public var planDueDays = 30
    /// … majors corrected and verified within this many months of it, or Stage 2 is repeated …
    public var majorVerificationMonths = 6
    /// … and the certification decision assumed this many days after it, to project the cycle.
    public var certificationDecisionDays = 60
    /// Surveillance audits at most this many months apart, the first after the decision.
    public var surveillanceIntervalMonths = 12

    public init() {}

    /// The planned sample for a source documented at `frequency`, never above the population.
    public func sampleSize(for frequency: Frequency?, population: Int) -> Int {
        let planned = sampleSizes[frequency?.label ?? .adHoc] ?? sampleSizes[.adHoc] ?? 25
        return min(planned, population)
    }

    /// The override keys a scenario may use, for validation messages.
    public static let keys = [
        "minimum-operating-days", "minor-deadline-days", "low-coverage-ratio",
        "sample-failure-major-ratio", "major-late-ratio", "isolated-late-margin", "major-completion-ratio", "minimum-rate-sample",
        "sample-extension-factor", "systemic-minor-count", "awareness-pattern-count", "awareness-pattern-ratio",
        "completion-target", "sample-sizes", "seed",
        "plan-due-days", "major-verification-months", "certification-decision-days", "surveillance-interval-months",
    ]
}
