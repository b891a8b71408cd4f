import Foundation
import InnoTestSupport
import Testing

/// Where the commands write: `--output` never replaces what it must not (the database, the
/// plan, any SQLite file) and another file only with `--force`; a write to standard output or
/// to a file that fails is a message and an exit status, never a crash or a false success.
@Suite struct OutputSafetyTests {
    let folder = WorkFolder()

    func innodash(_ arguments: String...) throws -> Program.Result {
        try Program.innodash(arguments, in: folder.url)
    }

    /// The names in the folder that are temporary files of an unfinished write.
    func temporaryFiles(in subfolder: String = "") throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: folder.path(subfolder)).filter { $0.hasSuffix(".tmp") }
    }

    /// Runs innodash with its standard output going to `path` (such as /dev/full).
    func innodash(_ arguments: [String], standardOutput path: String) throws -> (status: Int32, stderr: String) {
        let process = Process()
        process.executableURL = Program.url("innodash")
        process.arguments = arguments
        process.currentDirectoryURL = folder.url
        let error = Pipe()
        process.standardOutput = try #require(FileHandle(forWritingAtPath: path))
        process.standardError = error
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let said = error.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: said, as: UTF8.self))
    }

    @Test func outputNeverReplacesTheDatabaseThePlanOrAnySQLiteFile() throws {
        #expect(try innodash("record", "rd_gdp", "2024", "2.5").status == 0)
        let database = try #require(folder.read("innodash.sqlite"))
        for command in [["summary", "--output", "innodash.sqlite"], ["export", "-o", "innodash.sqlite"], ["summary", "-o", "./innodash.sqlite", "--force"],
                        ["export", "-o", "innodash.sqlite-wal", "--force"]] {
            let result = try Program.innodash(command, in: folder.url)
            #expect(result.status == 73, "\(command)")
            #expect(result.stderr.hasSuffix("it is the figures database in use; innodash never writes over it. Choose another file name\n")
                        || result.stderr.hasSuffix("it is a journal of the figures database in use; innodash never writes over it. Choose another file name\n"), "\(command): \(result.stderr)")
        }
        #expect(folder.read("innodash.sqlite") == database)

        // Another SQLite file, whatever its name, even with --force.
        try database.write(to: folder.url.appendingPathComponent("backup.txt"))
        let backup = try innodash("export", "--format", "json", "-o", "backup.txt", "--force")
        #expect(backup.status == 73)
        #expect(backup.stderr == "innodash: cannot write backup.txt: it is an SQLite database; innodash never writes over one. Choose another file name\n")
        #expect(folder.read("backup.txt") == database)

        // The plan file given with --targets.
        try folder.write("plan.json", generatedPlan(targets: 2))
        let plan = try #require(folder.read("plan.json"))
        let overPlan = try innodash("summary", "--targets", "plan.json", "--db", "p.sqlite", "--format", "json", "-o", "plan.json", "--force")
        #expect(overPlan.status == 73)
        #expect(overPlan.stderr == "innodash: cannot write plan.json: it is the plan file in use (--targets); innodash never writes over it. Choose another file name\n")
        #expect(folder.read("plan.json") == plan)

        // A device is not a file to replace.
        let device = try innodash("export", "-o", "/dev/null", "--force")
        #expect(device.status == 73 && device.stderr.contains("it is not a regular file"))
        #expect(try temporaryFiles().isEmpty)
    }

    @Test func anExistingFileIsReplacedOnlyWithForce() throws {
        for command in [["summary", "--format", "csv"], ["export"]] {
            try folder.write("out.csv", "keep me\n")
            let refused = try Program.innodash(command + ["-o", "out.csv"], in: folder.url)
            #expect(refused.status == 73, "\(command)")
            #expect(refused.stderr == "innodash: cannot write out.csv: the file exists; add --force to replace it, or choose another name\n")
            #expect(folder.read("out.csv") == Data("keep me\n".utf8))

            let forced = try Program.innodash(command + ["-o", "out.csv", "--force"], in: folder.url)
            #expect(forced.status == 0 && forced.stderr.isEmpty, "\(command)")
            let written = String(decoding: try #require(folder.read("out.csv")), as: UTF8.self)
            #expect(written.hasPrefix("region,") || written.hasPrefix("group,") || written.contains("rd_gdp"), "\(command)")
            try FileManager.default.removeItem(atPath: folder.path("out.csv"))
            // A new name needs no --force.
            #expect(try Program.innodash(command + ["-o", "out.csv"], in: folder.url).status == 0)
            try FileManager.default.removeItem(atPath: folder.path("out.csv"))
        }
        let pointless = try innodash("export", "--force")
        #expect(pointless.status == 64 && pointless.stderr.contains("--force applies to --output FILE"))
        #expect(try temporaryFiles().isEmpty)
    }

    @Test func aFullStandardOutputIsAMessageAndStatus74() throws {
        #expect(try innodash("record", "tech_progress", "2021", "50").status == 0)
        for command in [["summary"], ["summary", "--format", "ansi"], ["export"], ["export", "--format", "json"], ["history", "rd_gdp"],
                        ["check"], ["validate"], ["record", "rd_gdp", "2024", "2.5"], ["--help"]] {
            let result = try innodash(command, standardOutput: "/dev/full")
            #expect(result.status == 74, "\(command): \(result.stderr)")
            #expect(result.stderr == "innodash: cannot write to standard output: the disk is full; free some space and try again\n", "\(command)")
        }
    }

    @Test func aClosedPipeWithSIGPIPEIgnoredIsAQuietStatus1() throws {
        #expect(try innodash("record", "tech_progress", "2021", "50").status == 0)
        let innodash = Program.url("innodash").path
        for command in ["export", "summary", "history rd_gdp", "check"] {
            // The reader has gone before innodash writes; SIGPIPE ignored, as a shell's `trap '' PIPE` does.
            let script = "trap '' PIPE; (sleep 0.3; exec '\(innodash)' \(command) 2>stderr.txt) | true; echo ${PIPESTATUS[0]}"
            let shell = Process()
            shell.executableURL = URL(fileURLWithPath: "/bin/bash")
            shell.arguments = ["-c", script]
            shell.currentDirectoryURL = folder.url
            let said = Pipe()
            shell.standardOutput = said
            try shell.run()
            let status = String(decoding: said.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            shell.waitUntilExit()
            #expect(status == "1\n", "\(command)")
            #expect(String(decoding: folder.read("stderr.txt") ?? Data(), as: UTF8.self) == "", "\(command)")
        }
    }

    @Test(.enabled(if: Mounts.available, Comment(rawValue: Mounts.unavailableReason)))
    func aFullDiskUnderOutputIsTheSameMessageForEveryCommandAndKeepsTheOldFile() throws {
        let disk = folder.path("disk")
        try Mounts.tmpfs(at: disk, size: "256k")
        defer { Mounts.unmount(disk) }
        try folder.write("disk/old.txt", "the old file\n")
        #expect(try innodash("record", "tech_progress", "2021", "50").status == 0)
        Mounts.fill(disk)

        for command in [["summary"], ["summary", "--format", "svg"], ["export"], ["export", "--format", "json"]] {
            let result = try Program.innodash(command + ["-o", "disk/old.txt", "--force"], in: folder.url)
            #expect(result.status == 73, "\(command)")
            #expect(result.stderr == "innodash: cannot write disk/old.txt: the disk is full; free some space and try again\n", "\(command)")
            #expect(folder.read("disk/old.txt") == Data("the old file\n".utf8))
            #expect(try temporaryFiles(in: "disk").isEmpty, "\(command)")
        }
        // Standard output into a file on that disk: `innodash summary > disk/o.txt`.
        for command in [["summary"], ["export"], ["history", "rd_gdp"], ["check"]] {
            #expect(FileManager.default.createFile(atPath: disk + "/o.txt", contents: nil))
            let result = try innodash(command, standardOutput: disk + "/o.txt")
            #expect(result.status == 74, "\(command)")
            #expect(result.stderr == "innodash: cannot write to standard output: the disk is full; free some space and try again\n", "\(command)")
        }
    }
}
