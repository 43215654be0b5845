#if canImport(Glibc)
@preconcurrency import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
@preconcurrency import CReadline

// Everything C calls back into lives here: signal handlers and readline's hooks cannot
// capture context, so they reach a few globals. Only the main thread touches them (signal
// handlers aside, which only write one byte to a pipe), hence `nonisolated(unsafe)`.

/// The write end of the self-pipe; a trivially initialised global, so the handler never
/// triggers lazy initialisation.
nonisolated(unsafe) var signalPipeWriteEnd: Int32 = -1

/// The signal handler: async-signal-safe, it only writes the signal number to the pipe.
let writeSignalToPipe: @convention(c) (Int32) -> Void = { signal in
    var byte = UInt8(truncatingIfNeeded: signal)
    let saved = errno
    _ = write(signalPipeWriteEnd, &byte, 1)
    errno = saved
}

/// The line readline handed over in callback mode; `.some(nil)` means end of input.
nonisolated(unsafe) var readlineDelivered: String?? = nil

/// readline's line handler: stashes the line for `ReadlineReader`.
let readlineLineHandler: @convention(c) (UnsafeMutablePointer<CChar>?) -> Void = { line in
    // Removing the handler here stops readline from drawing the next prompt by itself.
    rl_callback_handler_remove()
    if let line {
        readlineDelivered = .some(String(cString: line))
        free(line)
    } else {
        readlineDelivered = .some(nil)
    }
}

/// What tab completes to now, and the matches of the word being completed.
nonisolated(unsafe) var completionSource = CompletionSource()
nonisolated(unsafe) var completionMatches: [String] = []

/// readline's generator: hands out the matches one by one (readline frees them).
let completionGenerator: @convention(c) (UnsafePointer<CChar>?, Int32) -> UnsafeMutablePointer<CChar>? = { _, state in
    let index = Int(state)
    guard index < completionMatches.count else { return nil }
    return strdup(completionMatches[index])
}

/// readline's attempted-completion hook: our candidates only, never file names.
let attemptCompletion: @convention(c) (UnsafePointer<CChar>?, Int32, Int32)
    -> UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = { text, start, _ in
    rl_attempted_completion_over = 1
    let word = text.map { String(cString: $0) } ?? ""
    let line = rl_line_buffer.map { String(cString: $0) } ?? ""
    let before = String(decoding: line.utf8.prefix(Int(start)), as: UTF8.self)
    completionMatches = completionSource.candidates(before: before, word: word)
    return rl_completion_matches(text, completionGenerator)
}
