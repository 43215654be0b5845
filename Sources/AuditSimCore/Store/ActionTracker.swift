import Foundation
import GRDB

/// The corrective-action tracker in the session store: nonconformities imported from
/// readiness runs and driven to closure. Every change is one transaction, so an interrupted
/// command (Ctrl-C, a kill) leaves the store as it was before it or after it, never between.
public final class ActionTracker: Sendable {
    private let pool: DatabasePool

    public init(path: URL) throws {
        try FileManager.default.createDirectory(at: path.deletingLastPathComponent(), withIntermediateDirectories: true)
        var config = Configuration()
        config.busyMode = .timeout(5)
        pool = try DatabasePool(path: path.path, configuration: config)
        try StoreSchema.migrator.migrate(pool)
    }

    /// Imports a readiness run's nonconformities for `scenario`: new ones are added, and open
    /// actions of that scenario the run no longer raises are marked verified: the run's
    /// evidence now closes them. `titles` gives each control's title.
    public func importRun(scenario: String, actions: [CorrectiveAction], titles: [ControlID: String], on day: Day) throws -> ImportOutcome {
        try pool.write { db in
            var outcome = ImportOutcome()
            let raised = Set(actions.map(\.findingID))
            for a in actions {
                if let existing = try Self.fetch(db, scenario: scenario, findingID: a.findingID) {
                    if existing.status.isResolved {
                        try Self.log(db, existing.id, day, "raised-again", "Raised again by the readiness run of \(day).")
                        outcome.raisedAgain.append(existing)
                    } else {
                        outcome.stillOpen.append(existing)
                    }
                    continue
                }
                try db.execute(sql: """
                    INSERT INTO action (scenario, findingId, grade, control, controlTitle, found, suggestedCorrection,
                                        suggestedCorrectiveAction, owner, status, statusOn, planDue, verificationDue, importedOn)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'open', ?, ?, ?, ?)
                    """, arguments: [scenario, a.findingID, a.grade.rawValue, a.control.rawValue, titles[a.control] ?? "", a.found,
                                     a.suggestedCorrection, a.suggestedCorrectiveAction, a.owner, day.description,
                                     a.planDue.description, a.verificationDue?.description, day.description])
                try Self.log(db, db.lastInsertedRowID, day, "import", "Imported from the readiness run of \(day).")
                outcome.added.append(try Self.fetch(db, scenario: scenario, findingID: a.findingID)!)
            }
            for open in try Self.all(db).filter({ $0.scenario == scenario && !$0.status.isResolved && !raised.contains($0.findingID) }) {
                try db.execute(sql: "UPDATE action SET status = 'verified', statusOn = ? WHERE id = ?", arguments: [day.description, open.id])
                try Self.log(db, open.id, day, "status", "verified: not raised by the readiness run of \(day); its evidence now closes it.")
                outcome.closedByEvidence.append(try Self.fetch(db, id: open.id)!)
            }
            return outcome
        }
    }

    /// Records what the organisation did, in one transaction: a root cause, a plan, an evidence
    /// note and a status move (forward only), each dated `on`.
    @discardableResult
    public func record(_ id: Int64, _ update: ActionUpdate, on day: Day) throws -> TrackedAction {
        guard !update.isEmpty else { throw ActionError.nothingToRecord }
        return try pool.write { db in
            guard let action = try Self.fetch(db, id: id) else { throw ActionError.noSuchAction(id) }
            if let next = update.status, !action.status.canMove(to: next) {
                throw ActionError.cannotMove(id: id, from: action.status, to: next)
            }
            if let cause = update.rootCause {
                try db.execute(sql: "UPDATE action SET rootCause = ? WHERE id = ?", arguments: [cause, id])
                try Self.log(db, id, day, "root-cause", cause)
            }
            if let plan = update.plan {
                try db.execute(sql: "UPDATE action SET plan = ? WHERE id = ?", arguments: [plan, id])
                try Self.log(db, id, day, "plan", plan)
            }
            if let note = update.evidence { try Self.log(db, id, day, "evidence", note) }
            if let next = update.status {
                try db.execute(sql: "UPDATE action SET status = ?, statusOn = ? WHERE id = ?", arguments: [next.rawValue, day.description, id])
                try Self.log(db, id, day, "status", next.rawValue)
            }
            return try Self.fetch(db, id: id)!
        }
    }

