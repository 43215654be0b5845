/// How an auditor grades a finding (ISO/IEC 17021-1). Only majors and minors are
/// nonconformities. Ordered from most to least severe.
public enum Grade: String, Sendable, CaseIterable, Comparable, Codable {
    case major
    case minor
    case observation
    case improvement

    public static func < (lhs: Grade, rhs: Grade) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }

    public var isNonconformity: Bool { self == .major || self == .minor }

    public var plural: String {
        switch self {
        case .major: "Major nonconformities"
        case .minor: "Minor nonconformities"
        case .observation: "Observations"
        case .improvement: "Opportunities for improvement"
        }
    }

    /// The name an auditor would write on the report.
    public var title: String {
        switch self {
        case .major: "Major nonconformity"
        case .minor: "Minor nonconformity"
        case .observation: "Observation"
        case .improvement: "Opportunity for improvement"
        }
    }
}
