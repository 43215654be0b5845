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

    public init(id: String, day: Day, minutes: Int = 0, row: Int, fields: [String], counts: Bool = true) {
        self.id = id
        self.day = day
        self.minutes = minutes
        self.row = row
        self.cells = Cells(fields)
        self.counts = counts
    }

    /// Values read from a file, which holds no NUL (the loader refuses such files): packed
    /// without looking for one.
    init(id: String, day: Day, minutes: Int, row: Int, loaded values: [String], counts: Bool) {
        self.id = id
        self.day = day
        self.minutes = minutes
        self.row = row
        self.cells = values.isEmpty ? .list(values) : .packed(values.joined(separator: "\0"))
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
            var start = 0, seen = 0
            while seen < index {
                guard let nul = bytes[start...].firstIndex(of: 0) else { return nil }
                start = nul + 1
                seen += 1
            }
            let end = bytes[start...].firstIndex(of: 0) ?? bytes.count
            return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
        }
    }
}

/// The records of one evidence source, as loaded from its CSV.
public struct EvidenceTable: Sendable {
    public var source: EvidenceSource
    /// The declared columns, in the order `EvidenceRecord.fields` holds them.
    public var columns: [String]
    /// Every dated record in the file, sorted by date.
    public var records: [EvidenceRecord]
    /// Rows that are not occurrences and carry no date (a review ticket nobody resolved):
    /// kept so findings can say what became of them.
    public var setAside: [EvidenceRecord]
    public var clock: EvidenceClock
    private var index: [String: Int]

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
        self.index = Dictionary(columns.enumerated().map { ($1, $0) }, uniquingKeysWith: { a, _ in a })
    }

    /// The value of `column` in `record`; empty when the column is not declared.
    public func value(_ column: String, in record: EvidenceRecord) -> String {
        guard let i = index[column] else { return "" }
        return record.field(i) ?? ""
    }

    /// The day a date column holds in `record`, read in that column's format.
    public func day(_ column: String, in record: EvidenceRecord) -> Day? {
        source.dateFormat(of: column).stamp(value(column, in: record).trimmedCell)?.day
    }

    /// The moment a date column names in `record` (minutes since 1970 UTC); nil when blank.
    public func moment(_ column: String, in record: EvidenceRecord) -> Int? {
        let format = source.dateFormat(of: column)
        guard let stamp = format.stamp(value(column, in: record).trimmedCell) else { return nil }
        return clock.moment(stamp, format: format, time: source.dateTime(of: column),
                            zone: source.columnDates[column]?.zone.flatMap(TimeZone.init(identifier:)))
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
