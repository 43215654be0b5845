import Foundation
import ZIPFoundation

/// A one-sheet Office Open XML spreadsheet (.xlsx), written part by part: a ZIP of a few XML
/// files (ECMA-376). ZIPFoundation does the ZIP container; the parts are ours, because the
/// few we need (inline strings, one date style, a frozen header row and an autofilter) are
/// simpler to write than to pull in a spreadsheet library. Dates are real date cells (serial
/// days since 1899-12-30 with a yyyy-mm-dd format), so a spreadsheet sorts and filters them.
public struct XLSXWorkbook: Sendable {
    public enum Cell: Sendable, Hashable {
        case text(String)
        case number(Double)
        case date(Day)
        case empty
    }

    public struct Column: Sendable, Hashable {
        public var header: String
        /// Width in characters.
        public var width: Int
        public init(_ header: String, width: Int) {
            self.header = header
            self.width = width
        }
    }

    public var sheetName: String
    public var columns: [Column]
    public var rows: [[Cell]]

    public init(sheetName: String, columns: [Column], rows: [[Cell]]) {
        self.sheetName = sheetName
        self.columns = columns
        self.rows = rows
    }

    /// The workbook as the bytes of an .xlsx file. The same content gives the same bytes (the
    /// entries carry a fixed date).
    public func data() throws -> Data {
        let archive = try Archive(data: Data(), accessMode: .create)
        let stamp = Date(timeIntervalSince1970: 1_577_836_800)  // 2020-01-01, fixed so exports diff cleanly
        for (path, text) in parts() {
            let bytes = Data(text.utf8)
            try archive.addEntry(with: path, type: .file, uncompressedSize: Int64(bytes.count), modificationDate: stamp,
                                 compressionMethod: .deflate) { position, size in
                bytes.subdata(in: Int(position)..<Int(position) + size)
            }
        }
        guard let data = archive.data else { throw CocoaError(.fileWriteUnknown) }
        return data
    }

    /// Each part's path and XML, in the order a reader expects the content types first.
    func parts() -> [(String, String)] {
        let head = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
        let main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
        let rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
        let pkg = "http://schemas.openxmlformats.org/package/2006/relationships"
        let last = Self.columnName(max(columns.count, 1) - 1) + String(rows.count + 1)
        return [
            ("[Content_Types].xml", head + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
                + "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
                + "<Override PartName=\"/xl/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>"
                + "</Types>"),
            ("_rels/.rels", head + "<Relationships xmlns=\"\(pkg)\"><Relationship Id=\"rId1\" "
                + "Type=\"\(rel)/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>"),
            ("xl/workbook.xml", head + "<workbook xmlns=\"\(main)\" xmlns:r=\"\(rel)\"><sheets><sheet name=\"\(Self.escape(sheetName))\" "
                + "sheetId=\"1\" r:id=\"rId1\"/></sheets><definedNames><definedName name=\"_xlnm._FilterDatabase\" localSheetId=\"0\" "
                + "hidden=\"1\">'\(Self.escape(sheetName).replacingOccurrences(of: "'", with: "''"))'!$A$1:$\(Self.columnName(max(columns.count, 1) - 1))$\(rows.count + 1)"
                + "</definedName></definedNames></workbook>"),
            ("xl/_rels/workbook.xml.rels", head + "<Relationships xmlns=\"\(pkg)\">"
                + "<Relationship Id=\"rId1\" Type=\"\(rel)/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
                + "<Relationship Id=\"rId2\" Type=\"\(rel)/styles\" Target=\"styles.xml\"/></Relationships>"),
            ("xl/styles.xml", head + "<styleSheet xmlns=\"\(main)\"><numFmts count=\"1\"><numFmt numFmtId=\"164\" formatCode=\"yyyy-mm-dd\"/></numFmts>"
                + "<fonts count=\"2\"><font><sz val=\"11\"/><name val=\"Calibri\"/></font><font><b/><sz val=\"11\"/><name val=\"Calibri\"/></font></fonts>"
                + "<fills count=\"2\"><fill><patternFill patternType=\"none\"/></fill><fill><patternFill patternType=\"gray125\"/></fill></fills>"
                + "<borders count=\"1\"><border><left/><right/><top/><bottom/><diagonal/></border></borders>"
                + "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>"
                + "<cellXfs count=\"4\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/>"
                + "<xf numFmtId=\"164\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"/>"
                + "<xf numFmtId=\"0\" fontId=\"1\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyFont=\"1\"/>"
                + "<xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyAlignment=\"1\"><alignment wrapText=\"1\" vertical=\"top\"/></xf>"
                + "</cellXfs><cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/></cellStyles></styleSheet>"),
            ("xl/worksheets/sheet1.xml", head + "<worksheet xmlns=\"\(main)\" xmlns:r=\"\(rel)\"><dimension ref=\"A1:\(last)\"/>"
                + "<sheetViews><sheetView workbookViewId=\"0\"><pane ySplit=\"1\" topLeftCell=\"A2\" activePane=\"bottomLeft\" state=\"frozen\"/>"
                + "<selection pane=\"bottomLeft\" activeCell=\"A2\" sqref=\"A2\"/></sheetView></sheetViews>"
                + "<sheetFormatPr defaultRowHeight=\"15\"/><cols>"
                + columns.enumerated().map { "<col min=\"\($0.offset + 1)\" max=\"\($0.offset + 1)\" width=\"\($0.element.width)\" customWidth=\"1\"/>" }.joined()
                + "</cols><sheetData>" + sheetRows() + "</sheetData><autoFilter ref=\"A1:\(last)\"/></worksheet>"),
        ]
    }

