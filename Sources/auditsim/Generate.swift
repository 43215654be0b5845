import ArgumentParser
import AuditSimCore
import Foundation

/// `auditsim generate`: a synthetic scenario of any size, for demos, training and benchmarks.
struct Generate: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write a synthetic, valid scenario: staff, documents, SoA, evidence exports and a prepared answer set.",
        discussion: """
            The evidence rows (--rows) are shared by twelve exports (access-review campaigns, \
            leavers, elevated access, changes, backups with same-day re-runs, vulnerabilities with \
            limits by severity, incidents, training, log reviews, supplier reviews, a monthly \
            walk-round at each of two offices, asset verification) over a year of operation. The \
            same --seed always writes the same files. Example:
              auditsim generate --out /tmp/big --persons 500 --rows 100000
              auditsim readiness --scenario /tmp/big --answers prepared
            """)

    @Option(name: .long, help: ArgumentHelp("Folder to write the scenario into.", valueName: "dir"))
    var out: String

    @Option(name: .long, help: "Persons in scope (\(ScenarioGenerator.personsRange.lowerBound)–\(ScenarioGenerator.personsRange.upperBound)).")
    var persons: Int = 150

    @Option(name: .long, help: "Evidence rows in total, across all exports.")
    var rows: Int = 10_000

    @Option(name: .long, help: "Seed: the same seed writes the same scenario.")
    var seed: UInt64 = 2022

    @Flag(name: .long, help: "Replace the scenario files in a folder that is not empty.")
    var force = false

    @OptionGroup var data: DataOptions

    func run() throws {
        let generator: ScenarioGenerator
        do { generator = try ScenarioGenerator(persons: persons, rows: rows, seed: seed) } catch {
            throw ValidationError(error.description)
        }
        let root = try data.dataRoot()
        let banks = data.bankDirectories(root)
        let cache = BankCache.standard()
        guard let bank = banks.lazy.compactMap({ try? QuestionBankLoader.load($0, cache: cache) })
            .first(where: { $0.id == "iso27001-2022" }) else {
            throw ValidationError("the iso27001-2022 question bank is not among \(banks.map(\.lastPathComponent))")
        }
        let summary: ScenarioGenerator.Summary
        do {
            summary = try generator.write(to: URL(fileURLWithPath: out), bank: bank, force: force)
        } catch let error as GenerationError {
            FileHandle.standardError.write(Data("auditsim generate: \(error.description)\n".utf8))
            throw ExitCode(1)
        }
        let total = summary.files.reduce(0) { $0 + $1.rows }
        print("wrote \(out): \(summary.files.count) evidence exports, \(total) rows, \(summary.answers) prepared answers")
        for (file, count) in summary.files { print("  \(file)  \(count)") }
    }
}
