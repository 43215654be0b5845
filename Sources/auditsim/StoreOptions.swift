import ArgumentParser
import AuditSimCore
import Foundation

/// `--store PATH`: where sessions are kept, for every command that reads or writes them.
struct StoreOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The session store (default: $XDG_DATA_HOME/auditsim/sessions.sqlite).", valueName: "path"))
    var store: String?

    @Option(name: .customLong("chain-key"), help: ArgumentHelp(
        "A key file (16+ random bytes, kept outside the store) to seal new sessions with HMAC-SHA256 and to verify or continue them (default: $AUDITSIM_CHAIN_KEY).",
        valueName: "file"))
    var chainKey: String?

    var url: URL { store.map { URL(fileURLWithPath: $0) } ?? SessionStore.defaultPath() }

    /// The chain hasher: keyed when --chain-key or $AUDITSIM_CHAIN_KEY names a key file.
    func hasher() throws -> ChainHasher {
        guard let file = chainKey ?? ProcessInfo.processInfo.environment["AUDITSIM_CHAIN_KEY"].flatMap({ $0.isEmpty ? nil : $0 }) else {
            return .unkeyed
        }
        let key = URL(fileURLWithPath: file).standardizedFileURL
        if key.deletingLastPathComponent().resolvingSymlinksInPath() == url.standardizedFileURL.deletingLastPathComponent().resolvingSymlinksInPath() {
            throw ValidationError("the chain key \(file) is in the store's own folder; keep it where the store's writers cannot reach, or it proves nothing")
        }
        do { return try ChainHasher(keyFile: key) } catch { throw ValidationError(error.localizedDescription) }
    }

    /// Opens the store to write sessions (creating and migrating it when needed).
    func open() throws -> SessionStore {
        let hasher = try hasher()
        do {
            return try SessionStore(path: url, hasher: hasher)
        } catch let error as StoreError {
            throw StoreRefusal(error.localizedDescription)
        } catch {
            throw StoreRefusal("cannot open the session store at \(url.path) for writing: \(error.localizedDescription)")
        }
    }

    /// Opens the store only to read it (`sessions`, `show`, `verify`, `report`): nothing is
    /// created, migrated or written, so a write-protected store still reads.
    func openReadOnly() throws -> SessionStore {
        let hasher = try hasher()
        do {
            return try SessionStore(readingOnly: url, hasher: hasher)
        } catch let error as StoreError {
            if case .noStore = error { throw StoreRefusal(error.localizedDescription + "; start a session with `auditsim rehearse --as NAME`") }
            throw StoreRefusal(error.localizedDescription)
        } catch {
            throw StoreRefusal("cannot read the session store at \(url.path): \(error.localizedDescription)")
        }
    }

    /// The one-writer lock on session `id`, or a refusal saying where it is open.
    func lock(_ id: Int64, in sessions: SessionStore) throws -> SessionLock {
        let lock: SessionLock
        do { lock = try sessions.lock(session: id) } catch let error as StoreError {
            throw StoreRefusal(error.localizedDescription)
        }
        if let previous = lock.tookOverFrom {
            FileHandle.standardError.write(Data("auditsim: session \(id) was left locked by \(previous), which is no longer running; taking it over\n".utf8))
        }
        return lock
    }

    /// The command that resumes session `id`, naming the store only when it is not the default.
    func resumeCommand(_ id: Int64) -> String {
        "auditsim resume \(id)" + (store.map { " --store \(shellQuoted($0))" } ?? "") + (chainKey.map { " --chain-key \(shellQuoted($0))" } ?? "")
    }

    func session(_ id: Int64, in store: SessionStore) throws -> SessionSummary {
        guard let found = try store.session(id) else {
            throw ValidationError("there is no session \(id) in \(url.path); `auditsim sessions` lists them")
        }
        return found
    }
}

/// Quotes a path for a command line a person will copy, only when it needs it.
func shellQuoted(_ s: String) -> String {
    let plain = s.unicodeScalars.allSatisfy { CharacterSet.alphanumerics.contains($0) || "/._-~+".unicodeScalars.contains($0) }
    return plain && !s.isEmpty ? s : "'" + s.replacingOccurrences(of: "'", with: "'\\''") + "'"
}

/// A store operation refused at run time (not a usage mistake): printed as `Error: …`
/// without the usage text, exit status 1.
struct StoreRefusal: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
