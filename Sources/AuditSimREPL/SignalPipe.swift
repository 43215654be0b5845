#if canImport(Glibc)
@preconcurrency import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Signals turned into input: the handlers write the signal number to a pipe and the
/// readers wait on that pipe beside the terminal, so Ctrl-C, SIGTERM and a resized window
/// are dealt with in ordinary code, between lines, never inside a handler.
public enum SignalPipe {
    public enum Wake: Equatable {
        case readable
        case signal(Int32)
    }

    nonisolated(unsafe) private static var readEnd: Int32 = -1

    /// Creates the pipe and installs the handlers, once.
    public static func install() {
        guard readEnd < 0 else { return }
        var fds: [Int32] = [-1, -1]
        guard pipe(&fds) == 0 else { return }
        for fd in fds {
            _ = fcntl(fd, F_SETFD, FD_CLOEXEC)
            _ = fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) | O_NONBLOCK)
        }
        readEnd = fds[0]
        signalPipeWriteEnd = fds[1]
        for sig in [SIGINT, SIGTERM, SIGHUP, SIGWINCH] {
            _ = signal(sig, writeSignalToPipe)
        }
    }

    /// Blocks until `fd` has input or a signal arrived (signals first).
    public static func wait(for fd: Int32) -> Wake {
        while true {
            if let sig = takeSignal() { return .signal(sig) }
            var polls = [pollfd(fd: fd, events: Int16(POLLIN), revents: 0),
                         pollfd(fd: readEnd, events: Int16(POLLIN), revents: 0)]
            let n = poll(&polls, readEnd >= 0 ? 2 : 1, -1)
            if n < 0 { if errno == EINTR { continue } else { return .readable } }
            if readEnd >= 0, polls[1].revents & Int16(POLLIN) != 0, let sig = takeSignal() { return .signal(sig) }
            if polls[0].revents != 0 { return .readable }
        }
    }

    /// A signal delivered since the last look, if any.
    public static func takeSignal() -> Int32? {
        guard readEnd >= 0 else { return nil }
        var byte: UInt8 = 0
        return read(readEnd, &byte, 1) == 1 ? Int32(byte) : nil
    }

    /// How a signal reads to the shell; nil for those the reader absorbs (a resize).
    public static func event(for signal: Int32) -> LineEvent? {
        switch signal {
        case SIGINT: .interrupt(typed: false)
        case SIGTERM, SIGHUP: .terminate
        default: nil
        }
    }
}
