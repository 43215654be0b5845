/// The three-year certification cycle projected from the last day of Stage 2: the
/// certification decision, surveillance audits in years one and two (the first within 12
/// months of the decision), and recertification before the certificate expires.
public struct CertificationCycle: Sendable, Hashable {
    /// The day Stage 2 ends (the rehearsal's audit date, or the earliest Stage 2 when Stage 1
    /// says not yet).
    public var lastStage2Day: Day
    /// Assumed `certification-decision-days` after Stage 2.
    public var decision: Day
    public var surveillance1Due: Day
    public var surveillance2Due: Day
    /// The certificate's expiry, three years after the decision.
    public var expiry: Day
    /// Recertification audit and decision must be complete before the expiry.
    public var recertificationDue: Day

    public init(lastStage2Day: Day, policy: AuditPolicy) {
        self.lastStage2Day = lastStage2Day
        decision = lastStage2Day.adding(days: policy.certificationDecisionDays)
        surveillance1Due = decision.adding(months: policy.surveillanceIntervalMonths)
        surveillance2Due = surveillance1Due.adding(months: policy.surveillanceIntervalMonths)
        expiry = decision.adding(months: 36)
        recertificationDue = expiry.adding(days: -1)
    }
}
