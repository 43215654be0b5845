import Yams

/// Reads one entry of `documents:`.
enum DocumentReader {
    static let keys = ["id", "kind", "title", "version", "owner", "approved-by", "approved-on", "next-review",
                       "performed-on", "covers", "controls", "facts", "text", "auditors"]

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
        let auditors: [Document.Auditor] = f.list("auditors") { node in
            guard let a = YAMLFields(node, file: file, log: log, what: "an auditor ({ by:, audited: })", allowed: ["by", "audited"]),
                  let by = a.string("by", required: true) else { return nil }
            return Document.Auditor(id: by, audited: a.strings("audited", required: true).map { ControlID($0) })
        }
        if !auditors.isEmpty, kind != .internalAuditReport {
            f.error("'auditors' belongs to an internal audit report (kind: internal-audit-report)", at: f.value("auditors"))
        }
        guard let id, let kind, let title else { return nil }
        var document = Document(
            id: id, kind: kind, title: title, version: f.string("version") ?? "", owner: f.string("owner"),
            approvedBy: f.string("approved-by"), approvedOn: approvedOn, nextReview: nextReview,
            performedOn: performedOn, covers: f.strings("covers"), controls: f.strings("controls").map { ControlID($0) },
            facts: facts, text: f.string("text"))
        document.auditors = auditors
        return document
    }
}
