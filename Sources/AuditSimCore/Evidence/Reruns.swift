/// Failed records put right by a re-run (`handled-exceptions`): the first later record of
/// the same subject (the database, the resource) that failed no test, within the window
/// after the failed one started or, with `from`, ended.
///
/// Found in one sweep in date order, holding the failures still waiting for their re-run
/// by subject: scanning forward from each failure grew with the failures times the rows
/// in a window, so ten times the rows of a backup log took a hundred times as long.
enum Reruns {
    /// Failed position in `population` → its re-run's position; `failed` ascending, and
    /// `population` in date order (day, then time).
    static func find(failed: [Int], in population: [EvidenceRecord], table: EvidenceTable, rule: HandledExceptions) -> [Int: Int] {
        var reruns: [Int: Int] = [:]
        let positions = rule.same.map(table.position)
        // Waiting failures by a hash of their subject: a row's subject is hashed from its
        // bytes, and made a `String` only when a failure waits under that hash.
        var waiting: [Int: [Failure]] = [:]
        var waitingCount = 0
        // The earliest moment a waiting failure's window closes: past it, expired ones are dropped.
        var earliestClose = Double.infinity
        var next = 0  // the next failure in `failed`
        var j = failed.first ?? population.count
        while j < population.count {
            let record = population[j]
            let moment = record.day.ordinal * 1440 + record.minutes
            if Double(moment) > earliestClose {
                for (hash, failures) in waiting {
                    let open = failures.filter { Double(moment - $0.start) / 60 <= rule.withinHours }
                    waitingCount -= failures.count - open.count
                    waiting[hash] = open.isEmpty ? nil : open
                }
                earliestClose = waiting.values.joined().map { Double($0.start) + rule.withinHours * 60 }.min() ?? .infinity
            }
            if next < failed.count, failed[next] == j {
                // A failure is never its own or another's re-run; it waits for one.
                let failure = Failure(index: j, start: start(of: record, table: table, rule: rule),
                                      subject: subject(of: record, at: positions))
                waiting[hash(of: record, at: positions), default: []].append(failure)
                waitingCount += 1
                earliestClose = min(earliestClose, Double(failure.start) + rule.withinHours * 60)
                next += 1
            } else if waitingCount > 0 {
                let key = hash(of: record, at: positions)
                if let failures = waiting[key] {
                    let subject = subject(of: record, at: positions)
                    // Put right (or past their window): the failures of this subject; others stay.
                    let others = failures.filter { $0.subject != subject }
                    waiting[key] = others.isEmpty ? nil : others
                    waitingCount -= failures.count - others.count
                    for failure in failures where failure.subject == subject && Double(moment - failure.start) / 60 <= rule.withinHours {
                        reruns[failure.index] = j
                    }
                }
            }
            // Nothing waiting: on to the next failure.
            j = waitingCount == 0 && next < failed.count ? max(j + 1, failed[next]) : j + 1
            if waitingCount == 0, next == failed.count { break }
        }
        return reruns
    }

    private struct Failure {
        var index: Int
        /// Minutes since 1970 the window opens at.
        var start: Int
        var subject: Subject
    }

    /// A hash of the `same` columns' values as `subject` normalises them: ASCII cells from
    /// their bytes (trimmed of spaces and tabs, lower-cased), others from `CellText.normalised`.
    private static func hash(of record: EvidenceRecord, at positions: [Int?]) -> Int {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325  // FNV-1a
        let add = { (byte: UInt8) in hash = (hash ^ UInt64(byte)) &* 0x100_0000_01B3 }
        for position in positions {
            // A column not declared reads as empty.
            if let i = position, CellBytes.cell(record, i, { cell -> Bool? in
                for byte in cell { add(CellBytes.lower(byte)) }
                return true
            }) == nil {
                for byte in CellText.normalised(record.field(i) ?? "").utf8 { add(byte) }
            }
            add(0xFF)  // between values: never a byte of UTF-8 text
        }
        return Int(truncatingIfNeeded: hash)
    }

    /// The `same` columns' values, normalised: one column (the usual rule) without an array.
    private struct Subject: Hashable {
        var first: String
        var rest: [String]
    }

    /// `same`'s columns by position (nil: not declared, read as empty).
    private static func subject(of record: EvidenceRecord, at positions: [Int?]) -> Subject {
        let values = { (i: Int?) in CellText.normalised(i.flatMap { record.field($0) } ?? "") }
        return Subject(first: positions.first.map(values) ?? "", rest: positions.dropFirst().map(values))
    }

    /// From when the failed job ended, when the export says so: a re-run the next night
    /// starts a little over a day after the failed one started.
    private static func start(of record: EvidenceRecord, table: EvidenceTable, rule: HandledExceptions) -> Int {
        var start = record.day.ordinal * 1440 + record.minutes
        if let column = rule.from, let ended = table.moment(column, in: record),
           let began = table.moment(table.source.dateColumn, in: record) {
            start += max(0, ended - began)
        }
        return start
    }
}
