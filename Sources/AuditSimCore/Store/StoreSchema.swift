import GRDB

/// The store's schema, versioned through GRDB's migrator so a newer auditsim opens an
/// older store: add a migration, never edit a shipped one. Another migration (for example
/// an actions tracker) is one more `registerMigration` call at the end of `migrator`.
enum StoreSchema {
    /// The migration identifiers in order; read-only opening checks which are applied.
    static let v1 = "v1: sessions, turns, findings"
    static let v2 = "v2: banks folder, sealed session row, turn count and head hash, keyed chain"

    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration(v1) { db in
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
        migrator.registerMigration(v2) { db in
            try db.alter(table: "session") { t in
                // The --banks folder the session was started with (nil: the shipped banks).
                t.add(column: "banks", .text)
                // 1: sessions made before v2 (turn chain only); 2: the session row sealed into the chain.
                t.add(column: "chain", .integer).notNull().defaults(to: 1)
                // Hash (or HMAC) of the session's fixed fields: the chain's first link.
                t.add(column: "seal", .text)
                // Fingerprint of the HMAC key of a keyed chain; nil for SHA-256.
                t.add(column: "keyId", .text)
                // How many turns the chain holds and the last one's hash, so a cut tail shows.
                t.add(column: "turnCount", .integer).notNull().defaults(to: 0)
                t.add(column: "headHash", .text)
                // Hash (or HMAC) over the session's changing fields and its findings.
                t.add(column: "stateHash", .text)
            }
            // Sessions made before: their chain as it stands is what the row now records.
            try db.execute(sql: """
                UPDATE session SET turnCount = (SELECT COUNT(*) FROM turn WHERE turn.sessionId = session.id),
                       headHash = (SELECT hash FROM turn WHERE turn.sessionId = session.id ORDER BY seq DESC LIMIT 1)
                """)
        }
        ActionSchema.register(in: &migrator)
        return migrator
    }
}
