import Synchronization

/// What a one-shot command loaded, kept until the process exits instead of released when
/// the command returns: the operating system takes a process's memory back at once, while
/// releasing a million evidence records one by one took a fiftieth of a million-row run.
/// Only for commands that end the process; the REPL releases a scenario it leaves.
enum UntilExit {
    private static let kept = Mutex<[any Sendable]>([])

    static func keep(_ value: any Sendable) {
        kept.withLock { $0.append(value) }
    }
}
