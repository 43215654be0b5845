import Foundation

/// Reads an evidence source's CSV in one streaming pass, keeping only the declared
/// columns, and reports every row that cannot be used (`path:row: error: column 'x': …`).
public enum EvidenceLoader {
    /// Problems of one kind beyond this many are summarised, so a broken million-row export
    /// gives a readable report rather than a million lines.
    static let problemsShownPerColumn = 10

    public static func load(_ source: EvidenceSource, in scenario: Scenario) throws(LoadError) -> EvidenceTable {
        let log = DiagnosticLog()
        let table = load(source, in: scenario, log: log)
        guard let table, !log.hasErrors else { throw LoadError(log.diagnostics) }
        return table
    }

    /// Loads every source of the scenario; all problems of all files are reported together.
    public static func loadAll(_ scenario: Scenario) throws(LoadError) -> [EvidenceTable] {
        let log = DiagnosticLog()
        let tables = scenario.evidence.compactMap { load($0, in: scenario, log: log) }
        guard !log.hasErrors else { throw LoadError(log.diagnostics) }
        return tables
    }

    static func load(_ source: EvidenceSource, in scenario: Scenario, log: DiagnosticLog) -> EvidenceTable? {
        guard ScenarioPath.problem(with: source.file) == nil else { return nil }  // reported with the YAML
        let url = scenario.directory.appendingPathComponent(source.file)
        let path = DisplayPath.of(url)
        let root = scenario.directory.resolvingSymlinksInPath().standardizedFileURL.path
        let resolved = url.resolvingSymlinksInPath().standardizedFileURL.path
        guard resolved.hasPrefix(root + "/") else {
            log.error("evidence '\(source.id)': '\(source.file)' is a link to \(resolved), outside the scenario folder", file: path)
            return nil
        }
        if let problem = FileChecks.notRegular(url) {
            log.error(problem, file: path)
            return nil
        }
        guard FileManager.default.isReadableFile(atPath: url.path) else {
            let exists = FileManager.default.fileExists(atPath: url.path)
            log.error(exists ? "cannot read the file" : "file not found (evidence '\(source.id)' declares it)", file: path)
            return nil
        }
        let export: ExportBytes
        do { export = try ExportBytes(contentsOf: url) } catch {
            log.error("cannot read the file: \(error.localizedDescription)", file: path)
            return nil
        }
        let data = export.data
        // An all-ASCII export (the usual one) is valid UTF-8 without decoding a copy of it.
        guard export.isASCII || String(data: data, encoding: .utf8) != nil else {
            let (line, column) = YAMLDocument.firstInvalidUTF8(in: data)
            log.error("file is not valid UTF-8 text", file: path, line: line, column: column)
            return nil
        }
        if export.containsNUL {  // a NUL scalar is the zero byte in UTF-8
            log.error("file contains NUL bytes; is it a spreadsheet or binary export rather than CSV?", file: path, line: 1)
            return nil
        }
        return read(export, source: source, scenario: scenario, path: path, log: log)
    }

