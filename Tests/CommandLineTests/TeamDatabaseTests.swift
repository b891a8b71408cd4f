import Foundation
import InnoPostgres
import Testing

/// The program on a team database (`--db postgres://…`), as analysts and scripts use it:
/// moving a database there and back, records at the same moment, an import killed
/// half-way, and a URL with a password.
@Suite(.enabled(if: ProcessInfo.processInfo.environment["INNODASH_TEST_POSTGRES"].map { !$0.isEmpty } ?? false,
                "INNODASH_TEST_POSTGRES is not set: no PostgreSQL server to test against (.ci/run starts one)"))
final class TeamDatabaseTests {
    let folder = WorkFolder()
    let server = ProcessInfo.processInfo.environment["INNODASH_TEST_POSTGRES"] ?? ""
    var databases: [String] = []

    deinit {
        for name in databases { try? PostgresAdmin.dropDatabase(name, besides: server) }
    }

    /// A new, empty database on the test server; its URL.
    func newDatabase() throws -> String {
        let name = "innodash_cli_" + UUID().uuidString.prefix(8).lowercased()
        databases.append(name)
        return try PostgresAdmin.createDatabase(name, besides: server)
    }

    func run(_ arguments: [String]) throws -> Program.Result {
        try Program.innodash(arguments, in: folder.url)
    }

    @Test func aDatabaseCopiedToPostgresAndBackExportsTheSameBytes() throws {
        #expect(try run(["record", "rd_gdp", "2023", "2.45", "--source", "bulletin", "--preliminary"]).status == 0)
        #expect(try run(["record", "rd_gdp", "2023", "2.51"]).status == 0)
        #expect(try run(["undo"]).status == 0)
        #expect(try run(["scenario", "set", "rd_gdp", "2025", "2.6"]).status == 0)
        let team = try newDatabase()
        let there = try run(["db", "copy", "--from", "innodash.sqlite", "--to", team])
        #expect(there.status == 0, "\(there.stderr)")
        #expect(there.stdout.hasPrefix("copied "))
        let back = try run(["db", "copy", "--from", team, "--to", "back.sqlite"])
        #expect(back.status == 0, "\(back.stderr)")
        for format in ["csv", "json"] {
            let original = try run(["export", "--format", format])
            #expect(original.status == 0 && !original.stdout.isEmpty)
            #expect(try run(["export", "--format", format, "--db", team]).stdout == original.stdout)
            #expect(try run(["export", "--format", format, "--db", "back.sqlite"]).stdout == original.stdout)
        }
        let history = try run(["history", "rd_gdp"]).stdout
        #expect(try run(["history", "rd_gdp", "--db", team]).stdout == history)
        #expect(try run(["plan", "list", "--db", team]).stdout == run(["plan", "list"]).stdout)
        // The what-if figures come along too.
        let scenario = try run(["scenario", "list"]).stdout
        #expect(scenario.contains("2.6"), "\(scenario)")
        #expect(try run(["scenario", "list", "--db", team]).stdout == scenario)
        #expect(try run(["scenario", "list", "--db", "back.sqlite"]).stdout == scenario)
        // Undo goes on where it was: the same change is taken back in both.
        #expect(try run(["undo", "--db", team]).stdout == run(["undo", "--db", "back.sqlite"]).stdout)
        let again = try run(["db", "copy", "--from", "innodash.sqlite", "--to", team])
        #expect(again.status == 74 && again.stderr.contains("already holds figures or plans"))
    }

    @Test func recordsAtTheSameMomentAreLastWriterWinsWithEveryRevisionLogged() throws {
        let team = try newDatabase()
        #expect(try run(["summary", "--db", team]).status == 0)  // set up (loads the shipped figures)
        let before = try run(["history", "rd_gdp", "2024", "--db", team]).stdout
        #expect(before.contains("no figure"))
        var processes: [Process] = []
        for writer in 0..<6 {
            let (process, _, _) = try Program.start("innodash", ["record", "rd_gdp", "2024", "2.\(writer)", "--db", team], in: folder.url)
            processes.append(process)
        }
        for process in processes { process.waitUntilExit() }
        #expect(processes.allSatisfy { $0.terminationStatus == 0 })
        let history = try run(["history", "rd_gdp", "2024", "--db", team]).stdout
        let rows = history.split(separator: "\n").filter { $0.contains(" 2024 ") }
        #expect(rows.count == 6)
        #expect(rows.first?.contains("enter") == true && rows.dropFirst().allSatisfy { $0.contains("revise") })
        #expect(history.contains("by"), "the author column")
        let last = rows.last.map { String($0) } ?? ""
        let export = try run(["export", "--format", "csv", "--db", team]).stdout
        let value = export.split(separator: "\n").first { $0.hasPrefix("chongqing,rd_intensity,2024,") }?.split(separator: ",")[3]
        #expect(value.map { last.contains("→ \($0)") } == true, "the figure is the last revision's")
    }

    @Test func anImportKilledHalfWayLeavesAllOrNothing() throws {
        try folder.write("plan.json", generatedPlan(targets: 20))
        let team = try newDatabase()
        #expect(try run(["summary", "--targets", "plan.json", "--db", team]).status == 0)
        var outcomes: Set<Int> = []
        for (run, delay) in [0.15, 0.3, 0.5, 0.8, 5.0].enumerated() {
            let rows = (0..<4000).map { "t\($0 % 20),\(1900 + $0 / 20),\(run * 10_000 + $0),no,import \(run)," }
            try folder.write("import\(run).csv", "target,year,value,preliminary,source,note\n" + rows.joined(separator: "\n") + "\n")
            let (process, _, _) = try Program.start("innodash", ["import", "import\(run).csv", "--targets", "plan.json", "--db", team], in: folder.url)
            let deadline = Date().addingTimeInterval(delay)
            while process.isRunning && Date() < deadline { Thread.sleep(forTimeInterval: 0.005) }
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            let export = try self.run(["export", "--format", "csv", "--targets", "plan.json", "--db", team]).stdout
            let imported = export.split(separator: "\n").filter { $0.hasSuffix(",import \(run),") }.count
            #expect(imported == 0 || imported == 4000, "run \(run): \(imported) of 4000 figures")
            outcomes.insert(imported)
        }
        #expect(outcomes.contains(4000), "the import left to finish finished")
    }

    @Test func aPasswordInTheURLIsRefusedWithTheHint() throws {
        let result = try run(["summary", "--db", "postgres://me:secret@localhost/figures"])
        #expect(result.status == 74)
        #expect(result.stderr.contains("PGPASSWORD") && !result.stderr.contains("secret"))
        #expect(result.stderr.split(separator: "\n").count == 1)
    }
}
