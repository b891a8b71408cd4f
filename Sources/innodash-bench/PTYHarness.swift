import CBenchTerminal
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A program running in a pseudo-terminal of a fixed size, as an analyst would start it
/// from a shell: its own session with the terminal as its controlling terminal,
/// TERM=xterm-256color, LANG=C.UTF-8. Everything it writes is read (so it never blocks on
/// a full terminal) and kept, with the escape sequences stripped into `text` for finding
/// what is on screen.
final class PseudoTerminal {
    let pid: pid_t
    private let master: Int32
    private(set) var exitStatus: Int32?
    /// The bytes written so far.
    private(set) var byteCount = 0
    /// What was written so far, without escape sequences and without spaces (a terminal
    /// may be sent a run of spaces as a cursor move instead).
    private(set) var text: [UInt8] = []
    private var stripper = EscapeStripper()
    /// When the latest bytes came: the moment `poll` said they were there.
    private(set) var lastArrival = 0.0

    /// Starts `executable` in a new terminal of `columns`×`rows`. The clock of its launch
    /// is `Measure.now()` just before this returns the process.
    init(_ executable: String, _ arguments: [String], columns: Int, rows: Int, directory: String, home: String) throws {
        var name = [CChar](repeating: 0, count: 256)
        master = bench_open_pseudo_terminal(&name, name.count, UInt16(rows), UInt16(columns))
        guard master >= 0 else {
            throw BenchError("cannot open a pseudo-terminal: \(String(cString: strerror(errno)))")
        }
        let slavePath = String(decoding: name.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        _ = fcntl(master, F_SETFL, fcntl(master, F_GETFL) | O_NONBLOCK)

        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        // Opened after setsid (POSIX_SPAWN_SETSID), it becomes the controlling terminal.
        posix_spawn_file_actions_addopen(&actions, 0, slavePath, O_RDWR, 0)
        posix_spawn_file_actions_adddup2(&actions, 0, 1)
        posix_spawn_file_actions_adddup2(&actions, 0, 2)
        bench_spawn_add_chdir(&actions, directory)
        pid = try Spawn.start(executable, arguments, environment: Spawn.plainEnvironment(home: home),
                              actions: &actions, newSession: true)
    }

    deinit {
        if exitStatus == nil {
            kill(pid, SIGKILL)
            var status: Int32 = 0
            waitpid(pid, &status, 0)
        }
        close(master)
    }

    /// Reads what is there, waiting up to `timeout` seconds for something. Returns the
    /// number of bytes read (0 when nothing came in time or the terminal closed).
    @discardableResult
    func read(timeout: Double) -> Int {
        var poller = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
        let ready = poll(&poller, 1, Int32(max(0, timeout * 1000).rounded(.up)))
        guard ready > 0 else { return 0 }
        let arrived = Measure.now()
        var buffer = [UInt8](repeating: 0, count: 65536)
        var total = 0
        while true {
            let count = Glibc.read(master, &buffer, buffer.count)
            guard count > 0 else { break }
            lastArrival = arrived
            total += count
            byteCount += count
            for byte in buffer[0..<count] {
                if let visible = stripper.feed(byte), visible != UInt8(ascii: " ") { text.append(visible) }
            }
        }
        return total
    }

    /// Reads until `text` contains `marker` (spaces ignored); returns when the bytes that
    /// completed it came, or nil after `timeout` seconds or when the program ended.
    func wait(for marker: String, timeout: Double) -> Double? {
        let needle = Array(marker.utf8.filter { $0 != UInt8(ascii: " ") })
        let deadline = Measure.now() + timeout
        var searchFrom = 0
        while Measure.now() < deadline {
            read(timeout: min(0.05, deadline - Measure.now()))
            // The time of the read that completed the marker.
            if text.contains(needle, from: searchFrom) { return lastArrival }
            searchFrom = max(0, text.count - needle.count)
            if hasExited() { return nil }
        }
        return nil
    }

    /// Reads until nothing has come for `quiet` seconds (or `timeout` passed); returns
    /// whether it went quiet.
    @discardableResult
    func waitUntilQuiet(_ quiet: Double, timeout: Double) -> Bool {
        let deadline = Measure.now() + timeout
        while Measure.now() < deadline {
            if read(timeout: quiet) == 0 { return true }
        }
        return false
    }

    func send(_ bytes: String) {
        let data = Array(bytes.utf8)
        _ = data.withUnsafeBytes { write(master, $0.baseAddress, $0.count) }
    }

    /// Nanoseconds of processor time the program has used, from /proc (schedstat when the
    /// kernel keeps it, else the clock ticks of stat).
    func cpuNanoseconds() -> UInt64? {
        if let line = try? String(contentsOfFile: "/proc/\(pid)/schedstat", encoding: .utf8),
           let first = line.split(separator: " ").first, let ns = UInt64(first) {
            return ns
        }
        guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
              let end = stat.lastIndex(of: ")") else { return nil }
        let fields = stat[stat.index(after: end)...].split(separator: " ")
        // After the name: state is field 3, utime 14 and stime 15.
        guard fields.count > 12, let user = UInt64(fields[11]), let system = UInt64(fields[12]) else { return nil }
        return (user + system) * 1_000_000_000 / UInt64(sysconf(Int32(_SC_CLK_TCK)))
    }

    /// Peak resident memory so far in kilobytes (VmHWM).
    func peakKilobytes() -> Int? {
        guard let status = try? String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8) else { return nil }
        for line in status.split(separator: "\n") where line.hasPrefix("VmHWM:") {
            return Int(line.dropFirst(6).split(whereSeparator: \.isWhitespace).first ?? "")
        }
        return nil
    }

