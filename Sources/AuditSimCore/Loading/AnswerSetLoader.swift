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
        var answers: [String: AnswerSet.Answer] = [:]
        var nodes: [String: Node] = [:]
        if let answersNode = f.value("answers") {
            guard case let .mapping(mapping) = answersNode else {
                f.error("'answers' must map question ids to answers", at: answersNode)
                return nil
            }
            for (key, value) in mapping {
                guard let id = key.scalar?.string else { continue }
                nodes[id] = key
                if let text = value.scalar?.string {
                    answers[id] = AnswerSet.Answer(text: text)
                } else if let a = YAMLFields(value, file: path, log: log, what: "an answer", allowed: ["answer", "follow-up", "by"]),
                          let text = a.string("answer", required: true) {
                    answers[id] = AnswerSet.Answer(text: text, followUp: a.string("follow-up"), by: a.string("by"))
                }
            }
        } else {
            f.error("missing required key 'answers'")
        }
        guard let persona else { return nil }
        let set = AnswerSet(id: url.deletingPathExtension().lastPathComponent, persona: persona,
                            description: f.string("description") ?? "", respondent: f.string("respondent"), answers: answers)
        return (set, path, nodes)
    }
}
