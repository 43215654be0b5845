import Foundation
import Testing

@testable import AuditSimCore

@Suite("XLSX parts")
struct XLSXWorkbookTests {
    @Test(arguments: [("1900-03-01", 61), ("2026-11-16", 46342), ("1899-12-31", 1)])
    func datesAreSpreadsheetSerialDays(day: String, serial: Int) {
        #expect(XLSXWorkbook.serial(Day(iso: day)!) == serial)
    }

    @Test(arguments: [(0, "A"), (25, "Z"), (26, "AA"), (701, "ZZ"), (702, "AAA")])
    func columnNames(index: Int, name: String) {
        #expect(XLSXWorkbook.columnName(index) == name)
    }

    @Test func textIsEscapedAndForbiddenCharactersDropped() {
        #expect(XLSXWorkbook.escape("a<b & \"c\"\u{1B}[31m") == "a&lt;b &amp; &quot;c&quot;[31m")
    }

    @Test func theSheetFreezesTheHeaderFiltersAndUsesDateCells() throws {
        let book = XLSXWorkbook(sheetName: "Corrective actions", columns: [.init("ID", width: 5), .init("Due", width: 12)],
                                rows: [[.number(1), .date(Day(iso: "2026-12-16")!)], [.number(2), .empty]])
        let sheet = try #require(book.parts().first { $0.0 == "xl/worksheets/sheet1.xml" }?.1)
        #expect(sheet.contains("<pane ySplit=\"1\" topLeftCell=\"A2\" activePane=\"bottomLeft\" state=\"frozen\"/>"))
        #expect(sheet.contains("<autoFilter ref=\"A1:B3\"/>"))
        #expect(sheet.contains("<c r=\"B2\" s=\"1\"><v>46372</v></c>"))
        #expect(sheet.contains("<row r=\"2\" ht=\"15\" customHeight=\"1\">"))
        let tall = XLSXWorkbook(sheetName: "S", columns: [.init("Found", width: 11)], rows: [[.text(String(repeating: "x", count: 25))]])
        #expect(tall.lines(tall.rows[0]) == 3)
        let data = try book.data()
        #expect(data.prefix(2) == Data("PK".utf8))
        #expect(try book.data() == data, "the same workbook gives the same bytes")
    }
}
