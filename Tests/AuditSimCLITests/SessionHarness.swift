import Foundation

/// A private world for one session test: its own store and XDG state folder, the shipped
/// data found through `AUDITSIM_DATA` wherever the binary was built.
struct SessionWorld {
    let directory: URL
    var store: String { directory.appendingPathComponent("sessions.sqlite").path }
    var environment: [String: String] {
        ["AUDITSIM_DATA": Binary.repository.path, "XDG_STATE_HOME": directory.appendingPathComponent("state").path,
         "XDG_DATA_HOME": directory.appendingPathComponent("data").path, "NO_COLOR": "", "TERM": "xterm"]
    }

    init() throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("auditsim-session-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    }

    func run(_ arguments: [String], stdin: String? = nil) throws -> Binary.Result {
        try Binary.run(arguments + ["--store", store], stdin: stdin, environment: environment, directory: directory)
    }

    func remove() { try? FileManager.default.removeItem(at: directory) }
}

/// A running binary fed through a pipe whose output can be awaited, for tests that must
/// act mid-session (kill it, say).
final class LiveProcess: @unchecked Sendable {
    let process = Process()
    private let input = Pipe(), output = Pipe()
    private let lock = NSLock()
    private var buffer = Data()

    init(_ arguments: [String], world: SessionWorld) throws {
        process.executableURL = Binary.url
        process.arguments = arguments
        var env = Binary.environment
        for (k, v) in world.environment { env[k] = v }
        process.environment = env
        process.currentDirectoryURL = world.directory
        process.standardInput = input
        process.standardOutput = output
        process.standardError = output
        output.fileHandleForReading.readabilityHandler = { [weak self] handle in
            let data = handle.availableData
            guard let self, !data.isEmpty else { return }
            self.lock.lock()
            self.buffer.append(data)
            self.lock.unlock()
        }
        try process.run()
    }

    var text: String {
        lock.lock()
        defer { lock.unlock() }
        return String(decoding: buffer, as: UTF8.self)
    }

    func send(_ line: String) { input.fileHandleForWriting.write(Data((line + "\n").utf8)) }

    /// Waits until the output contains `needle`; false on timeout.
    func waitFor(_ needle: String, timeout: TimeInterval = 20) -> Bool {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            if text.contains(needle) { return true }
            usleep(20_000)
        }
        return false
    }

    func kill(_ signal: Int32) {
        Foundation.kill(process.processIdentifier, signal)
        process.waitUntilExit()
        output.fileHandleForReading.readabilityHandler = nil
    }
}

/// Drives the binary through a pseudo-terminal (python3's `pty`, which also makes it the
/// controlling terminal, so Ctrl-C typed there is a real SIGINT and readline is active).
enum Terminal {
    enum Step {
        case send(String)
        case wait(String)
    }

    struct Result: Decodable {
        var output: String
        var status: Int?
        var failed: String?
    }

    static let driver = """
        import json, os, pty, re, select, sys, time, fcntl, termios, struct
        steps = json.loads(sys.argv[1]); argv = sys.argv[2:]
        pid, fd = pty.fork()
        if pid == 0:
            os.execv(argv[0], argv)
        fcntl.ioctl(fd, termios.TIOCSWINSZ, struct.pack("HHHH", 40, 100, 0, 0))
        out = b""; failed = None
        def pump(t):
            global out
            r, _, _ = select.select([fd], [], [], t)
            if r:
                try: out += os.read(fd, 65536)
                except OSError: return False
            return True
        for kind, value in steps:
            if kind == "send":
                os.write(fd, value.encode()); time.sleep(0.15)
            else:
                deadline = time.time() + 20
                while value.encode() not in out and time.time() < deadline:
                    if not pump(0.1): break
                if value.encode() not in out: failed = value; break
        deadline = time.time() + 10; status = None
        while time.time() < deadline:
            alive = pump(0.05)
            done, st = os.waitpid(pid, os.WNOHANG)
            if done: status = os.waitstatus_to_exitcode(st); break
        for _ in range(20):
            if not pump(0.02): break
        if status is None: os.kill(pid, 9)
        print(json.dumps({"output": out.decode("utf-8", "replace"), "status": status, "failed": failed}))
        """

    static func run(_ arguments: [String], steps: [Step], world: SessionWorld) throws -> Result {
        let encoded = steps.map { step -> [String] in
            switch step {
            case .send(let s): ["send", s]
            case .wait(let s): ["wait", s]
            }
        }
        let json = String(decoding: try JSONSerialization.data(withJSONObject: encoded), as: UTF8.self)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", driver, json, Binary.url.path] + arguments
        var env = Binary.environment
        for (k, v) in world.environment { env[k] = v }
        process.environment = env
        process.currentDirectoryURL = world.directory
        let out = Pipe()
        process.standardOutput = out
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return try JSONDecoder().decode(Result.self, from: data)
    }
}
