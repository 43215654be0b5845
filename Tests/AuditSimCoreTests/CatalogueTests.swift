import Foundation
import Testing

@testable import AuditSimCore

/// The shipped ISO/IEC 27001:2022 bank: the whole Annex A catalogue, and questions for all of it.
@Suite("ISO/IEC 27001:2022 catalogue and questions")
struct CatalogueTests {
    static let bank: QuestionBank = {
        let root = Fixture.root.deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        return try! QuestionBankLoader.load(root.appendingPathComponent("QuestionBanks/iso27001-2022"))
    }()

    static let themes: [(prefix: String, theme: String, count: Int)] = [
        ("A.5.", "organizational", 37), ("A.6.", "people", 8), ("A.7.", "physical", 14), ("A.8.", "technological", 34),
    ]

    @Test(arguments: themes)
    func annexAThemeIsComplete(prefix: String, theme: String, count: Int) {
        let ids = Self.bank.soaControls.filter { $0.id.rawValue.hasPrefix(prefix) }
        #expect(ids.map(\.id.rawValue) == (1...count).map { "\(prefix)\($0)" })
        #expect(ids.allSatisfy { $0.theme == theme && !$0.title.isEmpty })
    }

    @Test func exactlyNinetyThreeControls() {
        #expect(Self.bank.soaControls.count == 93)
    }

    @Test(arguments: ["4.1", "4.3", "5.2", "6.1.2", "6.1.3", "6.2", "7.2", "7.5", "8.1", "9.2", "9.2.2", "9.3", "9.3.2", "10.2"])
    func clausesArePresent(id: String) {
        #expect(Self.bank.control(ControlID(id))?.kind == .requirement)
    }

    /// Every Annex A control has at least two Stage 2 questions (follow-ups count).
    @Test func everyControlHasItsQuestions() {
        for control in Self.bank.soaControls {
            let questions = Self.bank.questions(for: control.id).filter { $0.stage == .operational }
            let asked = questions.count + questions.reduce(0) { $0 + $1.followUps.count }
            #expect(questions.count >= 1 && asked >= 2, "\(control.id) has \(asked)")
        }
    }

    @Test(arguments: ["A.5.9", "A.5.15", "A.5.17", "A.5.18", "A.5.19", "A.5.20", "A.5.21", "A.5.22", "A.5.23", "A.5.24",
                      "A.5.25", "A.5.26", "A.5.27", "A.5.28", "A.5.29", "A.5.30", "A.6.1", "A.6.3", "A.6.5", "A.6.7", "A.6.8",
                      "A.7.2", "A.8.2", "A.8.5", "A.8.7", "A.8.8", "A.8.9", "A.8.13", "A.8.15", "A.8.16", "A.8.24", "A.8.25", "A.8.32"])
    func mostSampledControlsHaveFourQuestions(id: String) {
        let questions = Self.bank.questions(for: ControlID(id))
        #expect(questions.count + questions.reduce(0) { $0 + $1.followUps.count } >= 4)
    }

    @Test func everyStage1ClauseIsCovered() {
        let clauses = ["4", "5", "6", "7", "8", "9", "10"]
        for clause in clauses {
            #expect(Self.bank.questions.contains { $0.stage == .documentation && $0.control.rawValue.hasPrefix(clause + ".") }, "clause \(clause)")
        }
    }
}
