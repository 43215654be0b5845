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

/// Reads one entry of `evidence:`.
enum EvidenceSourceReader {
    static let keys = ["id", "kind", "title", "system", "controls", "owner", "file", "id-column", "date", "actor",
                       "approver", "frequency", "documented-in", "timeliness", "completion", "tests", "text-columns"]

    static func read(_ node: Node, file: String, log: DiagnosticLog) -> EvidenceSource? {
        guard let f = YAMLFields(node, file: file, log: log, what: "an evidence source", allowed: keys) else { return nil }
        let id = f.string("id", required: true), kind = f.string("kind", required: true)
        let title = f.string("title", required: true), csv = f.string("file", required: true)
        let idColumn = f.string("id-column", required: true)
        let controls = f.strings("controls", required: true).map { ControlID($0) }
        var dateColumn: String?, format: DateFormat?
        if let dateNode = f.value("date"),
           let d = YAMLFields(dateNode, file: file, log: log, what: "'date'", allowed: ["column", "format"]) {
            dateColumn = d.string("column", required: true)
            let pattern = d.string("format") ?? "yyyy-MM-dd"
            format = DateFormat(pattern: pattern)
            if format == nil {
                d.error("date format '\(pattern)' is not understood; use yyyy, MM, M, MMM, dd, d, HH, mm, ss and separators, e.g. dd/MM/yyyy",
                        at: d.value("format"))
            }
        } else if !f.has("date") {
            f.error("missing required key 'date' (the column that dates each record, and its format)")
        }
        var frequency: Frequency?
        if let text = f.string("frequency") {
            frequency = Frequency(token: text)
            if frequency == nil { f.error("'\(text)' is not a frequency (daily, weekly, monthly, quarterly, every 10 days …)", at: f.value("frequency")) }
        }
        let timeliness = f.value("timeliness").flatMap { node -> Timeliness? in
            guard let t = YAMLFields(node, file: file, log: log, what: "'timeliness'", allowed: ["from", "to", "within"]),
                  let from = t.string("from", required: true), let to = t.string("to", required: true),
                  let hours = t.hours("within", required: true) else { return nil }
            return Timeliness(from: from, to: to, withinHours: hours)
        }
        let completion = f.value("completion").flatMap { node -> Completion? in
            guard let c = YAMLFields(node, file: file, log: log, what: "'completion'", allowed: ["column", "population"]),
                  let column = c.string("column", required: true), let population = c.string("population", required: true)
            else { return nil }
            if population == "persons-in-scope" { return Completion(column: column, population: .personsInScope) }
            guard let count = Int(population), count > 0 else {
                c.error("'population' must be a positive number or persons-in-scope", at: c.value("population"))
                return nil
            }
            return Completion(column: column, population: .count(count))
        }
        let tests = f.list("tests") { readTest($0, file: file, log: log).map { ($0, $1) } }
        QuestionBankLoader.checkUnique(tests.map { ($0.0.id, $0.1) }, what: "test id", file: file, log: log)
        guard let id, let kind, let title, let csv, let idColumn, let dateColumn, let format else { return nil }
        var source = EvidenceSource(
            id: id, kind: kind, title: title, system: f.string("system"), controls: controls, owner: f.string("owner"),
            file: csv, idColumn: idColumn, dateColumn: dateColumn, dateFormat: format, actorColumn: f.string("actor"),
            approverColumn: f.string("approver"), frequency: frequency, documentedIn: f.string("documented-in"),
            timeliness: timeliness, completion: completion, tests: tests.map(\.0))
        source.textColumns = f.strings("text-columns")
        return source
    }

    static func readTest(_ node: Node, file: String, log: DiagnosticLog) -> (AttributeTest, Node)? {
        guard let f = YAMLFields(node, file: file, log: log, what: "a test", allowed: [
            "id", "description", "column", "rule", "value", "values", "other", "from", "limit", "where",
        ]) else { return nil }
        let id = f.string("id", required: true), column = f.string("column", required: true)
        let ruleName = f.string("rule", required: true)
        var rule: AttributeTest.Rule?
        switch ruleName {
        case "present": rule = .present
        case "equals": rule = f.string("value", required: true).map { .equals($0) }
        case "one-of":
            let values = f.strings("values", required: true)
            rule = values.isEmpty ? nil : .oneOf(values)
        case "differs-from": rule = f.string("other", required: true).map { .differsFrom(column: $0) }
        case "within":
            if let from = f.string("from", required: true), let hours = f.hours("limit", required: true) {
                rule = .within(fromColumn: from, hours: hours)
            }
        case nil: break
        case let other?:
            f.error("rule '\(other)' is not one of 'present', 'equals', 'one-of', 'differs-from', 'within'", at: f.value("rule"))
        }
        let filter = f.value("where").flatMap { node -> AttributeTest.Filter? in
            guard let w = YAMLFields(node, file: file, log: log, what: "'where'", allowed: ["column", "values"]),
                  let column = w.string("column", required: true) else { return nil }
            return AttributeTest.Filter(column: column, values: w.strings("values", required: true))
        }
        guard let id, let column, let rule else { return nil }
        let description = f.string("description") ?? id.replacingOccurrences(of: "-", with: " ")
        return (AttributeTest(id: id, description: description, column: column, rule: rule, filter: filter), node)
    }
}
