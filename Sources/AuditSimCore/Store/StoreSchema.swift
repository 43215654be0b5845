import GRDB

/// The store's schema, versioned through GRDB's migrator so a newer auditsim opens an
/// older store: add a migration, never edit a shipped one.
enum StoreSchema {
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1: sessions, turns, findings") { db in
            try db.create(table: "session") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("createdAt", .text).notNull()
                t.column("scenario", .text).notNull()
                t.column("scenarioName", .text).notNull()
                t.column("bank", .text).notNull()
                t.column("mode", .text).notNull()
                t.column("person", .text)
                t.column("stages", .text).notNull()
                t.column("controls", .text)
                t.column("seed", .integer).notNull()
                t.column("answerSet", .text)
                t.column("status", .text).notNull()
                t.column("verdict", .text)
                t.column("questionsTotal", .integer).notNull()
                t.column("answered", .integer).notNull().defaults(to: 0)
            }
            try db.create(table: "turn") { t in
                t.autoIncrementedPrimaryKey("id")
                t.belongsTo("session", onDelete: .cascade).notNull()
                t.column("seq", .integer).notNull()
                t.column("createdAt", .text).notNull()
                t.column("questionId", .text).notNull()
                t.column("control", .text).notNull()
                t.column("interviewee", .text).notNull()
                t.column("asked", .text).notNull()
                t.column("input", .text).notNull()
                t.column("text", .text)
                t.column("outcome", .text).notNull()
                t.column("understood", .text)
                t.column("verdict", .text)
                t.column("prevHash", .text).notNull()
                t.column("hash", .text).notNull()
                t.uniqueKey(["sessionId", "seq"])
            }
            try db.create(table: "finding") { t in
                t.belongsTo("session", onDelete: .cascade).notNull()
                t.column("findingId", .text).notNull()
                t.column("grade", .text).notNull()
                t.column("control", .text).notNull()
                t.column("rule", .text).notNull()
                t.column("found", .text).notNull()
                t.primaryKey(["sessionId", "findingId"])
            }
        }
        ActionSchema.register(in: &migrator)
        return migrator
    }
}
