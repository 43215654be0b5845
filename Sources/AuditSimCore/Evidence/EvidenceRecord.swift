import Foundation

/// One dated row of an evidence export, keeping what the audit needs of it.
public struct EvidenceRecord: Sendable, Hashable {
    /// The export's own id (CHG-1042), or its id columns joined, cited in findings. Held
    /// among the values, not beside them: a loaded record's id is its id column's cell
    /// (a `String` more per record was a ninth of a million-row run's memory).
    public var id: String {
        get { cells.withBytes(at: idIndex) { String(decoding: $0, as: UTF8.self) } ?? "" }
        set {
            let values = fields
            cells = Cells([newValue] + values)
            idField = EvidenceRecord.idFirst
        }
    }
    /// The values: the declared columns', in `EvidenceTable.columns` order, after the id
    /// when it is stored apart (`idFirst`); see `fields`.
    private var cells: Cells
    /// Whether the row is an occurrence of the control (the source's `counts-when`).
    public var counts: Bool
    /// The position of the declared value that is the id, or `idFirst`: the id is stored
    /// as an extra first value (ids joined from several columns, trimmed, or made in code).
    private var idField: UInt8
    // Day, minutes and row in 32 bits each, declared after the one-byte flags.
    private var dayOrdinal: Int32
    private var minutesStored: Int32
    private var rowStored: Int32

    public var day: Day {
        get { Day(ordinal: Int(dayOrdinal)) }
        set { dayOrdinal = Int32(newValue.ordinal) }
    }

    /// Minutes after midnight, when the export records a time.
    public var minutes: Int {
        get { Int(minutesStored) }
        set { minutesStored = Int32(newValue) }
    }

    /// The spreadsheet row number (the header is row 1).
    public var row: Int {
        get { Int(rowStored) }
        set { rowStored = Int32(newValue) }
    }

    /// Values of the source's declared columns, in `EvidenceTable.columns` order. Read one
    /// with `field(_:)`: this builds the array.
    public var fields: [String] {
        get { Array(cells.all.dropFirst(valuesStart)) }
        set {
            let id = self.id
            cells = Cells([id] + newValue)
            idField = EvidenceRecord.idFirst
        }
    }

    /// How many values the record holds.
    public var fieldCount: Int { cells.count - valuesStart }

    /// The value at `index` in `fields`; nil past the end.
    public func field(_ index: Int) -> String? {
        guard index >= 0 else { return nil }
        return cells.withBytes(at: index + valuesStart) { String(decoding: $0, as: UTF8.self) }
    }

    /// The UTF-8 bytes of the value at `index`, without making a `String` of them; nil past the end.
    func withField<R>(_ index: Int, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R? {
        guard index >= 0 else { return nil }
        return cells.withBytes(at: index + valuesStart, body)
    }

    public init(id: String, day: Day, minutes: Int = 0, row: Int, fields: [String], counts: Bool = true) {
        self.cells = Cells([id] + fields)
        self.counts = counts
        idField = EvidenceRecord.idFirst
        dayOrdinal = Int32(day.ordinal)
        minutesStored = Int32(minutes)
        rowStored = Int32(row)
    }

    /// Values read from a file, already joined by NUL in `arena` (a loaded file holds no NUL:
    /// the loader refuses such files): the declared values, the one at `idField` being the
    /// id; with no `idField`, the id first and then the declared values.
    init(day: Day, minutes: Int, row: Int, stored: CellArena.Slice, idField: Int?, counts: Bool) {
        self.cells = .stored(stored)
        self.counts = counts
        self.idField = idField.map(UInt8.init) ?? EvidenceRecord.idFirst
        dayOrdinal = Int32(day.ordinal)
        minutesStored = Int32(minutes)
        rowStored = Int32(row)
    }

    /// `idField` when the id is stored as the first value, before the declared ones.
    static let idFirst = UInt8.max

    /// Where the declared values start among the stored ones.
    private var valuesStart: Int { idField == EvidenceRecord.idFirst ? 1 : 0 }

    /// Where the id is among the stored values.
    private var idIndex: Int { idField == EvidenceRecord.idFirst ? 0 : Int(idField) }

    public static func == (a: EvidenceRecord, b: EvidenceRecord) -> Bool {
        (a.id, a.day, a.minutes, a.row, a.counts) == (b.id, b.day, b.minutes, b.row, b.counts) && a.fields == b.fields
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(id)
        hasher.combine(row)
    }

    /// A record's values joined by NUL: in the loader's arena (no allocation per record,
    /// a third of a million-row run's memory when each had its own string), or in one string
    /// for a record made in code. Values that hold a NUL stay a list, so every record reads
    /// back exactly what it was given.
    private enum Cells: Sendable {
        case stored(CellArena.Slice)
        case packed(String)
        case list([String])

        init(_ values: [String]) {
            if values.isEmpty || values.contains(where: { $0.utf8.contains(0) }) {
                self = .list(values)
            } else {
                self = .packed(values.joined(separator: "\0"))
            }
        }

        var all: [String] {
            if case let .list(values) = self { return values }
            return (0..<count).map { i in withBytes(at: i) { String(decoding: $0, as: UTF8.self) }! }
        }

        var count: Int {
            if case let .list(values) = self { return values.count }
            return withJoined { $0.reduce(1) { $1 == 0 ? $0 + 1 : $0 } }!
        }

        func withBytes<R>(at index: Int, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R? {
            guard index >= 0 else { return nil }
            if case let .list(values) = self {
                guard index < values.count else { return nil }
                var value = values[index]
                return value.withUTF8(body)
            }
            return withJoined { bytes in Cells.slice(at: index, in: bytes).map { body(UnsafeBufferPointer(rebasing: bytes[$0])) } }!
        }

        /// The joined bytes; nil for a list.
        private func withJoined<R>(_ body: (UnsafeBufferPointer<UInt8>) -> R) -> R? {
            switch self {
            case let .stored(slice): return body(slice.bytes)
            case var .packed(text): return text.withUTF8(body)
            case .list: return nil
            }
        }

        private static func slice(at index: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Range<Int>? {
            var start = 0, seen = 0
            while seen < index {
                guard let nul = nul(in: bytes, from: start) else { return nil }
                start = nul + 1
                seen += 1
            }
            return start..<(nul(in: bytes, from: start) ?? bytes.count)
        }

        /// The next NUL at or after `start` (`memchr`: a byte loop was a twentieth of a million-row run).
        private static func nul(in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
            guard let base = bytes.baseAddress, start < bytes.count,
                  let found = memchr(base + start, 0, bytes.count - start) else { return nil }
            return base.distance(to: found.assumingMemoryBound(to: UInt8.self))
        }
    }
}
