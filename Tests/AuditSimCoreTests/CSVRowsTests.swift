import Foundation
import Testing
@testable import AuditSimCore

/// The byte-level CSV reader must read every input exactly as CSV.swift's CSVReader does
/// (it replaced it for speed), and the Foundation-free trim must trim exactly as
/// `trimmingCharacters(in: .whitespaces)` does.
@Suite("CSV rows and cell trimming match what they replaced")
struct CSVRowsTests {
    static func rows(_ text: String) -> [[String]] {
        var out: [[String]] = []
        CSVRows.forEach(in: Data(text.utf8)) { out.append($0); return true }
        return out
    }

    /// What the loader fed CSVReader: the text as Foundation decodes it (a BOM dropped).
    static func reference(_ text: String) -> [[String]] {
        CSVRows.reference(String(data: Data(text.utf8), encoding: .utf8) ?? text)
    }

    static let cases: [(String, [[String]])] = [
        ("a,b\n1,2\n", [["a", "b"], ["1", "2"]]),
        ("a,b\r\n1,2\r\n", [["a", "b"], ["1", "2"]]),
        ("a,b\r1,2", [["a", "b"], ["1", "2"]]),
        ("id,summary\n1,\"Upgrade X, then Y\"\n", [["id", "summary"], ["1", "Upgrade X, then Y"]]),
        ("id,note\n1,\"two\nlines\"\n2,x\n", [["id", "note"], ["1", "two\nlines"], ["2", "x"]]),
        ("id,note\n1,\"say \"\"hi\"\"\"\n", [["id", "note"], ["1", "say \"hi\""]]),
        ("a,b,\n", [["a", "b", ""]]),
        ("a,b,", [["a", "b", ""]]),
        ("a\n\nb\n", [["a"], [""], ["b"]]),
        ("", []),
        ("\u{FEFF}id,x\n1,2", [["id", "x"], ["1", "2"]]),
        ("a,b\"c,d\n", [["a", "b\"c", "d"]]),
        ("\"ab\"x,y\n", [["ab\",y\n"]]),  // CSVReader stays in the quoted field
        ("\"ab\"é,y\n", [["ab\",y\n"]]),
        ("\"unterminated,\nrow", [["unterminated,\nrow"]]),
        ("\"\"", [[""]]),
        ("🙂,\"é\"\n", [["🙂", "é"]]),
    ]

    @Test(arguments: 0..<cases.count)
    func readsKnownCases(_ index: Int) {
        let (text, expected) = Self.cases[index]
        #expect(Self.rows(text) == expected, "\(text.debugDescription)")
        #expect(Self.rows(text) == Self.reference(text), "differs from CSV.swift on \(text.debugDescription)")
    }

    /// Seeded random inputs over the characters that matter to CSV, compared with CSV.swift.
    @Test func agreesWithCSVSwiftOnRandomInput() {
        let alphabet: [String] = ["a", "b", ",", "\"", "\"\"", "\n", "\r", "\r\n", " ", "é", "🙂", "\t", "\u{FEFF}", "x,y"]
        var random = SplitMix64(seed: 27_001)
        for trial in 0..<20_000 {
            let length = Int(random.next() % 24)
            let text = (0..<length).map { _ in alphabet[Int(random.next() % UInt64(alphabet.count))] }.joined()
            let ours = Self.rows(text), theirs = Self.reference(text)
            #expect(ours == theirs, "trial \(trial): \(text.debugDescription)")
            if ours != theirs { return }
        }
    }

    @Test func stopsWhenAsked() {
        var seen = 0
        CSVRows.forEach(in: Data("a\nb\nc\n".utf8)) { _ in seen += 1; return seen < 2 }
        #expect(seen == 2)
    }

    @Test func blanksAreFoundationsWhitespaceSet() {
        for value in UInt32(0)..<0x3100 {
            guard let scalar = Unicode.Scalar(value) else { continue }
            #expect(CellText.isBlank(scalar) == CharacterSet.whitespaces.contains(scalar), "U+\(String(value, radix: 16))")
        }
    }

    @Test func trimsExactlyAsFoundation() {
        let pieces: [String] = ["a", "é", " ", "\t", "\n", "\r", "\u{00A0}", "\u{2003}", "\u{3000}", "\u{200B}", "\u{0085}",
                                "\u{FEFF}", "🙂", "\u{0301}", "b c"]
        var random = SplitMix64(seed: 4_180)
        for _ in 0..<20_000 {
            let length = Int(random.next() % 7)
            let text = (0..<length).map { _ in pieces[Int(random.next() % UInt64(pieces.count))] }.joined()
            #expect(CellText.trimmed(text) == text.trimmingCharacters(in: .whitespaces), "\(text.debugDescription)")
        }
    }
}
