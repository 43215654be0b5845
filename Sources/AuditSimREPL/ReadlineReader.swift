#if canImport(Glibc)
@preconcurrency import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
@preconcurrency import CReadline
import Foundation

/// GNU readline at a terminal: line editing, history kept between runs, tab completion.
/// It runs readline's callback interface so the wait can include the signal pipe: Ctrl-C
/// clears the line in ordinary code instead of readline's own handler (`rl_catch_signals = 0`).
public final class ReadlineReader: LineReader {
    public let isInteractive = true
    public var completion: CompletionSource {
        get { completionSource }
        set { completionSource = newValue }
    }
    private var historyPath: String?
    private var historyName = "history"

    public init(historyPath: URL? = HistoryFile.url()) {
        SignalPipe.install()
        setlocale(LC_CTYPE, "")
        rl_readline_name = UnsafePointer(strdup("auditsim"))
        rl_catch_signals = 0
        rl_catch_sigwinch = 0
        rl_attempted_completion_function = attemptCompletion
        // Only spaces separate words: `:hint`, `A.5.15` and `priya-shah` complete whole.
        rl_completer_word_break_characters = UnsafePointer(strdup(" \t\n"))
        using_history()
        stifle_history(1000)
        self.historyPath = historyPath.flatMap(HistoryFile.prepare)
        if let path = self.historyPath { _ = read_history(path) }
    }

    /// Replaces the lines in memory with those of the history file `name`.
    func switchHistory(to name: String) -> String {
        let previous = historyName
        guard name != historyName else { return previous }
        historyName = name
        clear_history()
        historyPath = HistoryFile.prepare(HistoryFile.url().deletingLastPathComponent().appendingPathComponent(name))
        if let path = historyPath { _ = read_history(path) }
        return previous
    }

    public func readLine(prompt: String) -> LineEvent {
        fflush(stdout)
        readlineDelivered = nil
        rl_callback_handler_install(prompt, readlineLineHandler)
        defer { rl_callback_handler_remove() }
        while true {
            switch SignalPipe.wait(for: STDIN_FILENO) {
            case .readable:
                rl_callback_read_char()
                guard let delivered = readlineDelivered else { continue }
                guard let line = delivered else {
                    fputs("\n", stdout)
                    return .end
                }
                remember(line)
                return .line(line)
            case .signal(SIGWINCH):
                rl_resize_terminal()
            case .signal(SIGINT):
                // Drop what was typed and leave the prompt as if Enter had not been pressed.
                let typed = rl_end > 0
                rl_free_line_state()
                rl_callback_sigcleanup()
                rl_replace_line("", 0)
                rl_point = 0
                rl_end = 0
                fputs("^C\n", stdout)
                return .interrupt(typed: typed)
            case .signal(let other):
                if let event = SignalPipe.event(for: other) {
                    fputs("\n", stdout)
                    return event
                }
            }
        }
    }

    /// Adds a line to the history and appends it to the file at once, so a killed session
    /// keeps its history too.
    private func remember(_ line: String) {
        guard !line.trimmingCharacters(in: .whitespaces).isEmpty else { return }
        add_history(line)
        if let path = historyPath {
            _ = append_history(1, path)
            _ = history_truncate_file(path, 1000)
        }
    }
}

/// Where readline history lives: `$XDG_STATE_HOME/auditsim/history`, default `~/.local/state`.
public enum HistoryFile {
    public static func url(environment: [String: String] = ProcessInfo.processInfo.environment) -> URL {
        let base = environment["XDG_STATE_HOME"].flatMap { $0.isEmpty ? nil : URL(fileURLWithPath: $0) }
            ?? FileManager.default.homeDirectoryForCurrentUser.appendingPathComponent(".local/state")
        return base.appendingPathComponent("auditsim/history")
    }

    /// Creates the folder and an empty file if missing; nil when that is not possible
    /// (history is then kept for this run only).
    static func prepare(_ url: URL) -> String? {
        let fm = FileManager.default
        do {
            try fm.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            if !fm.fileExists(atPath: url.path) {
                guard fm.createFile(atPath: url.path, contents: nil, attributes: [.posixPermissions: 0o600]) else { return nil }
            }
            return url.path
        } catch {
            return nil
        }
    }
}
