/// Who the auditor asks what, in order: Stage 1 questions to the ISMS manager and top
/// management, then each applicable control's questions to its owner.
public struct InterviewPlan: Sendable {
    public struct Item: Sendable {
        public var question: Question
        public var interviewee: StaffMember
        /// The question with its placeholders filled in.
        public var text: String
    }

    public var items: [Item]

    public init(items: [Item]) { self.items = items }

    /// Whether several people answer the question (a panel), each in an item of their own.
    public func isPanel(_ questionID: String) -> Bool {
        items.count { $0.question.id == questionID } > 1
    }

    /// The plan as a script answers it: each scripted answer to a question is an item of its
    /// own, put to the person who gave it (`by:`; else the planned person) in the order given,
    /// so each answer on a panel is judged as that person's. Returns each item's answer too.
    public func answered(by script: AnswerSet?, scenario: Scenario) -> (plan: InterviewPlan, answers: [AnswerSet.Answer?]) {
        var asked: [Item] = []
        var answers: [AnswerSet.Answer?] = []
        for item in items {
            let given = script?.responses[item.question.id] ?? []
            guard !given.isEmpty else {
                asked.append(item)
                answers.append(nil)
                continue
            }
            for answer in given {
                var put = item
                if let by = answer.by, let person = scenario.staffMember(by) { put.interviewee = person }
                asked.append(put)
                answers.append(answer)
            }
        }
        return (InterviewPlan(items: asked), answers)
    }

    public static func make(scenario: Scenario, bank: QuestionBank, stages: Set<Stage>, controls: Set<ControlID>? = nil,
                            only person: String? = nil, resolver: ReferenceResolver) -> InterviewPlan {
        var items: [Item] = []
        // (interviewee, question wording) already planned: comparing each new question with
        // every planned one, re-lowercasing both, was a fifth of a default readiness run.
        struct Asked: Hashable { var who: String; var key: String }
        var asked = Set<Asked>()
        let applicable = { (id: ControlID) in
            bank.control(id)?.kind == .requirement || (scenario.soaEntry(id)?.applicable ?? false)
        }
        let ordered = bank.controls.map(\.id).sorted()
        for stage in Stage.allCases where stages.contains(stage) {
            for control in ordered where applicable(control) && (controls?.contains(control) ?? true) {
                for question in bank.questions(for: control) where question.stage == stage {
                    guard let who = interviewee(for: question, scenario: scenario) else { continue }
                    if let person, who.id != person { continue }
                    let text = fill(question.text, question: question, who: who, scenario: scenario, resolver: resolver)
                    // A question that serves two controls is put to the same person once.
                    let key = text.lowercased().filter { $0.isLetter || $0.isNumber }
                    guard asked.insert(Asked(who: who.id, key: key)).inserted else { continue }
                    items.append(Item(question: question, interviewee: who, text: text))
                }
            }
        }
        return InterviewPlan(items: items)
    }

    /// The owner for control questions; the ISMS manager or top management as the audience says.
    static func interviewee(for question: Question, scenario: Scenario) -> StaffMember? {
        let owner = scenario.owners(of: question.control).first
        let top = scenario.staff.first { $0.topManagement }
        let isms = scenario.staff.first { $0.role.lowercased().contains("isms") || $0.role.lowercased().contains("information security") }
            ?? scenario.owners(of: "6.1.2").first ?? scenario.owners(of: "9.2").first
        switch question.audience {
        case .controlOwner, .anyStaff: return owner ?? isms ?? scenario.staff.first
        case .ismsManager: return isms ?? owner ?? scenario.staff.first
        case .topManagement: return top ?? owner ?? scenario.staff.first
        }
    }

    /// Fills `{organisation}`, `{system}`, `{gaps}` and the other placeholders.
    public static func fill(_ text: String, question: Question, who: StaffMember, scenario: Scenario,
                            resolver: ReferenceResolver) -> String {
        guard text.contains("{") else { return text }  // no placeholder to fill
        let facts = resolver.evidence(for: question)
        let gaps = facts.map { f in
            f.missedPeriods.isEmpty ? "no gaps" : EvidenceWording.list(f.missedPeriods.map(ExpectedPeriods.name))
        } ?? "no records"
        let values: [String: String] = [
            "organisation": scenario.organisation.name, "scope": scenario.organisation.scope,
            "owner": who.name, "role": who.role,
            "system": facts?.source.system ?? facts?.source.title ?? "your systems",
            "evidence": facts?.source.title ?? "the records",
            "documented": facts?.source.frequency?.description ?? "as documented",
            "last": facts?.last?.description ?? "no record", "gaps": gaps,
        ]
        var out = text
        for (key, value) in values { out = out.replacingOccurrences(of: "{\(key)}", with: value) }
        return out
    }
}
