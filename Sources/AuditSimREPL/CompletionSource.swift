/// What tab completes to, as plain data so it can be tested without a terminal: the first
/// word completes to a command, the words after a command to that command's arguments,
/// and anything else (an answer) to names and control ids.
public struct CompletionSource: Sendable, Equatable {
    /// Words that may start a line (`:hint`, `rehearse`).
    public var commands: [String]
    /// Per command, what may follow it (`rehearse` → staff, `resume` → session ids).
    public var arguments: [String: [String]]
    /// Words anywhere else: staff names, control ids.
    public var words: [String]

    public init(commands: [String] = [], arguments: [String: [String]] = [:], words: [String] = []) {
        self.commands = commands
        self.arguments = arguments
        self.words = words
    }

    /// The candidates for `word`, given the text of the line before it.
    public func candidates(before: String, word: String) -> [String] {
        let previous = before.split(whereSeparator: \.isWhitespace).map(String.init)
        let pool: [String]
        if previous.isEmpty {
            // An answer can start with a name too; a `:` means a command.
            pool = word.hasPrefix(":") || words.isEmpty ? commands : commands + words
        } else if let first = previous.first, let args = arguments[first.lowercased()] {
            pool = args
        } else {
            pool = words
        }
        let lower = word.lowercased()
        var seen = Set<String>()
        return pool.filter { $0.lowercased().hasPrefix(lower) && seen.insert($0).inserted }
    }
}
