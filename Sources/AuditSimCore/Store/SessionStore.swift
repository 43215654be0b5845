import Crypto
import Foundation
import GRDB

/// Where sessions live: SQLite in WAL mode, every input committed before the next question
/// is asked, each transcript row chained to the previous one by SHA-256 so an edit shows.
public final class SessionStore: Sendable {
    private let pool: DatabasePool
    public let path: URL

    /// `$XDG_DATA_HOME/auditsim/sessions.sqlite`, default `~/.local/share`.
    public static func defaultPath(environment: [String: String] = ProcessInfo.processInfo.environment) -> URL {
        let base = environment["XDG_DATA_HOME"].flatMap { $0.isEmpty ? nil : URL(fileURLWithPath: $0) }
            ?? FileManager.default.homeDirectoryForCurrentUser.appendingPathComponent(".local/share")
        return base.appendingPathComponent("auditsim/sessions.sqlite")
    }

    public init(path: URL) throws {
        try FileManager.default.createDirectory(at: path.deletingLastPathComponent(), withIntermediateDirectories: true)
        self.path = path
        var config = Configuration()
        config.busyMode = .timeout(5)
        pool = try DatabasePool(path: path.path, configuration: config)
        try StoreSchema.migrator.migrate(pool)
    }

    public func create(_ info: SessionInfo) throws -> Int64 {
        try pool.write { db in
            try db.execute(sql: """
                INSERT INTO session (createdAt, scenario, scenarioName, bank, mode, person, stages, controls, seed, answerSet,
                                     status, questionsTotal)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'active', ?)
                """, arguments: [info.createdAt, info.scenarioPath, info.scenarioName, info.bank, info.mode.rawValue, info.person,
                                 info.stages.map(String.init).joined(separator: ","), info.controls?.joined(separator: ","),
                                 Int64(bitPattern: info.seed), info.answerSet, info.questionsTotal])
            return db.lastInsertedRowID
        }
    }

    /// Appends one input and its outcome in a single transaction, chained to the previous row.
    public func append(_ turn: StoredTurn, to session: Int64) throws {
        try pool.write { db in
            let previous = try String.fetchOne(db, sql: "SELECT hash FROM turn WHERE sessionId = ? ORDER BY seq DESC LIMIT 1",
                                               arguments: [session]) ?? StoredTurn.genesis
            let seq = (try Int.fetchOne(db, sql: "SELECT MAX(seq) FROM turn WHERE sessionId = ?", arguments: [session]) ?? 0) + 1
            var row = turn
            row.seq = seq
            let hash = row.chainedHash(after: previous)
            try db.execute(sql: """
                INSERT INTO turn (sessionId, seq, createdAt, questionId, control, interviewee, asked, input, text, outcome,
                                  understood, verdict, prevHash, hash)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, arguments: [session, seq, row.createdAt, row.questionID, row.control, row.interviewee, row.asked,
                                 row.input, row.text, row.outcome, row.understood, row.verdict, previous, hash])
            try db.execute(sql: "UPDATE session SET answered = ?, status = CASE status WHEN 'finished' THEN status ELSE 'active' END WHERE id = ?",
                           arguments: [row.progress, session])
        }
    }

    /// Replaces the session's findings so far (the interview's own; evidence findings are recomputed).
    public func record(findings: [Finding], verdict: String?, status: SessionStatus, for session: Int64) throws {
        try pool.write { db in
            try db.execute(sql: "DELETE FROM finding WHERE sessionId = ?", arguments: [session])
            for f in findings {
                try db.execute(sql: "INSERT INTO finding (sessionId, findingId, grade, control, rule, found) VALUES (?, ?, ?, ?, ?, ?)",
                               arguments: [session, f.id, f.grade.rawValue, f.control.rawValue, f.rule.rawValue, f.found])
            }
            try db.execute(sql: "UPDATE session SET status = ?, verdict = COALESCE(?, verdict) WHERE id = ?",
                           arguments: [status.rawValue, verdict, session])
        }
    }

    public func setStatus(_ status: SessionStatus, for session: Int64) throws {
        try pool.write { db in
            try db.execute(sql: "UPDATE session SET status = ? WHERE id = ? AND status != 'finished'", arguments: [status.rawValue, session])
        }
    }

    public func session(_ id: Int64) throws -> SessionSummary? {
        try pool.read { db in try Row.fetchOne(db, sql: SessionSummary.select + " WHERE s.id = ?", arguments: [id]).map(SessionSummary.init) }
    }

    public func latest() throws -> SessionSummary? {
        try pool.read { db in try Row.fetchOne(db, sql: SessionSummary.select + " ORDER BY s.id DESC LIMIT 1").map(SessionSummary.init) }
    }

    public func sessions() throws -> [SessionSummary] {
        try pool.read { db in try Row.fetchAll(db, sql: SessionSummary.select + " ORDER BY s.id").map(SessionSummary.init) }
    }

    public func turns(of session: Int64) throws -> [StoredTurn] {
        try pool.read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM turn WHERE sessionId = ? ORDER BY seq", arguments: [session]).map(StoredTurn.init)
        }
    }

    /// The inputs to replay into a fresh session machine to resume it.
    public func inputs(of session: Int64) throws -> [InterviewSession.Input] {
        try turns(of: session).map { $0.input == "skip" ? .skip : .answer($0.text ?? "") }
    }

    /// Recomputes the chain; returns the first turn whose stored hash no longer matches.
    public func verify(_ session: Int64) throws -> ChainCheck {
        let rows = try turns(of: session)
        var previous = StoredTurn.genesis
        for row in rows {
            guard row.prevHash == previous, row.chainedHash(after: previous) == row.hash else {
                return .altered(seq: row.seq, questionID: row.questionID)
            }
            previous = row.hash ?? ""
        }
        return .intact(turns: rows.count)
    }
}

public enum ChainCheck: Sendable, Equatable {
    case intact(turns: Int)
    case altered(seq: Int, questionID: String)
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

    public init(createdAt: String, scenarioPath: String, scenarioName: String, bank: String, mode: InterviewSession.Mode,
                person: String?, stages: [Int], controls: [String]?, seed: UInt64, answerSet: String?, questionsTotal: Int) {
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
    }

    /// Now, as stored: ISO 8601 UTC to the second.
    public static func timestamp(_ date: Date = Date()) -> String {
        let f = ISO8601DateFormatter()
        f.formatOptions = [.withInternetDateTime]
        return f.string(from: date)
    }
}
