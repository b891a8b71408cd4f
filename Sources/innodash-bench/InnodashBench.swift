import ArgumentParser
import Foundation

/// `innodash-bench`: how fast innodash is on the shipped plan and on synthetic plans of
/// 20, 1,000 and 10,000 targets, beside VisiData on the same figures. Not a test and not a
/// gate: it prints a table and writes every run to a JSON file. BENCHMARKS.md says how to
/// run it and what each figure means.
@main
struct InnodashBench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "innodash-bench",
        abstract: "Measure innodash on the shipped plan and on synthetic plans, beside VisiData.",
        discussion: "Run it from a release build: Benchmarks/run.sh (see BENCHMARKS.md)."
    )

    @Flag(help: "A short run to try the benchmark: 20 and 1,000 targets, 3 runs, 1 s idle.")
    var quick = false

    @Option(help: ArgumentHelp("Runs of each figure; the table shows the median (default 5, --quick 3).", valueName: "n"))
    var runs: Int?

    @Option(help: ArgumentHelp("Sizes of the synthetic plans, in targets (default 20,1000,10000; none: the shipped plan alone).", valueName: "n,n,…"))
    var sizes: String?

    @Option(help: ArgumentHelp("Seconds of idle in the terminal over which processor time is measured (default 5).", valueName: "s"))
    var idle: Double?

    @Option(help: ArgumentHelp("The seed of the synthetic plans.", valueName: "n"))
    var seed: UInt64 = 2015

    @Option(help: ArgumentHelp("Where to write every run as JSON.", valueName: "file.json"))
    var output = "Benchmarks/latest.json"

    @Option(help: ArgumentHelp("The innodash binary to measure (default: the one beside this program).", valueName: "path"))
    var innodash: String?

    @Option(help: ArgumentHelp("VisiData's program (default: vd on the PATH).", valueName: "path"))
    var visidata: String?

    @Flag(name: .customLong("no-visidata"), help: "Leave VisiData out.")
    var noVisiData = false

    @Option(help: ArgumentHelp("An empty PostgreSQL database innodash may set up (postgres://USER@HOST[:PORT]/DB, the password from PGPASSWORD): the shipped plan's dashboard is measured on it too, beside SQLite (Benchmarks/team-writers.sh gives one).", valueName: "url"))
    var postgres: String?

    @Flag(help: "Keep the folder of generated plans, CSV files and databases.")
    var keep = false

    func validate() throws {
        if let runs, runs < 1 { throw ValidationError("--runs must be at least 1") }
        if let idle, idle <= 0 { throw ValidationError("--idle must be above 0 seconds") }
        if let sizes, parsedSizes(sizes) == nil { throw ValidationError("--sizes expects numbers of targets separated by commas, such as 20,1000 (or none: the shipped plan alone)") }
    }

    func run() throws {
        let binary = try innodashBinary()
        let vd = noVisiData ? nil : visidata ?? Self.onPath("vd")
        var settings = BenchSettings(
            runs: runs ?? (quick ? 3 : 5), idleSeconds: idle ?? (quick ? 1 : 5),
            sizes: sizes.flatMap(parsedSizes) ?? (quick ? [20, 1000] : [20, 1000, 10000]), seed: seed,
            innodash: binary, visiData: vd, floor: Self.besideThisProgram("ncurses-floor"), postgres: postgres
        )
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("innodash-bench-\(getpid())").path
        try FileManager.default.createDirectory(atPath: root + "/home", withIntermediateDirectories: true)
        defer {
            if keep { progress("kept the generated files in \(root)") } else { try? FileManager.default.removeItem(atPath: root) }
        }
        settings.root = root

        var notes: [String] = []
        if vd == nil && !noVisiData { notes.append("VisiData (vd) was not found: its columns are empty. Install it with `apt-get install -y visidata`.") }
        if settings.floor == nil { notes.append("ncurses-floor was not found beside the benchmark: no floor figures (Benchmarks/run.sh builds it).") }
        let suite = BenchSuite(settings: settings, progress: progress)
        let results = try suite.runAll()
        notes += suite.notes

        let report = Report(
            date: ISO8601DateFormatter().string(from: Date()), command: CommandLine.arguments.joined(separator: " "),
            runs: settings.runs, machine: Machine.current(), innodash: binary,
            visiData: vd.flatMap { Machine.firstLine(of: [$0, "--version"]) }, notes: notes, results: results
        )
        print(report.markdownTable())
        for note in notes { print("- " + note) }
        do {
            try report.json().write(to: URL(fileURLWithPath: output), options: .atomic)
            progress("every run is in \(output)")
        } catch {
            progress("could not write \(output): \(error.localizedDescription)")
            throw ExitCode(73)
        }
    }

    private func parsedSizes(_ text: String) -> [Int]? {
        if text == "none" { return [] }
        let sizes = text.split(separator: ",").map { Int($0.trimmingCharacters(in: .whitespaces)) }
        guard !sizes.isEmpty, sizes.allSatisfy({ ($0 ?? 0) > 0 }) else { return nil }
        return sizes.compactMap { $0 }
    }

    /// The release innodash beside this program, so that one build measures its own binary.
    private func innodashBinary() throws -> String {
        let path = innodash ?? URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
            .deletingLastPathComponent().appendingPathComponent("innodash").path
        guard FileManager.default.isExecutableFile(atPath: path) else {
            progress("no innodash program at \(path); build it first (Benchmarks/run.sh does: swift build -c release), or pass --innodash PATH")
            throw ExitCode(66)
        }
        if path.contains("/debug/") {
            progress("note: \(path) is a debug build; the figures of BENCHMARKS.md are of a release build")
        }
        return path
    }

    /// A program built beside the benchmark, if it is there.
    static func besideThisProgram(_ name: String) -> String? {
        let path = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
            .deletingLastPathComponent().appendingPathComponent(name).path
        return FileManager.default.isExecutableFile(atPath: path) ? path : nil
    }

    static func onPath(_ name: String) -> String? {
        let directories = (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":")
        return directories.map { "\($0)/\(name)" }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }
}

/// Progress for the person waiting, on standard error (the table goes to standard output).
func progress(_ message: String) {
    FileHandle.standardError.write(Data("innodash-bench: \(message)\n".utf8))
}
