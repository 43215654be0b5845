import GRDB

/// The corrective-action tracker's tables, added to the session store as their own migration:
/// one row an action (a nonconformity of a readiness run, keyed by scenario and finding id),
/// and an append-only log of what was recorded against it and when.
enum ActionSchema {
    static func register(in migrator: inout DatabaseMigrator) {
        migrator.registerMigration("v3: corrective actions") { db in
            try db.create(table: "action") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("scenario", .text).notNull()
                t.column("findingId", .text).notNull()
                t.column("grade", .text).notNull()
                t.column("control", .text).notNull()
                t.column("controlTitle", .text).notNull()
                t.column("found", .text).notNull()
                t.column("suggestedCorrection", .text).notNull()
                t.column("suggestedCorrectiveAction", .text).notNull()
                t.column("owner", .text)
                t.column("rootCause", .text)
                t.column("plan", .text)
                t.column("status", .text).notNull()
                t.column("statusOn", .text).notNull()
                t.column("planDue", .text).notNull()
                t.column("verificationDue", .text)
                t.column("importedOn", .text).notNull()
                t.uniqueKey(["scenario", "findingId"])
            }
            try db.create(table: "actionEvent") { t in
                t.autoIncrementedPrimaryKey("id")
                t.belongsTo("action", onDelete: .cascade).notNull()
                t.column("on", .text).notNull()
                t.column("kind", .text).notNull()
                t.column("text", .text).notNull()
            }
        }
    }
}
