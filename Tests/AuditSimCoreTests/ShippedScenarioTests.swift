import Foundation
import Testing

@testable import AuditSimCore

/// The shipped scenarios, run unattended with each of their answer sets, raise exactly the
/// findings their authors wrote down from the story.
@Suite("Shipped scenarios reproduce their expected findings")
struct ShippedScenarioTests {
    static let root = DataRoot(directory: Fixture.root.deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent())

    static var cases: [(String, String)] {
        root.scenarioDirectories.flatMap { dir in
            ((try? FileManager.default.contentsOfDirectory(atPath: dir.appendingPathComponent("answers").path)) ?? [])
                .filter { $0.hasSuffix(".yaml") }.sorted()
                .map { (dir.lastPathComponent, String($0.dropLast(5))) }
        }
    }

    @Test(arguments: cases)
    func findingsMatchTheStory(scenario name: String, answerSet: String) throws {
        let dir = Self.root.scenariosDirectory.appendingPathComponent(name)
        let bank = try QuestionBankLoader.load(Self.root.banksDirectory.appendingPathComponent("iso27001-2022"))
        let scenario = try ScenarioLoader.load(dir, bank: bank)
        let run = AuditRun(scenario: scenario, bank: bank, tables: try EvidenceLoader.loadAll(scenario),
                           answers: scenario.answerSet(answerSet))
        let expected = try ExpectedFindings.load(dir).expected(for: answerSet).map(\.description)
        let actual = run.findings.map { ExpectedFindings.Entry(grade: $0.grade, control: $0.control, rule: $0.rule, why: "") }
            .sorted().map(\.description)
        let missing = expected.filter { !actual.contains($0) }, extra = actual.filter { !expected.contains($0) }
        #expect(missing.isEmpty, "\(name)/\(answerSet): expected but not raised: \(missing)")
        #expect(extra.isEmpty, "\(name)/\(answerSet): raised but not expected: \(extra)")
    }

    @Test func everyScenarioHasTwoAnswerSetsAndExpectations() throws {
        for dir in Self.root.scenarioDirectories {
            let sets = (try? FileManager.default.contentsOfDirectory(atPath: dir.appendingPathComponent("answers").path)) ?? []
            #expect(sets.filter { $0.hasSuffix(".yaml") }.count >= 2, "\(dir.lastPathComponent)")
            #expect(FileManager.default.fileExists(atPath: dir.appendingPathComponent("expected-findings.yaml").path), "\(dir.lastPathComponent)")
        }
    }
}
