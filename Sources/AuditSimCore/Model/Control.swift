/// The id of a clause or control as the framework writes it: `4.3`, `9.2.2`, `A.5.15`,
/// `CC6.1`. Ordered naturally, so A.5.9 sorts before A.5.10.
public struct ControlID: Hashable, Comparable, Sendable, CustomStringConvertible,
    ExpressibleByStringLiteral
{
    public let rawValue: String

    public init(_ rawValue: String) { self.rawValue = rawValue }
    public init(stringLiteral value: String) { self.rawValue = value }

    public var description: String { rawValue }

    public static func < (lhs: ControlID, rhs: ControlID) -> Bool {
        let a = lhs.sortKey, b = rhs.sortKey
        for (x, y) in zip(a, b) where x != y {
            switch (x, y) {
            case let (.number(p), .number(q)): return p < q
            case let (.text(p), .text(q)): return p < q
            case (.text, .number): return false
            case (.number, .text): return true
            }
        }
        return a.count < b.count
    }

    private enum Part: Equatable { case number(Int), text(String) }

    /// Splits into runs of digits and non-digits, dropping dots.
    private var sortKey: [Part] {
        var parts: [Part] = []
        var current = ""
        var digits = false
        func flush() {
            guard !current.isEmpty else { return }
            parts.append(digits ? .number(Int(current) ?? 0) : .text(current))
            current = ""
        }
        for ch in rawValue {
            if ch == "." { flush(); continue }
            let isDigit = ch.isASCII && ch.isNumber
            if isDigit != digits { flush(); digits = isDigit }
            current.append(ch)
        }
        flush()
        return parts
    }
}

/// A management-system requirement (a clause) or a control a Statement of Applicability
/// must address.
public enum ControlKind: String, Sendable, CaseIterable {
    case requirement
    case control
}

public struct Control: Hashable, Sendable {
    public var id: ControlID
    public var title: String
    public var kind: ControlKind
    /// Groups the report: clause themes, or Annex A's organizational/people/physical/technological.
    public var theme: String

    public init(id: ControlID, title: String, kind: ControlKind, theme: String) {
        self.id = id
        self.title = title
        self.kind = kind
        self.theme = theme
    }
}
