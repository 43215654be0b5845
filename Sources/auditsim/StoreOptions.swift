import ArgumentParser
import AuditSimCore
import Foundation

/// `--store PATH`: where sessions are kept, for every command that reads or writes them.
struct StoreOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The session store (default: $XDG_DATA_HOME/auditsim/sessions.sqlite).", valueName: "path"))
    var store: String?

    var url: URL { store.map { URL(fileURLWithPath: $0) } ?? SessionStore.defaultPath() }

    func open() throws -> SessionStore {
        do {
            return try SessionStore(path: url)
        } catch {
            throw ValidationError("cannot open the session store at \(url.path): \(error)")
        }
    }

    /// The command that resumes session `id`, naming the store only when it is not the default.
    func resumeCommand(_ id: Int64) -> String {
        "auditsim resume \(id)" + (store.map { " --store \(shellQuoted($0))" } ?? "")
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
