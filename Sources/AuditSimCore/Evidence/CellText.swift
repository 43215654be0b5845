/// Trimming evidence cells without Foundation. `trimmingCharacters(in: .whitespaces)` goes
/// through an NSString bridge on Linux and took half of a 100k-row readiness run
/// (docs/performance.md); cells are trimmed several times per row, so this matters.
enum CellText {
    /// The same as `trimmingCharacters(in: .whitespaces)`: removes tabs, Unicode space
    /// separators (general category Zs) and the zero-width space from both ends. Cells with no blank at either end,
    /// the usual case, are returned as they are, without copying.
    static func trimmed(_ text: String) -> String {
        let utf8 = text.utf8
        guard let first = utf8.first, let last = utf8.last else { return text }
        if first < 0x80, first != 0x20, first != 0x09, last < 0x80, last != 0x20, last != 0x09 { return text }
        let scalars = text.unicodeScalars
        var start = scalars.startIndex, end = scalars.endIndex
        while start < end, isBlank(scalars[start]) { start = scalars.index(after: start) }
        while end > start, isBlank(scalars[scalars.index(before: end)]) { end = scalars.index(before: end) }
        return String(scalars[start..<end])
    }

    /// Foundation's `CharacterSet.whitespaces`, scalar for scalar (checked by a test).
    static func isBlank(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09, 0x20, 0xA0, 0x1680, 0x2000...0x200B, 0x202F, 0x205F, 0x3000: true
        default: false
        }
    }

    /// Trimmed and lower-cased: how cells are compared with expected values.
    /// An ASCII cell already in that form (the usual one) is returned as it is.
    static func normalised(_ text: String) -> String {
        let trimmed = trimmed(text)
        if trimmed.utf8.allSatisfy({ $0 < 0x80 && !($0 >= 0x41 && $0 <= 0x5A) }) { return trimmed }
        return trimmed.lowercased()
    }

    /// "N/A" in a date column: the step does not apply to this row (a leaver who never had a
    /// WMS account), unlike a blank cell, which is a step not yet done.
    static func isNotApplicable(_ text: String) -> Bool { notApplicable.contains(normalised(text)) }
    private static let notApplicable: Set<String> = ["n/a", "na", "n.a.", "n.a", "not applicable", "n / a"]

    /// What exports write in a date column for "not done": the same as a blank cell.
    static func isBlankWord(_ text: String) -> Bool { blankWords.contains(normalised(text)) }
    private static let blankWords: Set<String> = ["-", "--", "\u{2013}", "\u{2014}", "none", "null", "nil", "tbc", "pending"]

    /// `normalised(a) == normalised(b)`, without allocating two lower-cased copies for every
    /// cell of a million-row export.
    static func sameNormalised(_ a: String, _ b: String) -> Bool { sameLowercased(trimmed(a), trimmed(b)) }

    /// `a.lowercased() == b.lowercased()`. ASCII on both sides (the usual cell) compares byte
    /// by byte; anything else may lower-case across scripts (the Kelvin sign is a "k"), so it
    /// takes the full path.
    static func sameLowercased(_ a: String, _ b: String) -> Bool {
        let x = a.utf8, y = b.utf8
        guard x.allSatisfy({ $0 < 0x80 }), y.allSatisfy({ $0 < 0x80 }) else { return a.lowercased() == b.lowercased() }
        return x.count == y.count && x.elementsEqual(y) { lower($0) == lower($1) }
    }

    private static func lower(_ byte: UInt8) -> UInt8 { byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte }
}

extension String {
    /// `CellText.trimmed(self)`.
    var trimmedCell: String { CellText.trimmed(self) }
}
