/// Whether the organisation should book its certification audit, and how far it is from it.
public struct Readiness: Sendable {
    public enum Verdict: String, Sendable, Codable {
        case notReady = "not-ready"
        case readyWithActions = "ready-with-corrective-actions"
        case ready

        public var title: String {
            switch self {
            case .notReady: "Not ready"
            case .readyWithActions: "Ready with corrective actions"
            case .ready: "Ready"
            }
        }
    }

    public struct Score: Sendable, Hashable {
        public var name: String
        /// 0…100.
        public var value: Int
    }

    public struct Deadline: Sendable, Hashable {
        public var findingID: String
        public var grade: Grade
        /// Nil for majors: they must be closed and verified before certification.
        public var due: Day?
    }

    public var verdict: Verdict
    public var overall: Int
    public var themes: [Score]
    public var controls: [Score]
    /// Findings counted by grade, then by theme.
    public var countsByGrade: [Grade: Int]
    public var countsByTheme: [String: [Grade: Int]]
    public var duration: AuditDuration.Estimate
    public var deadlines: [Deadline]
    /// The Stage 1 decision when Stage 1 ran: "not yet" makes the verdict not ready whatever
    /// Stage 2 found, and Stage 2 is then a rehearsal ahead of time.
    public var stage1: Stage1Decision?

    /// What a finding of each grade costs a control's score.
    static let penalty: [Grade: Int] = [.major: 60, .minor: 25, .observation: 10, .improvement: 0]

    public init(findings: [Finding], scenario: Scenario, bank: QuestionBank, stage1: Stage1Decision? = nil) {
        let majors = findings.contains { $0.grade == .major } || stage1?.outcome == .notYet
        let minors = findings.contains { $0.grade == .minor }
        verdict = majors ? .notReady : minors ? .readyWithActions : .ready
        self.stage1 = stage1
        var countsByGrade: [Grade: Int] = [:]
        var countsByTheme: [String: [Grade: Int]] = [:]
        let theme = { (id: ControlID) in bank.control(id)?.theme ?? "other" }
        for f in findings {
            countsByGrade[f.grade, default: 0] += 1
            countsByTheme[theme(f.control), default: [:]][f.grade, default: 0] += 1
        }
        self.countsByGrade = countsByGrade
        self.countsByTheme = countsByTheme

        // Every requirement, and every control the SoA says applies, is scored.
        let scored = bank.controls.filter { c in
            c.kind == .requirement ? c.id.rawValue.split(separator: ".").count <= 2 : scenario.soaEntry(c.id)?.applicable ?? false
        }
        let byControl = Dictionary(grouping: findings, by: \.control)
        controls = scored.map { c in
            let lost = (byControl[c.id] ?? []).reduce(0) { $0 + (Readiness.penalty[$1.grade] ?? 0) }
            return Score(name: c.id.rawValue, value: max(0, 100 - lost))
        }
        let scores = Dictionary(uniqueKeysWithValues: controls.map { ($0.name, $0.value) })
        var themeOrder: [String] = []
        for c in scored where !themeOrder.contains(c.theme) { themeOrder.append(c.theme) }
        themes = themeOrder.map { t in
            let values = scored.filter { $0.theme == t }.compactMap { scores[$0.id.rawValue] }
            return Score(name: t, value: values.isEmpty ? 100 : values.reduce(0, +) / values.count)
        }
        // The average alone would let 80 clean controls hide a major; the verdict caps it.
        let average = controls.isEmpty ? 100 : controls.map(\.value).reduce(0, +) / controls.count
        overall = min(average, verdict == .notReady ? 49 : verdict == .readyWithActions ? 89 : 100)
        duration = AuditDuration.estimate(organisation: scenario.organisation)
        let minorDue = scenario.organisation.auditDate.adding(days: scenario.policy.minorDeadlineDays)
        deadlines = findings.filter(\.grade.isNonconformity).map {
            Deadline(findingID: $0.id, grade: $0.grade, due: $0.grade == .major ? nil : minorDue)
        }
    }
}
