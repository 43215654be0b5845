/// A framework's catalogue and the questions an auditor asks about it.
public struct QuestionBank: Sendable, Equatable {
    /// Groups of words that mean the same when judging talking points (`synonyms:` in bank.yaml).
    public var synonyms: [[String]] = []
    public var id: String
    public var title: String
    public var framework: String
    public var controls: [Control]
    public var questions: [Question]

    public init(id: String, title: String, framework: String, controls: [Control], questions: [Question]) {
        self.id = id
        self.title = title
        self.framework = framework
        self.controls = controls
        self.questions = questions
    }

    public func control(_ id: ControlID) -> Control? { controls.first { $0.id == id } }

    /// The entries a Statement of Applicability must address.
    public var soaControls: [Control] { controls.filter { $0.kind == .control } }

    public func questions(for control: ControlID) -> [Question] {
        questions.filter { $0.control == control }
    }
}

public enum Stage: Int, Sendable, CaseIterable, Codable {
    case documentation = 1
    case operational = 2
}

/// Who the auditor addresses a question to.
public enum Audience: String, Sendable, CaseIterable {
    case controlOwner = "control-owner"
    case ismsManager = "isms-manager"
    case topManagement = "top-management"
    case anyStaff = "any-staff"
}

public struct Question: Sendable, Identifiable, Equatable {
    public var id: String
    public var control: ControlID
    public var stage: Stage
    public var audience: Audience
    /// May hold placeholders such as `{organisation}` or `{system}`.
    public var text: String
    public var answer: AnswerKind
    public var options: [String]
    public var compare: Benchmark?
    public var talkingPoints: [TalkingPoint]
    public var looksFor: String
    public var followUps: [FollowUp]
    /// Words that narrow a counted fact to the records whose text says one of them ("lost",
    /// "stolen"): where the records can answer "were any devices lost?", they do.
    public var matching: [String] = []

    public init(
        id: String, control: ControlID, stage: Stage, audience: Audience, text: String,
        answer: AnswerKind, options: [String] = [], compare: Benchmark? = nil,
        talkingPoints: [TalkingPoint] = [], looksFor: String,
        followUps: [FollowUp] = []
    ) {
        self.id = id
        self.control = control
        self.stage = stage
        self.audience = audience
        self.text = text
        self.answer = answer
        self.options = options
        self.compare = compare
        self.talkingPoints = talkingPoints
        self.looksFor = looksFor
        self.followUps = followUps
    }
}

/// When a follow-up question is asked.
public enum FollowUpTrigger: String, Sendable, CaseIterable {
    case contradiction
    case unsure
    case any
}

public struct FollowUp: Sendable, Equatable {
    public var on: FollowUpTrigger
    public var text: String
    public var answer: AnswerKind
    public var talkingPoints: [TalkingPoint]

    public init(on: FollowUpTrigger, text: String, answer: AnswerKind, talkingPoints: [TalkingPoint] = []) {
        self.on = on
        self.text = text
        self.answer = answer
        self.talkingPoints = talkingPoints
    }
}

/// What an answer is held against: one of the three sources other than what was said.
public enum Benchmark: Sendable, Hashable {
    /// A fact derived from the evidence source of `kind` bound to the question's control
    /// (nil: the first source bound to it).
    case evidence(kind: String?, fact: EvidenceFactKind, tolerance: Tolerance)
    /// A fact a document declares under `facts:`.
    case declared(key: String, tolerance: Tolerance)
    /// A field of the scenario's document of a kind.
    case document(kind: DocumentKind, field: DocumentField, tolerance: Tolerance)

    public var tolerance: Tolerance {
        switch self {
        case let .evidence(_, _, t), let .declared(_, t), let .document(_, _, t): t
        }
    }
}

/// How far an answer may be from the benchmark and still count as consistent.
public struct Tolerance: Sendable, Hashable {
    /// Rungs of the frequency ladder that still count as partly consistent.
    public var steps: Int
    /// Days a stated date may be off; nil: within the same documented period.
    public var days: Int?
    /// Relative tolerance for durations and numbers, in percent.
    public var percent: Double

    public init(steps: Int = 1, days: Int? = nil, percent: Double = 10) {
        self.steps = steps
        self.days = days
        self.percent = percent
    }
}

public enum EvidenceFactKind: String, Sendable, CaseIterable {
    case count, first, last, cadence, coverage
    case approvalRate = "approval-rate"
    case actor, approver, timeliness
    case onTimeRate = "on-time-rate"
    case completion
    case testPassRate = "test-pass-rate"
}

public enum DocumentField: String, Sendable, CaseIterable {
    case approvedBy = "approved-by"
    case approvedOn = "approved-on"
    case nextReview = "next-review"
    case performedOn = "performed-on"
    case owner
    case version
}
