import Foundation
import Yams

/// What a scenario's author says an auditor would raise (`expected-findings.yaml`),
/// written from the story so the engine can be held to it.
public struct ExpectedFindings: Sendable {
    public struct Entry: Sendable, Hashable, Comparable, CustomStringConvertible {
        public var grade: Grade
        public var control: ControlID
        public var rule: FindingRule
        public var why: String

        public static func < (a: Entry, b: Entry) -> Bool { (a.grade, a.control, a.rule.rawValue) < (b.grade, b.control, b.rule.rawValue) }
        public static func == (a: Entry, b: Entry) -> Bool { a.grade == b.grade && a.control == b.control && a.rule == b.rule }
        public func hash(into h: inout Hasher) { h.combine(grade); h.combine(control); h.combine(rule) }
        public var description: String { "\(grade.rawValue) \(control) \(rule.rawValue)" }
    }

    public var common: [Entry]
    public var byAnswerSet: [String: [Entry]]

    /// Everything expected when the scenario runs with `answerSet`.
    public func expected(for answerSet: String) -> [Entry] {
        (common + (byAnswerSet[answerSet] ?? [])).sorted()
    }

    public static func load(_ scenarioDirectory: URL) throws(LoadError) -> ExpectedFindings {
        let url = scenarioDirectory.appendingPathComponent("expected-findings.yaml")
        let path = DisplayPath.of(url)
        let log = DiagnosticLog()
        guard let node = YAMLDocument.load(url, displayPath: path, log: log),
              let f = YAMLFields(node, file: path, log: log, what: "expected-findings.yaml", allowed: ["common", "by-answer-set"])
        else { throw LoadError(log.diagnostics) }
        let read = { (item: Node) -> Entry? in
            guard let e = YAMLFields(item, file: path, log: log, what: "an expected finding", allowed: ["grade", "control", "rule", "why"]),
                  let grade = e.enumeration("grade", Grade.self, required: true), let control = e.string("control", required: true),
                  let rule = e.enumeration("rule", FindingRule.self, required: true) else { return nil }
            return Entry(grade: grade, control: ControlID(control), rule: rule, why: e.string("why") ?? "")
        }
        let common = f.list("common", read)
        var bySet: [String: [Entry]] = [:]
        if let setsNode = f.value("by-answer-set"), case let .mapping(mapping) = setsNode {
            for (key, value) in mapping {
                guard let name = key.scalar?.string else { continue }
                if case let .sequence(items) = value { bySet[name] = items.compactMap(read) }
                else if value.scalar?.string.isEmpty == false || value.scalar == nil {
                    YAMLFields.report("'\(name)' must be a list of findings", at: value, file: path, log: log)
                } else { bySet[name] = [] }
            }
        }
        guard !log.hasErrors else { throw LoadError(log.diagnostics) }
        return ExpectedFindings(common: common, byAnswerSet: bySet)
    }
}
