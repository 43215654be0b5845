/// One dated row of an evidence export, keeping what the audit needs of it.
public struct EvidenceRecord: Sendable, Hashable {
    /// The export's own id (CHG-1042), cited in findings.
    public var id: String
    public var day: Day
    /// Minutes after midnight, when the export records a time.
    public var minutes: Int
    /// The spreadsheet row number (the header is row 1).
    public var row: Int
    /// Values of the source's declared columns, in `EvidenceTable.columns` order.
    public var fields: [String]

    public init(id: String, day: Day, minutes: Int = 0, row: Int, fields: [String]) {
        self.id = id
        self.day = day
        self.minutes = minutes
        self.row = row
        self.fields = fields
    }
}

/// The records of one evidence source, as loaded from its CSV.
public struct EvidenceTable: Sendable {
    public var source: EvidenceSource
    /// The declared columns, in the order `EvidenceRecord.fields` holds them.
    public var columns: [String]
    /// Every record in the file, sorted by date.
    public var records: [EvidenceRecord]
    private var index: [String: Int]

    public init(source: EvidenceSource, columns: [String], records: [EvidenceRecord]) {
        self.source = source
        self.columns = columns
        self.records = records.sorted { ($0.day, $0.minutes, $0.row) < ($1.day, $1.minutes, $1.row) }
        self.index = Dictionary(columns.enumerated().map { ($1, $0) }, uniquingKeysWith: { a, _ in a })
    }

    /// The value of `column` in `record`; empty when the column is not declared.
    public func value(_ column: String, in record: EvidenceRecord) -> String {
        guard let i = index[column], i < record.fields.count else { return "" }
        return record.fields[i]
    }

    /// Records dated inside `period`: the population an auditor samples from.
    public func population(in period: DayRange) -> [EvidenceRecord] {
        records.filter { period.contains($0.day) }
    }
}
