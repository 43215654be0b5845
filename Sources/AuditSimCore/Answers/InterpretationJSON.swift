import Foundation

/// The machine-readable form printed by `auditsim interpret --format json`: one JSON object
/// with `kind`, `value`, `uncertain` and `explanation`, plus `confirm` when the answer is
/// asked back and `people` when it names several; keys sorted so the output is byte-for-byte
/// reproducible.
extension Interpretation {
    public func jsonString() -> String {
        var object: [String: Any] = [
            "kind": kind.rawValue,
            "value": jsonValue ?? NSNull(),
            "uncertain": uncertain,
            "explanation": explanation,
        ]
        if let confirm { object["confirm"] = confirm }
        if people.count > 1 { object["people"] = people.map { ["name": $0.name, "role": $0.role] } }
        guard let data = try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .withoutEscapingSlashes]),
              let text = String(data: data, encoding: .utf8) else {
            return "{\"explanation\":\"could not encode\",\"kind\":\"\(kind.rawValue)\",\"uncertain\":true,\"value\":null}"
        }
        return text
    }

    private var jsonValue: Any? {
        guard let value else { return nil }
        switch value {
        case .frequency(let f):
            return ["label": f.label.rawValue, "days": f.days.map { $0 as Any } ?? NSNull()] as [String: Any]
        case .date(let r):
            return ["start": r.start.description, "end": r.end.description, "precision": r.precision.rawValue]
        case .yesNo(let yn):
            switch yn {
            case .yes: return true
            case .no: return false
            case .partly: return "partial"
            }
        case .duration(let hours): return finite(hours)
        case .number(let n): return finite(n)
        case .person(let p): return ["name": p.name, "role": p.role]
        case .choice(let option): return option
        case .freeText(let c): return ["covered": c.covered, "missed": c.missed]
        }
    }

    /// JSON has no infinity or NaN; whole numbers print without a fraction.
    private func finite(_ x: Double) -> Any {
        guard x.isFinite else { return NSNull() }
        return x == x.rounded() && abs(x) < 1e15 ? Int(x) as Any : x as Any
    }
}