    public func actions(_ filter: ActionFilter = ActionFilter()) throws -> [TrackedAction] {
        try pool.read { db in try Self.all(db).filter(filter.matches) }
    }

    public func action(_ id: Int64) throws -> TrackedAction? {
        try pool.read { db in try Self.fetch(db, id: id) }
    }

    public func events(of id: Int64) throws -> [ActionEvent] {
        try pool.read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM actionEvent WHERE actionId = ? ORDER BY id", arguments: [id]).map {
                ActionEvent(on: Day(iso: $0["on"] as String) ?? Day(ordinal: 0), kind: $0["kind"], text: $0["text"])
            }
        }
    }

    static func all(_ db: Database) throws -> [TrackedAction] {
        try Row.fetchAll(db, sql: "SELECT * FROM action ORDER BY id").map(TrackedAction.init)
    }

    static func fetch(_ db: Database, id: Int64) throws -> TrackedAction? {
        try Row.fetchOne(db, sql: "SELECT * FROM action WHERE id = ?", arguments: [id]).map(TrackedAction.init)
    }

    static func fetch(_ db: Database, scenario: String, findingID: String) throws -> TrackedAction? {
        try Row.fetchOne(db, sql: "SELECT * FROM action WHERE scenario = ? AND findingId = ?", arguments: [scenario, findingID])
            .map(TrackedAction.init)
    }

    static func log(_ db: Database, _ id: Int64, _ day: Day, _ kind: String, _ text: String) throws {
        try db.execute(sql: "INSERT INTO actionEvent (actionId, \"on\", kind, text) VALUES (?, ?, ?, ?)",
                       arguments: [id, day.description, kind, text])
    }
}

/// What an import did.
public struct ImportOutcome: Sendable {
    public var added: [TrackedAction] = []
    /// Already tracked and still open: the run raised them again.
    public var stillOpen: [TrackedAction] = []
    /// Tracked, open, and no longer raised: the run's evidence closes them (now verified).
    public var closedByEvidence: [TrackedAction] = []
    /// Verified or closed, yet raised again by the run.
    public var raisedAgain: [TrackedAction] = []
}

/// The tracker's mistakes a person can make, each with a message that says what to do.
public enum ActionError: LocalizedError, Equatable {
    /// No action has this id.
    case noSuchAction(Int64)
    /// A status may only move forward: open → plan-accepted → implemented → verified → closed.
    case cannotMove(id: Int64, from: ActionStatus, to: ActionStatus)
    /// An update that records nothing.
    case nothingToRecord

    public var errorDescription: String? {
        switch self {
        case let .noSuchAction(id): "there is no corrective action \(id); `auditsim actions list` shows them"
        case let .cannotMove(id, from, to):
            "action \(id) is \(from.rawValue) and cannot move back to \(to.rawValue); statuses go forward only: "
                + ActionStatus.allCases.map(\.rawValue).joined(separator: " → ")
        case .nothingToRecord: "nothing to record: give --root-cause, --plan, --evidence or --status"
        }
    }
}

extension TrackedAction {
    init(row: Row) {
        id = row["id"]
        scenario = row["scenario"]
        findingID = row["findingId"]
        grade = Grade(rawValue: row["grade"]) ?? .minor
        control = ControlID(row["control"] as String)
        controlTitle = row["controlTitle"]
        found = row["found"]
        suggestedCorrection = row["suggestedCorrection"]
        suggestedCorrectiveAction = row["suggestedCorrectiveAction"]
        owner = row["owner"]
        rootCause = row["rootCause"]
        plan = row["plan"]
        status = ActionStatus(rawValue: row["status"]) ?? .open
        statusOn = Day(iso: row["statusOn"] as String) ?? Day(ordinal: 0)
        planDue = Day(iso: row["planDue"] as String) ?? Day(ordinal: 0)
        verificationDue = (row["verificationDue"] as String?).flatMap { Day(iso: $0) }
        importedOn = Day(iso: row["importedOn"] as String) ?? Day(ordinal: 0)
    }
}
