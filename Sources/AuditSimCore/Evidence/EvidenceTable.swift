import Foundation

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
        // Exports usually come in date order: then the records are kept as they are, not
        // copied element by element into a sorted array (a million retains and 60 MB).
        var sorted = records
        EvidenceTable.sortByDate(&sorted)
        self.records = sorted
        self.setAside = setAside
        self.clock = clock
        readings = EvidenceTable.readings(source, columns)
    }

    /// Puts `records` in date order (day, time, row), leaving an ordered array untouched.
    /// The order is found on 16-byte keys and the records then moved once each, along the
    /// permutation's cycles: sorting the records themselves, with a retain and
    /// release per move, was a twentieth of a million-row run.
    static func sortByDate(_ records: inout [EvidenceRecord]) {
        let ordered = records.withUnsafeBufferPointer { all in
            all.indices.dropFirst().allSatisfy { !(DateKey(all[$0], $0) < DateKey(all[$0 - 1], $0 - 1)) }
        }
        guard !ordered else { return }
        precondition(records.count <= Int(Int32.max), "more records than a 32-bit index")
        var keys = records.withUnsafeBufferPointer { all in all.indices.map { DateKey(all[$0], $0) } }
        keys.sort(by: <)
        // source[i]: the position of the record that belongs at i; -1 once placed.
        var source = keys.map { Int32(truncatingIfNeeded: $0.index) }
        keys = []
        records.withUnsafeMutableBufferPointer { all in
            guard let base = all.baseAddress else { return }
            for start in source.indices where Int(source[start]) != start && source[start] >= 0 {
                let held = (base + start).move()
                var slot = start
                while true {
                    let from = Int(source[slot])
                    source[slot] = -1
                    if from == start {
                        (base + slot).initialize(to: held)
                        break
                    }
                    (base + slot).moveInitialize(from: base + from, count: 1)
                    slot = from
                }
            }
        }
    }

    /// A record's place in date order: day, minutes, row (as a record holds them, in 32 bits),
    /// then where it was, so equal dates keep their order; packed into two words, each
    /// signed field offset so that unsigned order is its order.
    private struct DateKey: Comparable {
        var moment: UInt64  // day, then minutes
        var place: UInt64  // row, then position
        var index: Int { Int(UInt32(truncatingIfNeeded: place)) }

        init(_ record: EvidenceRecord, _ index: Int) {
            let ordered = { (value: Int) in UInt64(UInt32(bitPattern: Int32(truncatingIfNeeded: value)) ^ 0x8000_0000) }
            moment = ordered(record.day.ordinal) << 32 | ordered(record.minutes)
            place = ordered(record.row) << 32 | UInt64(UInt32(truncatingIfNeeded: index))
        }

        static func < (a: DateKey, b: DateKey) -> Bool { a.moment < b.moment || a.moment == b.moment && a.place < b.place }
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
