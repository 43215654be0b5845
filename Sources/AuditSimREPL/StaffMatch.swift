import AuditSimCore
import Foundation

/// Finds the person someone means by "priya", "Priya Shah" or "priya-shah".
public enum StaffMatch: Equatable {
    case found(StaffMember)
    case ambiguous([StaffMember])
    case none

    /// Staff id or full name; then first name, surname, role or one of its aliases
    /// ("head of HR"), taken only when one person fits; case-insensitive.
    public static func find(_ name: String, in staff: [StaffMember]) -> StaffMatch {
        let key = name.trimmingCharacters(in: .whitespaces).lowercased()
            .split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
        guard !key.isEmpty else { return .none }
        if let byID = staff.first(where: { $0.id == name.trimmingCharacters(in: .whitespaces) }) { return .found(byID) }
        let exact = staff.filter { $0.id.lowercased() == key || $0.name.lowercased() == key }
        if exact.count == 1 { return .found(exact[0]) }
        if exact.count > 1 { return .ambiguous(exact) }  // two people called "Bob Kay": never pick one
        let tiers: [(StaffMember) -> Bool] = [
            { $0.name.split(separator: " ").first?.lowercased() == key },
            { $0.name.split(separator: " ").count > 1 && $0.name.split(separator: " ").last?.lowercased() == key },
            { $0.role.lowercased() == key || $0.aliases.contains { $0.lowercased() == key } },
        ]
        var candidates: [StaffMember] = []
        for tier in tiers {
            for m in staff where tier(m) && !candidates.contains(where: { $0.id == m.id }) { candidates.append(m) }
        }
        switch candidates.count {
        case 0: return .none
        case 1: return .found(candidates[0])
        default: return .ambiguous(candidates)
        }
    }

    /// The people, one a line, for a message after a name did not match.
    public static func listing(_ staff: [StaffMember]) -> String {
        staff.map { "  \($0.id.padding(toLength: 18, withPad: " ", startingAt: 0)) \(TerminalStyle.inert($0.addressed))" }
            .joined(separator: "\n")
    }
}
