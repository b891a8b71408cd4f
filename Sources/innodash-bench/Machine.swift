import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The machine the benchmark ran on, as BENCHMARKS.md reports it.
struct Machine: Encodable {
    var processors: Int
    var model: String
    var memory: String
    var kernel: String
    var toolchain: String

    static func current() -> Machine {
        let cpuinfo = (try? String(contentsOfFile: "/proc/cpuinfo", encoding: .utf8)) ?? ""
        let model = cpuinfo.split(separator: "\n").first { $0.hasPrefix("model name") }
            .map { $0.split(separator: ":", maxSplits: 1).last.map { $0.trimmingCharacters(in: .whitespaces) } ?? "" } ?? "unknown"
        let meminfo = (try? String(contentsOfFile: "/proc/meminfo", encoding: .utf8)) ?? ""
        let kilobytes = meminfo.split(separator: "\n").first { $0.hasPrefix("MemTotal:") }
            .flatMap { Int($0.dropFirst(9).split(separator: " ").first ?? "") } ?? 0
        var name = utsname()
        uname(&name)
        let release = withUnsafeBytes(of: name.release) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
        return Machine(
            processors: sysconf(Int32(_SC_NPROCESSORS_ONLN)), model: model,
            memory: String(format: "%.1f GiB", Double(kilobytes) / 1_048_576), kernel: "Linux " + release,
            toolchain: firstLine(of: ["swift", "--version"]) ?? "unknown"
        )
    }

    /// The first line a command prints, or nil when it cannot run.
    static func firstLine(of command: [String]) -> String? {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = command
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = FileHandle.nullDevice
        do { try process.run() } catch { return nil }
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { return nil }
        return String(decoding: data, as: UTF8.self).split(separator: "\n").first.map(String.init)
    }
}
