import Foundation
import Yams

/// Reads one entry of `evidence:`: how to read one tool's export as it is, and what the
/// documents say it should show (docs/data-format.md, "Evidence sources").
enum EvidenceSourceReader {
    static let keys = [
        "id", "kind", "title", "system", "controls", "requirement", "owner", "file", "header-row", "id-column", "date", "dates",
        "actor", "approver", "frequency", "documented-in", "shape", "exported-on", "counts-when", "occurrence",
        "subject", "subjects", "anniversary", "next-due", "handled-exceptions", "timeliness", "completion", "tests", "testing", "text-columns",
        "where", "site",
    ]

    static func read(_ node: Node, file: String, log: DiagnosticLog) -> EvidenceSource? {
        guard let f = YAMLFields(node, file: file, log: log, what: "an evidence source", allowed: keys) else { return nil }
        let id = f.string("id", required: true), kind = f.string("kind", required: true)
        let title = f.string("title", required: true), csv = f.string("file", required: true)
        let idColumns = f.strings("id-column")
        let controls = f.strings("controls", required: true).map { ControlID($0) }
        var dateColumn: String?, format: DateFormat?, time: Int?
        if let dateNode = f.value("date"),
           let d = YAMLFields(dateNode, file: file, log: log, what: "'date'", allowed: ["column", "format", "time"]) {
            dateColumn = d.string("column", required: true)
            format = readFormat(d)
            time = readTime(d)
        } else if !f.has("date") {
            f.error("missing required key 'date' (the column that dates each record, and its format)")
        }
        let requirement = f.string("requirement").map { ControlID($0) }
        if let requirement, !controls.isEmpty, !controls.contains(requirement) {
            f.error("'requirement' \(requirement) is not one of the source's controls (\(controls.map(\.rawValue).joined(separator: ", ")))",
                    at: f.value("requirement"))
        }
        let frequency = f.frequency("frequency")
        let timeliness = readTimeliness(f, file: file, log: log)
        let completion = f.value("completion").flatMap { readCompletion($0, file: file, log: log) }
        let tests = f.list("tests") { readTest($0, file: file, log: log) }
        QuestionBankLoader.checkUnique(tests.map { ($0.0.id, $0.1) }, what: "test id", file: file, log: log)
        QuestionBankLoader.checkUnique(timeliness.map { ($0.0.id, $0.1) }, what: "timeliness id", file: file, log: log)
        let anniversary = f.value("anniversary").flatMap { node -> Anniversary? in
            guard let a = YAMLFields(node, file: file, log: log, what: "'anniversary'", allowed: ["column", "window"]),
                  let column = a.string("column", required: true) else { return nil }
            let window = a.hours("window").map { Int(($0 / 24).rounded()) } ?? 0
            return Anniversary(column: column, windowDays: window)
        }
        if anniversary != nil, !f.has("subject") { f.error("'anniversary' needs 'subject': whose anniversary each row belongs to", at: f.value("anniversary")) }
        let handled = f.value("handled-exceptions").flatMap { node -> HandledExceptions? in
            guard let h = YAMLFields(node, file: file, log: log, what: "'handled-exceptions'", allowed: ["same", "within", "from"]),
                  let within = h.hours("within", required: true) else { return nil }
            return HandledExceptions(same: h.strings("same"), withinHours: within, from: h.string("from"))
        }
        // Read every key before giving up, so one pass reports every problem.
        let columnDates = readColumnDates(f, file: file, log: log)
        let shape = f.enumeration("shape", EvidenceShape.self) ?? .activities
        let exportedOn = f.day("exported-on")
        let countsWhen = readConditions(f, "counts-when", file: file, log: log)
        let occurrence = readOccurrence(f, file: file, log: log)
        let testing = f.enumeration("testing", TestingMethod.self) ?? .population
        let headerRow = f.int("header-row", range: 1...1000) ?? 1
        guard let id, let kind, let title, let csv, let dateColumn, let format else { return nil }
        var source = EvidenceSource(
            id: id, kind: kind, title: title, system: f.string("system"), controls: controls, requirement: requirement,
            owner: f.string("owner"), file: csv, headerRow: headerRow, idColumns: idColumns, dateColumn: dateColumn, dateFormat: format,
            dateTime: time, columnDates: columnDates, actorColumn: f.string("actor"),
            approverColumn: f.string("approver"), frequency: frequency, documentedIn: f.string("documented-in"),
            shape: shape, exportedOn: exportedOn, countsWhen: countsWhen, occurrence: occurrence,
            subject: f.string("subject"), expectedSubjects: f.strings("subjects"), anniversary: anniversary,
            handledExceptions: handled, timelinessRules: timeliness.map(\.0), completion: completion, tests: tests.map(\.0),
            testing: testing)
        source.textColumns = f.strings("text-columns")
        source.nextDue = f.string("next-due")
        source.scope = f.value("where").flatMap { readCondition($0, file: file, log: log) }
        source.siteColumn = f.string("site")
        if source.nextDue != nil, source.subject == nil {
            f.error("'next-due' needs 'subject': whose next review each row schedules", at: f.value("next-due"))
        }
        return source
    }

