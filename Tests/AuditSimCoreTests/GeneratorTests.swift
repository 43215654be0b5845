import Foundation
import Testing
@testable import AuditSimCore

/// `auditsim generate` must write scenarios that validate, are the same for a seed, and
/// whose prepared answers agree with their own records.
@Suite("Scenario generator")
struct GeneratorTests {
    static let bankDir = Fixture.root.deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("QuestionBanks/iso27001-2022")

    static func bank() throws -> QuestionBank { try QuestionBankLoader.load(bankDir) }

    static func temporary(_ name: String) -> URL {
        FileManager.default.temporaryDirectory.appendingPathComponent("auditsim-gen-\(name)-\(UUID().uuidString)")
    }

    static func generate(_ name: String, persons: Int = 40, rows: Int = 3_000, seed: UInt64 = 7) throws -> URL {
        let dir = temporary(name)
        _ = try ScenarioGenerator(persons: persons, rows: rows, seed: seed).write(to: dir, bank: try bank())
        return dir
    }

    static func files(in dir: URL) throws -> [String: Data] {
        let paths = FileManager.default.enumerator(atPath: dir.path)!.compactMap { $0 as? String }
        var out: [String: Data] = [:]
        for path in paths.sorted() {
            var isDir: ObjCBool = false
            let url = dir.appendingPathComponent(path)
            if FileManager.default.fileExists(atPath: url.path, isDirectory: &isDir), !isDir.boolValue {
                out[path] = try Data(contentsOf: url)
            }
        }
        return out
    }

    @Test func generatedScenarioValidatesCleanly() throws {
        let dir = try Self.generate("valid")
        defer { try? FileManager.default.removeItem(at: dir) }
        let report = Validator(knownBanks: [Self.bankDir]).validate([dir])
        #expect(report.errorCount == 0, "\(report.diagnostics.map(\.description).prefix(20).joined(separator: "\n"))")
        #expect(report.warningCount == 0, "\(report.diagnostics.map(\.description).prefix(5))")
        #expect(report.scenarios.count == 1)
    }

    @Test func rowsAddUpAndEveryKindIsThere() throws {
        let dir = try Self.generate("rows", rows: 5_432)
        defer { try? FileManager.default.removeItem(at: dir) }
        let scenario = try ScenarioLoader.load(dir, bank: try Self.bank())
        let tables = try EvidenceLoader.loadAll(scenario)
        #expect(tables.reduce(0) { $0 + $1.records.count } == 5_432)
        #expect(Set(scenario.evidence.map(\.kind)).count >= 10)
        let kinds = Set(scenario.evidence.map(\.kind))
        for kind in ["access-review", "joiners-leavers", "change", "backup", "vulnerability", "incident", "training",
                     "log-review", "supplier-review", "asset-inventory"] {
            #expect(kinds.contains(kind), "missing \(kind)")
        }
        // Every record inside the operating period, spread over it rather than bunched.
        for table in tables {
            let days = table.records.map(\.day)
            #expect(days.allSatisfy { scenario.organisation.operatingPeriod.contains($0) }, "\(table.source.id)")
            #expect(days.last!.ordinal - days.first!.ordinal > 250, "\(table.source.id) spans too little")
        }
    }

    @Test func everyControlHasAnOwnerAndAnSoAEntry() throws {
        let dir = try Self.generate("owners")
        defer { try? FileManager.default.removeItem(at: dir) }
        let bank = try Self.bank()
        let scenario = try ScenarioLoader.load(dir, bank: bank)
        #expect(bank.soaControls.count == 93)
        for control in bank.soaControls {
            #expect(!scenario.owners(of: control.id).isEmpty, "\(control.id) has no owner")
            #expect(scenario.soaEntry(control.id)?.applicable == true)
        }
        let kinds = Set(scenario.documents.map(\.kind))
        #expect(kinds == Set(DocumentKind.allCases))
        let stage1 = Stage1Review.run(scenario: scenario, bank: bank)
        #expect(stage1.findings.filter { $0.grade == .major }.isEmpty, "\(stage1.findings.map(\.found))")
    }

