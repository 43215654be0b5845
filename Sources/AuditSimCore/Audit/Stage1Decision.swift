/// What Stage 1 concludes (ISO/IEC 17021-1 9.3.1.2): whether Stage 2 can go ahead, why not
/// yet, and the areas of concern that could become nonconformities at Stage 2.
///
/// An ISMS too young to audit (too short an operating period, no internal audit, no
/// management review yet) is one decision with its reasons, never three nonconformities.
/// The decision holds typed reasons and dates only; reports put them into words.
public struct Stage1Decision: Sendable, Hashable {
    public enum Outcome: String, Sendable, Codable {
        case proceed
        case notYet = "not-yet"
    }

    /// Where a reason comes from: a clause of the standard, or certification-body practice.
    public enum Basis: String, Sendable, Codable {
        case standard
        case certificationBodyPractice = "certification-body-practice"
    }

    /// One reason Stage 2 cannot go ahead yet.
    public enum Reason: Sendable, Hashable {
        /// The ISMS has run `days` of the `minimum` a certification body commonly wants; the
        /// minimum is reached on `reachedOn`. Certification-body practice, not a clause.
        case operatingPeriodShort(days: Int, minimum: Int, reachedOn: Day)
        /// No internal audit inside the operating period; `planned` when one is booked.
        case noInternalAudit(planned: Day?)
        /// No management review inside the operating period; `planned` when one is booked.
        case noManagementReview(planned: Day?)
        /// A Stage 1 major (a missing mandatory element) must be in place before Stage 2.
        case stage1Major(findingID: String, clause: ControlID)

        public var key: String {
            switch self {
            case .operatingPeriodShort: "operating-period-short"
            case .noInternalAudit: "no-internal-audit"
            case .noManagementReview: "no-management-review"
            case .stage1Major: "stage1-major"
            }
        }

        public var clause: ControlID {
            switch self {
            case .operatingPeriodShort: "4.4"
            case .noInternalAudit: "9.2"
            case .noManagementReview: "9.3"
            case let .stage1Major(_, clause): clause
            }
        }

        public var basis: Basis {
            if case .operatingPeriodShort = self { return .certificationBodyPractice }
            return .standard
        }

        /// The day after which this reason no longer holds; nil when nothing is planned.
        var clearsAfter: Day? {
            switch self {
            case let .operatingPeriodShort(_, _, reachedOn): reachedOn.adding(days: -1)
            case let .noInternalAudit(planned), let .noManagementReview(planned): planned
            case .stage1Major: nil
            }
        }
    }

    public var outcome: Outcome
    public var reasons: [Reason]
    /// Ids of the Stage 1 findings: what could become nonconformities at Stage 2.
    public var areasOfConcern: [String]
    /// The earliest day Stage 2 could start: after the planned internal audit and management
    /// review and the minimum operating period. Nil when proceeding, or when a reason has
    /// no date (nothing planned, or a missing document to write first).
    public var earliestStage2: Day?

    public init(outcome: Outcome, reasons: [Reason], areasOfConcern: [String], earliestStage2: Day?) {
        self.outcome = outcome
        self.reasons = reasons
        self.areasOfConcern = areasOfConcern
        self.earliestStage2 = earliestStage2
    }

    /// Decides from the reasons found: any reason means not yet; the earliest Stage 2 day is
    /// the day after the last reason clears, when every reason has a date.
    static func decide(reasons: [Reason], concerns: [String], auditDate: Day) -> Stage1Decision {
        guard !reasons.isEmpty else {
            return Stage1Decision(outcome: .proceed, reasons: [], areasOfConcern: concerns, earliestStage2: nil)
        }
        let clears = reasons.map(\.clearsAfter)
        let earliest = clears.contains(nil) ? nil : clears.compactMap { $0 }.max().map { max($0.adding(days: 1), auditDate) }
        return Stage1Decision(outcome: .notYet, reasons: reasons, areasOfConcern: concerns, earliestStage2: earliest)
    }
}

/// The facts behind the decision: the maturity gates a certification body checks before it
/// commits auditors to Stage 2.
extension Stage1Desk {
    /// Fact keys, on any document, for the booked date of the next internal audit or
    /// management review (`internal-audit-planned: 2026-12-11`, the last day if it spans several).
    static let plannedAuditKey = "internal-audit-planned"
    static let plannedReviewKey = "management-review-planned"

    func decision(findings: [Finding]) -> Stage1Decision {
        var reasons: [Stage1Decision.Reason] = []
        let start = scenario.organisation.operatingSince
        let days = start.days(until: auditDate), minimum = scenario.policy.minimumOperatingDays
        if days < minimum {
            reasons.append(.operatingPeriodShort(days: days, minimum: minimum, reachedOn: start.adding(days: minimum)))
        }
        if latestPerformed(.internalAuditReport) == nil {
            reasons.append(.noInternalAudit(planned: planned(.internalAuditReport, key: Self.plannedAuditKey)))
        }
        if latestPerformed(.managementReview) == nil {
            reasons.append(.noManagementReview(planned: planned(.managementReview, key: Self.plannedReviewKey)))
        }
        for f in findings where f.grade == .major {
            reasons.append(.stage1Major(findingID: f.id, clause: f.control))
        }
        return Stage1Decision.decide(reasons: reasons, concerns: findings.map(\.id), auditDate: auditDate)
    }

    /// The booked date of the next audit or review: a declared fact, or a report or review
    /// dated after the audit date; the latest of them when several say so.
    func planned(_ kind: DocumentKind, key: String) -> Day? {
        let declared = scenario.documents.compactMap { $0.facts[key].flatMap { Day(iso: $0) } }
        let dated = scenario.documents(of: kind).compactMap(\.performedOn).filter { $0 > auditDate }
        return (declared + dated).filter { $0 >= auditDate }.max()
    }
}
