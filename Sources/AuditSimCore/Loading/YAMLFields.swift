import Yams

/// Typed, located access to one YAML mapping. Each accessor records a diagnostic at the
/// offending node instead of throwing, so a file with ten problems reports ten.
struct YAMLFields {
    let file: String
    let node: Node
    let log: DiagnosticLog
    private let pairs: [(key: String, keyNode: Node, value: Node)]

    /// Returns nil (after reporting) when `node` is not a mapping. Keys outside `allowed`
    /// are reported as unknown, with a suggestion when one is close.
    init?(_ node: Node, file: String, log: DiagnosticLog, what: String, allowed: [String]) {
        guard case let .mapping(mapping) = node else {
            YAMLFields.report("\(what) must be a mapping of keys to values", at: node, file: file, log: log)
            return nil
        }
        self.file = file
        self.node = node
        self.log = log
        var pairs: [(String, Node, Node)] = []
        for (key, value) in mapping {
            let name = key.scalar?.string ?? ""
            if !allowed.contains(name) {
                var message = "unknown key '\(name)' in \(what)"
                if let near = YAMLFields.nearest(to: name, in: allowed) { message += "; did you mean '\(near)'?" }
                YAMLFields.report(message, at: key, file: file, log: log)
            }
            pairs.append((name, key, value))
        }
        self.pairs = pairs
    }

    static func report(_ message: String, at node: Node?, file: String, log: DiagnosticLog) {
        let mark = node?.mark
        log.error(message, file: file, line: mark?.line, column: mark?.column)
    }

    func error(_ message: String, at node: Node? = nil) {
        YAMLFields.report(message, at: node ?? self.node, file: file, log: log)
    }

    func has(_ key: String) -> Bool { pairs.contains { $0.key == key } }

    func value(_ key: String) -> Node? { pairs.first { $0.key == key }?.value }

    /// Reports a missing required key at the mapping.
    private func lookup(_ key: String, required: Bool) -> Node? {
        guard let node = value(key) else {
            if required { error("missing required key '\(key)'") }
            return nil
        }
        if case let .scalar(scalar) = node, scalar.style == .plain && ["", "~", "null", "Null", "NULL"].contains(scalar.string) {
            if required { error("'\(key)' must not be empty", at: node) }
            return nil
        }
        return node
    }

    func string(_ key: String, required: Bool = false) -> String? {
        guard let node = lookup(key, required: required) else { return nil }
        guard case let .scalar(scalar) = node else {
            error("'\(key)' must be text, not a \(node.typeName)", at: node)
            return nil
        }
        return scalar.string
    }

    func int(_ key: String, required: Bool = false, range: ClosedRange<Int>? = nil) -> Int? {
        guard let node = lookup(key, required: required) else { return nil }
        guard let text = node.scalar?.string, let value = Int(text) else {
            error("'\(key)' must be a whole number", at: node)
            return nil
        }
        if let range, !range.contains(value) {
            error("'\(key)' must be between \(range.lowerBound) and \(range.upperBound), not \(value)", at: node)
            return nil
        }
        return value
    }

    func double(_ key: String, required: Bool = false) -> Double? {
        guard let node = lookup(key, required: required) else { return nil }
        guard let text = node.scalar?.string, let value = Double(text), value.isFinite else {
            error("'\(key)' must be a number", at: node)
            return nil
        }
        return value
    }

    /// Only `true` and `false`: YAML 1.1's `yes`, `on`, `no` are rejected.
    func bool(_ key: String, required: Bool = false) -> Bool? {
        guard let node = lookup(key, required: required) else { return nil }
        switch node.scalar?.string {
        case "true": return true
        case "false": return false
        default:
            let shown = node.scalar?.string ?? node.typeName
            error("'\(key)' must be true or false, not '\(shown)'", at: node)
            return nil
        }
    }

    func day(_ key: String, required: Bool = false) -> Day? {
        guard let text = string(key, required: required) else { return nil }
        guard let day = Day(iso: text) else {
            error("'\(key)' must be a date written YYYY-MM-DD (a real day), not '\(text)'", at: value(key))
            return nil
        }
        return day
    }

    /// `72h`, `3d`, `2w`, `30m`, in hours.
    func hours(_ key: String, required: Bool = false) -> Double? {
        guard let text = string(key, required: required) else { return nil }
        guard let hours = YAMLFields.parseHours(text) else {
            error("'\(key)' must be a duration such as 24h, 3d, 2w or 30m, at most 100 years, not '\(text)'", at: value(key))
            return nil
        }
        return hours
    }

