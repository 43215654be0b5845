import CSV
import Foundation

/// Splits UTF-8 CSV bytes into rows exactly as CSV.swift's `CSVReader` does, an order of
/// magnitude faster. CSVReader pulls each Unicode scalar through a type-erased iterator and
/// appends it to a `String.UnicodeScalarView`; on a 100k-row scenario that was a third of
/// `readiness` and it cost 0.9 s for a 28 MB export (docs/performance.md). Here fields are
/// byte ranges, decoded once; the delimiter, quote and line ends are ASCII, so no UTF-8
/// sequence is ever split. RFC 4180: quoted fields may hold commas, quotes (`""`) and line
/// breaks; rows end at LF, CR LF or CR. Malformed input reads as CSVReader reads it (a
/// differential test holds the two together): a quote inside an unquoted field is text,
/// and a quote closing a field early keeps the quote and drops the character after it.
///
/// One thing CSVReader does silently is refused here: a quote that opens a field and never
/// closes swallows the rest of the file into that field. `forEach` still reads it as
/// CSVReader does, and returns where the quote opened so the loader can report it.
struct CSVRows {
    /// Where a quoted field opened that the file never closes (1-based; the column counts bytes).
    struct UnterminatedQuote: Sendable, Equatable {
        var line: Int
        var column: Int
    }

    /// Calls `row` with each row's fields in order; stops early when it returns false. A
    /// leading byte-order mark is skipped, as `String(data:encoding: .utf8)` skips it.
    /// Returns the opening of a quoted field still open at the end of the input, if any.
    @discardableResult
    static func forEach(in data: Data, _ row: ([String]) -> Bool) -> UnterminatedQuote? {
        var fields: [String] = []
        return forEachRow(in: data) { bytes in
            fields.removeAll(keepingCapacity: true)
            for i in 0..<bytes.count { fields.append(bytes.string(i)) }
            return row(fields)
        }
    }

    /// As `forEach`, with each row's fields as bytes: a loader that keeps a few columns of a
    /// million rows decodes only those (a `String` per field was most of loading).
    @discardableResult
    static func forEachRow(in data: Data, _ row: (Row) -> Bool) -> UnterminatedQuote? {
        data.withUnsafeBytes { (raw: UnsafeRawBufferPointer) -> UnterminatedQuote? in
            var parser = CSVRows(bytes: raw.bindMemory(to: UInt8.self))
            if raw.starts(with: [0xEF, 0xBB, 0xBF]) { parser.at = 3; parser.lineStart = 3 }
            var fields = Row()
            while parser.next(into: &fields) {
                fields.end = parser.at
                if !row(fields) { return nil }
            }
            return parser.unterminated
        }
    }

    /// One row's fields, unquoted, one after another in `bytes`.
    struct Row {
        private(set) var bytes: [UInt8] = []
        private var ends: [Int] = []
        /// Where the row ends in the input: the bytes before it are not read again.
        fileprivate(set) var end = 0

        var count: Int { ends.count }

        func range(_ i: Int) -> Range<Int> { (i == 0 ? 0 : ends[i - 1])..<ends[i] }

        func string(_ i: Int) -> String {
            bytes.withUnsafeBufferPointer { String(decoding: UnsafeBufferPointer(rebasing: $0[range(i)]), as: UTF8.self) }
        }

        mutating func removeAll() {
            bytes.removeAll(keepingCapacity: true)
            ends.removeAll(keepingCapacity: true)
        }

        mutating func append(_ field: UnsafeBufferPointer<UInt8>) {
            bytes.append(contentsOf: field)
            ends.append(bytes.count)
        }

        mutating func appendPart(_ part: UnsafeBufferPointer<UInt8>) { bytes.append(contentsOf: part) }
        mutating func appendPart(_ byte: UInt8) { bytes.append(byte) }
        mutating func endField() { ends.append(bytes.count) }
    }

    /// Where the first quoted field left open at the end of `data` began, if any.
    static func unterminatedQuote(in data: Data) -> UnterminatedQuote? {
        forEach(in: data) { _ in true }
    }

