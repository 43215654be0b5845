import Yams

/// Reads one entry of `documents:`.
enum DocumentReader {
    static let keys = ["id", "kind", "title", "version", "owner", "approved-by", "approved-on", "next-review",
                       "performed-on", "covers", "controls", "facts", "text"]

    static func read(_ node: Node, file: String, log: DiagnosticLog) -> Document? {
        guard let f = YAMLFields(node, file: file, log: log, what: "a document", allowed: keys) else { return nil }
        let id = f.string("id", required: true)
        let kind = f.enumeration("kind", DocumentKind.self, required: true)
        let title = f.string("title", required: true)
        let approvedOn = f.day("approved-on"), nextReview = f.day("next-review"), performedOn = f.day("performed-on")
        if let approvedOn, let nextReview, nextReview < approvedOn {
            f.error("'next-review' (\(nextReview)) is before 'approved-on' (\(approvedOn))", at: f.value("next-review"))
        }
        var facts: [String: String] = [:]
        for (key, value, node) in f.dictionary("facts") {
            if facts[key] != nil { f.error("fact '\(key)' is declared twice", at: node) }
            facts[key] = value
        }
        guard let id, let kind, let title else { return nil }
        return Document(
            id: id, kind: kind, title: title, version: f.string("version") ?? "", owner: f.string("owner"),
            approvedBy: f.string("approved-by"), approvedOn: approvedOn, nextReview: nextReview,
            performedOn: performedOn, covers: f.strings("covers"), controls: f.strings("controls").map { ControlID($0) },
            facts: facts, text: f.string("text"))
    }
}
