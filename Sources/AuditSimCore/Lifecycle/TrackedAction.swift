/// A corrective action as the tracker holds it: the nonconformity it answers, what the
/// organisation has recorded against it, and where it stands.
public struct TrackedAction: Sendable, Hashable {
    public var id: Int64
    public var scenario: String
    public var findingID: String
    public var grade: Grade
    public var control: ControlID
    public var controlTitle: String
    public var found: String
    public var suggestedCorrection: String
    public var suggestedCorrectiveAction: String
    public var owner: String?
    public var rootCause: String?
    public var plan: String?
    public var status: ActionStatus
    /// When the status last changed.
    public var statusOn: Day
    public var planDue: Day
    public var verificationDue: Day?
    public var importedOn: Day

    /// Overdue on `day`: no accepted plan by its due date, or a major not verified by its
    /// verification date.
    public func isOverdue(on day: Day) -> Bool {
        if status == .open && planDue < day { return true }
        if let due = verificationDue, status < .verified, due < day { return true }
        return false
    }
}

/// One dated entry of an action's log: import, root cause, plan, evidence note, status.
public struct ActionEvent: Sendable, Hashable {
    public var on: Day
    public var kind: String
    public var text: String
}

/// What to record against an action; nil fields are left as they are.
public struct ActionUpdate: Sendable, Hashable {
    public var rootCause: String?
    public var plan: String?
    public var evidence: String?
    public var status: ActionStatus?

    public init(rootCause: String? = nil, plan: String? = nil, evidence: String? = nil, status: ActionStatus? = nil) {
        self.rootCause = rootCause
        self.plan = plan
        self.evidence = evidence
        self.status = status
    }

    var isEmpty: Bool { rootCause == nil && plan == nil && evidence == nil && status == nil }
}

/// Which actions to list.
public struct ActionFilter: Sendable, Hashable {
    public var scenario: String?
    public var status: ActionStatus?
    public var grade: Grade?
    /// A staff id or any part of the owner's id.
    public var owner: String?
    /// Only actions overdue on this day.
    public var overdueOn: Day?

    public init(scenario: String? = nil, status: ActionStatus? = nil, grade: Grade? = nil, owner: String? = nil, overdueOn: Day? = nil) {
        self.scenario = scenario
        self.status = status
        self.grade = grade
        self.owner = owner
        self.overdueOn = overdueOn
    }

    public func matches(_ a: TrackedAction) -> Bool {
        if let scenario, a.scenario != scenario { return false }
        if let status, a.status != status { return false }
        if let grade, a.grade != grade { return false }
        if let owner, !(a.owner ?? "").localizedCaseInsensitiveContains(owner) { return false }
        if let overdueOn, !a.isOverdue(on: overdueOn) { return false }
        return true
    }
}
