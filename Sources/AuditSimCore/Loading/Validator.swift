import Foundation

/// Checks banks and scenarios as `auditsim validate` does: every file, every reference,
/// every evidence row, all problems in one report.
public struct Validator {
    public struct Report: Sendable {
        public var diagnostics: [Diagnostic]
        public var banks: [String]
        public var scenarios: [String]

        public var errorCount: Int { diagnostics.filter { $0.severity == .error }.count }
        public var warningCount: Int { diagnostics.filter { $0.severity == .warning }.count }
    }

    /// Banks a scenario may refer to by id, beyond those being validated.
    public var knownBanks: [URL]

    public init(knownBanks: [URL]) { self.knownBanks = knownBanks }

    public func validate(_ paths: [URL]) -> Report {
        let log = DiagnosticLog()
        var bankDirs: [URL] = [], scenarioDirs: [URL] = []
        for path in paths { classify(path, banks: &bankDirs, scenarios: &scenarioDirs, log: log) }

        var banks: [String: QuestionBank] = [:]
        for dir in bankDirs {
            if let bank = QuestionBankLoader.load(dir, log: log) { banks[bank.id] = bank }
        }
        for dir in knownBanks where !bankDirs.contains(dir) {
            if let bank = try? QuestionBankLoader.load(dir), banks[bank.id] == nil { banks[bank.id] = bank }
        }
        for dir in scenarioDirs {
            validateScenario(dir, banks: banks, log: log)
        }
        let ordered = log.diagnostics.enumerated().sorted { a, b in
            a.element.file != b.element.file ? a.element.file < b.element.file : a.offset < b.offset
        }.map(\.element)
        return Report(diagnostics: ordered, banks: bankDirs.map(\.lastPathComponent),
                      scenarios: scenarioDirs.map(\.lastPathComponent))
    }

    private func validateScenario(_ dir: URL, banks: [String: QuestionBank], log: DiagnosticLog) {
        // A first pass learns which bank the scenario uses; the second checks references
        // against it. Only one pass's diagnostics are kept.
        let firstPass = DiagnosticLog()
        guard let draft = ScenarioLoader.load(dir, bank: nil, log: firstPass) else {
            firstPass.diagnostics.forEach(log.append)
            return
        }
        var scenario = draft
        if let bank = banks[draft.bankID] {
            scenario = ScenarioLoader.load(dir, bank: bank, log: log) ?? draft
        } else {
            firstPass.diagnostics.forEach(log.append)
            if !draft.bankID.isEmpty {
                let known = banks.keys.sorted().joined(separator: ", ")
                log.error("scenario uses bank '\(draft.bankID)', which is not found (known: \(known))",
                          file: DisplayPath.of(dir.appendingPathComponent("scenario.yaml")))
            }
        }
        for source in scenario.evidence {
            _ = EvidenceLoader.load(source, in: scenario, log: log)
        }
    }

    private func classify(_ path: URL, banks: inout [URL], scenarios: inout [URL], log: DiagnosticLog) {
        let fm = FileManager.default
        var isDir: ObjCBool = false
        guard fm.fileExists(atPath: path.path, isDirectory: &isDir) else {
            log.error("no such file or folder", file: DisplayPath.of(path))
            return
        }
        if !isDir.boolValue {
            switch path.lastPathComponent {
            case "bank.yaml": banks.append(path.deletingLastPathComponent())
            case "scenario.yaml": scenarios.append(path.deletingLastPathComponent())
            default:
                let parent = path.deletingLastPathComponent()
                if fm.fileExists(atPath: parent.appendingPathComponent("bank.yaml").path) { banks.append(parent) }
                else if parent.lastPathComponent == "answers" { scenarios.append(parent.deletingLastPathComponent()) }
                else { log.error("not part of a question bank or a scenario (no bank.yaml or scenario.yaml beside it)", file: DisplayPath.of(path)) }
            }
            return
        }
        if fm.fileExists(atPath: path.appendingPathComponent("bank.yaml").path) { banks.append(path); return }
        if fm.fileExists(atPath: path.appendingPathComponent("scenario.yaml").path) { scenarios.append(path); return }
        let children = ((try? fm.contentsOfDirectory(atPath: path.path)) ?? []).sorted().map { path.appendingPathComponent($0) }
        let found = children.filter {
            fm.fileExists(atPath: $0.appendingPathComponent("bank.yaml").path)
                || fm.fileExists(atPath: $0.appendingPathComponent("scenario.yaml").path)
                || ["QuestionBanks", "Scenarios"].contains($0.lastPathComponent)
        }
        if found.isEmpty {
            log.error("holds no bank.yaml, scenario.yaml, or folders of them", file: DisplayPath.of(path))
        }
        for child in found { classify(child, banks: &banks, scenarios: &scenarios, log: log) }
    }
}
