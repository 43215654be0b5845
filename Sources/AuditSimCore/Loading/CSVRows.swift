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
            let input = raw.bindMemory(to: UInt8.self)
            var parser = CSVRows(bytes: input)
            if raw.starts(with: [0xEF, 0xBB, 0xBF]) { parser.at = 3; parser.lineStart = 3 }
            var fields = Row(input: input)
            while parser.next(into: &fields) {
                fields.end = parser.at
                if !row(fields) { return nil }
            }
            return parser.unterminated
        }
    }

    /// One row's fields, unquoted. A field that is one run of the input (unquoted, or quoted
    /// without a `""` inside) is read where it lies; only the others are copied out, unquoted.
    /// Copying every field of a million rows into a row buffer was a sixteenth of the run.
    struct Row {
        private let input: UnsafeBufferPointer<UInt8>
        /// The fields that needed unquoting, one after another.
        private var unquoted: [UInt8] = []
        private var spans: [Span] = []
        private var copyStart = 0
        /// Where the row ends in the input: the bytes before it are not read again.
        fileprivate(set) var end = 0

        /// A field: a range of `input`, or of `unquoted` when `copied`.
        private struct Span {
            var start: Int
            var end: Int
            var copied: Bool
        }

        fileprivate init(input: UnsafeBufferPointer<UInt8>) { self.input = input }

        var count: Int { spans.count }

        /// How many bytes field `i` holds.
        func length(_ i: Int) -> Int { spans[i].end - spans[i].start }

        /// `body` with field `i`'s bytes, valid only inside it.
        func withField<R>(_ i: Int, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
            let span = spans[i]
            guard span.copied else { return body(UnsafeBufferPointer(rebasing: input[span.start..<span.end])) }
            return unquoted.withUnsafeBufferPointer { body(UnsafeBufferPointer(rebasing: $0[span.start..<span.end])) }
        }

        func string(_ i: Int) -> String { withField(i) { String(decoding: $0, as: UTF8.self) } }

        fileprivate mutating func removeAll() {
            unquoted.removeAll(keepingCapacity: true)
            spans.removeAll(keepingCapacity: true)
        }

        /// A field that is `range` of the input as it is.
        fileprivate mutating func append(_ range: Range<Int>) { spans.append(Span(start: range.lowerBound, end: range.upperBound, copied: false)) }

        /// A field put together from parts: `startCopy`, `appendPart`s, `endCopy`.
        fileprivate mutating func startCopy() { copyStart = unquoted.count }
        fileprivate mutating func appendPart(_ part: Range<Int>) { unquoted.append(contentsOf: input[part]) }
        fileprivate mutating func appendPart(_ byte: UInt8) { unquoted.append(byte) }
        fileprivate mutating func endCopy() { spans.append(Span(start: copyStart, end: unquoted.count, copied: true)) }
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
            guard at < bytes.count else { fields.append(at..<at); return true }
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
                fields.append(start..<at)
                at += 1
                return false
            }
            if byte == CSVRows.lf || byte == CSVRows.cr {
                fields.append(start..<at)
                endLine(byte)
                return true
            }
            at += 1
        }
        fields.append(start..<at)
        return true
    }

    /// A quoted field, its opening quote consumed: `""` is a quote, and the closing quote
    /// must be followed by a comma, a line end or the end of the input. While the field is
    /// one run of the input it is not copied.
    private mutating func quotedField(into fields: inout Row, opened: UnterminatedQuote) -> Bool {
        let start = at
        var runStart = at, copying = false
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
            let closing = at
            at += 1
            let after: UInt8? = at < bytes.count ? bytes[at] : nil
            if after == nil || after == CSVRows.comma || after == CSVRows.lf || after == CSVRows.cr {
                if copying {
                    fields.appendPart(runStart..<closing)
                    fields.endCopy()
                } else {
                    fields.append(start..<closing)
                }
                guard let after else { return true }
                if after == CSVRows.comma {
                    at += 1
                    return false
                }
                endLine(after)
                return true
            }
            if !copying {
                copying = true
                fields.startCopy()
            }
            fields.appendPart(runStart..<closing)
            fields.appendPart(CSVRows.quote)
            at += 1
            // CSVReader drops the character after a stray closing quote: a whole scalar.
            if after != CSVRows.quote, let after, after >= 0xC0 {
                while at < bytes.count, bytes[at] & 0xC0 == 0x80 { at += 1 }
            }
            runStart = at
        }
        if copying {
            fields.appendPart(runStart..<at)
            fields.endCopy()
        } else {
            fields.append(start..<at)
        }
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
