import Foundation
import Testing

@testable import AuditSimCore

/// Performance work must not change what an audit finds: every shipped scenario, run with
/// each of its answer sets, renders the same JSON gap summary, byte for byte, as the build
/// before that work (Fixtures/golden/SCENARIO-SET.json, written by
/// `auditsim readiness --scenario SCENARIO --answers SET --format json` at commit cf10689).
/// Regenerate them only for a change meant to alter findings (scripts/golden.sh).
@Suite("Gap summaries match the golden files")
struct GoldenGapSummaryTests {
    @Test(arguments: ShippedScenarioTests.cases)
    func sameJSON(scenario name: String, answerSet: String) throws {
        let root = ShippedScenarioTests.root
        let dir = root.scenariosDirectory.appendingPathComponent(name)
        let bank = try QuestionBankLoader.load(root.banksDirectory.appendingPathComponent("iso27001-2022"))
        let scenario = try ScenarioLoader.load(dir, bank: bank)
        let run = AuditRun(scenario: scenario, bank: bank, tables: try EvidenceLoader.loadAll(scenario),
                           answers: scenario.answerSet(answerSet))
        let json = try ReportFormat.json.render(GapSummary(run: run, answerSet: answerSet), run: run)
        let golden = try String(contentsOf: Fixture.url("golden/\(name)-\(answerSet).json"), encoding: .utf8)
        #expect(json == golden, "\(name)/\(answerSet): the gap summary differs from the golden file")
    }
}
