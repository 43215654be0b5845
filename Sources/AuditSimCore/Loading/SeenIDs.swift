import Foundation

/// The ids an export has used so far, to report a duplicate. Exports list ids in ascending
/// order as a rule (CHG-000001, CHG-000002, …, and unpadded CHG-9, CHG-10, or a padded
/// AR-999999 then AR-1000000): while each id comes after the one before, none can repeat,
/// so the ids are only compared with the last one. The first id out of order turns the
/// list into a set, and every later id is looked up there. Hashing a million ids into a
/// growing set was a tenth of a million-row run.
struct SeenIDs {
    /// The last id while every id so far has ascended; nil before the first.
    private var last: String?
    private var set: Set<String>?

    /// Whether `id` is new (and now seen). `earlier` gives every id seen before, asked for
    /// once, at the first id out of order: the ids are not kept twice (the records hold them;
    /// a list of a million ids here was 16 MB).
    mutating func insert(_ id: String, earlier: () -> [String]) -> Bool {
        if set == nil {
            guard let last, !SeenIDs.precedes(last, id) else {
                self.last = id
                return true
            }
            set = Set(earlier())
            self.last = nil
        }
        return set!.insert(id).inserted
    }

    /// Whether `a` comes before `b` in the order ids are issued: the text before a trailing
    /// number byte by byte, then the number by its digits' count, then by its digits (so
    /// CHG-9 before CHG-10). A strict total order in which only equal ids tie: each id is
    /// its text and its digits, so strictly ascending ids are distinct.
    static func precedes(_ a: String, _ b: String) -> Bool {
        var a = a, b = b
        return a.withUTF8 { x in
            b.withUTF8 { y in
                let (xs, ys) = (numberStart(x), numberStart(y))
                let prefix = compare(UnsafeBufferPointer(rebasing: x[..<xs]), UnsafeBufferPointer(rebasing: y[..<ys]))
                if prefix != 0 { return prefix < 0 }
                if x.count - xs != y.count - ys { return x.count - xs < y.count - ys }
                return compare(UnsafeBufferPointer(rebasing: x[xs...]), UnsafeBufferPointer(rebasing: y[ys...])) < 0
            }
        }
    }

    /// Where the trailing run of ASCII digits starts (the count when there is none).
    private static func numberStart(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var i = bytes.count
        while i > 0, bytes[i - 1] >= 0x30, bytes[i - 1] <= 0x39 { i -= 1 }
        return i
    }

    /// Byte-wise comparison: negative, zero or positive.
    private static func compare(_ x: UnsafeBufferPointer<UInt8>, _ y: UnsafeBufferPointer<UInt8>) -> Int {
        let n = min(x.count, y.count)
        if n > 0, let p = x.baseAddress, let q = y.baseAddress {
            let c = memcmp(p, q, n)
            if c != 0 { return Int(c) }
        }
        return x.count - y.count
    }
}