    @Test func sameSeedSameFilesOtherSeedOtherFiles() throws {
        let a = try Self.generate("seed-a"), b = try Self.generate("seed-b"), c = try Self.generate("seed-c", seed: 8)
        defer { for d in [a, b, c] { try? FileManager.default.removeItem(at: d) } }
        let fa = try Self.files(in: a), fb = try Self.files(in: b), fc = try Self.files(in: c)
        #expect(fa.keys.sorted() == fb.keys.sorted())
        for (path, data) in fa { #expect(fb[path] == data, "\(path) differs for the same seed") }
        #expect(fa["evidence/changes.csv"] != fc["evidence/changes.csv"])
    }

    @Test func preparedAnswersMostlyAgreeWithTheRecords() throws {
        let dir = try Self.generate("answers")
        defer { try? FileManager.default.removeItem(at: dir) }
        let bank = try Self.bank()
        let scenario = try ScenarioLoader.load(dir, bank: bank)
        let set = try #require(scenario.answerSet("prepared"))
        #expect(set.answers.count == bank.questions.count)
        let run = AuditRun(scenario: scenario, bank: bank, tables: try EvidenceLoader.loadAll(scenario), answers: set)
        let checked = run.turns.filter { [.consistent, .partlyConsistent, .contradicts].contains($0.judgement.verdict) }
        let contradicted = checked.filter { $0.judgement.verdict == .contradicts }
        #expect(checked.count > 100)
        #expect(contradicted.isEmpty, "\(contradicted.map { "\($0.questionID): \($0.answer ?? "") — \($0.judgement.explanation)" }.joined(separator: "\n"))")
        #expect(run.turns.filter { $0.judgement.verdict == .notAnswered }.isEmpty,
                "\(run.turns.filter { $0.judgement.verdict == .notAnswered }.map { "\($0.questionID): \($0.answer ?? "")" })")
    }

    @Test func refusesANonEmptyFolderWithoutForce() throws {
        let dir = Self.temporary("force")
        defer { try? FileManager.default.removeItem(at: dir) }
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        try Data("keep me".utf8).write(to: dir.appendingPathComponent("notes.txt"))
        let generator = try ScenarioGenerator(persons: 20, rows: 1_000, seed: 1)
        #expect(throws: GenerationError.notEmpty(dir.path)) { try generator.write(to: dir, bank: try Self.bank()) }
        _ = try generator.write(to: dir, bank: try Self.bank(), force: true)
        #expect(FileManager.default.fileExists(atPath: dir.appendingPathComponent("notes.txt").path))
        #expect(FileManager.default.fileExists(atPath: dir.appendingPathComponent("answers/prepared.yaml").path))
    }

    @Test(arguments: [(5, 10_000), (20, 999), (20, 0)])
    func refusesSizesOutsideItsRange(persons: Int, rows: Int) {
        #expect(throws: GenerationError.self) { try ScenarioGenerator(persons: persons, rows: rows) }
    }
}

/// The generator writes the shapes real exports have (issue 12): campaigns of several rows
/// keyed by a campaign id, a per-subject schedule at two sites, limits by severity, failed
/// backups re-run the same day; and the engine reads them as sound.
@Suite("Scenario generator: real export shapes")
struct GeneratorShapeTests {
    @Test func generatedShapesAreDeclaredAndReadAsSound() throws {
        let dir = try GeneratorTests.generate("shapes", rows: 4_000, seed: 11)
        defer { try? FileManager.default.removeItem(at: dir) }
        let bank = try GeneratorTests.bank()
        let scenario = try ScenarioLoader.load(dir, bank: bank)
        let tables = try EvidenceLoader.loadAll(scenario)
        func source(_ id: String) throws -> EvidenceSource { try #require(scenario.evidence.first { $0.id == id }) }
        func table(_ id: String) throws -> EvidenceTable { try #require(tables.first { $0.source.id == id }) }

        // Access reviews: one campaign, several rows over more than one day.
        #expect(try source("access-reviews").occurrence == .key("campaign"))
        let reviews = try table("access-reviews"), campaign = try #require(reviews.columns.firstIndex(of: "campaign"))
        let byCampaign = Dictionary(grouping: reviews.records) { $0.fields[campaign] }
        #expect(byCampaign.count >= 4)
        #expect(byCampaign.values.allSatisfy { $0.count > 1 && Set($0.map(\.day)).count > 1 })

        // Two sites, each on its own monthly schedule.
        let sites = try source("site-checks")
        #expect(sites.subject == "site")
        #expect(sites.expectedSubjects == ["Leeds", "Gdansk"])
        #expect(sites.frequency == Frequency(token: "monthly"))

        // Limits by severity.
        let limit = try #require(try source("vulnerabilities").timeliness.first?.limit)
        #expect(limit.byColumn == "severity")
        #expect(Set(limit.byCategory.keys) == ["critical", "high"])

        // Failed backup jobs, each followed the same day by a successful re-run of the same resource.
        #expect(try source("backups").handledExceptions != nil)
        let backups = try table("backups")
        let state = try #require(backups.columns.firstIndex(of: "state")), resource = try #require(backups.columns.firstIndex(of: "resource"))
        let failed = backups.records.filter { $0.fields[state] == "FAILED" }
        #expect(!failed.isEmpty)
        for job in failed {
            #expect(backups.records.contains {
                $0.fields[state] == "COMPLETED" && $0.fields[resource] == job.fields[resource] && $0.day == job.day
            }, "\(job.id) is not re-run the same day")
        }

        // Sound controls raise nothing.
        let run = AuditRun(scenario: scenario, bank: bank, tables: tables, answers: scenario.answerSet("prepared"))
        for id in ["access-reviews", "site-checks", "backups"] {
            #expect(!run.findings.contains { $0.id.hasSuffix("-\(id)") }, "\(id): \(run.findings.map(\.id))")
        }
    }
}
