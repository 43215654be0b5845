import Foundation
import Yams

/// Loads a question bank folder: `bank.yaml` (the catalogue) and every other YAML file
/// in the folder (questions), then checks references across them.
public enum QuestionBankLoader {
    /// With a `cache`, a bank parsed before from the same files is taken from it, and a
    /// bank that parses without a single diagnostic is stored in it.
    public static func load(_ directory: URL, cache: BankCache? = nil) throws(LoadError) -> QuestionBank {
        let log = DiagnosticLog()
        let bank = load(directory, log: log, cache: cache)
        guard let bank, !log.hasErrors else { throw LoadError(log.diagnostics) }
        return bank
    }

    static func load(_ directory: URL, log: DiagnosticLog, cache: BankCache? = nil) -> QuestionBank? {
        let files = yamlFiles(in: directory)
        guard let cache, let snapshot = BankFiles(directory, files: files, formatVersion: BankCache.formatVersion) else {
            return parse(directory, files: files, snapshot: nil, log: log)
        }
        if let bank = cache.bank(for: snapshot.key) { return bank }
        let before = log.diagnostics.count
        let bank = parse(directory, files: files, snapshot: snapshot, log: log)
        if let bank, log.diagnostics.count == before { cache.store(bank, for: snapshot.key) }
        return bank
    }

    /// Parses the bank's YAML, from `snapshot`'s bytes when there is one.
    private static func parse(_ directory: URL, files: [URL], snapshot: BankFiles?, log: DiagnosticLog) -> QuestionBank? {
        func document(_ file: URL, _ path: String) -> Node? {
            guard let data = snapshot?.data(of: file, in: directory) else { return YAMLDocument.load(file, displayPath: path, log: log) }
            return YAMLDocument.parse(data, displayPath: path, log: log)
        }
        let bankFile = directory.appendingPathComponent("bank.yaml")
        let bankPath = DisplayPath.of(bankFile)
        guard FileManager.default.fileExists(atPath: bankFile.path) else {
            log.error("no bank.yaml: a question bank folder needs its catalogue", file: DisplayPath.of(directory))
            return nil
        }
        guard let root = document(bankFile, bankPath),
              let fields = YAMLFields(root, file: bankPath, log: log, what: "bank.yaml",
                                      allowed: ["id", "title", "framework", "controls", "synonyms"])
        else { return nil }
        let id = fields.string("id", required: true) ?? directory.lastPathComponent
        let controls = fields.list("controls", required: true) { readControl($0, file: bankPath, log: log) }
        checkUnique(controls.map { ($0.0.id.rawValue, $0.1) }, what: "control id", file: bankPath, log: log)

        var questions: [(Question, Node, String)] = []
        for file in files where file.lastPathComponent != "bank.yaml" {
            let path = DisplayPath.of(file)
            guard let node = document(file, path),
                  let fields = YAMLFields(node, file: path, log: log, what: "a question file", allowed: ["questions"])
            else { continue }
            questions += fields.list("questions", required: true) { item in
                QuestionReader.read(item, file: path, log: log).map { ($0, item, path) }
            }
        }
        let known = Set(controls.map(\.0.id))
        for (question, node, path) in questions where !known.contains(question.control) {
            YAMLFields.report("question '\(question.id)' is about control '\(question.control)', which bank.yaml does not list",
                              at: node, file: path, log: log)
        }
        var seen: [String: String] = [:]
        for (question, node, path) in questions {
            if let first = seen[question.id] {
                YAMLFields.report("duplicate question id '\(question.id)' (first defined in \(first))", at: node, file: path, log: log)
            } else {
                seen[question.id] = path
            }
        }
        var bank = QuestionBank(
            id: id, title: fields.string("title", required: true) ?? id,
            framework: fields.string("framework", required: true) ?? "",
            controls: controls.map(\.0), questions: questions.map(\.0))
        // Groups of words that mean the same for talking points: `- [approve, authorise, sign off]`.
        bank.synonyms = fields.list("synonyms") { node -> [String]? in
            guard case let .sequence(items) = node else {
                YAMLFields.report("each entry of 'synonyms' must be a list of words that mean the same", at: node, file: bankPath, log: log)
                return nil
            }
            let words = items.compactMap { $0.scalar?.string }
            return words.count >= 2 ? words : nil
        }
        return bank
    }

    private static func readControl(_ node: Node, file: String, log: DiagnosticLog) -> (Control, Node)? {
        guard let f = YAMLFields(node, file: file, log: log, what: "a control", allowed: ["id", "title", "kind", "theme"]) else { return nil }
        guard let id = f.string("id", required: true), let title = f.string("title", required: true),
              let kind = f.enumeration("kind", ControlKind.self, required: true),
              let theme = f.string("theme", required: true) else { return nil }
        return (Control(id: ControlID(id), title: title, kind: kind, theme: theme), node)
    }

    static func checkUnique(_ items: [(String, Node)], what: String, file: String, log: DiagnosticLog) {
        var seen = Set<String>()
        for (id, node) in items where !seen.insert(id).inserted {
            YAMLFields.report("duplicate \(what) '\(id)'", at: node, file: file, log: log)
        }
    }

    /// YAML files under `directory`, at any depth, in a stable order.
    static func yamlFiles(in directory: URL) -> [URL] {
        guard let walker = FileManager.default.enumerator(at: directory, includingPropertiesForKeys: nil) else { return [] }
        return walker.compactMap { $0 as? URL }
            .filter { ["yaml", "yml"].contains($0.pathExtension) }
            .sorted { $0.path < $1.path }
    }
}

/// Paths in messages are relative to the working directory when they are inside it, as
/// compilers print them.
public enum DisplayPath {
    public static func of(_ url: URL) -> String {
        let path = url.standardizedFileURL.path
        let cwd = FileManager.default.currentDirectoryPath
        let prefix = cwd.hasSuffix("/") ? cwd : cwd + "/"
        return path.hasPrefix(prefix) ? String(path.dropFirst(prefix.count)) : path
    }
}
