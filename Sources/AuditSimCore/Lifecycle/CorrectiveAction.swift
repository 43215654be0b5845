/// A nonconformity's way to closure, derived from a finding: the auditor's suggested
/// correction and corrective action (suggestions: a certification auditor does not prescribe
/// solutions), the root cause the organisation must find, the owner, and the deadlines of the
/// certification body's rules (`AuditPolicy`). Observations and opportunities for
/// improvement have no lifecycle: nothing has to be corrected.
public struct CorrectiveAction: Sendable, Hashable {
    public var findingID: String
    public var grade: Grade
    public var control: ControlID
    /// What was found, as the finding says it.
    public var found: String
    /// "Consider: …": a correction the organisation may choose.
    public var suggestedCorrection: String
    /// "The organisation may, for example, …": a corrective action it may choose.
    public var suggestedCorrectiveAction: String
    /// The organisation's analysis of why it happened; empty until it is recorded.
    public var rootCause: String?
    /// The staff id who owns the fix.
    public var owner: String?
    /// Correction, root cause and corrective-action plan sent to the certification body by.
    public var planDue: Day
    /// Majors: corrected and verified by (else Stage 2 is repeated). Nil for minors.
    public var verificationDue: Day?
    /// What the certification decision waits for.
    public var beforeDecision: Requirement
    public var status: ActionStatus

    public enum Requirement: String, Sendable, Codable {
        /// Minors: the plan accepted by the certification body before it decides.
        case planAccepted = "plan-accepted"
        /// Majors: implementation verified by the certification body before it decides.
        case implementationVerified = "implementation-verified"
    }

    /// The lifecycle of every nonconformity among `findings`, due dates counted from the
    /// last day of Stage 2 (`lastStage2Day`; a rehearsal uses its audit date).
    public static func plan(for findings: [Finding], lastStage2Day: Day, policy: AuditPolicy) -> [CorrectiveAction] {
        findings.filter(\.grade.isNonconformity).map { f in
            let major = f.grade == .major
            return CorrectiveAction(
                findingID: f.id, grade: f.grade, control: f.control, found: f.found,
                suggestedCorrection: Suggestion.correction(f.correction),
                suggestedCorrectiveAction: Suggestion.correctiveAction(f.correctiveAction),
                rootCause: nil, owner: f.owner, planDue: lastStage2Day.adding(days: policy.planDueDays),
                verificationDue: major ? lastStage2Day.adding(months: policy.majorVerificationMonths) : nil,
                beforeDecision: major ? .implementationVerified : .planAccepted, status: .open)
        }
    }
}

/// Where a corrective action stands, in the order it moves.
public enum ActionStatus: String, Sendable, CaseIterable, Codable, Comparable {
    case open
    case planAccepted = "plan-accepted"
    case implemented
    case verified
    case closed

    public static func < (a: ActionStatus, b: ActionStatus) -> Bool {
        allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
    }

    /// An action moves forward only (it may skip a step, such as a minor closed on an
    /// accepted plan); a step back is a new nonconformity, not an edit.
    public func canMove(to next: ActionStatus) -> Bool { next > self }

    /// Done as far as the certification body is concerned.
    public var isResolved: Bool { self >= .verified }

    public var title: String {
        switch self {
        case .open: "Open"
        case .planAccepted: "Plan accepted"
        case .implemented: "Implemented"
        case .verified: "Verified"
        case .closed: "Closed"
        }
    }
}

/// Rewords an auditor's correction as a suggestion. Impartiality (ISO/IEC 17021-1) forbids
/// the auditor to prescribe the fix; the organisation chooses its own.
public enum Suggestion {
    public static func correction(_ text: String) -> String {
        reword(text, prefix: "Consider: ")
    }

    public static func correctiveAction(_ text: String) -> String {
        reword(text, prefix: "The organisation may, for example, ")
    }

    static func reword(_ text: String, prefix: String) -> String {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmed.isEmpty else { return "" }
        if trimmed.hasPrefix("Consider") || trimmed.hasPrefix("The organisation may") { return trimmed }
        // "None required." suggests nothing: leave it as it is.
        if trimmed.lowercased().hasPrefix("none") { return trimmed }
        return prefix + lowercasedFirstWord(trimmed)
    }

    /// "Write the …" → "write the …"; "SoA …" and "ISMS …" keep their capitals.
    static func lowercasedFirstWord(_ text: String) -> String {
        let chars = Array(text)
        let word = chars.prefix { $0.isLetter }
        guard word.count > 1, chars[0].isUppercase, word.dropFirst().allSatisfy(\.isLowercase) else { return text }
        return chars[0].lowercased() + String(chars.dropFirst())
    }
}
