/// Cells compared as bytes, the way `CellText` compares them as strings (trimmed,
/// case-blind), for the rules a million rows are run through. Only ASCII has a byte form
/// here: outside it, lower-casing may cross scripts (the Kelvin sign is a "k"), so callers
/// get nil and fall back to the `String` path.
enum CellBytes {
    /// An expected value trimmed and lower-cased, as cells are compared (`CellText.sameNormalised`);
    /// nil outside ASCII.
    static func pattern(_ value: String) -> [UInt8]? {
        let trimmed = CellText.trimmed(value)
        guard trimmed.utf8.allSatisfy({ $0 < 0x80 }) else { return nil }
        return trimmed.utf8.map(lower)
    }

    /// `body` with the record's cell at `position` trimmed (a cell past the end is empty);
    /// nil, without calling it, when the cell is not ASCII.
    static func cell<R>(_ record: EvidenceRecord, _ position: Int, _ body: (UnsafeBufferPointer<UInt8>) -> R?) -> R? {
        record.withField(position) { bytes -> R? in
            var start = 0, end = bytes.count
            guard bytes.allSatisfy({ $0 < 0x80 }) else { return nil }
            while start < end, bytes[start] == 0x20 || bytes[start] == 0x09 { start += 1 }
            while end > start, bytes[end - 1] == 0x20 || bytes[end - 1] == 0x09 { end -= 1 }
            return body(UnsafeBufferPointer(rebasing: bytes[start..<end]))
        } ?? body(UnsafeBufferPointer(start: nil, count: 0))
    }

    /// `AttributeTesting.isFilled` of a trimmed ASCII cell.
    static func isFilled(_ cell: UnsafeBufferPointer<UInt8>) -> Bool {
        if cell.count > 4 { return true }
        return !cell.isEmpty && !blankWords.contains { lowerEquals(cell, $0) }
    }

    /// `AttributeTesting.blanks`, as bytes.
    private static let blankWords: [[UInt8]] = AttributeTesting.blanks.map { Array($0.utf8) }

    /// Whether ASCII `cell`, lower-cased, is `lowered` (already lower-case).
    static func lowerEquals(_ cell: UnsafeBufferPointer<UInt8>, _ lowered: some Collection<UInt8>) -> Bool {
        cell.count == lowered.count && zip(cell, lowered).allSatisfy { lower($0) == $1 }
    }

    /// Whether two ASCII cells are the same once lower-cased.
    static func sameLowered(_ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>) -> Bool {
        a.count == b.count && zip(a, b).allSatisfy { lower($0) == lower($1) }
    }

    static func lower(_ byte: UInt8) -> UInt8 { byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte }
}
