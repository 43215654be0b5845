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
    /// Values of the source's declared columns, in `EvidenceTable.columns` order.
    public var fields: [String]
    /// Whether the row is an occurrence of the control (the source's `counts-when`).
    public var counts: Bool

    public init(id: String, day: Day, minutes: Int = 0, row: Int, fields: [String], counts: Bool = true) {
        self.id = id
        self.day = day
        self.minutes = minutes
        self.row = row
        self.fields = fields
        self.counts = counts
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
        self.records = records.sorted { ($0.day, $0.minutes, $0.row) < ($1.day, $1.minutes, $1.row) }
        self.setAside = setAside
        self.clock = clock
        self.index = Dictionary(columns.enumerated().map { ($1, $0) }, uniquingKeysWith: { a, _ in a })
    }

    /// The value of `column` in `record`; empty when the column is not declared.
    public func value(_ column: String, in record: EvidenceRecord) -> String {
        guard let i = index[column], i < record.fields.count else { return "" }
        return record.fields[i]
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
        source.shape == .inventory ? records : records.filter { period.contains($0.day) }
    }
}