    /// The longest duration a data file may state: a hundred years, in hours.
    static let longestHours = 876_600.0

    /// `72h`, `1.5d`: plain decimal digits (no sign, exponent, `inf` or `nan`) and a unit,
    /// at most `longestHours`.
    static func parseHours(_ text: String) -> Double? {
        let t = text.trimmingCharacters(in: .whitespaces)
        guard let unit = t.last else { return nil }
        let digits = t.dropLast()
        guard let first = digits.first, first.isASCII, first.isNumber,
              digits.allSatisfy({ ($0.isASCII && $0.isNumber) || $0 == "." }), digits.filter({ $0 == "." }).count <= 1,
              let number = Double(digits), number.isFinite else { return nil }
        let hours: Double
        switch unit {
        case "m": hours = number / 60
        case "h": hours = number
        case "d": hours = number * 24
        case "w": hours = number * 24 * 7
        default: return nil
        }
        return hours <= longestHours ? hours : nil
    }

    /// A frequency in a data file (`quarterly`, `every 10 days`), with the reason when refused.
    func frequency(_ key: String, required: Bool = false) -> Frequency? {
        guard let text = string(key, required: required) else { return nil }
        switch Frequency.parse(token: text) {
        case .success(let f): return f
        case .failure(let problem):
            error(problem.message(for: text), at: value(key))
            return nil
        }
    }

    func enumeration<T: RawRepresentable>(_ key: String, _: T.Type, required: Bool = false) -> T?
    where T.RawValue == String, T: CaseIterable {
        guard let text = string(key, required: required) else { return nil }
        guard let value = T(rawValue: text) else {
            let choices = T.allCases.map { "'\($0.rawValue)'" }.joined(separator: ", ")
            error("'\(key)' must be one of \(choices), not '\(text)'", at: value(key))
            return nil
        }
        return value
    }

    /// A list of text; a single scalar is accepted as a list of one.
    func strings(_ key: String, required: Bool = false) -> [String] {
        guard let node = lookup(key, required: required) else { return [] }
        switch node {
        case let .scalar(scalar): return [scalar.string]
        case let .sequence(sequence):
            return sequence.compactMap { item in
                guard let text = item.scalar?.string else {
                    error("items of '\(key)' must be text", at: item)
                    return nil
                }
                return text
            }
        default:
            error("'\(key)' must be a list", at: node)
            return []
        }
    }

    /// A list of mappings, each read by `read`.
    func list<T>(_ key: String, required: Bool = false, _ read: (Node) -> T?) -> [T] {
        guard let node = lookup(key, required: required) else { return [] }
        guard case let .sequence(sequence) = node else {
            error("'\(key)' must be a list", at: node)
            return []
        }
        return sequence.compactMap(read)
    }

    /// A mapping of text to text, such as declared facts.
    func dictionary(_ key: String) -> [(key: String, value: String, node: Node)] {
        guard let node = lookup(key, required: false) else { return [] }
        guard case let .mapping(mapping) = node else {
            error("'\(key)' must be a mapping", at: node)
            return []
        }
        return mapping.compactMap { k, v in
            guard let name = k.scalar?.string, let text = v.scalar?.string else {
                error("entries of '\(key)' must be 'name: value' text", at: v)
                return nil
            }
            return (name, text, v)
        }
    }

    private static func nearest(to word: String, in candidates: [String]) -> String? {
        candidates
            .map { ($0, editDistance(word.lowercased(), $0)) }
            .filter { $0.1 <= max(2, word.count / 3) }
            .min { $0.1 < $1.1 }?.0
    }

    static func editDistance(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        guard !a.isEmpty else { return b.count }
        guard !b.isEmpty else { return a.count }
        var previous = Array(0...b.count)
        for i in 1...a.count {
            var current = [i] + Array(repeating: 0, count: b.count)
            for j in 1...b.count {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            previous = current
        }
        return previous[b.count]
    }
}

extension Node {
    var typeName: String {
        switch self {
        case .scalar: "value"
        case .mapping: "mapping"
        case .sequence: "list"
        case .alias: "alias"
        }
    }

    var mark: Mark? {
        switch self {
        case let .scalar(s): s.mark
        case let .mapping(m): m.mark
        case let .sequence(s): s.mark
        case let .alias(a): a.mark
        }
    }
}

import Foundation
