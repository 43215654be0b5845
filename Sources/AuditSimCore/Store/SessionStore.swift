import Crypto
import Foundation
import GRDB

/// Where sessions live: SQLite in WAL mode, every input committed before the next question
/// is asked. Each session row is sealed (its fixed fields hashed) and each transcript row is
/// chained to the one before, starting from that seal, by SHA-256 or, with a key kept
/// outside the store, HMAC-SHA256. The session row also keeps the turn count and the head
/// hash (so a cut tail shows) and a hash over its changing fields and findings.
public final class SessionStore: Sendable {
    private let reader: any DatabaseReader
    private let writer: (any DatabaseWriter)?
    public let path: URL
    /// How links are computed for sessions this store creates and checks.
    public let hasher: ChainHasher
    /// Opened for reading only (`sessions`, `show`, `verify`, `report`).
    public var isReadOnly: Bool { writer == nil }

    /// `$XDG_DATA_HOME/auditsim/sessions.sqlite`, default `~/.local/share`.
    public static func defaultPath(environment: [String: String] = ProcessInfo.processInfo.environment) -> URL {
        let base = environment["XDG_DATA_HOME"].flatMap { $0.isEmpty ? nil : URL(fileURLWithPath: $0) }
            ?? FileManager.default.homeDirectoryForCurrentUser.appendingPathComponent(".local/share")
        return base.appendingPathComponent("auditsim/sessions.sqlite")
    }

    /// Opens (creating and migrating if needed) for reading and writing. Opening and the
    /// migrations run under a file lock, so concurrent first starts do not race.
    public init(path: URL, hasher: ChainHasher = .unkeyed) throws {
        if let problem = FileChecks.notRegular(path) { throw StoreError.notRegular(path.path, problem) }
        try FileManager.default.createDirectory(at: path.deletingLastPathComponent(), withIntermediateDirectories: true)
        self.path = path
        self.hasher = hasher
        var config = Configuration()
        config.busyMode = .timeout(10)
        let pool = try StoreOpenLock.with(path) { () throws -> DatabasePool in
            let pool = try DatabasePool(path: path.path, configuration: config)
            try StoreSchema.migrator.migrate(pool)
            return pool
        }
        reader = pool
        writer = pool
    }

    /// Opens an existing store without writing to it: no migration, no WAL checkpoint, so a
    /// write-protected store (or one on read-only media) can still be listed, shown,
    /// verified and reported. When SQLite cannot open it in place read-only (a WAL store in
    /// a folder it may not write), a private copy is read instead.
    public init(readingOnly path: URL, hasher: ChainHasher = .unkeyed) throws {
        guard FileManager.default.fileExists(atPath: path.path) else { throw StoreError.noStore(path.path) }
        if let problem = FileChecks.notRegular(path) { throw StoreError.notRegular(path.path, problem) }
        self.path = path
        self.hasher = hasher
        writer = nil
        var config = Configuration()
        config.readonly = true
        config.busyMode = .timeout(10)
        do {
            let queue = try DatabaseQueue(path: path.path, configuration: config)
            _ = try queue.read { try Int.fetchOne($0, sql: "SELECT COUNT(*) FROM sqlite_master") }
            reader = queue
        } catch {
            let copy = FileManager.default.temporaryDirectory.appendingPathComponent("auditsim-ro-\(UUID().uuidString).sqlite")
            try FileManager.default.copyItem(at: path, to: copy)
            for suffix in ["-wal"] where FileManager.default.isReadableFile(atPath: path.path + suffix) {
                try? FileManager.default.copyItem(atPath: path.path + suffix, toPath: copy.path + suffix)
            }
            reader = try DatabaseQueue(path: copy.path, configuration: config)
        }
        let isStore = (try? reader.read { try $0.tableExists("session") && $0.tableExists("turn") }) ?? false
        guard isStore else { throw StoreError.notAStore(path.path) }
    }

    private func write<T>(_ body: (Database) throws -> T) throws -> T {
        guard let writer else { throw StoreError.readOnly(path.path) }
        return try writer.write(body)
    }

    /// Takes the one-writer lock on session `id`; throws `StoreError.sessionInUse` naming
    /// where it is open. Hold the returned lock for as long as the session is written.
    public func lock(session id: Int64) throws -> SessionLock {
        try SessionLock(store: path, session: id)
    }

