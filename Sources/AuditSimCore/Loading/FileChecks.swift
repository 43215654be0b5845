import Foundation

/// What a loader checks about a path before it opens it: that it is a regular file (a FIFO
/// would block the read forever, a device would stream without end, a directory is not
/// data) and, for files inside a scenario, that following links does not leave it.
enum FileChecks {
    /// Why `url` (links followed) cannot be read as a data file, or nil when it can.
    static func notRegular(_ url: URL) -> String? {
        var info = stat()
        guard stat(url.path, &info) == 0 else { return nil }  // missing: the caller says "not found"
        switch info.st_mode & S_IFMT {
        case S_IFREG: return nil
        case S_IFDIR: return "not a regular file (it is a directory)"
        case S_IFIFO: return "not a regular file (it is a FIFO); auditsim reads only regular files"
        case S_IFCHR, S_IFBLK: return "not a regular file (it is a device); auditsim reads only regular files"
        case S_IFSOCK: return "not a regular file (it is a socket); auditsim reads only regular files"
        default: return "not a regular file"
        }
    }

    /// Why `url` is refused for leaving `root` once links are followed, or nil.
    static func leaves(_ url: URL, root: URL) -> String? {
        let base = root.resolvingSymlinksInPath().standardizedFileURL.path
        let resolved = url.resolvingSymlinksInPath().standardizedFileURL.path
        return resolved.hasPrefix(base + "/") ? nil : "is a link to \(resolved), outside the scenario folder"
    }
}
