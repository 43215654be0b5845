import Foundation

/// Where the question banks and scenarios live. Found without flags from any working
/// directory: `$AUDITSIM_DATA`, then beside the binary (the build tree or an install's
/// `share/auditsim`), then the working directory and its parents.
public struct DataRoot: Sendable {
    public var directory: URL

    public static let environmentKey = "AUDITSIM_DATA"
    public static let defaultScenarioName = "harbourline"

    public init(directory: URL) { self.directory = directory }

    public var banksDirectory: URL { directory.appendingPathComponent("QuestionBanks") }
    public var scenariosDirectory: URL { directory.appendingPathComponent("Scenarios") }

    public static func locate(environment: [String: String] = ProcessInfo.processInfo.environment) -> DataRoot? {
        if let path = environment[environmentKey], !path.isEmpty {
            return DataRoot(directory: URL(fileURLWithPath: path))
        }
        var starts: [URL] = []
        if let exe = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") {
            starts.append(URL(fileURLWithPath: exe).deletingLastPathComponent())
        }
        starts.append(URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().deletingLastPathComponent())
        starts.append(URL(fileURLWithPath: FileManager.default.currentDirectoryPath))
        for start in starts {
            var dir = start.standardizedFileURL
            while true {
                for candidate in [dir, dir.appendingPathComponent("share/auditsim")] where holdsData(candidate) {
                    return DataRoot(directory: candidate)
                }
                let parent = dir.deletingLastPathComponent()
                if parent.path == dir.path { break }
                dir = parent
            }
        }
        return nil
    }

    private static func holdsData(_ dir: URL) -> Bool {
        var isDir: ObjCBool = false
        return FileManager.default.fileExists(atPath: dir.appendingPathComponent("QuestionBanks").path, isDirectory: &isDir)
            && isDir.boolValue
            && FileManager.default.fileExists(atPath: dir.appendingPathComponent("Scenarios").path)
    }

    /// Bank folders (those holding a bank.yaml), by name.
    public var bankDirectories: [URL] { subfolders(of: banksDirectory, holding: "bank.yaml") }

    /// Scenario folders (those holding a scenario.yaml), by name.
    public var scenarioDirectories: [URL] { subfolders(of: scenariosDirectory, holding: "scenario.yaml") }

    public var defaultScenario: URL { scenariosDirectory.appendingPathComponent(DataRoot.defaultScenarioName) }

    /// A scenario given by name (`fenwick`) or by path.
    public func scenario(named name: String) -> URL {
        let asPath = URL(fileURLWithPath: name)
        if name.contains("/") || FileManager.default.fileExists(atPath: asPath.appendingPathComponent("scenario.yaml").path) {
            return asPath
        }
        return scenariosDirectory.appendingPathComponent(name)
    }

    private func subfolders(of dir: URL, holding file: String) -> [URL] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: dir.path)) ?? []
        return names.sorted().map { dir.appendingPathComponent($0) }
            .filter { FileManager.default.fileExists(atPath: $0.appendingPathComponent(file).path) }
    }
}
