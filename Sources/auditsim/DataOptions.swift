import ArgumentParser
import AuditSimCore
import Foundation

/// Where to find question banks and the scenario, shared by every subcommand.
struct DataOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("Scenario folder or shipped scenario name.", valueName: "dir|name"))
    var scenario: String?

    @Option(name: .long, help: ArgumentHelp("Folder of question banks (default: the shipped QuestionBanks).", valueName: "dir"))
    var banks: String?

    func dataRoot() throws -> DataRoot {
        guard let root = DataRoot.locate() else {
            throw ValidationError("cannot find the shipped QuestionBanks and Scenarios; set \(DataRoot.environmentKey) to the folder holding them")
        }
        return root
    }

    func bankDirectories(_ root: DataRoot) -> [URL] {
        guard let banks else { return root.bankDirectories }
        let dir = URL(fileURLWithPath: banks)
        if FileManager.default.fileExists(atPath: dir.appendingPathComponent("bank.yaml").path) { return [dir] }
        return ((try? FileManager.default.contentsOfDirectory(atPath: dir.path)) ?? []).sorted()
            .map { dir.appendingPathComponent($0) }
            .filter { FileManager.default.fileExists(atPath: $0.appendingPathComponent("bank.yaml").path) }
    }

    func scenarioDirectory(_ root: DataRoot) -> URL {
        scenario.map(root.scenario(named:)) ?? root.defaultScenario
    }
}
