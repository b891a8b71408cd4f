import Foundation
import Testing

/// The built `innodash` running in a detached tmux session of its own (own socket, own
/// temporary directory and environment), driven with send-keys and read with
/// capture-pane, as a user at a terminal would.
final class TmuxSession {
    static let isAvailable: Bool = {
        let found = try? run("/bin/sh", ["-c", "command -v tmux"], environment: ["PATH": ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"])
        if found?.status != 0 {
            print("DashboardTerminalTests skipped: tmux is not installed (.ci/run installs it)")
        }
        return found?.status == 0
    }()

    /// The `innodash` built beside the test bundle.
    static let binary: URL = {
        let exe = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
        var directory = exe.deletingLastPathComponent()
        while directory.path != "/" {
            let candidate = directory.appendingPathComponent("innodash")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
            directory = directory.deletingLastPathComponent()
        }
        return exe.deletingLastPathComponent().appendingPathComponent("innodash")
    }()

    let directory: URL
    private let socket: String
    private(set) var isStopped = false

    /// Starts `innodash arguments` at width × height. The pane runs a small script that
    /// records `stty -g` before and after, the exit status, and the program's pid.
    init(width: Int = 80, height: Int = 24, arguments: [String] = [], environment: [String: String] = [:]) throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("innodash-tmux-\(UUID().uuidString.prefix(8))")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        socket = directory.appendingPathComponent("sock").path
        var exports = ["LANG": "C.UTF-8", "TERM": "xterm-256color", "HOME": directory.path]
        exports.merge(environment) { $1 }
        let setup = exports.sorted { $0.key < $1.key }.map { "export \($0.key)=\(Self.quote($0.value))" }.joined(separator: "\n")
        let command = ([Self.binary.path] + arguments).map(Self.quote).joined(separator: " ")
        let script = """
            \(setup)
            cd \(Self.quote(directory.path))
            # As an interactive shell does, survive the Ctrl-C meant for the program
            # (a handler, not an ignore, so the program starts with the default).
            trap : INT
            stty -g > stty-before
            sh -c 'echo $$ > pid; exec "$@"' innodash \(command)
            echo $? > status
            stty -g > stty-after
            echo innodash-test-done
            exec sleep 600
            """
        try script.write(to: directory.appendingPathComponent("run.sh"), atomically: true, encoding: .utf8)
        // The server tmux starts here keeps the client's output open: give it /dev/null,
        // or reading the output to its end would wait for the server to stop.
        try tmux(["-f", "/dev/null", "new-session", "-d", "-s", "main", "-x", "\(width)", "-y", "\(height)",
                  "/bin/sh " + Self.quote(directory.appendingPathComponent("run.sh").path)], readOutput: false)
    }

    deinit {
        stop()
    }

    func stop() {
        guard !isStopped else { return }
        isStopped = true
        _ = try? tmux(["kill-server"], readOutput: false)
        try? FileManager.default.removeItem(at: directory)
    }

    @discardableResult
    func tmux(_ arguments: [String], readOutput: Bool = true) throws -> String {
        let result = try Self.run("/usr/bin/env", ["tmux", "-u", "-S", socket] + arguments,
                                  environment: ["PATH": ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin", "LANG": "C.UTF-8"],
                                  readOutput: readOutput)
        return result.output
    }

    /// The screen as text; with `escapes`, with the colour and attribute sequences.
    func capture(escapes: Bool = false) -> String {
        (try? tmux(["capture-pane", "-p", "-t", "main"] + (escapes ? ["-e"] : []))) ?? ""
    }

    var lines: [String] { capture().components(separatedBy: "\n") }

    /// tmux's view of the pane, such as `#{cursor_x}`.
    func display(_ format: String) -> String {
        ((try? tmux(["display-message", "-p", "-t", "main", format])) ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// Keys by tmux name (`j`, `Enter`, `C-c`, `Tab`).
    func press(_ keys: String...) {
        _ = try? tmux(["send-keys", "-t", "main"] + keys)
    }

    /// Text typed as it is.
    func type(_ text: String) {
        _ = try? tmux(["send-keys", "-t", "main", "-l", text])
    }

    func resize(width: Int, height: Int) {
        _ = try? tmux(["resize-window", "-t", "main", "-x", "\(width)", "-y", "\(height)"])
    }

    /// Waits (polling briefly, at most `timeout` seconds) until the screen satisfies `condition`.
    @discardableResult
    func waitFor(_ timeout: Double = 10, _ condition: (String) -> Bool) -> Bool {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            if condition(capture()) { return true }
            Thread.sleep(forTimeInterval: 0.03)
        }
        return condition(capture())
    }

    func waitFor(text: String, timeout: Double = 10) -> Bool {
        waitFor(timeout) { $0.contains(text) }
    }

    /// Waits for the program to end and the script to record how; nil on timeout.
    func waitForExit(timeout: Double = 10) -> Int? {
        guard waitFor(text: "innodash-test-done", timeout: timeout) else { return nil }
        return Int(file("status") ?? "")
    }

    func file(_ name: String) -> String? {
        (try? String(contentsOf: directory.appendingPathComponent(name), encoding: .utf8))?.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// The program's process id, once it has started.
    var pid: Int32? {
        waitFor(2) { _ in self.file("pid") != nil }
        return file("pid").flatMap { Int32($0) }
    }

    static func quote(_ text: String) -> String {
        "'" + text.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }

    struct Result {
        var status: Int32
        var output: String
        var error: String
    }

    /// Runs a program to its end with posix_spawn and waitpid; its output goes to files
    /// (or /dev/null), so a daemon it leaves behind, such as the tmux server, holds no pipe.
    static func run(_ executable: String, _ arguments: [String], environment: [String: String]? = nil, input: String = "/dev/null",
                    readOutput: Bool = true) throws -> Result {
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("innodash-run-\(UUID().uuidString)")
        let outPath = readOutput ? scratch.path + ".out" : "/dev/null"
        let errPath = readOutput ? scratch.path + ".err" : "/dev/null"
        defer {
            try? FileManager.default.removeItem(atPath: scratch.path + ".out")
            try? FileManager.default.removeItem(atPath: scratch.path + ".err")
        }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, input, O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, outPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_addopen(&actions, 2, errPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        closeOnExec()
        let env = (environment ?? ProcessInfo.processInfo.environment).map { "\($0.key)=\($0.value)" }
        let argv = [executable] + arguments
        // The test runner's threads block most signals, and a spawned program inherits
        // the mask: start it with none blocked and every signal at its default.
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var none = sigset_t()
        var all = sigset_t()
        sigemptyset(&none)
        sigfillset(&all)
        posix_spawnattr_setsigmask(&attributes, &none)
        posix_spawnattr_setsigdefault(&attributes, &all)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
        var pid: pid_t = 0
        let spawned = withCStrings(argv) { argvPointers in
            withCStrings(env) { envPointers in
                posix_spawn(&pid, executable, &actions, &attributes, argvPointers, envPointers)
            }
        }
        guard spawned == 0 else { throw POSIXError(POSIXErrorCode(rawValue: spawned) ?? .EINVAL) }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        let exit = (status & 0x7f) == 0 ? (status >> 8) & 0xff : 128 + (status & 0x7f)
        let output = readOutput ? (try? String(contentsOfFile: outPath, encoding: .utf8)) ?? "" : ""
        let error = readOutput ? (try? String(contentsOfFile: errPath, encoding: .utf8)) ?? "" : ""
        return Result(status: exit, output: output, error: error)
    }

    /// Marks every descriptor of the test process above 2 close-on-exec, so nothing of it
    /// goes along to a program: a tmux server holding one of the test runner's pipes would
    /// keep `swift test` waiting after the tests end.
    private static func closeOnExec() {
        let open = (try? FileManager.default.contentsOfDirectory(atPath: "/proc/self/fd")) ?? []
        for fd in open.compactMap({ Int32($0) }) where fd > 2 {
            let flags = fcntl(fd, F_GETFD)
            if flags >= 0 { _ = fcntl(fd, F_SETFD, flags | FD_CLOEXEC) }
        }
    }

    private static func withCStrings<R>(_ strings: [String], _ body: (UnsafePointer<UnsafeMutablePointer<CChar>?>) -> R) -> R {
        var pointers = strings.map { strdup($0) }
        pointers.append(nil)
        defer { pointers.forEach { free($0) } }
        return pointers.withUnsafeBufferPointer { body($0.baseAddress!) }
    }
}