    private static func readFormat(_ d: YAMLFields) -> DateFormat? {
        let pattern = d.string("format") ?? "yyyy-MM-dd"
        guard let format = DateFormat(pattern: pattern) else {
            let clock = pattern.contains("h") != pattern.contains("a") ? " (a 12-hour clock, h, goes with a for AM/PM)" : ""
            d.error("date format '\(pattern)' is not understood\(clock); use iso8601, or yyyy, yy, MM, M, MMM, dd, d, HH, h, mm, ss, SSS, a, XXX and separators, e.g. dd/MM/yyyy or dd/MMM/yy h:mm a",
                    at: d.value("format"))
            return nil
        }
        return format
    }

    /// `time: "17:30"`: the moment a date-only cell means (or, as `ends-at`, when a
    /// working-day limit ends).
    private static func readTime(_ d: YAMLFields, key: String = "time") -> Int? {
        guard let text = d.string(key) else { return nil }
        let parts = text.split(separator: ":")
        guard parts.count == 2, let h = Int(parts[0]), let m = Int(parts[1]), (0..<24).contains(h), (0..<60).contains(m) else {
            d.error("'\(key)' must be a time of day written HH:mm, such as \"17:30\", not '\(text)'", at: d.value(key))
            return nil
        }
        return h * 60 + m
    }

    /// `dates: { Resolved: "dd/MMM/yy h:mm a", Last working day: { format: dd/MM/yyyy, time: "17:30" } }`.
    private static func readColumnDates(_ f: YAMLFields, file: String, log: DiagnosticLog) -> [String: ColumnDate] {
        guard let node = f.value("dates") else { return [:] }
        guard case let .mapping(mapping) = node else {
            f.error("'dates' must map column names to their date formats", at: node)
            return [:]
        }
        var out: [String: ColumnDate] = [:]
        for (key, value) in mapping {
            guard let column = key.scalar?.string else { continue }
            if let pattern = value.scalar?.string {
                guard let format = DateFormat(pattern: pattern) else {
                    f.error("date format '\(pattern)' of column '\(column)' is not understood", at: value)
                    continue
                }
                out[column] = ColumnDate(format: format)
            } else if let d = YAMLFields(value, file: file, log: log, what: "a date column", allowed: ["format", "time", "zone"]) {
                let zone = d.string("zone")
                if let zone, TimeZone(identifier: zone) == nil {
                    d.error("'\(zone)' is not a time zone name (use UTC or an IANA name such as Europe/London)", at: d.value("zone"))
                }
                out[column] = ColumnDate(format: d.has("format") ? readFormat(d) : nil, time: readTime(d), zone: zone)
            }
        }
        return out
    }

    /// One condition or a list of them, all of which a row must meet.
    static func readConditions(_ f: YAMLFields, _ key: String, file: String, log: DiagnosticLog) -> [RowCondition] {
        guard let node = f.value(key) else { return [] }
        if case let .sequence(items) = node { return items.compactMap { readCondition($0, file: file, log: log) } }
        return readCondition(node, file: file, log: log).map { [$0] } ?? []
    }

    /// `{column: Status, values: [Done]}`, `{column: Result, not: [Planned]}`, `{column: X, present: true}`.
    static func readCondition(_ node: Node, file: String, log: DiagnosticLog) -> RowCondition? {
        guard let w = YAMLFields(node, file: file, log: log, what: "a row condition", allowed: ["column", "values", "not", "present"]),
              let column = w.string("column", required: true) else { return nil }
        let forms = ["values", "not", "present"].filter { w.has($0) }
        guard forms.count == 1 else {
            w.error("a row condition takes exactly one of 'values', 'not' or 'present'")
            return nil
        }
        switch forms[0] {
        case "values": return RowCondition(column: column, test: .oneOf(w.strings("values")))
        case "not": return RowCondition(column: column, test: .noneOf(w.strings("not")))
        default:
            guard w.bool("present") == true else {
                w.error("'present' can only be true (use 'values' or 'not' otherwise)", at: w.value("present"))
                return nil
            }
            return RowCondition(column: column, test: .present)
        }
    }

    /// `occurrence: { key: Campaign ID }`, `{ window: 5d }` or `{ rows: true }`.
    private static func readOccurrence(_ f: YAMLFields, file: String, log: DiagnosticLog) -> OccurrenceRule {
        guard let node = f.value("occurrence"),
              let o = YAMLFields(node, file: file, log: log, what: "'occurrence'", allowed: ["key", "window", "rows"]) else { return .automatic }
        if let key = o.string("key") { return .key(key) }
        if let hours = o.hours("window") { return .window(days: max(1, Int((hours / 24).rounded()))) }
        if o.bool("rows") == true { return .rows }
        o.error("'occurrence' takes 'key' (a column), 'window' (a duration) or 'rows: true'")
        return .automatic
    }

