import Yams

/// Reads one question (and its follow-ups) from a question file.
enum QuestionReader {
    static let keys = ["id", "control", "stage", "audience", "text", "answer", "options", "compare",
                       "talking-points", "looks-for", "severity", "follow-ups"]

    static func read(_ node: Node, file: String, log: DiagnosticLog) -> Question? {
        guard let f = YAMLFields(node, file: file, log: log, what: "a question", allowed: keys) else { return nil }
        let id = f.string("id", required: true)
        let control = f.string("control", required: true)
        let stageNumber = f.int("stage", required: true, range: 1...2)
        let audience = f.enumeration("audience", Audience.self, required: true)
        let text = f.string("text", required: true)
        let answer = f.enumeration("answer", AnswerKind.self, required: true)
        let options = f.strings("options")
        let looksFor = f.string("looks-for", required: true)
        if let old = f.value("severity") {
            // Grades follow the evidence, never a question's own label (JUDGEMENT.md §3).
            let mark = old.mark
            log.append(Diagnostic(file: file, line: mark?.line, column: mark?.column, severity: .warning,
                                  message: "'severity' grades nothing and is ignored: findings are graded from the evidence (docs/audit-rules.md); remove it"))
        }
        let points = f.list("talking-points") { talkingPoint($0, file: file, log: log) }
        let compare = f.value("compare").flatMap { benchmark($0, file: file, log: log) }
        // `matching:` narrows a count to the records whose text says one of the words.
        let matching = f.value("compare").flatMap { node -> [String]? in
            guard case let .mapping(m) = node else { return nil }
            return m.first { $0.key.scalar?.string == "matching" }.map { entry in
                if let one = entry.value.scalar?.string { return [one] }
                if case let .sequence(items) = entry.value { return items.compactMap { $0.scalar?.string } }
                return []
            }
        } ?? []
        let followUps = f.list("follow-ups") { followUp($0, file: file, log: log) }
        if answer == .choice && options.isEmpty { f.error("a choice question needs 'options'") }
        if answer != .choice && !options.isEmpty { f.error("'options' only applies to answer: choice", at: f.value("options")) }
        if answer == .freeText && points.isEmpty && compare == nil {
            f.error("a free-text question needs 'talking-points' to judge the answer by")
        }
        guard let id, let control, let stageNumber, let stage = Stage(rawValue: stageNumber), let audience,
              let text, let answer, let looksFor else { return nil }
        var question = Question(id: id, control: ControlID(control), stage: stage, audience: audience, text: text,
                                answer: answer, options: options, compare: compare, talkingPoints: points,
                                looksFor: looksFor, followUps: followUps)
        question.matching = matching
        return question
    }

    static func talkingPoint(_ node: Node, file: String, log: DiagnosticLog) -> TalkingPoint? {
        if let concept = node.scalar?.string { return TalkingPoint(concept: concept) }
        guard let f = YAMLFields(node, file: file, log: log, what: "a talking point", allowed: ["concept", "synonyms"]),
              let concept = f.string("concept", required: true) else { return nil }
        return TalkingPoint(concept: concept, synonyms: f.strings("synonyms"))
    }

    static func followUp(_ node: Node, file: String, log: DiagnosticLog) -> FollowUp? {
        guard let f = YAMLFields(node, file: file, log: log, what: "a follow-up",
                                 allowed: ["on", "text", "answer", "talking-points"]) else { return nil }
        let on = f.enumeration("on", FollowUpTrigger.self) ?? .any
        let answer = f.enumeration("answer", AnswerKind.self) ?? .freeText
        let points = f.list("talking-points") { talkingPoint($0, file: file, log: log) }
        guard let text = f.string("text", required: true) else { return nil }
        return FollowUp(on: on, text: text, answer: answer, talkingPoints: points)
    }

    static func benchmark(_ node: Node, file: String, log: DiagnosticLog) -> Benchmark? {
        guard let f = YAMLFields(node, file: file, log: log, what: "'compare'",
                                 allowed: ["evidence", "fact", "declared", "document", "field", "tolerance", "matching"]) else { return nil }
        let tolerance = f.value("tolerance").flatMap { self.tolerance($0, file: file, log: log) } ?? Tolerance()
        let forms = [f.has("fact") || f.has("evidence"), f.has("declared"), f.has("document")].filter { $0 }.count
        guard forms == 1 else {
            f.error("'compare' takes exactly one of 'evidence'/'fact', 'declared', or 'document' with 'field'")
            return nil
        }
        if f.has("declared") {
            return f.string("declared", required: true).map { .declared(key: $0, tolerance: tolerance) }
        }
        if f.has("document") {
            let kind = f.enumeration("document", DocumentKind.self, required: true)
            let field = f.enumeration("field", DocumentField.self, required: true)
            guard let kind, let field else { return nil }
            return .document(kind: kind, field: field, tolerance: tolerance)
        }
        let kind = f.string("evidence")
        guard let fact = f.enumeration("fact", EvidenceFactKind.self, required: true) else { return nil }
        return .evidence(kind: kind, fact: fact, tolerance: tolerance)
    }

    static func tolerance(_ node: Node, file: String, log: DiagnosticLog) -> Tolerance? {
        guard let f = YAMLFields(node, file: file, log: log, what: "'tolerance'", allowed: ["steps", "days", "percent"]) else { return nil }
        var tolerance = Tolerance()
        if let steps = f.int("steps", range: 0...8) { tolerance.steps = steps }
        tolerance.days = f.int("days", range: 0...3650)
        if let percent = f.double("percent") { tolerance.percent = percent }
        return tolerance
    }
}