    public func create(_ info: SessionInfo) throws -> Int64 {
        try write { db in
            try db.execute(sql: """
                INSERT INTO session (createdAt, scenario, scenarioName, bank, mode, person, stages, controls, seed, answerSet,
                                     status, questionsTotal, banks, chain, keyId)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'active', ?, ?, 2, ?)
                """, arguments: [info.createdAt, info.scenarioPath, info.scenarioName, info.bank, info.mode.rawValue, info.person,
                                 info.stages.map(String.init).joined(separator: ","), info.controls?.joined(separator: ","),
                                 Int64(bitPattern: info.seed), info.answerSet, info.questionsTotal, info.banks, hasher.keyID])
            let id = db.lastInsertedRowID
            let row = try Row.fetchOne(db, sql: "SELECT * FROM session WHERE id = ?", arguments: [id])!
            let seal = Self.seal(row, hasher)
            try db.execute(sql: "UPDATE session SET seal = ?, headHash = ? WHERE id = ?", arguments: [seal, seal, id])
            try reseal(db, id)
            return id
        }
    }

    /// Appends one input and its outcome in a single transaction, chained to the previous row.
    public func append(_ turn: StoredTurn, to session: Int64) throws {
        try write { db in
            let head = try head(db, session)
            try checkKey(head, session)
            let previous = try String.fetchOne(db, sql: "SELECT hash FROM turn WHERE sessionId = ? ORDER BY seq DESC LIMIT 1",
                                               arguments: [session]) ?? head.start
            let seq = (try Int.fetchOne(db, sql: "SELECT MAX(seq) FROM turn WHERE sessionId = ?", arguments: [session]) ?? 0) + 1
            var row = turn
            row.seq = seq
            let hash = head.chain >= 2 ? row.chainedHash(after: previous, session: session, hasher: hasher)
                : row.chainedHash(after: previous)
            try db.execute(sql: """
                INSERT INTO turn (sessionId, seq, createdAt, questionId, control, interviewee, asked, input, text, outcome,
                                  understood, verdict, prevHash, hash)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, arguments: [session, seq, row.createdAt, row.questionID, row.control, row.interviewee, row.asked,
                                 row.input, row.text, row.outcome, row.understood, row.verdict, previous, hash])
            try db.execute(sql: """
                UPDATE session SET answered = ?, turnCount = ?, headHash = ?,
                       status = CASE status WHEN 'finished' THEN status ELSE 'active' END WHERE id = ?
                """, arguments: [row.progress, seq, hash, session])
            try reseal(db, session)
        }
    }

    /// Replaces the session's findings so far (the interview's own; evidence findings are recomputed).
    public func record(findings: [Finding], verdict: String?, status: SessionStatus, for session: Int64) throws {
        try write { db in
            try checkKey(try head(db, session), session)
            try db.execute(sql: "DELETE FROM finding WHERE sessionId = ?", arguments: [session])
            for f in findings {
                try db.execute(sql: "INSERT INTO finding (sessionId, findingId, grade, control, rule, found) VALUES (?, ?, ?, ?, ?, ?)",
                               arguments: [session, f.id, f.grade.rawValue, f.control.rawValue, f.rule.rawValue, f.found])
            }
            try db.execute(sql: "UPDATE session SET status = ?, verdict = COALESCE(?, verdict) WHERE id = ?",
                           arguments: [status.rawValue, verdict, session])
            try reseal(db, session)
        }
    }

    public func setStatus(_ status: SessionStatus, for session: Int64) throws {
        try write { db in
            try checkKey(try head(db, session), session)
            try db.execute(sql: "UPDATE session SET status = ? WHERE id = ? AND status != 'finished'", arguments: [status.rawValue, session])
            try reseal(db, session)
        }
    }

    public func session(_ id: Int64) throws -> SessionSummary? {
        try reader.read { db in try Row.fetchOne(db, sql: SessionSummary.select + " WHERE s.id = ?", arguments: [id]).map(SessionSummary.init) }
    }

    public func latest() throws -> SessionSummary? {
        try reader.read { db in try Row.fetchOne(db, sql: SessionSummary.select + " ORDER BY s.id DESC LIMIT 1").map(SessionSummary.init) }
    }

    public func sessions() throws -> [SessionSummary] {
        try reader.read { db in try Row.fetchAll(db, sql: SessionSummary.select + " ORDER BY s.id").map(SessionSummary.init) }
    }

    public func turns(of session: Int64) throws -> [StoredTurn] {
        try reader.read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM turn WHERE sessionId = ? ORDER BY seq", arguments: [session]).map(StoredTurn.init)
        }
    }

    /// The stored findings of a session, by id.
    public func findings(of session: Int64) throws -> [StoredFinding] {
        try reader.read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM finding WHERE sessionId = ? ORDER BY findingId", arguments: [session])
                .map { StoredFinding(id: $0["findingId"], grade: $0["grade"], control: $0["control"], rule: $0["rule"], found: $0["found"]) }
        }
    }

    /// The inputs to replay into a fresh session machine to resume it.
    public func inputs(of session: Int64) throws -> [InterviewSession.Input] {
        try turns(of: session).map { $0.input == "skip" ? .skip : .answer($0.text ?? "") }
    }

    /// SQLite's own check of the file: pages, indexes, constraints. "ok" when sound.
    public func integrityCheck() throws -> [String] {
        try reader.read { db in try String.fetchAll(db, sql: "PRAGMA integrity_check") }
    }

    /// Checks session `id`'s chain: the seal over its fixed fields, every turn linked to the
    /// previous from that seal, the turn count and head hash kept in the session row, and
    /// the hash over its changing fields and findings. The first problem is returned.
    public func verify(_ id: Int64) throws -> ChainCheck {
        try reader.read { db in
            guard let row = try Row.fetchOne(db, sql: "SELECT * FROM session WHERE id = ?", arguments: [id]) else {
                return .sessionAltered("there is no session \(id)")
            }
            let turns = try Row.fetchAll(db, sql: "SELECT * FROM turn WHERE sessionId = ? ORDER BY seq", arguments: [id])
                .map(StoredTurn.init)
            let chain: Int = row["chain"] ?? 1
            let keyID: String? = row["keyId"]
            if hasher.isKeyed, chain < 2 {
                // A keyed verify never falls back to the unkeyed pre-seal chain: that would let a
                // rewrite pass by marking the session as old.
                return .keyNeeded("it is not sealed with the chain key given: it is an unsealed (pre-v2) session, or was marked as one")
            }
            if chain >= 2, keyID != hasher.keyID {
                return .keyNeeded(keyID == nil ? "it was sealed without a key; verify it without --chain-key"
                    : hasher.keyID == nil ? "it was sealed with a chain key (id \(keyID!)); pass --chain-key with that key file"
                    : "it was sealed with another chain key (id \(keyID!)), not the one given")
            }
            var previous = StoredTurn.genesis
            if chain >= 2 {
                let seal = Self.seal(row, hasher)
                guard row["seal"] == seal else { return .sessionAltered("its fixed fields (scenario, person, mode, stages, seed …) do not match their seal") }
                previous = seal
            }
            for (i, turn) in turns.enumerated() {
                let expected = chain >= 2 ? turn.chainedHash(after: previous, session: id, hasher: hasher) : turn.chainedHash(after: previous)
                guard turn.seq == i + 1, turn.prevHash == previous, expected == turn.hash else {
                    return .altered(seq: turn.seq, questionID: turn.questionID)
                }
                previous = turn.hash ?? ""
            }
            if let count: Int = row["turnCount"], row["headHash"] as String? != nil || count > 0 {
                guard count == turns.count, row["headHash"] == previous else { return .cut(recorded: count, found: turns.count) }
            }
            if chain >= 2, let stored: String = row["stateHash"], stored != (try Self.state(db, id, hasher)) {
                return .sessionAltered("its status, verdict, progress or findings were changed outside auditsim")
            }
            return .intact(turns: turns.count)
        }
    }

    /// The session's head hash and turn count, to keep somewhere the store's writers cannot reach.
    public func head(of id: Int64) throws -> (hash: String, turns: Int)? {
        try reader.read { db in
            guard let row = try Row.fetchOne(db, sql: "SELECT * FROM session WHERE id = ?", arguments: [id]) else { return nil }
            let last = try String.fetchOne(db, sql: "SELECT hash FROM turn WHERE sessionId = ? ORDER BY seq DESC LIMIT 1", arguments: [id])
            let count = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM turn WHERE sessionId = ?", arguments: [id]) ?? 0
            return (last ?? row["seal"] ?? StoredTurn.genesis, count)
        }
    }

    // MARK: Seals

    private struct Head { var chain: Int; var start: String; var keyID: String? }

    private func head(_ db: Database, _ id: Int64) throws -> Head {
        guard let row = try Row.fetchOne(db, sql: "SELECT chain, seal, keyId FROM session WHERE id = ?", arguments: [id]) else {
            throw StoreError.noSession(id)
        }
        let chain: Int = row["chain"] ?? 1
        return Head(chain: chain, start: chain >= 2 ? row["seal"] ?? StoredTurn.genesis : StoredTurn.genesis, keyID: row["keyId"])
    }

    private func checkKey(_ head: Head, _ id: Int64) throws {
        guard head.chain >= 2, head.keyID != hasher.keyID else { return }
        throw StoreError.wrongKey(id: id, head.keyID == nil ? "was sealed without a chain key; continue it without --chain-key"
            : "was sealed with a chain key (id \(head.keyID!)); pass --chain-key with that key file to continue it")
    }

    private func reseal(_ db: Database, _ id: Int64) throws {
        try db.execute(sql: "UPDATE session SET stateHash = ? WHERE id = ?", arguments: [try Self.state(db, id, hasher), id])
    }

    /// The digest of a session's fixed fields: what it was started with, and its id.
    static func seal(_ row: Row, _ hasher: ChainHasher) -> String {
        let fields: [String?] = [
            "auditsim-session-v2", String(row["id"] as Int64), row["createdAt"], row["scenario"], row["scenarioName"], row["bank"],
            row["banks"], row["mode"], row["person"], row["stages"], row["controls"], String(row["seed"] as Int64), row["answerSet"],
            String(row["questionsTotal"] as Int), row["keyId"],
        ]
        return hasher.digest(fields.map { $0 ?? "\u{0}" })
    }

    /// The digest of a session's changing fields and its findings.
    static func state(_ db: Database, _ id: Int64, _ hasher: ChainHasher) throws -> String {
        guard let row = try Row.fetchOne(db, sql: "SELECT * FROM session WHERE id = ?", arguments: [id]) else { return "" }
        var fields: [String?] = ["auditsim-state-v2", String(id), row["status"], row["verdict"], String(row["answered"] as Int),
                                 String(row["turnCount"] as Int), row["headHash"]]
        for f in try Row.fetchAll(db, sql: "SELECT * FROM finding WHERE sessionId = ? ORDER BY findingId", arguments: [id]) {
            fields += [f["findingId"], f["grade"], f["control"], f["rule"], f["found"]]
        }
        return hasher.digest(fields.map { $0 ?? "\u{0}" })
    }
}

/// What `verify` found in the chain.
public enum ChainCheck: Sendable, Equatable {
    case intact(turns: Int)
    case altered(seq: Int, questionID: String)
    /// The session row records more (or fewer) turns, or another head, than the chain holds.
    case cut(recorded: Int, found: Int)
    /// The session row itself was changed.
    case sessionAltered(String)
    /// The chain is keyed and the right key was not given.
    case keyNeeded(String)
}

/// A finding as stored with its session.
public struct StoredFinding: Sendable, Hashable {
    public var id: String
    public var grade: String
    public var control: String
    public var rule: String
    public var found: String
}

public enum SessionStatus: String, Sendable, Codable {
    case active, paused, finished
}

/// What a session was started with: enough to rebuild its plan on resume.
public struct SessionInfo: Sendable {
    public var createdAt: String
    public var scenarioPath: String
    public var scenarioName: String
    public var bank: String
    public var mode: InterviewSession.Mode
    public var person: String?
    public var stages: [Int]
    public var controls: [String]?
    public var seed: UInt64
    public var answerSet: String?
    public var questionsTotal: Int
    /// The `--banks` folder the session was started with; nil for the shipped banks.
    public var banks: String?

    public init(createdAt: String, scenarioPath: String, scenarioName: String, bank: String, mode: InterviewSession.Mode,
                person: String?, stages: [Int], controls: [String]?, seed: UInt64, answerSet: String?, questionsTotal: Int,
                banks: String? = nil) {
        self.createdAt = createdAt
        self.scenarioPath = scenarioPath
        self.scenarioName = scenarioName
        self.bank = bank
        self.mode = mode
        self.person = person
        self.stages = stages
        self.controls = controls
        self.seed = seed
        self.answerSet = answerSet
        self.questionsTotal = questionsTotal
        self.banks = banks
    }

    /// Now, as stored: ISO 8601 UTC to the second.
    public static func timestamp(_ date: Date = Date()) -> String {
        let f = ISO8601DateFormatter()
        f.formatOptions = [.withInternetDateTime]
        return f.string(from: date)
    }
}
