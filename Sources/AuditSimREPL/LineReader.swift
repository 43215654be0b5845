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
///
/// Linear in the input: the search for a newline resumes where the last one stopped (a
/// 32 MB line is scanned once, not once a chunk), and consumed lines are dropped in bulk.
/// A line is kept up to `maximumLineBytes`; the rest of it is read and discarded, so one
/// enormous line cannot exhaust memory (the interpreters read only the first 5,000
/// characters anyway and say so). NUL bytes are removed before the line is returned, so the
/// text judged is the text stored.
public final class PlainLineReader: LineReader {
    public let isInteractive = false
    public var completion = CompletionSource()
    /// The longest line kept, in bytes; longer lines are cut here (at a UTF-8 boundary).
    public static let maximumLineBytes = 1_048_576
    private let fd: Int32
    private var buffer: [UInt8] = []
    /// Where lines start in `buffer` (bytes before it are consumed).
    private var start = 0
    /// How far the newline search has looked.
    private var scanned = 0
    /// The current line grew past the limit: discard until its newline.
    private var discarding = false
    private var atEnd = false

    public init(fileDescriptor: Int32) {
        fd = fileDescriptor
        SignalPipe.install()
    }

    public func readLine(prompt: String) -> LineEvent {
        fflush(stdout)
        while true {
            if let newline = buffer[scanned...].firstIndex(of: UInt8(ascii: "\n")) {
                let line = take(upTo: newline)
                start = newline + 1
                scanned = start
                compact()
                return .line(line)
            }
            scanned = buffer.count
            if buffer.count - start > Self.maximumLineBytes {
                // Keep the first maximumLineBytes of this line; drop the rest as it arrives.
                if !discarding {
                    buffer.removeSubrange((start + Self.maximumLineBytes)...)
                    discarding = true
                } else {
                    buffer.removeSubrange((start + Self.maximumLineBytes)...)
                }
                scanned = buffer.count
            }
            if atEnd {
                guard start < buffer.count else { buffer.removeAll(); start = 0; scanned = 0; return .end }
                let line = take(upTo: buffer.count)
                buffer.removeAll(); start = 0; scanned = 0
                return .line(line)
            }
            switch SignalPipe.wait(for: fd) {
            case .signal(let number):
                if number == SIGINT {
                    // Only a partial line can be buffered here: whole lines were returned above.
                    let typed = start < buffer.count
                    buffer.removeAll(); start = 0; scanned = 0; discarding = false
                    return .interrupt(typed: typed)
                }
                if let event = SignalPipe.event(for: number) { return event }
            case .readable:
                var chunk = [UInt8](repeating: 0, count: 65_536)
                let n = read(fd, &chunk, chunk.count)
                if n > 0 {
                    if discarding, let nl = chunk[..<n].firstIndex(of: UInt8(ascii: "\n")) {
                        buffer.append(contentsOf: chunk[nl..<n])  // the newline ends the over-long line
                        discarding = false
                    } else if !discarding {
                        buffer.append(contentsOf: chunk[..<n])
                    }
                } else if n == 0 || errno != EINTR { atEnd = true }
            }
        }
    }

    /// The line from `start` to `end` (exclusive): a trailing CR and any NUL bytes removed,
    /// cut back to a whole UTF-8 character when it was cut at the limit.
    private func take(upTo end: Int) -> String {
        var bytes = Array(buffer[start..<end])
        discarding = false
        if bytes.last == UInt8(ascii: "\r") { bytes.removeLast() }
        if bytes.contains(0) { bytes.removeAll { $0 == 0 } }
        if bytes.count >= Self.maximumLineBytes {
            while let last = bytes.last, last & 0xC0 == 0x80 { bytes.removeLast() }
            if let last = bytes.last, last >= 0xC0 { bytes.removeLast() }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Drops consumed bytes once they are most of the buffer (amortised linear).
    private func compact() {
        guard start > 65_536, start * 2 > buffer.count else { return }
        buffer.removeSubrange(..<start)
        scanned -= start
        start = 0
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
