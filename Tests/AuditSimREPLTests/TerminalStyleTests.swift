import Testing

@testable import AuditSimREPL

@Suite("Terminal output")
struct TerminalStyleTests {
    @Test(arguments: [
        ("plain text", "plain text"),
        ("\u{1B}[2J\u{1B}[Hrepainted", "repainted"),
        ("title\u{1B}]0;pwned\u{07}", "title"),
        ("bell\u{07}", "bell\u{FFFD}"),
        ("rtl \u{202E}txt", "rtl txt"),
        ("tab\tand\nnewline", "tab\tand\nnewline"),
        ("emoji 🙂 stays", "emoji 🙂 stays"),
    ])
    func foreignTextIsMadeInert(input: String, expected: String) {
        #expect(TerminalStyle.inert(input) == expected)
    }

    @Test func colourOnlyWhenAsked() {
        #expect(TerminalStyle(colour: false).red("x") == "x")
        #expect(TerminalStyle(colour: true).red("x") == "\u{1B}[1;31mx\u{1B}[0m")
    }

    @Test func noColourWithoutATerminalOrWithNoColor() {
        #expect(TerminalStyle.detect(fileDescriptor: -1, environment: [:]).colour == false)
        #expect(TerminalStyle.detect(fileDescriptor: 1, environment: ["NO_COLOR": "1"]).colour == false)
        #expect(TerminalStyle.detect(fileDescriptor: 1, environment: ["TERM": "dumb"]).colour == false)
    }
}
