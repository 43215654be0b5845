/// Reading a loaded row's cells as an evidence export's cells are read everywhere (trimmed
/// of blanks), straight from the row's bytes: a date cell of a million-row export is parsed
/// without first becoming a `String`.
extension CSVRows.Row {
    /// Whether field `i` is empty once trimmed (`CellText.trimmed`).
    func isBlank(_ i: Int) -> Bool {
        let r = range(i)
        var ascii = true
        for at in r {
            let byte = bytes[at]
            if byte == 0x20 || byte == 0x09 { continue }
            if byte < 0x80 { return false }
            ascii = false
        }
        return ascii || string(i).trimmedCell.isEmpty
    }

    /// Field `i`, trimmed, read as a date in `format`.
    func stamp(_ i: Int, _ format: DateFormat) -> DateFormat.Stamp? {
        let r = range(i)
        // No blank at either end (the usual cell): the bytes are the trimmed text.
        if let first = r.first, let last = r.last, CSVRows.Row.isPlainEnd(bytes[first]), CSVRows.Row.isPlainEnd(bytes[last]) {
            return bytes.withUnsafeBufferPointer { format.stamp(bytes: UnsafeBufferPointer(rebasing: $0[r])) }
        }
        return format.stamp(string(i).trimmedCell)
    }

    /// An ASCII byte that trimming keeps (a multi-byte scalar may be a Unicode space).
    private static func isPlainEnd(_ byte: UInt8) -> Bool { byte < 0x80 && byte != 0x20 && byte != 0x09 }
}