    private static func readCompletion(_ node: Node, file: String, log: DiagnosticLog) -> Completion? {
        guard let c = YAMLFields(node, file: file, log: log, what: "'completion'", allowed: ["column", "population", "done", "due"]),
              let column = c.string("column", required: true), let population = c.string("population", required: true)
        else { return nil }
        let done = c.value("done").flatMap { readCondition($0, file: file, log: log) }
        let due = c.string("due")
        switch population {
        case "persons-in-scope": return Completion(column: column, population: .personsInScope, done: done, due: due)
        case "assigned": return Completion(column: column, population: .assigned, done: done, due: due)
        default:
            guard let count = Int(population), count > 0 else {
                c.error("'population' must be a positive number, persons-in-scope or assigned", at: c.value("population"))
                return nil
            }
            return Completion(column: column, population: .count(count), done: done, due: due)
        }
    }

    /// `timeliness:` is one rule or a list of them.
    private static func readTimeliness(_ f: YAMLFields, file: String, log: DiagnosticLog) -> [(Timeliness, Node)] {
        guard let node = f.value("timeliness") else { return [] }
        let items: [Node]
        if case let .sequence(list) = node { items = Array(list) } else { items = [node] }
        return items.enumerated().compactMap { index, item in
            readTimelinessRule(item, index: index, file: file, log: log).map { ($0, item) }
        }
    }

    private static func readTimelinessRule(_ node: Node, index: Int, file: String, log: DiagnosticLog) -> Timeliness? {
        guard let t = YAMLFields(node, file: file, log: log, what: "'timeliness'",
                                 allowed: ["id", "description", "from", "to", "within", "where", "ends-at"]),
              let from = t.string("from", required: true), let to = t.string("to", required: true) else { return nil }
        guard let withinNode = t.value("within") else {
            t.error("missing required key 'within' (a duration such as 72h or 10wd, or one per category with 'by')")
            return nil
        }
        let limit: Timeliness.Limit
        if let text = withinNode.scalar?.string {
            guard let span = parseSpan(text) else {
                t.error("'within' must be a duration such as 24h, 3d, 2w, 30m or 10wd (working days), at most 100 years, not '\(text)'",
                        at: withinNode)
                return nil
            }
            limit = Timeliness.Limit(span: span)
        } else if case let .mapping(mapping) = withinNode {
            var by: String?
            var tiers: [String: Timeliness.Span] = [:]
            for (key, value) in mapping {
                guard let name = key.scalar?.string, let text = value.scalar?.string else { continue }
                if name == "by" { by = text; continue }
                guard let span = parseSpan(text) else {
                    t.error("limit '\(text)' for '\(name)' must be a duration such as 72h, 14d or 10wd, at most 100 years", at: value)
                    continue
                }
                tiers[CellText.normalised(name)] = span
            }
            guard let by else {
                t.error("'within' as a mapping needs 'by': the column whose value picks the limit", at: withinNode)
                return nil
            }
            limit = Timeliness.Limit(byColumn: by, byCategory: tiers)
        } else {
            t.error("'within' must be a duration or a mapping with 'by'", at: withinNode)
            return nil
        }
        let filter = t.value("where").flatMap { readCondition($0, file: file, log: log) }
        let id = t.string("id") ?? (index == 0 ? "timeliness" : "timeliness-\(index + 1)")
        let endsAt = readTime(t, key: "ends-at")
        if endsAt != nil, case .hours? = limit.span {
            t.error("'ends-at' sets the time of day a working-day limit ends (within: 1wd); '\(t.string("within") ?? "")' is in hours",
                    at: t.value("ends-at"))
        }
        return Timeliness(id: id, description: t.string("description"), from: from, to: to, limit: limit, filter: filter, endsAt: endsAt)
    }

    /// `72h`, `3d`, `2w`, `30m`, or `10wd` for working days.
    static func parseSpan(_ text: String) -> Timeliness.Span? {
        let t = text.trimmingCharacters(in: .whitespaces)
        if t.hasSuffix("wd") {
            guard let days = Int(t.dropLast(2)), days >= 0, days <= 3650 else { return nil }
            return .workingDays(days)
        }
        return YAMLFields.parseHours(t).map { .hours($0) }
    }

    static func readTest(_ node: Node, file: String, log: DiagnosticLog) -> (AttributeTest, Node)? {
        guard let f = YAMLFields(node, file: file, log: log, what: "a test", allowed: [
            "id", "description", "column", "rule", "value", "values", "other", "from", "limit", "where", "separator",
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
        case "includes-other-than":
            rule = f.string("other", required: true).map { .includesOtherThan(column: $0, separator: f.string("separator") ?? ";") }
        case "within":
            if let from = f.string("from", required: true), let hours = f.hours("limit", required: true) {
                rule = .within(fromColumn: from, hours: hours)
            }
        case "recent": rule = f.hours("limit", required: true).map { .recent(hours: $0) }
        case nil: break
        case let other?:
            f.error("rule '\(other)' is not one of 'present', 'equals', 'one-of', 'differs-from', 'includes-other-than', 'within', 'recent'",
                    at: f.value("rule"))
        }
        let filter = f.value("where").flatMap { readCondition($0, file: file, log: log) }
        guard let id, let column, let rule else { return nil }
        let description = f.string("description") ?? id.replacingOccurrences(of: "-", with: " ")
        return (AttributeTest(id: id, description: description, column: column, rule: rule, filter: filter), node)
    }
}
