import Foundation
import GRDB
import InnoTestSupport
import Testing

/// The figures database under the dashboard: the dashboard killed while it saves, the
/// disk full under it, a database on a read-only file system. Nothing the dashboard said
/// was saved is lost, the database stays sound, and the analyst is told what to do.
@Suite(.enabled(if: TmuxSession.isAvailable, "tmux is not installed"))
struct DashboardStoreTests {
    /// Five targets with a goal for 2040 from a baseline of 2000, so every year from 2000
    /// on is in the plan (and the as-of year given is kept).
    static let plan: String = {
        let targets = (0..<5).map { i in
            #"{"id": "t\#(i)", "group": "g", "kind": "numeric", "name": {"en": "T\#(i)", "zh": "T\#(i)"}, "unit": {"en": "x", "zh": "x"}, "#
                + #""comparator": ">=", "value": 50, "decimals": 1, "deadline": 2040, "baseline": {"year": 2000}, "quote": "q", "source": "generated"}"#
        }
        return #"{"plan": {"id": "kill", "title": {"en": "Kill", "zh": "Kill"}, "region": {"en": "Test", "zh": "Test"}, "source": "generated"}, "#
            + #""groups": [{"id": "g", "name": {"en": "G", "zh": "G"}}], "targets": ["# + targets.joined(separator: ",") + "]}\n"
    }()

    /// What the database holds, read as innodash would after a crash (SQLite recovers the
    /// write-ahead log of the killed process first).
    static func inspect(_ path: String) throws -> (integrity: String, figures: [String: Double]) {
        let database = try DatabaseQueue(path: path)
        defer { try? database.close() }
        return try database.read { db in
            let integrity = try String.fetchOne(db, sql: "PRAGMA integrity_check") ?? ""
            let rows = try Row.fetchAll(db, sql: "SELECT region || '/' || indicator AS target, year, value FROM figure")
            return (integrity, Dictionary(uniqueKeysWithValues: rows.map { ("\($0["target"] as String) \($0["year"] as Int)", $0["value"] as Double) }))
        }
    }