    func sheetRows() -> String {
        let header = "<row r=\"1\">" + columns.enumerated().map { i, c in
            "<c r=\"\(Self.columnName(i))1\" t=\"inlineStr\" s=\"2\"><is><t>\(Self.escape(c.header))</t></is></c>"
        }.joined() + "</row>"
        let body = rows.enumerated().map { r, cells in
            "<row r=\"\(r + 2)\" ht=\"\(15 * lines(cells))\" customHeight=\"1\">" + cells.enumerated().map { i, cell in Self.cell(cell, at: "\(Self.columnName(i))\(r + 2)") }.joined() + "</row>"
        }
        return header + body.joined()
    }

    /// Lines the tallest wrapped text cell of a row needs at its column's width (at most 12):
    /// a reader that does not fit row heights itself (LibreOffice) would otherwise overlap them.
    func lines(_ cells: [Cell]) -> Int {
        let needed = cells.enumerated().map { i, cell -> Int in
            guard case let .text(s) = cell, i < columns.count else { return 1 }
            let width = max(columns[i].width - 1, 1)
            return s.split(separator: "\n", omittingEmptySubsequences: false).reduce(0) { $0 + max(1, ($1.count + width - 1) / width) }
        }
        return min(max(needed.max() ?? 1, 1), 12)
    }

    static func cell(_ cell: Cell, at ref: String) -> String {
        switch cell {
        case let .text(s): "<c r=\"\(ref)\" t=\"inlineStr\" s=\"3\"><is><t xml:space=\"preserve\">\(escape(s))</t></is></c>"
        case let .number(n): "<c r=\"\(ref)\"><v>\(n == n.rounded() ? String(Int(n)) : String(n))</v></c>"
        case let .date(d): "<c r=\"\(ref)\" s=\"1\"><v>\(serial(d))</v></c>"
        case .empty: ""
        }
    }

    /// Days since 1899-12-30, the spreadsheet epoch (which absorbs Lotus's 1900 leap-year bug).
    public static func serial(_ day: Day) -> Int { Day(year: 1899, month: 12, day: 30)!.days(until: day) }

    /// 0 → A, 25 → Z, 26 → AA.
    static func columnName(_ index: Int) -> String {
        var n = index + 1, name = ""
        while n > 0 {
            let r = (n - 1) % 26
            name = String(UnicodeScalar(UInt8(65 + r))) + name
            n = (n - 1) / 26
        }
        return name
    }

    /// XML text: the five entities escaped, and characters XML 1.0 forbids dropped.
    static func escape(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&apos;"
            case "\t", "\n", "\r": out.unicodeScalars.append(scalar)
            default:
                if scalar.value < 0x20 || (0xFFFE...0xFFFF).contains(scalar.value) { continue }
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
