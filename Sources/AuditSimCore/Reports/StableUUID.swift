import Crypto

/// Name-based UUIDs (RFC 9562 version 5: SHA-1 of a namespace and a name), so the same
/// session exported twice carries the same ids and re-exports diff cleanly. Random UUIDs
/// would make every export look like a new assessment to the tool importing it.
public enum StableUUID {
    /// The namespace every auditsim id lives under (itself a v5 UUID of "auditsim" in the URL namespace).
    public static let namespace: [UInt8] = make(namespace: urlNamespace, name: "https://auditsim.invalid/oscal").bytes

    /// RFC 9562's URL namespace, 6ba7b811-9dad-11d1-80b4-00c04fd430c8.
    static let urlNamespace: [UInt8] = [0x6b, 0xa7, 0xb8, 0x11, 0x9d, 0xad, 0x11, 0xd1, 0x80, 0xb4, 0x00, 0xc0, 0x4f, 0xd4, 0x30, 0xc8]

    /// The UUID for `parts` joined with a separator that cannot occur inside them.
    public static func make(_ parts: String...) -> String {
        make(namespace: namespace, name: parts.joined(separator: "\u{1F}")).text
    }

    static func make(namespace: [UInt8], name: String) -> (bytes: [UInt8], text: String) {
        // SHA-1 only because UUIDv5 is defined with it; nothing here relies on its strength.
        var digest = Array(Insecure.SHA1.hash(data: namespace + Array(name.utf8)).prefix(16))
        digest[6] = (digest[6] & 0x0F) | 0x50
        digest[8] = (digest[8] & 0x3F) | 0x80
        let hex = digest.map { byte in String(byte, radix: 16).count == 1 ? "0" + String(byte, radix: 16) : String(byte, radix: 16) }
        let text = [0..<4, 4..<6, 6..<8, 8..<10, 10..<16].map { hex[$0].joined() }.joined(separator: "-")
        return (digest, text)
    }
}
