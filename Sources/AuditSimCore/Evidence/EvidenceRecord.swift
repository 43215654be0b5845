import Foundation

/// One dated row of an evidence export, keeping what the audit needs of it.
public struct EvidenceRecord: Sendable, Hashable {
    /// The export's own id (CHG-1042), or its id columns joined, cited in findings.
    public var id: String {
        // The id column reads the id (`idField`): a changed id leaves that column as it was.
        didSet { if idField != EvidenceRecord.noIDField { keepIDField(oldValue) } }
    }
    /// The declared columns' values; see `fields`.
    private var cells: Cells
    /// Whether the row is an occurrence of the control (the source's `counts-when`).
    public var counts: Bool
    /// The position of the declared value that is `id` itself, left out of the stored values
    /// (they hold an empty value there); `noIDField` for none. The id column of a
    /// million-row export was 11 MB held twice.
    private var idField: UInt8
    // Day, minutes and row in 32 bits each, declared after the one-byte flag: a record is
    // 48 bytes instead of 64, 16 MB of a million-row run.
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
        get {
            var all = cells.all
            if idField != EvidenceRecord.noIDField { all[Int(idField)] = id }
            return all
        }
        set {
            cells = Cells(newValue)
            idField = EvidenceRecord.noIDField
        }
    }

    /// How many values the record holds.
    public var fieldCount: Int { cells.count }

    /// The value at `index` in `fields`; nil past the end.
    public func field(_ index: Int) -> String? {
        if index == Int(idField) { return id }
        return cells.withBytes(at: index) { String(decoding: $0, as: UTF8.self) }
    }

    /// The UTF-8 bytes of the value at `index`, without making a `String` of them; nil past the end.
    func withField<R>(_ index: Int, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R? {
        guard index == Int(idField) else { return cells.withBytes(at: index, body) }
        var text = id
        return text.withUTF8(body)
    }

    public init(id: String, day: Day, minutes: Int = 0, row: Int, fields: [String], counts: Bool = true) {
        self.id = id
        self.cells = Cells(fields)
        self.counts = counts
        idField = EvidenceRecord.noIDField
        dayOrdinal = Int32(day.ordinal)
        minutesStored = Int32(minutes)
        rowStored = Int32(row)
    }

    /// Values read from a file, already joined by NUL in `arena` (a loaded file holds no NUL:
    /// the loader refuses such files); the value at `idField`, if any, is `id` and stored empty.
    init(id: String, day: Day, minutes: Int, row: Int, stored: CellArena.Slice, idField: Int?, counts: Bool) {
        self.id = id
        self.cells = .stored(stored)
        self.counts = counts
        self.idField = idField.map(UInt8.init) ?? EvidenceRecord.noIDField
        dayOrdinal = Int32(day.ordinal)
        minutesStored = Int32(minutes)
        rowStored = Int32(row)
    }

    /// `idField` when no value is left out.
    static let noIDField = UInt8.max

    /// The values as they read before `id` changed from `old`, stored in full.
    private mutating func keepIDField(_ old: String) {
        var all = cells.all
        all[Int(idField)] = old
        cells = Cells(all)
        idField = EvidenceRecord.noIDField
    }

    public static func == (a: EvidenceRecord, b: EvidenceRecord) -> Bool {
        (a.id, a.day, a.minutes, a.row, a.counts) == (b.id, b.day, b.minutes, b.row, b.counts) && a.fields == b.fields
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(id)
        hasher.combine(row)
    }

    /// A record's values joined by NUL: in the loader's arena (no allocation per record,
    /// a third of a million-row run's memory when each had its own string), or in one string
    /// for a record made in code. Values that hold a NUL, or none at all, stay a list, so
    /// every record reads back exactly what it was given.
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

/// Where the loader keeps records' values: a few large blocks instead of a string per
/// record, whose header and allocator rounding were about half of a loaded record's heap.
/// Bytes are only appended, by the loader, before any record leaves it; a block never
/// moves, so a slice stays valid for as long as it holds its block.
final class CellArena: @unchecked Sendable {
    /// A record's joined values in a block.
    struct Slice: Sendable {
        let block: CellArena
        let start: UInt32
        let count: UInt32

        var bytes: UnsafeBufferPointer<UInt8> { UnsafeBufferPointer(start: block.base + Int(start), count: Int(count)) }
    }

    private let base: UnsafeMutablePointer<UInt8>
    private let capacity: Int
    private var used = 0

    init(capacity: Int) {
        self.capacity = capacity
        base = .allocate(capacity: capacity)
    }

    deinit { base.deallocate() }

    /// `count` bytes that `fill` writes into this block, from the pointer it is given; nil,
    /// without calling it, when they do not fit.
    func append(count: Int, _ fill: (UnsafeMutablePointer<UInt8>) -> Void) -> Slice? {
        guard count <= capacity - used else { return nil }
        fill(base + used)
        defer { used += count }
        return Slice(block: self, start: UInt32(used), count: UInt32(count))
    }
}
