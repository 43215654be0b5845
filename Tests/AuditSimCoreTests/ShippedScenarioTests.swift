import Foundation
import Testing

@testable import AuditSimCore

/// The shipped scenarios, run unattended with each of their answer sets, raise exactly the
/// findings their authors wrote down from the story. Findings are compared as a multiset: a
/// finding raised five times where the story has one is four findings too many.
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

    /// Where the engine and a scenario's expected findings (reasoned from the story before the
    /// engine ran) disagree and the engine is believed wrong. The expectations stay as the
    /// auditor wrote them; each disagreement is a known issue naming the item to fix. When the
    /// engine is fixed the disagreement stops reproducing and the test asks for it to be removed.
    struct Disagreement: Sendable {
        var scenario: String
        /// nil: with every answer set of the scenario.
        var answerSet: String?
        /// Expected but not raised, and raised but not expected (`grade control rule`).
        var missing: [String] = []
        var extra: [String] = []
        var item: String
    }

    static let knownDisagreements: [Disagreement] = [
        Disagreement(
            scenario: "calderway", answerSet: "panel",
            extra: ["observation 7.3 answer-contradicts"],
            item: "Answer dates that name the weekday and the date ('Monday the 23rd of March', 'Tuesday the 13th of "
                + "October', 'Friday 27th February', 'Wednesday the 16th of September') are read as the latest such "
                + "weekday, so correct answers contradict the documents (5.2-policy-approved-on, 8.2-last-risk-assessment, "
                + "9.2-last-audit, 9.3-last-review); 'Me.' from Helen Marsh (by: helen-marsh) is read as Priyanka "
                + "(5.2-policy-approver). Five misread answers, which become false 7.3 observations for Priyanka Desai and "
                + "Helen Marsh (one per person); the one expected (A.8.13-restore-last, 22 October "
                + "against 12 November) is lost because 'Thursday the 22nd of October' is read as 19 November"),
    ]

    @Test(arguments: cases)
    func findingsMatchTheStory(scenario name: String, answerSet: String) throws {
        let dir = Self.root.scenariosDirectory.appendingPathComponent(name)
        let bank = try QuestionBankLoader.load(Self.root.banksDirectory.appendingPathComponent("iso27001-2022"))
        let scenario = try ScenarioLoader.load(dir, bank: bank)
        let run = AuditRun(scenario: scenario, bank: bank, tables: try EvidenceLoader.loadAll(scenario),
                           answers: scenario.answerSet(answerSet))
        let expected = try ExpectedFindings.load(dir).expected(for: answerSet).map(\.description).sorted()
        let actual = run.findings.map { ExpectedFindings.Entry(grade: $0.grade, control: $0.control, rule: $0.rule, why: "") }
            .sorted().map(\.description)
        var missing = Self.subtracting(actual, from: expected), extra = Self.subtracting(expected, from: actual)
        for known in Self.knownDisagreements where known.scenario == name && (known.answerSet ?? answerSet) == answerSet {
            let reproduces = Self.subtracting(missing, from: known.missing).isEmpty && Self.subtracting(extra, from: known.extra).isEmpty
            withKnownIssue("\(name)/\(answerSet): \(known.item)") {
                #expect(!reproduces, "missing \(known.missing), extra \(known.extra)")
            }
            if reproduces {
                missing = Self.subtracting(known.missing, from: missing)
                extra = Self.subtracting(known.extra, from: extra)
            }
        }
        #expect(missing.isEmpty, "\(name)/\(answerSet): expected but not raised: \(missing)")
        #expect(extra.isEmpty, "\(name)/\(answerSet): raised but not expected: \(extra)")
    }

    /// `items` less one occurrence of each of `removed` (a multiset difference).
    static func subtracting(_ removed: [String], from items: [String]) -> [String] {
        var left = items
        for item in removed {
            if let index = left.firstIndex(of: item) { left.remove(at: index) }
        }
        return left
    }

    @Test func everyScenarioHasTwoAnswerSetsAndExpectations() throws {
        for dir in Self.root.scenarioDirectories {
            let sets = (try? FileManager.default.contentsOfDirectory(atPath: dir.appendingPathComponent("answers").path)) ?? []
            #expect(sets.filter { $0.hasSuffix(".yaml") }.count >= 2, "\(dir.lastPathComponent)")
            #expect(FileManager.default.fileExists(atPath: dir.appendingPathComponent("expected-findings.yaml").path), "\(dir.lastPathComponent)")
        }
    }

    /// The fifth scenario's exports are regenerated byte for byte by its own script.
    @Test func calderwayExportsAreWhatItsScriptWrites() throws {
        let dir = Self.root.scenariosDirectory.appendingPathComponent("calderway")
        let script = dir.appendingPathComponent("make_exports.py")
        let python = ["/usr/bin/python3", "/usr/local/bin/python3"].first { FileManager.default.isExecutableFile(atPath: $0) }
        guard let python, FileManager.default.fileExists(atPath: script.path) else { return }
        let copy = FileManager.default.temporaryDirectory.appendingPathComponent("auditsim-calderway-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: copy) }
        try FileManager.default.createDirectory(at: copy, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: script, to: copy.appendingPathComponent("make_exports.py"))
        let process = Process()
        process.executableURL = URL(fileURLWithPath: python)
        process.arguments = [copy.appendingPathComponent("make_exports.py").path]
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        let shipped = try FileManager.default.contentsOfDirectory(atPath: dir.appendingPathComponent("evidence").path).sorted()
        let written = try FileManager.default.contentsOfDirectory(atPath: copy.appendingPathComponent("evidence").path).sorted()
        #expect(shipped == written)
        for file in shipped {
            let a = try Data(contentsOf: dir.appendingPathComponent("evidence/\(file)"))
            let b = try Data(contentsOf: copy.appendingPathComponent("evidence/\(file)"))
            #expect(a == b, "\(file) differs from what make_exports.py writes")
        }
    }
}