    /// Sixteen times: the dashboard opens on the entry grid, a value is typed and saved with
    /// Enter, and the program is killed (SIGKILL) a seeded random moment later, before or
    /// after its "Saved". After every kill the database is sound and holds every figure the
    /// screen said was saved, and all those of the runs before.
    @Test func killingTheDashboardWhileItSavesKeepsEveryFigureItReportedSaved() throws {
        let folder = try TemporaryFolder()
        try folder.write("plan.json", Self.plan)
        let database = folder.path("kill.sqlite")
        #expect(try folder.innodash(["record", "t1", "2000", "1", "--targets", "plan.json", "--db", database]).status == 0)
        var random = SeededRandom(seed: 2016_0421)
        var confirmed: [String: Double] = ["test/t1 2000": 1]
        var killedBeforeSaved = 0
        var tmux: TmuxSession?
        for run in 0..<16 {
            let year = 2001 + run
            let arguments = ["--targets", folder.path("plan.json"), "--db", database, "--as-of", "\(year)"]
            if let tmux { try tmux.restart(arguments: arguments) } else { tmux = try TmuxSession(arguments: arguments) }
            let session = try #require(tmux)
            session.press("e")
            #expect(session.waitFor(text: "t0 \(year): no figure"), "run \(run)\n\(session.capture())")
            let pid = try #require(session.pid)
            session.type("\(run).5")
            session.press("Enter")
            // Half the kills right after Enter (0-3 ms: before, or while, it saves), half
            // later (5-40 ms: mostly after its "Saved").
            let delay = run % 2 == 0 ? random.next() % 4 : 5 + random.next() % 36
            Thread.sleep(forTimeInterval: Double(delay) / 1000)
            kill(pid, SIGKILL)
            #expect(session.waitForExit() == 128 + Int(SIGKILL), "run \(run)")
            let saved = session.capture().contains("Saved T0 \(year): \(run).5")
            if saved { confirmed["test/t0 \(year)"] = Double(run) + 0.5 } else { killedBeforeSaved += 1 }

            let (integrity, figures) = try Self.inspect(database)
            #expect(integrity == "ok", "run \(run)")
            for (cell, value) in confirmed {
                #expect(figures[cell] == value, "run \(run): \(cell) reported saved, found \(figures[cell].map { "\($0)" } ?? "nothing")")
            }
            // A figure not reported saved may be there (killed between the save and the screen), but only as typed.
            if let value = figures["test/t0 \(year)"] { #expect(value == Double(run) + 0.5) }
        }
        // The kills fell on both sides of the "Saved".
        #expect(confirmed.count - 1 >= 2 && killedBeforeSaved >= 1, "saved \(confirmed.count - 1), killed before saved \(killedBeforeSaved)")
        let export = try folder.innodash(["export", "--targets", "plan.json", "--db", database])
        #expect(export.status == 0, "\(export.error)")
    }

    /// The disk fills while the dashboard is open: a save says so and what to do, the
    /// dashboard stays up with the typed value in its cell, and Enter saves it once there is
    /// room again.
    @Test(.enabled(if: Mounts.available, Comment(rawValue: Mounts.unavailableReason)))
    func aFullDiskUnderTheDashboardIsAMessageAndTheTypedValueStaysToRetry() throws {
        let folder = try TemporaryFolder()
        let disk = folder.path("disk")
        try Mounts.tmpfs(at: disk, size: "1m")
        defer { Mounts.unmount(disk) }
        let database = disk + "/f.sqlite"
        #expect(try folder.innodash(["record", "rd_gdp", "2021", "2.2", "--db", database]).status == 0)

        let tmux = try TmuxSession(arguments: ["--as-of", "2020", "--db", database])
        #expect(tmux.waitFor(text: "R&D expenditure"))
        tmux.press("j", "j", "e", "l")
        #expect(tmux.waitFor(text: "tech_progress 2021: no figure"), "\(tmux.capture())")
        Mounts.fill(disk)
        tmux.type("61.5")
        tmux.press("Enter")
        #expect(tmux.waitFor(text: "Not saved: the disk holding"), "\(tmux.capture())")
        let screen = tmux.capture()
        #expect(screen.contains("is full; free some"), "\(screen)")  // the reason, wrapped under the grid
        #expect(screen.contains("tech_progress 2021: typing"), "the value is still being typed:\n\(screen)")
        let row = try #require(screen.components(separatedBy: "\n").first { $0.contains("Tech progress") })
        #expect(row.contains("61.5"), "the typed value stays in its cell:\n\(screen)")
        #expect(try Self.inspect(database).figures["chongqing/tech_progress 2021"] == nil)

        try FileManager.default.removeItem(atPath: disk + "/filler")
        tmux.press("Enter")
        #expect(tmux.waitFor(text: "Saved Tech progress contribution to growth 2021: 61.5."), "\(tmux.capture())")
        tmux.press("q")
        #expect(tmux.waitForExit() == 0)
        let after = try Self.inspect(database)
        #expect(after.integrity == "ok")
        #expect(after.figures["chongqing/tech_progress 2021"] == 61.5 && after.figures["chongqing/rd_intensity 2021"] == 2.2)
    }

    /// A database on a read-only file system: the dashboard says so before it takes the
    /// terminal, and leaves the terminal exactly as it was: not one escape sequence written.
    @Test(.enabled(if: Mounts.available, Comment(rawValue: Mounts.unavailableReason)))
    func aDatabaseOnAReadOnlyFileSystemIsAMessageAndTheTerminalIsUntouched() throws {
        let folder = try TemporaryFolder()
        let share = folder.path("share")
        try FileManager.default.createDirectory(atPath: share, withIntermediateDirectories: false)
        let database = share + "/f.sqlite"
        #expect(try folder.innodash(["record", "rd_gdp", "2021", "2.2", "--db", database]).status == 0)
        let before = try Data(contentsOf: URL(fileURLWithPath: database))
        try Mounts.readOnlyBind(share)
        defer { Mounts.unmount(share) }

        let tmux = try TmuxSession(arguments: ["--db", database], recordOutput: true)
        #expect(tmux.waitForExit() == 74, "\(tmux.capture())")
        let screen = tmux.capture()
        #expect(screen.contains("innodash: cannot write to the database"), "\(screen)")
        #expect(screen.contains("it is on a read-only file system; copy it to a writable folder"), "\(screen)")
        #expect(tmux.output.range(of: Data([0x1B])) == nil, "escape sequences written: \(String(decoding: tmux.output, as: UTF8.self).debugDescription)")
        #expect(tmux.file("stty-before") == tmux.file("stty-after"))
        #expect(tmux.modes == tmux.normalModes)
        #expect(try Data(contentsOf: URL(fileURLWithPath: database)) == before)
    }
}
