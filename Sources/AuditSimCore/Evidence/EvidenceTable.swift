import Foundation

/// One dated row of an evidence export, keeping what the audit needs of it.
public struct EvidenceRecord: Sendable, Hashable {
    /// The export's own id (CHG-1042), or its id columns joined, cited in findings.
    public var id: String
    public var day: Day
    /// Minutes after midnight, when the export records a time.
    public var minutes: Int
    /// The spreadsheet row number (the header is row 1).
    public var row: Int
    /// The declared columns' values; see `fields`.
    private var cells: Cells
    /// Whether the row is an occurrence of the control (the source's `counts-when`).
    public var counts: Bool

    /// Values of the source's declared columns, in `EvidenceTable.columns` order. Read one
    /// with `field(_:)`: this builds the array.
    public var fields: [String] {
        get { cells.all }
        set { cells = Cells(newValue) }
    }

    /// How many values the record holds.
    public var fieldCount: Int { cells.count }

    /// The value at `index` in `fields`; nil past the end.
    public func field(_ index: Int) -> String? { cells.value(at: index) }

    /// The UTF-8 bytes of the value at `index`, without making a `String` of them; nil past the end.
    func withField<R>(_ index: Int, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R? { cells.withBytes(at: index, body) }

    public init(id: String, day: Day, minutes: Int = 0, row: Int, fields: [String], counts: Bool = true) {
        self.id = id
        self.day = day
        self.minutes = minutes
        self.row = row
        self.cells = Cells(fields)
        self.counts = counts
    }

    /// Values read from a file, already joined by NUL (`Cells.packed`): a loaded file holds
    /// no NUL (the loader refuses such files), so it is packed without looking for one.
    init(id: String, day: Day, minutes: Int, row: Int, packed: String, counts: Bool) {
        self.id = id
        self.day = day
        self.minutes = minutes
        self.row = row
        self.cells = .packed(packed)
        self.counts = counts
    }

    /// A record's values in one string, joined by NUL: one allocation per record instead of
    /// an array plus one per long cell, a third of a million-row run's memory. A loaded
    /// export has no NUL (the loader refuses such files); values that hold one, or none at
    /// all, stay a list, so every record reads back exactly what it was given.
    private enum Cells: Sendable, Hashable {
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
            switch self {
            case let .list(values): values
            case let .packed(text): text.utf8.split(separator: 0, omittingEmptySubsequences: false).map { String(Substring($0)) }
            }
        }

        var count: Int {
            switch self {
            case let .list(values): values.count
            case let .packed(text): text.utf8.reduce(1) { $1 == 0 ? $0 + 1 : $0 }
            }
        }

        func value(at index: Int) -> String? {
            switch self {
            case let .list(values):
                return index >= 0 && index < values.count ? values[index] : nil
            case let .packed(text):
                guard index >= 0 else { return nil }
                // Native strings are contiguous: scan the bytes (the generic view was a
                // seventh of a million-row run).
                if let found = text.utf8.withContiguousStorageIfAvailable({ Cells.value(at: index, in: $0) }) {
                    return found
                }
                let utf8 = text.utf8
                var start = utf8.startIndex, seen = 0
                while seen < index {
                    guard let nul = utf8[start...].firstIndex(of: 0) else { return nil }
                    start = utf8.index(after: nul)
                    seen += 1
                }
                let end = utf8[start...].firstIndex(of: 0) ?? utf8.endIndex
                return String(Substring(utf8[start..<end]))
            }
        }

        private static func value(at index: Int, in bytes: UnsafeBufferPointer<UInt8>) -> String? {
            slice(at: index, in: bytes).map { String(decoding: UnsafeBufferPointer(rebasing: bytes[$0]), as: UTF8.self) }
        }

        private static func slice(at index: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Range<Int>? {
            var start = 0, seen = 0
            while seen < index {
                guard let nul = bytes[start...].firstIndex(of: 0) else { return nil }
                start = nul + 1
                seen += 1
            }
            return start..<(bytes[start...].firstIndex(of: 0) ?? bytes.count)
        }

        func withBytes<R>(at index: Int, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R? {
            guard index >= 0 else { return nil }
            if case var .packed(text) = self,
               let found = text.withUTF8({ bytes in Cells.slice(at: index, in: bytes).map { body(UnsafeBufferPointer(rebasing: bytes[$0])) } }) {
                return found
            }
            guard var value = value(at: index) else { return nil }
            return value.withUTF8(body)
        }
    }
}

/// The records of one evidence source, as loaded from its CSV.
public struct EvidenceTable: Sendable {
    public var source: EvidenceSource { didSet { readings = EvidenceTable.readings(source, columns) } }
    /// The declared columns, in the order `EvidenceRecord.fields` holds them.
    public var columns: [String] { didSet { readings = EvidenceTable.readings(source, columns) } }
    /// Every dated record in the file, sorted by date.
    public var records: [EvidenceRecord]
    /// Rows that are not occurrences and carry no date (a review ticket nobody resolved):
    /// kept so findings can say what became of them.
    public var setAside: [EvidenceRecord]
    public var clock: EvidenceClock
    /// How each declared column's dates are read, resolved once: `moment` is asked for every
    /// record of every timeliness rule and dated test.
    private var readings: [DateReading] = []

    private struct DateReading: Sendable {
        var format: DateFormat
        var time: Int?
        var zone: TimeZone?
    }

    public init(source: EvidenceSource, columns: [String], records: [EvidenceRecord], setAside: [EvidenceRecord] = [],
                clock: EvidenceClock = EvidenceClock(zoneName: nil)) {
        self.source = source
        self.columns = columns
        let inOrder = { (a: EvidenceRecord, b: EvidenceRecord) in (a.day, a.minutes, a.row) < (b.day, b.minutes, b.row) }
        // Exports usually come in date order: then the records are kept as they are, not
        // copied element by element into a sorted array (a million retains and 60 MB).
        var sorted = records
        let key = { (i: Int) in (records[i].day, records[i].minutes, records[i].row) }
        if records.indices.dropFirst().contains(where: { key($0) < key($0 - 1) }) { sorted.sort(by: inOrder) }
        self.records = sorted
        self.setAside = setAside
        self.clock = clock
        readings = EvidenceTable.readings(source, columns)
    }

    private static func readings(_ source: EvidenceSource, _ columns: [String]) -> [DateReading] {
        columns.map { c in
            DateReading(format: source.dateFormat(of: c), time: source.dateTime(of: c),
                        zone: source.columnDates[c]?.zone.flatMap(TimeZone.init(identifier:)))
        }
    }

    /// Where `column` is in `columns` (the first, if named twice). A scan of a dozen short
    /// names costs less than hashing the name, which was asked for every cell read.
    func position(_ column: String) -> Int? { columns.firstIndex(of: column) }

    /// The value of `column` in `record`; empty when the column is not declared.
    public func value(_ column: String, in record: EvidenceRecord) -> String {
        guard let i = position(column) else { return "" }
        return record.field(i) ?? ""
    }

    /// The day a date column holds in `record`, read in that column's format.
    public func day(_ column: String, in record: EvidenceRecord) -> Day? {
        stamp(column, in: record)?.stamp.day
    }

    /// The moment a date column names in `record` (minutes since 1970 UTC); nil when blank.
    public func moment(_ column: String, in record: EvidenceRecord) -> Int? {
        guard let (stamp, i) = stamp(column, in: record) else { return nil }
        let reading = readings[i]
        return clock.moment(stamp, format: reading.format, time: reading.time, zone: reading.zone)
    }

    /// The trimmed cell read in its column's format, from the record's bytes when no blank
    /// needs trimming (the usual cell), and the column's position.
    private func stamp(_ column: String, in record: EvidenceRecord) -> (stamp: DateFormat.Stamp, position: Int)? {
        guard let i = position(column), readings.indices.contains(i) else { return nil }
        let format = readings[i].format
        let plain = { (b: UInt8) in b < 0x80 && b != 0x20 && b != 0x09 }
        var needsTrim = true
        let direct: DateFormat.Stamp? = record.withField(i) { bytes in
            guard let first = bytes.first, let last = bytes.last, plain(first), plain(last) else { return nil }
            needsTrim = false
            return format.stamp(bytes: bytes)
        } ?? nil
        let stamp = needsTrim ? format.stamp((record.field(i) ?? "").trimmedCell) : direct
        return stamp.map { ($0, i) }
    }

    /// Records dated inside `period`: the population an auditor tests. An inventory is a
    /// snapshot, so every row of it is in the population whatever its date.
    public func population(in period: DayRange) -> [EvidenceRecord] {
        // When every record is inside (the usual export), the same storage is shared rather
        // than copied: a million records are 60 MB an array.
        source.shape == .inventory || records.allSatisfy({ period.contains($0.day) })
            ? records : records.filter { period.contains($0.day) }
    }
}
