import Crypto
import Foundation

/// Question banks as parsed on an earlier run, so a run starts without parsing the bank's
/// YAML (most of the fixed cost before the first prompt). An entry is named by the hash of
/// the bank's files (`BankFiles`) and holds the loaded model; anything wrong with it (a
/// truncated or corrupt file, another format, an unreadable or read-only folder) makes the
/// loader parse the YAML as before, and every failure to write is ignored.
public struct BankCache: Sendable {
    /// Raised whenever the bank's model or this file's layout changes, so no entry written
    /// by another build is read as this one's.
    static let formatVersion = 2
    private static let magic = Data("auditsim-bank\u{1}".utf8)

    /// Where the entries live: `<cache home>/auditsim/banks`.
    public let directory: URL

    public init(directory: URL) { self.directory = directory }

    /// `$XDG_CACHE_HOME/auditsim/banks` (default `~/.cache`), or nil when
    /// `AUDITSIM_NO_CACHE` is set to anything but empty or `0`, for tests and debugging.
    public static func standard(environment: [String: String] = ProcessInfo.processInfo.environment) -> BankCache? {
        if let off = environment["AUDITSIM_NO_CACHE"], !off.isEmpty, off != "0" { return nil }
        let home = environment["XDG_CACHE_HOME"].flatMap { $0.isEmpty ? nil : URL(fileURLWithPath: $0) }
            ?? FileManager.default.homeDirectoryForCurrentUser.appendingPathComponent(".cache")
        return BankCache(directory: home.appendingPathComponent("auditsim/banks"))
    }

    func entry(_ key: String) -> URL { directory.appendingPathComponent(key + ".bin") }

    /// The bank stored under `key`, or nil when there is none that checks out.
    func bank(for key: String) -> QuestionBank? {
        let url = entry(key)
        guard FileChecks.notRegular(url) == nil, let data = try? Data(contentsOf: url),
              let payload = Self.payload(of: data) else { return nil }
        return BankCoding.decode(payload)
    }

    /// Writes `bank` under `key` through a temporary file renamed into place, so a reader
    /// or a second writer sees the whole entry or none.
    func store(_ bank: QuestionBank, for key: String) {
        let payload = BankCoding.encode(bank)
        let fm = FileManager.default
        try? fm.createDirectory(at: directory, withIntermediateDirectories: true)
        let temporary = directory.appendingPathComponent(".\(key).\(getpid()).\(UUID().uuidString).tmp")
        guard (try? (Self.magic + Data(SHA256.hash(data: payload)) + payload).write(to: temporary)) != nil else { return }
        if rename(temporary.path, entry(key).path) != 0 { try? fm.removeItem(at: temporary) }
    }

    /// The encoded bank, once its header and checksum are found intact.
    private static func payload(of data: Data) -> Data? {
        let header = magic.count + SHA256.byteCount
        guard data.count > header, data.prefix(magic.count) == magic else { return nil }
        let payload = data.dropFirst(header)
        return Data(SHA256.hash(data: payload)) == data.dropFirst(magic.count).prefix(SHA256.byteCount) ? payload : nil
    }
}
