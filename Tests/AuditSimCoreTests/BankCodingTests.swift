import Foundation
import Testing

@testable import AuditSimCore

/// The cache's entry format keeps every field of the bank's model.
@Suite("Bank coding")
struct BankCodingTests {
    /// A bank that sets every field, each optional both ways.
    static let everyField: QuestionBank = {
        var question = Question(
            id: "q-1", control: "A.5.15", stage: .operational, audience: .topManagement, text: "How often, {system}?",
            answer: .choice, options: ["monthly", "yearly"],
            compare: .evidence(kind: "access-review", fact: .onTimeRate, tolerance: Tolerance(steps: 0, days: 3, percent: 2.5)),
            talkingPoints: [TalkingPoint(concept: "sign-off", synonyms: ["approval", "é ✓"])], looksFor: "Records.",
            followUps: [FollowUp(on: .unsure, text: "Why?", answer: .yesNo, talkingPoints: [TalkingPoint(concept: "reason")])])
        question.matching = ["lost", "stolen"]
        let others: [Benchmark?] = [
            nil, .evidence(kind: nil, fact: .count, tolerance: Tolerance()), .declared(key: "staff", tolerance: Tolerance(steps: 8)),
            .document(kind: .riskAssessment, field: .approvedOn, tolerance: Tolerance(days: 0, percent: -1)),
        ]
        var bank = QuestionBank(
            id: "b", title: "", framework: "F", controls: [Control(id: "4.3", title: "Scope", kind: .requirement, theme: "context")],
            questions: [question] + others.enumerated().map { i, compare in
                Question(id: "q-\(i + 2)", control: "4.3", stage: .documentation, audience: .anyStaff, text: "t", answer: .number,
                         compare: compare, looksFor: "l")
            })
        bank.synonyms = [["approve", "authorise", "sign off"]]
        return bank
    }()

    @Test func everyFieldRoundTrips() throws {
        let bank = Self.everyField
        #expect(BankCoding.decode(BankCoding.encode(bank)) == bank)
    }

    /// A field added to the model fails here until `BankCoding` writes it and
    /// `BankCache.formatVersion` is raised.
    @Test func theCodingKnowsEveryField() {
        let bank = Self.everyField
        let counts = [
            Mirror(reflecting: bank).children.count, Mirror(reflecting: bank.questions[0]).children.count,
            Mirror(reflecting: bank.questions[0].followUps[0]).children.count, Mirror(reflecting: bank.controls[0]).children.count,
            Mirror(reflecting: bank.questions[0].talkingPoints[0]).children.count, Mirror(reflecting: Tolerance()).children.count,
        ]
        #expect(counts == [6, 12, 4, 4, 2, 3])
    }

    @Test func everyPrefixIsRefused() {
        let data = BankCoding.encode(Self.everyField)
        for length in stride(from: 0, to: data.count, by: 7) {
            #expect(BankCoding.decode(data.prefix(length)) == nil)
        }
    }
}

/// `severity:` once labelled a question's grade; grades now follow the evidence alone, so an
/// older bank still loads and is told, at the line, to drop it.
@Suite("Question severity is retired")
struct RetiredSeverityTests {
    @Test func anOlderBankLoadsWithAWarningAtTheLine() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("auditsim-severity-\(UUID().uuidString)")
        try FileManager.default.copyItem(at: Fixture.url("banks/mini"), to: dir)
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("questions.yaml")
        let text = try String(contentsOf: file, encoding: .utf8)
        try Data(text.replacingOccurrences(of: "    looks-for: An audit report dated inside the operating period.\n",
                                           with: "    looks-for: An audit report dated inside the operating period.\n    severity: major\n").utf8)
            .write(to: file)
        let log = DiagnosticLog()
        let bank = QuestionBankLoader.load(dir, log: log)
        #expect(bank != nil)
        #expect(!log.hasErrors)
        #expect(log.diagnostics.contains { $0.severity == .warning && $0.description.contains("questions.yaml:10:") && $0.message.contains("'severity' grades nothing") },
                "\(log.diagnostics.map(\.description))")
    }
}
