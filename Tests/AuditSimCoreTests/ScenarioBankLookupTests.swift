import Foundation
import Testing

@testable import AuditSimCore

/// Loading a scenario and finding its bank in one read reports what reading it without the
/// bank and then again with it reported.
@Suite("Scenario and bank in one read")
struct ScenarioBankLookupTests {
    enum Outcome: Equatable {
        case loaded(organisation: String, bank: String?)
        case failed([Diagnostic])
    }

    /// The two reads `Workspace.load` made before.
    static func twoReads(_ dir: URL, banks: [QuestionBank]) -> Outcome {
        do {
            let draft = try ScenarioLoader.load(dir)
            guard let bank = banks.first(where: { $0.id == draft.bankID }) else { return .loaded(organisation: draft.organisation.name, bank: nil) }
            let scenario = try ScenarioLoader.load(dir, bank: bank)
            return .loaded(organisation: scenario.organisation.name, bank: bank.id)
        } catch { return .failed(error.diagnostics) }
    }

    static func oneRead(_ dir: URL, banks: [QuestionBank]) -> Outcome {
        do {
            let (scenario, bank) = try ScenarioLoader.load(dir) { id in banks.first { $0.id == id } }
            return .loaded(organisation: scenario.organisation.name, bank: bank?.id)
        } catch { return .failed(error.diagnostics) }
    }

    /// The mini scenario as shipped and with errors that need the bank, errors that do not,
    /// both, and a bank id no bank has.
    static let edits: [(String, [(String, String)])] = [
        ("as shipped", []),
        ("a control the bank lacks", [("- control: A.5.15", "- control: A.9.99")]),
        ("a broken organisation", [("persons-in-scope: 12", "persons-in-scope: many")]),
        ("both", [("- control: A.5.15", "- control: A.9.99"), ("persons-in-scope: 12", "persons-in-scope: many")]),
        ("an unknown bank", [("bank: mini", "bank: other")]),
    ]

    @Test(arguments: edits.map(\.0))
    func oneReadReportsWhatTwoDid(_ name: String) throws {
        let bank = try QuestionBankLoader.load(Fixture.url("banks/mini"))
        let copy = FileManager.default.temporaryDirectory.appendingPathComponent("auditsim-lookup-\(UUID().uuidString)/mini")
        defer { try? FileManager.default.removeItem(at: copy.deletingLastPathComponent()) }
        try FileManager.default.createDirectory(at: copy.deletingLastPathComponent(), withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: Fixture.url("scenarios/mini"), to: copy)
        let file = copy.appendingPathComponent("scenario.yaml")
        var text = try String(contentsOf: file, encoding: .utf8)
        for (old, new) in try #require(Self.edits.first { $0.0 == name }).1 {
            #expect(text.contains(old))
            text = text.replacingOccurrences(of: old, with: new)
        }
        try text.write(to: file, atomically: true, encoding: .utf8)
        let outcome = Self.oneRead(copy, banks: [bank])
        #expect(outcome == Self.twoReads(copy, banks: [bank]))
        if case .failed = outcome { #expect(!["as shipped", "an unknown bank"].contains(name)) } else {
            #expect(["as shipped", "an unknown bank"].contains(name))
        }
    }

    @Test func theBrokenFixtureReportsWhatTwoReadsDid() throws {
        let bank = try QuestionBankLoader.load(Fixture.url("banks/mini"))
        let dir = Fixture.url("broken/scenario")
        let outcome = Self.oneRead(dir, banks: [bank])
        #expect(outcome == Self.twoReads(dir, banks: [bank]))
        #expect(outcome != .loaded(organisation: "", bank: nil))
    }
}