    /// The header row, then each record in one streaming pass over the bytes (`CSVRows`).
    private static func read(_ export: ExportBytes, source: EvidenceSource, scenario: Scenario, path: String,
                             log: DiagnosticLog) -> EvidenceTable? {
        let data = export.data
        var first: [String]?
        var line = 0
        CSVRows.forEach(in: data) { line += 1; if line < source.headerRow { return true }; first = $0; return false }
        guard var header = first else {
            log.error("file is empty: an evidence export needs a header row", file: path)
            return nil
        }
        if let first = header.first, first.hasPrefix("\u{FEFF}") { header[0] = String(first.dropFirst()) }
        header = header.map { $0.trimmedCell }
        var seenColumns: [String: Int] = [:]
        for (i, name) in header.enumerated() {
            if let first = seenColumns[name] {
                log.error("the header names column '\(name)' twice (fields \(first + 1) and \(i + 1)); which one holds the data is ambiguous",
                          file: path, line: 1)
                return nil
            }
            seenColumns[name] = i
        }
        let columns = source.declaredColumns
        let positions = columns.map { header.firstIndex(of: $0) }
        let missing = zip(columns, positions).filter { $0.1 == nil }.map(\.0)
        if !missing.isEmpty {
            let list = missing.map { "'\($0)'" }.joined(separator: ", ")
            log.error("evidence '\(source.id)' declares column(s) \(list) that the header lacks (header: \(header.joined(separator: ", ")))",
                      file: path, line: 1)
            return nil
        }
        let indices = positions.map { $0! }
        let at = Dictionary(columns.enumerated().map { ($1, $0) }, uniquingKeysWith: { a, _ in a })
        let idAt = source.idColumns.compactMap { at[$0] }, dateAt = at[source.dateColumn]!
        let otherDates = source.dateColumns.filter { $0 != source.dateColumn }.compactMap { c in at[c].map { (c, $0) } }
        let counting = source.countsWhen.compactMap { c in at[c.column].map { (c, $0) } }
        // Columns that record something done; others (a "next review due", the due date a
        // timeliness rule counts from for a joiner still inside it) may name the future.
        let measured = Set(source.timeliness.map(\.to) + source.tests.flatMap(\.columns))
        var problems = RowProblems(path: path, log: log)
        var records: [EvidenceRecord] = [], setAside: [EvidenceRecord] = []
        var seenIDs = SeenIDs()
        var dropped: [String] = []  // ids of rows not kept (a bad date), for `seenIDs`
        var cells = CellStore(fileSize: data.count)
        // One record per line at most: the array is not copied as it grows.
        records.reserveCapacity(export.lineCount)
        let reserved = records.capacity * MemoryLayout<EvidenceRecord>.stride
        records.withUnsafeMutableBufferPointer { all in
            // The reserved storage, not yet touched: in huge pages when it is large.
            if let base = all.baseAddress, reserved >= HugePages.worthwhile { HugePages.advise(UnsafeMutableRawPointer(base), reserved) }
        }
        var row = 0
        let audit = scenario.organisation.auditDate
        let width = header.count
        let unterminated = CSVRows.forEachRow(in: data) { fields in
            export.passed(fields.end)
            row += 1
            if row <= source.headerRow { return true }  // the header, and any report title above it
            if fields.count == 1, fields.length(0) == 0 { return true }  // a blank line
            if fields.count != width {
                problems.add("row has \(fields.count) field(s), the header has \(width)", column: "*", row: row)
                if fields.count < width { return true }
            }
            // Only the cells a rule reads become strings; the rest stay bytes.
            let value = { (i: Int) in fields.string(indices[i]) }
            let counts = counting.allSatisfy { $0.0.matches(value($0.1)) }
            let idParts = idAt.count == 1 ? [] : idAt.map { value($0).trimmedCell }
            var id = idAt.count == 1 ? value(idAt[0]).trimmedCell : idParts.joined(separator: " · ")
            if idAt.isEmpty { id = "row \(row)" }
            if idAt.count == 1 ? id.isEmpty : idParts.contains(where: \.isEmpty) {
                problems.add("'\(source.idColumn)' is empty: every record needs its id", column: source.idColumn, row: row)
            } else if !seenIDs.insert(id, earlier: { records.map(\.id) + setAside.map(\.id) + dropped }) {
                problems.add("duplicate id '\(id)'", column: source.idColumn, row: row)
            }
            guard let stamp = fields.stamp(indices[dateAt], source.dateFormat) else {
                // A row that is not an occurrence may be undated (a review ticket never resolved).
                if !counts, value(dateAt).trimmedCell.isEmpty {
                    setAside.append(EvidenceRecord(id: id, day: audit, row: row, fields: indices.indices.map(value), counts: false))
                } else {
                    problems.add("'\(value(dateAt))' is not a date in the declared format \(source.dateFormat)", column: source.dateColumn, row: row)
                    dropped.append(id)
                }
                return true
            }
            // A plan written in a register (next year's exercise) is not a record of the past.
            if stamp.day > audit, counts {
                problems.add("dated \(stamp.day), after the audit date \(audit)", column: source.dateColumn, row: row)
            }
            for (column, i) in otherDates where !fields.isBlank(indices[i]) {
                if let other = fields.stamp(indices[i], source.dateFormat(of: column))?.day {
                    // A measured date after the audit is impossible; a planned one ("next review due") is not.
                    if other > audit, counts, measured.contains(column) {
                        problems.add("dated \(other), after the audit date \(audit)", column: column, row: row)
                    }
                } else if !CellText.isNotApplicable(value(i)), !CellText.isBlankWord(value(i)) {
                    problems.add("'\(value(i).trimmedCell)' is not a date in the declared format \(source.dateFormat(of: column))", column: column, row: row)
                }
            }
            // A single id column whose cell is the id exactly (untrimmed) is the record's id;
            // any other id (joined, trimmed, "row 12") is stored first, before the values.
            let idField = idAt.count == 1 && idAt[0] < Int(EvidenceRecord.idFirst)
                && fields.length(indices[idAt[0]]) == id.utf8.count ? idAt[0] : nil
            let idBytes = idField == nil ? id.utf8.count + 1 : 0
            // The declared values joined by NUL, copied from the input straight into the arena.
            let kept = indices.reduce(indices.count - 1) { $0 + fields.length($1) }
            let stored = cells.store(count: max(kept, 0) + idBytes) { out in
                var at = 0
                if idField == nil {
                    var text = id
                    text.withUTF8 { bytes in if let base = bytes.baseAddress { out.update(from: base, count: bytes.count) } }
                    at = idBytes
                    out[at - 1] = 0
                }
                for (n, i) in indices.enumerated() {
                    if n > 0 { out[at] = 0; at += 1 }
                    let written = fields.withField(i) { field in
                        if let source = field.baseAddress { (out + at).update(from: source, count: field.count) }
                        return field.count
                    }
                    at += written
                }
            }
            records.append(EvidenceRecord(day: stamp.day, minutes: stamp.minutes, row: row, stored: stored,
                                          idField: idField, counts: counts))
            return true
        }
        // Sorted here, where the array is not shared, so in place rather than into a copy.
        EvidenceTable.sortByDate(&records)
        problems.flush()
        if let q = unterminated {
            log.error("a quoted field opens here and is never closed, so the rest of the file would be read as one field",
                      file: path, line: q.line, column: q.column)
            return nil
        }
        return EvidenceTable(source: source, columns: columns, records: records, setAside: setAside,
                             clock: EvidenceClock(organisation: scenario.organisation))
    }
}

/// Row problems grouped by column, the first few listed and the rest counted.
private struct RowProblems {
    let path: String
    let log: DiagnosticLog
    private var counts: [String: Int] = [:]
    private var order: [String] = []

    init(path: String, log: DiagnosticLog) {
        self.path = path
        self.log = log
    }

    mutating func add(_ message: String, column: String, row: Int) {
        let count = counts[column, default: 0] + 1
        if count == 1 { order.append(column) }
        counts[column] = count
        guard count <= EvidenceLoader.problemsShownPerColumn else { return }
        let prefix = column == "*" ? "" : "column '\(column)': "
        log.error(prefix + message, file: path, line: row)
    }

    func flush() {
        for column in order {
            let extra = counts[column, default: 0] - EvidenceLoader.problemsShownPerColumn
            guard extra > 0 else { continue }
            let what = column == "*" ? "rows" : "rows in column '\(column)'"
            log.error("and \(extra) more \(what) with problems", file: path)
        }
    }
}
