#if canImport(Glibc)
@preconcurrency import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What came of waiting for a line.
public enum LineEvent: Sendable, Equatable {
    case line(String)
    /// Ctrl-C; `typed` says whether a half-typed line was dropped.
    case interrupt(typed: Bool)
    /// Ctrl-D on an empty line, or the end of piped input.
    case end
    /// SIGTERM or SIGHUP: save and leave.
    case terminate
}

/// Where the shell gets its lines: readline at a terminal, plain reads from a pipe. The
/// shell does not care which, so tests and scripts drive the same loop a person does.
public protocol LineReader: AnyObject {
    /// Whether this reader is interactive (prompts, line editing, completion).
    var isInteractive: Bool { get }
    /// What tab completes to; ignored by readers without completion.
    var completion: CompletionSource { get set }
    func readLine(prompt: String) -> LineEvent
}

extension LineReader {
    /// Switches to the history kept under `name` ("history" for the home prompt, "answers"
    /// for interviews, so answers never come back when browsing commands); returns the
    /// name in use before. Readers without history ignore it.
    @discardableResult
    public func useHistory(_ name: String) -> String {
        (self as? ReadlineReader)?.switchHistory(to: name) ?? name
    }
}

/// Opens readline when both ends are a terminal, plain reads otherwise.
public enum LineReaders {
    public static func standard() -> any LineReader {
        if isatty(STDIN_FILENO) == 1 && isatty(STDOUT_FILENO) == 1 {
            return ReadlineReader()
        }
        return PlainLineReader(fileDescriptor: STDIN_FILENO)
    }
}

/// Reads lines from a pipe or file: no prompt, no echo, no escape codes. Waits on the
/// signal pipe too, so SIGTERM while waiting for input still saves and leaves.
public final class PlainLineReader: LineReader {
    public let isInteractive = false
    public var completion = CompletionSource()
    private let fd: Int32
    private var buffer: [UInt8] = []
    private var atEnd = false

    public init(fileDescriptor: Int32) {
        fd = fileDescriptor
        SignalPipe.install()
    }

    public func readLine(prompt: String) -> LineEvent {
        fflush(stdout)
        while true {
            if let newline = buffer.firstIndex(of: UInt8(ascii: "\n")) {
                var bytes = Array(buffer[..<newline])
                buffer.removeSubrange(...newline)
                if bytes.last == UInt8(ascii: "\r") { bytes.removeLast() }
                return .line(String(decoding: bytes, as: UTF8.self))
            }
            if atEnd {
                guard !buffer.isEmpty else { return .end }
                defer { buffer.removeAll() }
                return .line(String(decoding: buffer, as: UTF8.self))
            }
            switch SignalPipe.wait(for: fd) {
            case .signal(let number):
                if number == SIGINT {
                    // Only a partial line can be buffered here: whole lines were returned above.
                    defer { buffer.removeAll() }
                    return .interrupt(typed: !buffer.isEmpty)
                }
                if let event = SignalPipe.event(for: number) { return event }
            case .readable:
                var chunk = [UInt8](repeating: 0, count: 4096)
                let n = read(fd, &chunk, chunk.count)
                if n > 0 { buffer += chunk[..<n] } else if n == 0 || errno != EINTR { atEnd = true }
            }
        }
    }
}

/// Standard output through stdio, the stream readline draws on, so the two never interleave
/// out of order; flushed per write so a killed process has shown all it said.
public enum StandardOutput {
    public static func write(_ text: String) {
        fputs(text, stdout)
        fflush(stdout)
    }
}
