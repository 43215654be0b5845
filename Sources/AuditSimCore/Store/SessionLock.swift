#if canImport(Glibc)
@preconcurrency import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// One writer per session: an advisory `flock` on `<store>.locks/session-N.lock`, held for as
/// long as a shell has the session open. The kernel drops the lock when its process dies,
/// so a lock left by a killed auditsim is found free and taken over (and said so); the file
/// records who holds it, for the refusal message.
public final class SessionLock: @unchecked Sendable {
    public let session: Int64
    /// Set when the lock file named a holder that is gone: a stale lock taken over.
    public let tookOverFrom: String?
    private var fd: Int32

    init(store: URL, session: Int64) throws {
        self.session = session
        let dir = URL(fileURLWithPath: store.path + ".locks")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let path = dir.appendingPathComponent("session-\(session).lock").path
        fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o600)
        guard fd >= 0 else { throw CocoaError(.fileWriteNoPermission, userInfo: [NSFilePathErrorKey: path]) }
        let previous = SessionLock.read(fd)
        guard flock(fd, LOCK_EX | LOCK_NB) == 0 else {
            close(fd)
            throw StoreError.sessionInUse(id: session, holder: previous.isEmpty ? "another process" : previous)
        }
        tookOverFrom = previous.isEmpty ? nil : previous
        let me = "pid \(getpid()) on \(SessionLock.hostName())\(SessionLock.terminal()), since \(SessionInfo.timestamp())"
        _ = ftruncate(fd, 0)
        _ = me.withCString { pwrite(fd, $0, strlen($0), 0) }
    }

    /// Lets go of the session: the file is emptied so the next holder sees no stale lock.
    public func release() {
        guard fd >= 0 else { return }
        _ = ftruncate(fd, 0)
        flock(fd, LOCK_UN)
        close(fd)
        fd = -1
    }

    deinit { release() }

    private static func read(_ fd: Int32) -> String {
        var buffer = [UInt8](repeating: 0, count: 512)
        let n = pread(fd, &buffer, buffer.count, 0)
        return n > 0 ? String(decoding: buffer[..<n], as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines) : ""
    }

    private static func hostName() -> String {
        var name = [CChar](repeating: 0, count: 256)
        return gethostname(&name, name.count) == 0 ? String(cString: name) : "this machine"
    }

    private static func terminal() -> String {
        guard let tty = ttyname(STDIN_FILENO) else { return "" }
        return ", terminal \(String(cString: tty))"
    }
}

/// A lock held across opening the store and migrating it, so eight processes starting on
/// a brand-new store run the first migration once, one after another.
enum StoreOpenLock {
    static func with<T>(_ store: URL, _ body: () throws -> T) throws -> T {
        let path = store.path + ".open-lock"
        let fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o600)
        guard fd >= 0 else { return try body() }  // a read-only folder: no concurrent writers to fear
        defer { flock(fd, LOCK_UN); close(fd) }
        flock(fd, LOCK_EX)
        return try body()
    }
}
