/// Reading a loaded row's cells as an evidence export's cells are read everywhere (trimmed
/// of blanks), straight from the row's bytes: a date cell of a million-row export is parsed
/// without first becoming a `String`.
extension CSVRows.Row {
    /// Whether field `i` is empty once trimmed (`CellText.trimmed`).
    func isBlank(_ i: Int) -> Bool {
        // Decided from the bytes unless the only other bytes are non-ASCII (maybe Unicode spaces).
        let decided = withField(i) { bytes -> Bool? in
            var ascii = true
            for byte in bytes {
                if byte == 0x20 || byte == 0x09 { continue }
                if byte < 0x80 { return false }
                ascii = false
            }
            return ascii ? true : nil
        }
        return decided ?? string(i).trimmedCell.isEmpty
    }

    /// Field `i`, trimmed, read as a date in `format`.
    func stamp(_ i: Int, _ format: DateFormat) -> DateFormat.Stamp? {
        // No blank at either end (the usual cell): the bytes are the trimmed text.
        let direct = withField(i) { bytes -> DateFormat.Stamp?? in
            guard let first = bytes.first, let last = bytes.last,
                  CSVRows.Row.isPlainEnd(first), CSVRows.Row.isPlainEnd(last) else { return nil }
            return .some(format.stamp(bytes: bytes))
        }
        return direct ?? format.stamp(string(i).trimmedCell)
    }

    /// An ASCII byte that trimming keeps (a multi-byte scalar may be a Unicode space).
    private static func isPlainEnd(_ byte: UInt8) -> Bool { byte < 0x80 && byte != 0x20 && byte != 0x09 }
}
