import Crypto
import Foundation

/// A bank folder's YAML files, read once: the same bytes name the cache entry and are
/// parsed on a miss, so a file edited in between cannot be cached under its old contents.
struct BankFiles {
    /// Bytes by path relative to the bank folder (`bank.yaml`, `annex-a5.yaml`).
    let contents: [String: Data]
    /// SHA-256, in hex, of the paths and contents and of the cache's format version.
    let key: String

    /// Nil when any file is not a regular readable file within the size limit: the parse
    /// then reads them itself and reports each problem where it is.
    init?(_ directory: URL, files: [URL], formatVersion: Int) {
        let base = directory.path.hasSuffix("/") ? directory.path : directory.path + "/"
        var hasher = SHA256()
        hasher.update(data: Data("auditsim bank cache \(formatVersion)\n".utf8))
        var contents: [String: Data] = [:]
        for file in files {
            guard file.path.hasPrefix(base), FileChecks.notRegular(file) == nil,
                  let data = try? Data(contentsOf: file), data.count <= YAMLDocument.maximumBytes else { return nil }
            let path = String(file.path.dropFirst(base.count))
            // Lengths keep ("a", "bc") and ("ab", "c") apart.
            hasher.update(data: Data("\(path.utf8.count):\(path)\(data.count):".utf8))
            hasher.update(data: data)
            contents[path] = data
        }
        guard contents["bank.yaml"] != nil else { return nil }
        self.contents = contents
        self.key = hasher.finalize().map { String(format: "%02x", $0) }.joined()
    }

    /// The bytes of `file`, one of the files this was made from.
    func data(of file: URL, in directory: URL) -> Data? {
        let base = directory.path.hasSuffix("/") ? directory.path : directory.path + "/"
        return file.path.hasPrefix(base) ? contents[String(file.path.dropFirst(base.count))] : nil
    }
}
