/// A yes/no answer; auditors care about "partly" as much as about yes or no, because a
/// control that is applied "mostly" is a nonconformity waiting to be found.
public enum YesNo: String, Sendable, Hashable, CaseIterable {
    case yes, no, partly
}

/// Which of a question's talking points a free-text answer covered, in the question's order,
/// so the rehearsal can tell the control owner what they forgot to mention.
public struct TalkingPointCoverage: Sendable, Hashable {
    /// Two coverages are the same when they cover the same points; which words were heard
    /// is explanation.
    public static func == (a: Self, b: Self) -> Bool { a.covered == b.covered && a.missed == b.missed }
    public func hash(into hasher: inout Hasher) {
        hasher.combine(covered)
        hasher.combine(missed)
    }

    public var covered: [String]
    public var missed: [String]
    /// For each covered point, the words of the answer that were heard as it.
    public var matched: [String: [String]]

    public init(covered: [String], missed: [String], matched: [String: [String]] = [:]) {
        self.covered = covered
        self.missed = missed
        self.matched = matched
    }
}

/// The typed value understood from an answer; one case per `AnswerKind` family.
public enum AnswerValue: Sendable, Hashable {
    case frequency(Frequency)
    case date(DayRange)
    case yesNo(YesNo)
    /// Hours, so an answer can be compared with a policy's time limit directly.
    case duration(hours: Double)
    /// For `.percent` questions the number is the percentage (95, not 0.95).
    case number(Double)
    case person(StaffRef)
    /// One of the question's options, spelled as the question spells it.
    case choice(String)
    case freeText(TalkingPointCoverage)
}
