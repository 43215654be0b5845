import AuditSimCore

/// How the tracker prints on a terminal: a table for lists, a card for one action.
enum ActionLines {
    static func line(_ a: TrackedAction, today: Day) -> String {
        "#\(a.id) \(a.findingID) [\(a.grade.rawValue), \(a.status.rawValue)] plan due \(a.planDue)"
            + (a.verificationDue.map { ", verify by \($0)" } ?? "") + (a.isOverdue(on: today) ? " OVERDUE" : "")
    }

    static func table(_ actions: [TrackedAction], today: Day) -> String {
        let header = ["ID", "SCENARIO", "FINDING", "GRADE", "STATUS", "OWNER", "PLAN DUE", "VERIFY BY", "OVERDUE"]
        let rows = actions.map { a in
            [String(a.id), a.scenario, a.findingID, a.grade.rawValue, a.status.rawValue, a.owner ?? "-", a.planDue.description,
             a.verificationDue?.description ?? "-", a.isOverdue(on: today) ? "yes" : "-"]
        }
        let widths = header.indices.map { i in ([header] + rows).map { $0[i].count }.max() ?? 0 }
        return ([header] + rows).map { row in
            row.enumerated().map { $0.element.padding(toLength: widths[$0.offset], withPad: " ", startingAt: 0) }
                .joined(separator: "  ").trimmingCharacters(in: .whitespaces)
        }.map(ActionExport.visible).joined(separator: "\n")
    }

    static func detail(_ a: TrackedAction, events: [ActionEvent], today: Day) -> String {
        var out = [
            "Action \(a.id): \(a.findingID) (\(a.grade.title), \(a.scenario))",
            "Control: \(a.control) \(a.controlTitle)",
            "Found: \(a.found)",
            "Suggested correction: \(a.suggestedCorrection)",
            "Suggested corrective action: \(a.suggestedCorrectiveAction)",
            "Owner: \(a.owner ?? "unassigned")",
            "Root cause: \(a.rootCause ?? "(not recorded yet)")",
            "Plan: \(a.plan ?? "(not recorded yet)")",
            "Status: \(a.status.rawValue) since \(a.statusOn)",
            "Plan due: \(a.planDue)" + (a.verificationDue.map { "; verification due \($0)" } ?? "; plan accepted before the certification decision")
                + (a.isOverdue(on: today) ? " (OVERDUE on \(today))" : ""),
            "History:",
        ]
        out += events.map { "  \($0.on)  \($0.kind): \($0.text)" }
        return out.map(ActionExport.visible).joined(separator: "\n")
    }
}
