import AuditSimCore
import Foundation
import Testing

@testable import AuditSimREPL

@Suite("Reading a line typed in an interview")
struct ShellInputTests {
    @Test(arguments: [
        (":hint", ShellInput.command(.hint)),
        ("  :HINT  ", .command(.hint)),
        (":q", .command(.quit)),
        (":skip please", .command(.skip)),
        ("at 09:00 every day", .answer("at 09:00 every day")),
        ("  quarterly  ", .answer("quarterly")),
        ("", .blank),
        ("   ", .blank),
        (":hnt", .unknown(":hnt", suggestion: .hint)),
        (":stat", .unknown(":stat", suggestion: .status)),
        (":banana", .unknown(":banana", suggestion: nil)),
    ])
    func parses(line: String, expected: ShellInput) {
        #expect(ShellInput.parse(line) == expected)
    }

    @Test func everyCommandHasAWordAndASummary() {
        for command in ShellCommand.allCases {
            #expect(ShellInput.parse(command.word) == .command(command))
            #expect(!command.summary.isEmpty)
        }
    }
}

@Suite("Wrapping long questions")
struct TextWrapTests {
    @Test func wrapsAtTheWidthWithIndentedContinuation() {
        let text = "How do you know the register is complete, including cloud services and information assets?"
        let wrapped = TextWrap.wrap(text, width: 40, first: "Auditor: ", rest: "  ")
        let lines = wrapped.split(separator: "\n")
        #expect(lines.count > 1)
        #expect(lines.allSatisfy { $0.count <= 40 })
        #expect(lines[0].hasPrefix("Auditor: How"))
        #expect(lines.dropFirst().allSatisfy { $0.hasPrefix("  ") && !$0.hasPrefix("   ") })
        #expect(wrapped.replacingOccurrences(of: "\n  ", with: " ") == "Auditor: " + text)
    }

    @Test func keepsParagraphsAndLongWords() {
        #expect(TextWrap.wrap("one\ntwo", width: 80) == "one\ntwo")
        #expect(TextWrap.wrap("a https://example.com/a/very/long/path b", width: 10) == "a\nhttps://example.com/a/very/long/path\nb")
        #expect(TextWrap.wrap("short", width: 80, first: "> ") == "> short")
    }

    @Test func widthIsEightyWithoutATerminal() {
        #expect(TextWrap.terminalWidth(fileDescriptor: -1) == 80)
    }
}

@Suite("Tab completion candidates")
struct CompletionSourceTests {
    let interview = CompletionSource(commands: ShellCommand.allCases.map(\.word), words: ["Priya", "Shah", "A.5.15", "A.8.13"])
    let home = CompletionSource(commands: ["rehearse", "readiness", "resume", "sessions"],
                                arguments: ["rehearse": ["priya-shah", "priya", "kacper-nowak"], "resume": ["1", "12"]])

    @Test func commandsCompleteAtTheStart() {
        #expect(interview.candidates(before: "", word: ":hi") == [":hint"])
        #expect(interview.candidates(before: "", word: ":") == ShellCommand.allCases.map(\.word))
        #expect(home.candidates(before: "", word: "re") == ["rehearse", "readiness", "resume"])
    }

    @Test func argumentsFollowTheirCommand() {
        #expect(home.candidates(before: "rehearse ", word: "pri") == ["priya-shah", "priya"])
        #expect(home.candidates(before: "REHEARSE ", word: "K") == ["kacper-nowak"])
        #expect(home.candidates(before: "resume ", word: "1") == ["1", "12"])
        #expect(home.candidates(before: "sessions ", word: "p").isEmpty)
    }

    @Test func answersCompleteNamesAndControls() {
        #expect(interview.candidates(before: "", word: "pri") == ["Priya"])
        #expect(interview.candidates(before: "it was ", word: "A.8") == ["A.8.13"])
        #expect(interview.candidates(before: "it was ", word: ":h").isEmpty)
    }
}

@Suite("Finding the person meant")
struct StaffMatchTests {
    let staff = [
        StaffMember(id: "priya-shah", name: "Priya Shah", role: "IT Manager"),
        StaffMember(id: "daniel-okafor", name: "Daniel Okafor", role: "CEO"),
        StaffMember(id: "daniel-reyes", name: "Daniel Reyes", role: "Engineer"),
    ]

    @Test(arguments: ["priya", "PRIYA", "Priya Shah", "priya-shah", " priya "])
    func findsByIdNameOrFirstName(name: String) {
        #expect(StaffMatch.find(name, in: staff) == .found(staff[0]))
    }

    @Test func anAmbiguousFirstNameIsNotGuessed() {
        #expect(StaffMatch.find("daniel", in: staff) == .ambiguous([staff[1], staff[2]]))
        #expect(StaffMatch.find("Daniel Reyes", in: staff) == .found(staff[2]))
    }

    static let people = [
        StaffMember(id: "amira-haddad", name: "Amira Haddad", role: "Head of People", aliases: ["HR", "head of HR"]),
        StaffMember(id: "kacper-nowak", name: "Kacper Nowak", role: "Senior Security Engineer"),
        StaffMember(id: "sam-nowak", name: "Sam Nowak", role: "Service Desk Analyst"),
    ]

    /// `--as` as people type it: a surname, a role, an alias, in any case.
    @Test(arguments: [("Haddad", "amira-haddad"), ("head of hr", "amira-haddad"), ("Head of People", "amira-haddad"),
                      ("hr", "amira-haddad"), ("senior security engineer", "kacper-nowak"), ("Service  Desk Analyst", "sam-nowak")])
    func findsBySurnameRoleOrAlias(name: String, id: String) {
        guard case let .found(m) = StaffMatch.find(name, in: Self.people) else { Issue.record("\(name) not found"); return }
        #expect(m.id == id)
    }

    @Test func aSharedSurnameListsTheCandidates() {
        #expect(StaffMatch.find("Nowak", in: Self.people) == .ambiguous([Self.people[1], Self.people[2]]))
    }

    @Test func nobodyByThatName() {
        #expect(StaffMatch.find("zed", in: staff) == StaffMatch.none)
        #expect(StaffMatch.find("", in: staff) == StaffMatch.none)
        #expect(StaffMatch.listing(staff).contains("priya-shah"))
    }
}

@Suite("Where history is kept")
struct HistoryFileTests {
    @Test func followsXDGStateHome() {
        #expect(HistoryFile.url(environment: ["XDG_STATE_HOME": "/tmp/state"]).path == "/tmp/state/auditsim/history")
        #expect(HistoryFile.url(environment: [:]).path.hasSuffix("/.local/state/auditsim/history"))
        #expect(HistoryFile.url(environment: ["XDG_STATE_HOME": ""]).path.hasSuffix("/.local/state/auditsim/history"))
    }

    @Test func isCreatedWhenMissing() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("auditsim-history-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = HistoryFile.prepare(dir.appendingPathComponent("auditsim/history"))
        #expect(path != nil)
        #expect(FileManager.default.fileExists(atPath: path ?? ""))
    }
}
