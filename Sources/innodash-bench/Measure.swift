import CBenchTerminal
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Timing: a monotonic clock, repeated runs and their median.
enum Measure {
    /// Seconds on the monotonic clock, for differences only.
    static func now() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_MONOTONIC, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }

    /// Milliseconds that `body` takes, once.
    static func milliseconds(_ body: () throws -> Void) rethrows -> Double {
        let start = now()
        try body()
        return (now() - start) * 1000
    }

    /// Runs `body` `runs` times (after `warmUp` runs that are not counted) and returns the
    /// milliseconds of each counted run.
    static func repeated(_ runs: Int, warmUp: Int = 1, _ body: () throws -> Void) rethrows -> [Double] {
        for _ in 0..<warmUp { try body() }
        return try (0..<runs).map { _ in try milliseconds(body) }
    }

    static func median(_ samples: [Double]) -> Double {
        guard !samples.isEmpty else { return .nan }
        let sorted = samples.sorted()
        let middle = sorted.count / 2
        return sorted.count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
    }
}

/// Why the benchmark could not measure something, for the person running it.
struct BenchError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}

/// Runs a program to its end with standard output to a file (or /dev/null), and returns
/// its wall time and peak resident memory.
enum CommandRun {
    struct Result {
        var milliseconds: Double
        var peakKilobytes: Int
    }

    static func run(_ executable: String, _ arguments: [String], in directory: String, stdout: String = "/dev/null") throws -> Result {
        let errorFile = directory + "/stderr.txt"
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, stdout, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        posix_spawn_file_actions_addopen(&actions, 2, errorFile, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        bench_spawn_add_chdir(&actions, directory)
        let start = Measure.now()
        let pid = try Spawn.start(executable, arguments, environment: Spawn.plainEnvironment(), actions: &actions)
        var status: Int32 = 0
        var usage = rusage()
        while wait4(pid, &status, 0, &usage) < 0 && errno == EINTR {}
        let elapsed = (Measure.now() - start) * 1000
        guard status == 0 else {
            let message = (try? String(contentsOfFile: errorFile, encoding: .utf8)) ?? ""
            throw BenchError("\(executable) \(arguments.joined(separator: " ")) failed with status \(status >> 8): \(message)")
        }
        return Result(milliseconds: elapsed, peakKilobytes: usage.ru_maxrss)
    }
}

/// Starting programs with posix_spawn: every signal at its default (the benchmark's own
/// ignored signals are not passed on) and an environment of our choosing.
enum Spawn {
    static func start(_ executable: String, _ arguments: [String], environment: [String: String],
                      actions: inout posix_spawn_file_actions_t, newSession: Bool = false) throws -> pid_t {
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var all = sigset_t()
        sigfillset(&all)
        var none = sigset_t()
        sigemptyset(&none)
        posix_spawnattr_setsigdefault(&attributes, &all)
        posix_spawnattr_setsigmask(&attributes, &none)
        var flags = Int32(POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETSIGMASK)
        if newSession { flags |= bench_spawn_setsid_flag() }  // so the terminal opened becomes its own
        posix_spawnattr_setflags(&attributes, Int16(flags))

        let argv = ([executable] + arguments).map { strdup($0) } + [nil]
        let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer {
            argv.forEach { free($0) }
            envp.forEach { free($0) }
        }
        var pid: pid_t = 0
        let result = posix_spawn(&pid, executable, &actions, &attributes, argv, envp)
        guard result == 0 else {
            throw BenchError("cannot start \(executable): \(String(cString: strerror(result)))")
        }
        return pid
    }

    /// PATH and HOME of ours, a UTF-8 locale and an 80×24 xterm: what an analyst's terminal has.
    static func plainEnvironment(home: String? = nil) -> [String: String] {
        let own = ProcessInfo.processInfo.environment
        return [
            "PATH": own["PATH"] ?? "/usr/local/bin:/usr/bin:/bin",
            "HOME": home ?? own["HOME"] ?? "/tmp",
            "LANG": "C.UTF-8",
            "TERM": "xterm-256color",
        ]
    }
}