    func hasExited() -> Bool {
        if exitStatus != nil { return true }
        var status: Int32 = 0
        if waitpid(pid, &status, WNOHANG) == pid {
            exitStatus = status
            return true
        }
        return false
    }

    /// Sends `quitKeys`, then waits up to `timeout` seconds for the program to end; ends it
    /// with SIGTERM, then SIGKILL, if it does not. Returns whether it quit by itself.
    @discardableResult
    func quit(_ quitKeys: String, timeout: Double = 5) -> Bool {
        send(quitKeys)
        let deadline = Measure.now() + timeout
        while Measure.now() < deadline {
            if hasExited() { return true }
            read(timeout: 0.02)
        }
        kill(pid, SIGTERM)
        let late = Measure.now() + 1
        while Measure.now() < late {
            if hasExited() { return false }
            read(timeout: 0.02)
        }
        kill(pid, SIGKILL)
        var status: Int32 = 0
        waitpid(pid, &status, 0)
        exitStatus = status
        return false
    }
}

/// Drops terminal escape sequences (CSI, OSC, DCS and two-byte ESC sequences, and
/// control characters) from a byte stream, keeping the text a screen would show.
struct EscapeStripper {
    private enum State { case text, escape, csi, string, stringEscape, charset }
    private var state = State.text

    mutating func feed(_ byte: UInt8) -> UInt8? {
        switch state {
        case .text:
            if byte == 0x1B { state = .escape; return nil }
            return byte < 0x20 || byte == 0x7F ? nil : byte
        case .escape:
            switch byte {
            case UInt8(ascii: "["): state = .csi
            case UInt8(ascii: "]"), UInt8(ascii: "P"), UInt8(ascii: "_"), UInt8(ascii: "^"): state = .string
            case UInt8(ascii: "("), UInt8(ascii: ")"), UInt8(ascii: "*"), UInt8(ascii: "+"): state = .charset
            default: state = .text
            }
        case .csi:
            if (0x40...0x7E).contains(byte) { state = .text }
        case .string:
            if byte == 0x07 { state = .text } else if byte == 0x1B { state = .stringEscape }
        case .stringEscape:
            state = byte == UInt8(ascii: "\\") ? .text : .string
        case .charset:
            state = .text
        }
        return nil
    }
}

extension Array where Element == UInt8 {
    /// Whether `needle` occurs at or after `start`.
    func contains(_ needle: [UInt8], from start: Int) -> Bool {
        guard !needle.isEmpty, count >= needle.count else { return false }
        var i = Swift.max(0, start)
        while i + needle.count <= count {
            if self[i] == needle[0] && self[i..<(i + needle.count)].elementsEqual(needle) { return true }
            i += 1
        }
        return false
    }
}