    private let bytes: UnsafeBufferPointer<UInt8>
    private var at = 0
    private var line = 1
    private var lineStart = 0
    private var unterminated: UnterminatedQuote?

    private init(bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

    private static let comma: UInt8 = 0x2C, quote: UInt8 = 0x22, cr: UInt8 = 0x0D, lf: UInt8 = 0x0A

    /// Reads one row into `fields`; false at the end of the input.
    private mutating func next(into fields: inout Row) -> Bool {
        fields.removeAll()
        guard at < bytes.count else { return false }
        while true {
            // After a delimiter at the very end of the input: one last empty field.
            guard at < bytes.count else { fields.endField(); return true }
            let ended: Bool
            if bytes[at] == CSVRows.quote {
                let opened = UnterminatedQuote(line: line, column: at - lineStart + 1)
                at += 1
                ended = quotedField(into: &fields, opened: opened)
            } else {
                ended = plainField(into: &fields)
            }
            if ended { return true }
        }
    }

    /// An unquoted field: up to a comma, a line end or the end of the input.
    private mutating func plainField(into fields: inout Row) -> Bool {
        let start = at
        while at < bytes.count {
            let byte = bytes[at]
            if byte == CSVRows.comma {
                fields.append(UnsafeBufferPointer(rebasing: bytes[start..<at]))
                at += 1
                return false
            }
            if byte == CSVRows.lf || byte == CSVRows.cr {
                fields.append(UnsafeBufferPointer(rebasing: bytes[start..<at]))
                endLine(byte)
                return true
            }
            at += 1
        }
        fields.append(UnsafeBufferPointer(rebasing: bytes[start..<at]))
        return true
    }

    /// A quoted field, its opening quote consumed: `""` is a quote, and the closing quote
    /// must be followed by a comma, a line end or the end of the input.
    private mutating func quotedField(into fields: inout Row, opened: UnterminatedQuote) -> Bool {
        var runStart = at
        while at < bytes.count {
            guard bytes[at] == CSVRows.quote else {
                // Line breaks inside the field still count, so later positions stay right.
                if bytes[at] == CSVRows.lf || (bytes[at] == CSVRows.cr && (at + 1 >= bytes.count || bytes[at + 1] != CSVRows.lf)) {
                    line += 1
                    lineStart = at + 1
                }
                at += 1
                continue
            }
            fields.appendPart(UnsafeBufferPointer(rebasing: bytes[runStart..<at]))
            at += 1
            guard at < bytes.count else { fields.endField(); return true }
            let after = bytes[at]
            if after == CSVRows.comma {
                at += 1
                fields.endField()
                return false
            }
            if after == CSVRows.lf || after == CSVRows.cr {
                fields.endField()
                endLine(after)
                return true
            }
            fields.appendPart(CSVRows.quote)
            at += 1
            // CSVReader drops the character after a stray closing quote: a whole scalar.
            if after != CSVRows.quote, after >= 0xC0 {
                while at < bytes.count, bytes[at] & 0xC0 == 0x80 { at += 1 }
            }
            runStart = at
        }
        fields.appendPart(UnsafeBufferPointer(rebasing: bytes[runStart..<at]))
        fields.endField()
        if unterminated == nil { unterminated = opened }
        return true
    }

    /// Consumes a line end (`byte` is at `at`): LF, CR LF, or a lone CR.
    private mutating func endLine(_ byte: UInt8) {
        at += 1
        if byte == CSVRows.cr, at < bytes.count, bytes[at] == CSVRows.lf { at += 1 }
        line += 1
        lineStart = at
    }

    /// How CSV.swift reads `text`: the reference `CSVRows` must match, kept for its tests.
    static func reference(_ text: String) -> [[String]] {
        guard let reader = try? CSVReader(string: text, hasHeaderRow: false) else { return [] }
        var rows: [[String]] = []
        while let row = reader.next() { rows.append(row) }
        return rows
    }
}
