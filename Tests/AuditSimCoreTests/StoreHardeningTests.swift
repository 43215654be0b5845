import Foundation
import GRDB
import Testing

@testable import AuditSimCore

/// Issue 15, categories 5 and 6: one writer per session, safe first migration, read-only
/// opening, and a verify that catches every tamper it claims to (and, unkeyed, says what
/// it cannot).
@Suite("Session store, hardened", .serialized)
struct StoreHardeningTests {
    static func path() -> URL {
        FileManager.default.temporaryDirectory.appendingPathComponent("auditsim-hard-\(UUID().uuidString)/sessions.sqlite")
    }

    /// A store with one session of three answered turns and its findings recorded.
    static func populated(_ hasher: ChainHasher = .unkeyed) throws -> (SessionStore, Int64) {
        let store = try SessionStore(path: path(), hasher: hasher)
        var (session, _, _) = try SessionStoreTests.session()
        let id = try store.create(SessionStoreTests.info(session.plan.items.count))
        try SessionStoreTests.drive(&session, [.answer("2026-09-30"), .answer("monthly"), .answer("we restored a file and it passed")],
                                    store: store, id: id)
        try store.record(findings: session.findings, verdict: nil, status: .paused, for: id)
        _ = try store.create(SessionStoreTests.info(5))  // a second session, to move turns into
        return (store, id)
    }

    static func tamper(_ store: SessionStore, _ sql: String) throws {
        let queue = try DatabaseQueue(path: store.path.path)
        try queue.write { try $0.execute(sql: sql) }
    }

    static let key: [UInt8] = Array("a test key of thirty-two bytes!!".utf8)

    // MARK: One writer

