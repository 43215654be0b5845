import AuditSimCore
import Foundation

/// Finds the person someone means by "priya", "Priya Shah" or "priya-shah".
public enum StaffMatch: Equatable {
    case found(StaffMember)
    case ambiguous([StaffMember])
    case none

    /// Staff id, full name, or an unambiguous first name; case-insensitive.
    public static func find(_ name: String, in staff: [StaffMember]) -> StaffMatch {
        let key = name.trimmingCharacters(in: .whitespaces).lowercased()
        guard !key.isEmpty else { return .none }
        if let byID = staff.first(where: { $0.id == name.trimmingCharacters(in: .whitespaces) }) { return .found(byID) }
        let exact = staff.filter { $0.id.lowercased() == key || $0.name.lowercased() == key }
        if exact.count == 1 { return .found(exact[0]) }
        if exact.count > 1 { return .ambiguous(exact) }  // two people called "Bob Kay": never pick one
        let byFirst = staff.filter { $0.name.split(separator: " ").first?.lowercased() == key }
        switch byFirst.count {
        case 0: return .none
        case 1: return .found(byFirst[0])
        default: return .ambiguous(byFirst)
        }
    }

    /// The people, one a line, for a message after a name did not match.
    public static func listing(_ staff: [StaffMember]) -> String {
        staff.map { "  \($0.id.padding(toLength: 18, withPad: " ", startingAt: 0)) \(TerminalStyle.inert($0.addressed))" }
            .joined(separator: "\n")
    }
}
