import Foundation

/// A line typed during an interview: a `:command`, an answer, or nothing.
public enum ShellInput: Equatable, Sendable {
    case command(ShellCommand)
    /// A `:word` that is not a command, with the nearest command if one is close.
    case unknown(String, suggestion: ShellCommand?)
    case answer(String)
    case blank

    /// Reads a line. Only a leading `:` makes a command, so an answer may contain colons
    /// ("at 09:00") and still be an answer.
    public static func parse(_ line: String) -> ShellInput {
        let trimmed = line.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmed.isEmpty else { return .blank }
        guard trimmed.hasPrefix(":") else { return .answer(trimmed) }
        let word = String(trimmed.dropFirst().prefix { !$0.isWhitespace }).lowercased()
        if let command = ShellCommand(rawValue: word) ?? ShellCommand.aliases[word] { return .command(command) }
        return .unknown(":" + word, suggestion: ShellCommand.nearest(to: word))
    }
}

/// The commands an interview understands.
public enum ShellCommand: String, CaseIterable, Sendable {
    case help, hint, `repeat`, retry, skip, evidence, findings, status, pause, quit

    /// Other spellings people reach for.
    static let aliases: [String: ShellCommand] = [
        "h": .help, "?": .help, "q": .quit, "exit": .quit, "again": .repeat, "r": .repeat, "pass": .skip,
        "next": .skip, "records": .evidence, "progress": .status, "redo": .retry, "try": .retry,
    ]

    public var word: String { ":" + rawValue }

    /// One line for `:help`.
    public var summary: String {
        switch self {
        case .help: "this list"
        case .hint: "what the auditor is looking for in an answer"
        case .repeat: "ask the question again"
        case .retry: "answer the last question again and compare both attempts (practice; the first answer stays on record)"
        case .skip: "move on without answering (counts as not answered)"
        case .evidence: "the records the auditor holds for this control"
        case .findings: "what the auditor would raise so far"
        case .status: "how far through the interview you are"
        case .pause: "save and leave; resume later where you stopped"
        case .quit: "the same as :pause (nothing is lost)"
        }
    }

    /// The closest command to a mistyped word: a shared prefix or one or two edits away.
    static func nearest(to word: String) -> ShellCommand? {
        guard !word.isEmpty else { return nil }
        if let prefixed = allCases.first(where: { $0.rawValue.hasPrefix(word) || word.hasPrefix($0.rawValue) }) {
            return prefixed
        }
        let scored = allCases.map { ($0, distance(word, $0.rawValue)) }.min { $0.1 < $1.1 }
        return scored.flatMap { $0.1 <= 2 ? $0.0 : nil }
    }

    static func distance(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        var row = Array(0...b.count)
        for i in 1...max(a.count, 1) where !a.isEmpty {
            var previous = row[0]
            row[0] = i
            for j in stride(from: 1, through: b.count, by: 1) {
                let current = row[j]
                row[j] = min(row[j] + 1, row[j - 1] + 1, previous + (a[i - 1] == b[j - 1] ? 0 : 1))
                previous = current
            }
        }
        return a.isEmpty ? b.count : row[b.count]
    }
}
