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

    /// Controls in scope that nothing examined: no evidence source, no answer, no finding.
    /// They are not scored (a control nobody looked at is not a clean control).
    public var notAssessed: [String]

    /// What a finding of each grade costs a control's score.
    static let penalty: [Grade: Int] = [.major: 60, .minor: 25, .observation: 10, .improvement: 0]

    /// `assessed` names the controls and clauses the audit examined (evidence bound to them,
    /// an answer about them, a Stage 1 check); nil treats every one as examined. A Stage 1
    /// decision of not-yet makes the organisation not ready whatever Stage 2 found.
    public init(findings: [Finding], scenario: Scenario, bank: QuestionBank, assessed: Set<ControlID>? = nil,
                stage1: Stage1Decision? = nil) {
        let majors = findings.filter { $0.grade == .major }.count
        let minors = findings.filter { $0.grade == .minor }.count
        verdict = majors > 0 || stage1?.outcome == .notYet ? .notReady : minors > 0 ? .readyWithActions : .ready
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

        // Every requirement, and every control the SoA says applies, is in scope; of those,
        // the ones the audit examined are scored.
        let inScope = bank.controls.filter { c in
            c.kind == .requirement ? c.id.rawValue.split(separator: ".").count <= 2 : scenario.soaEntry(c.id)?.applicable ?? false
        }
        let byControl = Dictionary(grouping: findings, by: \.control)
        let examined = { (c: ControlID) in assessed.map { $0.contains(c) || byControl[c] != nil } ?? true }
        let scored = inScope.filter { examined($0.id) }
        notAssessed = inScope.filter { !examined($0.id) }.map(\.id.rawValue)
        controls = scored.map { c in
            let lost = (byControl[c.id] ?? []).reduce(0) { $0 + (Readiness.penalty[$1.grade] ?? 0) }
            return Score(name: c.id.rawValue, value: max(0, 100 - lost))
        }
        let scores = Dictionary(uniqueKeysWithValues: controls.map { ($0.name, $0.value) })
        var themeOrder: [String] = []
        for c in scored where !themeOrder.contains(c.theme) { themeOrder.append(c.theme) }
        var weighted = 0, weight = 0
        themes = themeOrder.map { t in
            let values = scored.filter { $0.theme == t }.compactMap { scores[$0.id.rawValue] }
            let found = findings.filter { theme($0.control) == t }
            let average = values.isEmpty ? 100 : values.reduce(0, +) / values.count
            let value = min(average, Readiness.ceiling(majors: found.filter { $0.grade == .major }.count,
                                                       minors: found.filter { $0.grade == .minor }.count))
            weighted += value * values.count
            weight += values.count
            return Score(name: t, value: value)
        }
        // The overall is the themes' mean weighted by controls examined, held under the
        // verdict's ceiling so that 80 clean controls cannot hide a major.
        let mean = weight == 0 ? 100 : weighted / weight
        overall = min(mean, Readiness.ceiling(majors: majors, minors: minors, notYet: stage1?.outcome == .notYet))
        duration = AuditDuration.estimate(organisation: scenario.organisation)
        let minorDue = scenario.organisation.auditDate.adding(days: scenario.policy.minorDeadlineDays)
        deadlines = findings.filter(\.grade.isNonconformity).map {
            Deadline(findingID: $0.id, grade: $0.grade, due: $0.grade == .major ? nil : minorDue)
        }
    }

    /// The most a score can be with these nonconformities: under 60 with any major, five
    /// points lower for each further one; under 90 with minors, two lower for each further.
    static func ceiling(majors: Int, minors: Int, notYet: Bool = false) -> Int {
        if majors > 0 { return max(0, 59 - 5 * (majors - 1) - minors) }
        if notYet { return 59 - minors }
        if minors > 0 { return max(60, 89 - 2 * (minors - 1)) }
        return 100
    }
}
