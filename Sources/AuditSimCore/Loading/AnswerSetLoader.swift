import Foundation
import Yams

/// Loads scripted answer sets from a scenario's `answers/` folder.
enum AnswerSetLoader {
    static func loadAll(_ directory: URL, log: DiagnosticLog) -> [(AnswerSet, file: String, nodes: [String: Node])] {
        guard FileManager.default.fileExists(atPath: directory.path) else { return [] }
        return QuestionBankLoader.yamlFiles(in: directory).compactMap { url in
            // Answer sets are scenario files: a link out of the scenario is refused like an evidence one.
            if let problem = FileChecks.leaves(url, root: directory.deletingLastPathComponent()) {
                log.error("answer set '\(url.lastPathComponent)' \(problem)", file: DisplayPath.of(url))
                return nil
            }
            return load(url, log: log)
        }
    }

    static func load(_ url: URL, log: DiagnosticLog) -> (AnswerSet, file: String, nodes: [String: Node])? {
        let path = DisplayPath.of(url)
        guard let node = YAMLDocument.load(url, displayPath: path, log: log),
              let f = YAMLFields(node, file: path, log: log, what: "an answer set",
                                 allowed: ["persona", "description", "respondent", "answers"]) else { return nil }
        let persona = f.string("persona", required: true)
        var responses: [String: [AnswerSet.Answer]] = [:]
        var nodes: [String: Node] = [:]
        if let answersNode = f.value("answers") {
            guard case let .mapping(mapping) = answersNode else {
                f.error("'answers' must map question ids to answers", at: answersNode)
                return nil
            }
            for (key, value) in mapping {
                guard let id = key.scalar?.string else { continue }
                nodes[id] = key
                if case let .sequence(panel) = value {
                    // A panel: each person's answer to the same question, in the order given.
                    let answers = panel.map { answer($0, file: path, log: log, inPanel: true) }
                    if panel.isEmpty { YAMLFields.report("'\(id)' lists no answers", at: value, file: path, log: log) }
                    responses[id] = answers.compactMap { $0 }
                } else if let one = answer(value, file: path, log: log, inPanel: false) {
                    responses[id] = [one]
                }
            }
        } else {
            f.error("missing required key 'answers'")
        }
        guard let persona else { return nil }
        let set = AnswerSet(id: url.deletingPathExtension().lastPathComponent, persona: persona,
                            description: f.string("description") ?? "", respondent: f.string("respondent"), responses: responses)
        return (set, path, nodes)
    }

    /// One answer: the words alone, or `{ answer:, follow-up:, by: }`. In a panel each answer
    /// must say who gave it, or it could not be told from the others.
    private static func answer(_ node: Node, file: String, log: DiagnosticLog, inPanel: Bool) -> AnswerSet.Answer? {
        if !inPanel, let text = node.scalar?.string { return AnswerSet.Answer(text: text) }
        let what = inPanel ? "a panel answer ({ by:, answer: })" : "an answer"
        guard let a = YAMLFields(node, file: file, log: log, what: what, allowed: ["answer", "follow-up", "by"]) else { return nil }
        let text = a.string("answer", required: true)
        let by = a.string("by", required: inPanel)
        let followUp = a.string("follow-up")
        guard let text, !inPanel || by != nil else { return nil }
        return AnswerSet.Answer(text: text, followUp: followUp, by: by)
    }
}
