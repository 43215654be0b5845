import Foundation
import Yams

/// Reads a YAML file into a node tree, turning every way it can fail (not UTF-8, a syntax
/// error, a duplicate key, an empty file) into located diagnostics.
enum YAMLDocument {
    /// Larger files are refused: a data file of this size is a mistake, and parsing it
    /// would stall an interactive tool.
    static let maximumBytes = 16 * 1024 * 1024

    static func load(_ url: URL, displayPath: String, log: DiagnosticLog) -> Node? {
        let data: Data
        if let problem = FileChecks.notRegular(url) {
            log.error(problem, file: displayPath)
            return nil
        }
        do {
            let attributes = try FileManager.default.attributesOfItem(atPath: url.path)
            if let size = attributes[.size] as? Int, size > maximumBytes {
                log.error("file is \(size / 1_048_576) MB; data files are limited to 16 MB", file: displayPath)
                return nil
            }
            data = try Data(contentsOf: url)
        } catch {
            log.error("cannot read file: \(error.localizedDescription)", file: displayPath)
            return nil
        }
        return parse(data, displayPath: displayPath, log: log)
    }

    static func parse(_ data: Data, displayPath: String, log: DiagnosticLog) -> Node? {
        var bytes = data
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }  // a BOM is harmless
        guard let text = String(data: bytes, encoding: .utf8) else {
            let (line, column) = firstInvalidUTF8(in: bytes)
            log.error("file is not valid UTF-8", file: displayPath, line: line, column: column)
            return nil
        }
        if FileBytes.containsNUL(bytes) {  // the NUL scalar is the zero byte; Foundation's string search was a tenth of startup
            log.error("file contains NUL bytes; is it binary?", file: displayPath, line: 1, column: 1)
            return nil
        }
        if text.allSatisfy({ $0.isWhitespace }) {
            log.error("file is empty", file: displayPath)
            return nil
        }
        if let (line, column) = YAMLAliasGuard.overflow(in: text) {
            log.error("aliases here expand to more than \(YAMLAliasGuard.maximumNodes) nodes; data files need no such expansion",
                      file: displayPath, line: line, column: column)
            return nil
        }
        do {
            // The basic resolver: our readers look at scalar text only, and the default one
            // runs several regular expressions per scalar (a fifth of loading the bank).
            guard let node = try Yams.compose(yaml: text, .basic) else {
                log.error("file has no YAML content", file: displayPath)
                return nil
            }
            return node
        } catch let error as YamlError {
            report(error, text: text, file: displayPath, log: log)
        } catch {
            log.error("cannot parse YAML: \(error)", file: displayPath)
        }
        return nil
    }

    private static func report(_ error: YamlError, text: String, file: String, log: DiagnosticLog) {
        switch error {
        case let .scanner(context, problem, mark, _), let .parser(context, problem, mark, _),
            let .composer(context, problem, mark, _):
            var message = "YAML syntax: \(problem)"
            if let context { message += " (\(context.text))" }
            if problem.contains("tab") || lineHasTab(text, mark.line) {
                message += "; indent with spaces, not tabs"
            }
            log.error(message, file: file, line: mark.line, column: mark.column)
        case let .duplicatedKeysInMapping(duplicates, context):
            let keys = duplicates.map { "'\($0)'" }.joined(separator: ", ")
            let (line, column) = secondOccurrence(of: duplicates.first ?? "", in: text, after: context.mark)
            log.error("duplicate key \(keys) in the same mapping", file: file, line: line, column: column)
        case let .reader(problem, offset, _, _):
            let (line, column) = offset.map { lineColumn(ofOffset: $0, in: text) } ?? (1, 1)
            log.error("cannot read YAML: \(problem)", file: file, line: line, column: column)
        default:
            log.error("cannot parse YAML: \(error)", file: file)
        }
    }

    private static func lineHasTab(_ text: String, _ line: Int) -> Bool {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        guard line >= 1, line <= lines.count else { return false }
        return lines[line - 1].prefix(while: { $0 == " " || $0 == "\t" }).contains("\t")
    }

    /// Yams reports a duplicate at its first occurrence; the mistake is the later one.
    private static func secondOccurrence(of key: String, in text: String, after mark: Mark) -> (Int, Int) {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        let indent = mark.column - 1
        for index in mark.line..<lines.count {
            let line = lines[index]
            let body = line.drop(while: { $0 == " " })
            let column = line.count - body.count
            let stripped = body.hasPrefix("- ") ? body.dropFirst(2) : body
            if column <= indent || body.hasPrefix("- "),
               stripped.hasPrefix("\(key):") || stripped.hasPrefix("\"\(key)\":") {
                return (index + 1, line.count - stripped.count + 1)
            }
        }
        return (mark.line, mark.column)
    }

    private static func lineColumn(ofOffset offset: Int, in text: String) -> (Int, Int) {
        var line = 1, column = 1
        for (index, byte) in text.utf8.enumerated() {
            if index >= offset { break }
            if byte == 10 { line += 1; column = 1 } else { column += 1 }
        }
        return (line, column)
    }

    static func firstInvalidUTF8(in data: Data) -> (Int, Int) {
        var line = 1, column = 1
        var iterator = data.makeIterator()
        var decoder = UTF8()
        while true {
            switch decoder.decode(&iterator) {
            case let .scalarValue(scalar):
                if scalar == "\n" { line += 1; column = 1 } else { column += 1 }
            case .emptyInput: return (line, column)
            case .error: return (line, column)
            }
        }
    }
}
