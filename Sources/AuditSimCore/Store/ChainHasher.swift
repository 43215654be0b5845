import Crypto
import Foundation

/// How chain links are computed: SHA-256, or HMAC-SHA256 under a key kept outside the store.
/// Anyone who can write the store can recompute an unkeyed chain; a keyed one only with the key.
public struct ChainHasher: Sendable {
    /// The key's bytes (kept as bytes: `SymmetricKey` is not `Sendable`).
    let keyBytes: [UInt8]?

    public static let unkeyed = ChainHasher(key: nil)

    public init(key: [UInt8]?) { keyBytes = key }

    private var key: SymmetricKey? { keyBytes.map { SymmetricKey(data: $0) } }

    /// Reads a key file: at least 16 bytes (any content; `head -c 32 /dev/urandom > key`).
    public init(keyFile url: URL) throws(StoreError) {
        let data: Data
        do { data = try Data(contentsOf: url) } catch { throw .keyFile(url.path, "cannot be read: \(error.localizedDescription)") }
        guard data.count >= 16 else { throw .keyFile(url.path, "holds \(data.count) bytes; a chain key needs at least 16") }
        keyBytes = [UInt8](data)
    }

    public var isKeyed: Bool { keyBytes != nil }

    /// A short public name for the key (not the key): which key a session was sealed with.
    public var keyID: String? {
        keyBytes.map { String(Self.hex(SHA256.hash(data: Data("auditsim-key-id".utf8) + Data($0))).prefix(16)) }
    }

    /// The digest of `fields`, each length-prefixed so no two different lists serialise alike.
    func digest(_ fields: [String]) -> String {
        var data = Data()
        for field in fields {
            let bytes = Data(field.utf8)
            data.append(contentsOf: withUnsafeBytes(of: UInt64(bytes.count).bigEndian, Array.init))
            data.append(bytes)
        }
        if let key { return Self.hex(HMAC<SHA256>.authenticationCode(for: data, using: key)) }
        return Self.hex(SHA256.hash(data: data))
    }

    static func hex(_ bytes: some Sequence<UInt8>) -> String {
        let digits = Array("0123456789abcdef".utf8)
        var out = [UInt8]()
        for b in bytes { out.append(digits[Int(b >> 4)]); out.append(digits[Int(b & 0x0F)]) }
        return String(decoding: out, as: UTF8.self)
    }
}

/// What can go wrong opening or writing the store, each with the words a person needs.
public enum StoreError: Error, LocalizedError, Sendable, Equatable {
    /// Another process holds the session (where, and since when).
    case sessionInUse(id: Int64, holder: String)
    /// A read-only command was pointed at a store that does not exist.
    case noStore(String)
    /// The chain key file is missing, unreadable or too short.
    case keyFile(String, String)
    /// The session was sealed with a key and none (or another) was given.
    case wrongKey(id: Int64, String)
    /// The store path names something that is not a regular file (a FIFO, a device, a folder).
    case notRegular(String, String)
    /// The file is not an auditsim session store (no sessions table, or not SQLite at all).
    case notAStore(String)
    /// The session id is not in the store.
    case noSession(Int64)
    /// A write was asked of a store opened read-only.
    case readOnly(String)
    /// The store was written by a newer auditsim.
    case newerSchema(String)

    public var errorDescription: String? {
        switch self {
        case let .sessionInUse(id, holder):
            "session \(id) is open in another auditsim (\(holder)); finish or pause it there first. "
                + "A session has one writer at a time so its transcript stays one chain."
        case let .noStore(path): "no sessions yet: there is no session store at \(path)"
        case let .keyFile(path, why): "the chain key file \(path) \(why)"
        case let .wrongKey(id, why): "session \(id) \(why)"
        case let .notRegular(path, why): "the session store \(path) is \(why)"
        case let .notAStore(path): "\(path) is not an auditsim session store"
        case let .noSession(id): "there is no session \(id) in the store"
        case let .readOnly(path): "the session store at \(path) was opened read-only"
        case let .newerSchema(path): "the store at \(path) was written by a newer auditsim; upgrade to read it"
        }
    }
}