    @Test func aSecondWriterIsRefusedSayingWhere() throws {
        let (store, id) = try Self.populated()
        let first = try store.lock(session: id)
        #expect(first.tookOverFrom == nil)
        #expect {
            _ = try store.lock(session: id)
        } throws: { error in
            guard case let .sessionInUse(sid, holder) = error as? StoreError else { return false }
            return sid == id && holder.contains("pid \(getpid())")
        }
        first.release()
        let again = try store.lock(session: id)  // released: free again
        #expect(again.tookOverFrom == nil)
        again.release()
    }

    @Test func aStaleLockFromAKilledProcessIsTakenOver() throws {
        let (store, id) = try Self.populated()
        let dir = URL(fileURLWithPath: store.path.path + ".locks")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        try Data("pid 999999 on elsewhere, since 2026-01-01T00:00:00Z".utf8).write(to: dir.appendingPathComponent("session-\(id).lock"))
        let lock = try store.lock(session: id)
        #expect(lock.tookOverFrom?.contains("pid 999999") == true)
        lock.release()
    }

    @Test func eightFirstOpensRaceNoMigration() throws {
        let path = Self.path()
        final class Count: @unchecked Sendable { let lock = NSLock(); var errors: [String] = [] }
        let count = Count()
        DispatchQueue.concurrentPerform(iterations: 8) { _ in
            do {
                let store = try SessionStore(path: path)
                _ = try store.create(SessionStoreTests.info(1))
            } catch {
                count.lock.lock(); count.errors.append("\(error)"); count.lock.unlock()
            }
        }
        #expect(count.errors.isEmpty, "\(count.errors)")
        #expect(try SessionStore(path: path).sessions().count == 8)
    }

    // MARK: Read-only

    @Test func readOnlyOpeningReadsWithoutWriting() throws {
        let (store, id) = try Self.populated()
        let before = try Data(contentsOf: store.path)
        let reader = try SessionStore(readingOnly: store.path)
        #expect(reader.isReadOnly)
        #expect(try reader.sessions().count == 2)
        #expect(try reader.verify(id) == .intact(turns: 3))
        #expect(try reader.integrityCheck() == ["ok"])
        #expect(throws: StoreError.self) { try reader.setStatus(.paused, for: id) }
        #expect(try Data(contentsOf: store.path) == before)
        #expect(throws: StoreError.self) { _ = try SessionStore(readingOnly: Self.path()) }
    }

    @Test func aStoreThatIsNotARegularFileIsRefusedNotOpened() throws {
        let fifo = Self.path()
        try FileManager.default.createDirectory(at: fifo.deletingLastPathComponent(), withIntermediateDirectories: true)
        #expect(mkfifo(fifo.path, 0o600) == 0)
        #expect(throws: StoreError.notRegular(fifo.path, "not a regular file (it is a FIFO); auditsim reads only regular files")) {
            _ = try SessionStore(readingOnly: fifo)
        }
        #expect(throws: StoreError.self) { _ = try SessionStore(path: fifo) }
        #expect(throws: StoreError.self) { _ = try SessionStore(readingOnly: URL(fileURLWithPath: "/dev/null")) }
        let empty = Self.path()
        _ = try DatabaseQueue(path: { try? FileManager.default.createDirectory(at: empty.deletingLastPathComponent(), withIntermediateDirectories: true); return empty.path }())
        #expect(throws: StoreError.notAStore(empty.path)) { _ = try SessionStore(readingOnly: empty) }
    }

    @Test func theBanksFolderIsKept() throws {
        let store = try SessionStore(path: Self.path())
        var info = SessionStoreTests.info(1)
        info.banks = "/data/banks"
        let id = try store.create(info)
        #expect(try store.session(id)?.banks == "/data/banks")
        #expect(try store.verify(id) == .intact(turns: 0))
        try Self.tamper(store, "UPDATE session SET banks = '/evil' WHERE id = \(id)")
        guard case .sessionAltered = try store.verify(id) else { Issue.record("banks edit not caught"); return }
    }

    // MARK: Tampers

    @Test(arguments: [
        ("delete the last turn", "DELETE FROM turn WHERE sessionId = 1 AND seq = 3", "cut"),
        ("delete every turn", "DELETE FROM turn WHERE sessionId = 1", "cut"),
        ("edit the person", "UPDATE session SET person = 'ann' WHERE id = 1", "session"),
        ("edit the scenario", "UPDATE session SET scenario = '/elsewhere' WHERE id = 1", "session"),
        ("edit the seed", "UPDATE session SET seed = 7 WHERE id = 1", "session"),
        ("edit the mode", "UPDATE session SET mode = 'exam' WHERE id = 1", "session"),
        ("edit the status", "UPDATE session SET status = 'finished' WHERE id = 1", "session"),
        ("edit the verdict", "UPDATE session SET verdict = 'ready' WHERE id = 1", "session"),
        ("edit the progress", "UPDATE session SET answered = 40 WHERE id = 1", "session"),
        ("delete the findings", "DELETE FROM finding WHERE sessionId = 1", "session"),
        ("change a grade", "UPDATE finding SET grade = CASE grade WHEN 'major' THEN 'minor' ELSE 'major' END WHERE sessionId = 1", "session"),
        ("add a finding", "INSERT INTO finding VALUES (1, 'X', 'major', 'A.5.15', 'paper-control', 'made up')", "session"),
        ("edit an answer", "UPDATE turn SET text = 'quarterly' WHERE sessionId = 1 AND seq = 2", "turn"),
        ("edit a verdict", "UPDATE turn SET verdict = 'consistent' WHERE sessionId = 1 AND seq = 2", "turn"),
        ("edit a timestamp", "UPDATE turn SET createdAt = '2020-01-01T00:00:00Z' WHERE sessionId = 1 AND seq = 1", "turn"),
        ("move a turn away", "UPDATE turn SET sessionId = 2 WHERE sessionId = 1 AND seq = 3", "cut"),
        ("cut the tail and fix the count",
         "DELETE FROM turn WHERE sessionId = 1 AND seq = 3; UPDATE session SET turnCount = 2, headHash = (SELECT hash FROM turn WHERE sessionId = 1 AND seq = 2) WHERE id = 1",
         "session"),
        ("renumber the turns", "UPDATE turn SET seq = seq + 10 WHERE sessionId = 1", "turn"),
    ])
    func everyTamperIsCaught(_ what: String, _ sql: String, _ kind: String) throws {
        let (store, id) = try Self.populated()
        #expect(id == 1)
        try Self.tamper(store, sql)
        let check = try store.verify(id)
        switch (kind, check) {
        case ("cut", .cut), ("session", .sessionAltered), ("turn", .altered): break
        default: Issue.record("\(what): \(check)")
        }
    }

    @Test func aTurnMovedInFromAnotherSessionIsCaught() throws {
        let (store, id) = try Self.populated()
        try Self.tamper(store, "UPDATE turn SET sessionId = 2 WHERE sessionId = \(id)")
        #expect(try store.verify(2) != .intact(turns: 3))
    }

    /// An unkeyed chain recomputed by someone who can write the store verifies: that is the
    /// limit `verify` states. The same rewrite of a keyed chain does not.
    @Test(arguments: [false, true])
    func aRecomputedChainPassesOnlyWithoutAKey(_ keyed: Bool) throws {
        let (store, id) = try Self.populated(keyed ? ChainHasher(key: Self.key) : .unkeyed)
        let forger = try SessionStore(path: store.path)  // the attacker has no key
        try Self.tamper(store, "UPDATE turn SET text = 'quarterly' WHERE sessionId = \(id) AND seq = 2")
        try Self.recompute(forger, id)
        let check = try (keyed ? SessionStore(readingOnly: store.path, hasher: ChainHasher(key: Self.key)) : store).verify(id)
        if keyed { #expect(check != .intact(turns: 3)) } else { #expect(check == .intact(turns: 3)) }
    }

    /// Rewrites every link, the head and the state of session `id` with `store`'s hasher.
    static func recompute(_ store: SessionStore, _ id: Int64) throws {
        let queue = try DatabaseQueue(path: store.path.path)
        try queue.write { db in
            let row = try Row.fetchOne(db, sql: "SELECT * FROM session WHERE id = ?", arguments: [id])!
            let seal = SessionStore.seal(row, store.hasher)
            try db.execute(sql: "UPDATE session SET keyId = NULL, seal = ? WHERE id = ?", arguments: [seal, id])
            var previous = seal
            for turn in try Row.fetchAll(db, sql: "SELECT * FROM turn WHERE sessionId = ? ORDER BY seq", arguments: [id]).map(StoredTurn.init) {
                let hash = turn.chainedHash(after: previous, session: id, hasher: store.hasher)
                try db.execute(sql: "UPDATE turn SET prevHash = ?, hash = ? WHERE sessionId = ? AND seq = ?", arguments: [previous, hash, id, turn.seq])
                previous = hash
            }
            try db.execute(sql: "UPDATE session SET headHash = ? WHERE id = ?", arguments: [previous, id])
            try db.execute(sql: "UPDATE session SET stateHash = ? WHERE id = ?", arguments: [try SessionStore.state(db, id, store.hasher), id])
        }
    }

    @Test func aKeyedSessionNeedsItsKey() throws {
        let (store, id) = try Self.populated(ChainHasher(key: Self.key))
        #expect(try store.verify(id) == .intact(turns: 3))
        guard case .keyNeeded = try SessionStore(readingOnly: store.path).verify(id) else { Issue.record("no key: not refused"); return }
        let other = ChainHasher(key: Array("another key, also thirty-two by!".utf8))
        guard case .keyNeeded = try SessionStore(readingOnly: store.path, hasher: other).verify(id) else { Issue.record("wrong key"); return }
        #expect(throws: StoreError.self) { try SessionStore(path: store.path).setStatus(.active, for: id) }
        #expect(ChainHasher(key: Self.key).keyID != other.keyID)
    }

    /// Marking a keyed session as an old unsealed one and recomputing the old SHA-256 chain
    /// does not pass a keyed verify.
    @Test func aKeyedSessionCannotBeDowngraded() throws {
        let (store, id) = try Self.populated(ChainHasher(key: Self.key))
        try Self.tamper(store, "UPDATE session SET chain = 1, keyId = NULL, seal = NULL, stateHash = NULL WHERE id = \(id)")
        let queue = try DatabaseQueue(path: store.path.path)
        try queue.write { db in
            var previous = StoredTurn.genesis
            for turn in try Row.fetchAll(db, sql: "SELECT * FROM turn WHERE sessionId = ? ORDER BY seq", arguments: [id]).map(StoredTurn.init) {
                let hash = turn.chainedHash(after: previous)
                try db.execute(sql: "UPDATE turn SET prevHash = ?, hash = ? WHERE sessionId = ? AND seq = ?", arguments: [previous, hash, id, turn.seq])
                previous = hash
            }
            try db.execute(sql: "UPDATE session SET headHash = ? WHERE id = ?", arguments: [previous, id])
        }
        #expect(try SessionStore(readingOnly: store.path).verify(id) == .intact(turns: 3), "unkeyed, an old session verifies (and says its row is not covered)")
        guard case .keyNeeded = try SessionStore(readingOnly: store.path, hasher: ChainHasher(key: Self.key)).verify(id) else {
            Issue.record("a downgraded keyed session passed a keyed verify")
            return
        }
    }

    /// A store written before v2 opens, migrates, keeps verifying its old sessions, and a cut
    /// tail of an old session now shows too.
    @Test func aVersionOneStoreUpgrades() throws {
        let path = Self.path()
        try FileManager.default.createDirectory(at: path.deletingLastPathComponent(), withIntermediateDirectories: true)
        let queue = try DatabaseQueue(path: path.path)
        try StoreSchema.migrator.migrate(queue, upTo: StoreSchema.v1)
        var (session, _, _) = try SessionStoreTests.session()
        try queue.write { db in
            try db.execute(sql: """
                INSERT INTO session (createdAt, scenario, scenarioName, bank, mode, person, stages, seed, status, questionsTotal)
                VALUES ('2026-11-29T10:00:00Z', '/s/mini', 'mini', 'mini', 'coach', 'bob', '1,2', 2022, 'active', ?)
                """, arguments: [session.plan.items.count])
            var previous = StoredTurn.genesis
            for (seq, text) in ["2026-09-30", "monthly"].enumerated() {
                let prompt = session.prompt!
                let step = session.answer(text)
                var turn = StoredTurn(createdAt: "2026-11-29T10:01:00Z", prompt: prompt, input: .answer(text), step: step, progress: 0)
                turn.seq = seq + 1
                let hash = turn.chainedHash(after: previous)
                try db.execute(sql: """
                    INSERT INTO turn (sessionId, seq, createdAt, questionId, control, interviewee, asked, input, text, outcome,
                                      understood, verdict, prevHash, hash) VALUES (1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """, arguments: [turn.seq, turn.createdAt, turn.questionID, turn.control, turn.interviewee, turn.asked, turn.input,
                                     turn.text, turn.outcome, turn.understood, turn.verdict, previous, hash])
                previous = hash
            }
        }
        let old = try SessionStore(readingOnly: path)
        #expect(try old.verify(1) == .intact(turns: 2), "read-only: no migration, still verifies")
        let store = try SessionStore(path: path)
        #expect(try store.verify(1) == .intact(turns: 2))
        #expect(try store.session(1)?.chain == 1)
        let prompt = session.prompt!
        try store.append(StoredTurn(createdAt: "2026-11-29T10:02:00Z", prompt: prompt, input: .answer("yes"),
                                    step: session.answer("yes"), progress: 1), to: 1)
        #expect(try store.verify(1) == .intact(turns: 3), "an old session continues on its old chain")
        try Self.tamper(store, "DELETE FROM turn WHERE sessionId = 1 AND seq = 3")
        #expect(try store.verify(1) == .cut(recorded: 3, found: 2))
        let fresh = try store.create(SessionStoreTests.info(1))
        #expect(try store.session(fresh)?.chain == 2)
    }

    @Test func aShortKeyFileIsRefused() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("auditsim-key-\(UUID().uuidString)")
        try Data("short".utf8).write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        #expect(throws: StoreError.self) { _ = try ChainHasher(keyFile: file) }
    }

    @Test func aNulInAnAnswerIsStoredAsJudged() throws {
        let store = try SessionStore(path: Self.path())
        var (session, _, _) = try SessionStoreTests.session()
        let id = try store.create(SessionStoreTests.info(session.plan.items.count))
        try SessionStoreTests.drive(&session, [.answer("2026-09-30\u{0}")], store: store, id: id)
        #expect(try store.turns(of: id).first?.text == "2026-09-30")
        #expect(try store.verify(id) == .intact(turns: 1))
    }
}
