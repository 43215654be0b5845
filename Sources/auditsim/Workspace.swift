import ArgumentParser
import AuditSimCore
import AuditSimREPL
import Foundation

/// The scenario, its bank and its records, loaded for a command; load problems are printed
/// as diagnostics and end the command with status 1.
struct Workspace {
    var scenario: Scenario
    var bank: QuestionBank
    var tables: [EvidenceTable]
    /// The --banks folder, absolute, recorded with sessions so they can be resumed and reported.
    var banks: String?

    static func load(_ data: DataOptions, evidence: Bool = true) throws -> Workspace {
        let root = try data.dataRoot()
        let dir = data.scenarioDirectory(root)
        do {
            let banks = data.bankDirectories(root)
            let cache = BankCache.standard()
            let (scenario, found) = try ScenarioLoader.load(dir) { id in
                // Banks live in folders named by their id; look there first so one bank loads once.
                let named = banks.first { $0.lastPathComponent == id }.flatMap { try? QuestionBankLoader.load($0, cache: cache) }
                return named?.id == id ? named
                    : banks.lazy.compactMap({ try? QuestionBankLoader.load($0, cache: cache) }).first(where: { $0.id == id })
            }
            guard let bank = found else {
                throw ValidationError("scenario \(dir.lastPathComponent) uses bank '\(scenario.bankID)', which is not among \(banks.map(\.lastPathComponent))")
            }
            let tables = evidence ? try EvidenceLoader.loadAll(scenario) : []
            return Workspace(scenario: scenario, bank: bank, tables: tables,
                             banks: data.banks.map { URL(fileURLWithPath: $0).standardizedFileURL.path })
        } catch let error as LoadError {
            let printer = DiagnosticPrinter(style: .detect(fileDescriptor: 2))
            for d in error.diagnostics { FileHandle.standardError.write(Data((printer.format(d) + "\n").utf8)) }
            FileHandle.standardError.write(Data("auditsim: the scenario has errors; run `auditsim validate \(DisplayPath.of(dir))` for the full list\n".utf8))
            throw ExitCode(1)
        }
    }

    func answerSet(_ name: String?) throws -> AnswerSet? {
        guard let name else { return nil }
        if let set = scenario.answerSet(name) { return set }
        let known = scenario.answerSets.map(\.id).joined(separator: ", ")
        throw ValidationError("no answer set '\(name)' in \(scenario.name) (it has: \(known.isEmpty ? "none" : known))")
    }
}
