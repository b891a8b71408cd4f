import Foundation
import GRDB
import Testing

/// What happens to the database when processes die or write at the same time.
@Suite struct ProcessSafetyTests {
    let folder = WorkFolder()

    /// Figure and revision rows, and SQLite's own verdict on the file.
    func inspect(_ name: String) throws -> (figures: Int, revisions: Int, integrity: String) {
        let database = try DatabaseQueue(path: folder.path(name))
        defer { try? database.close() }
        return try database.read { db in
            (try Int.fetchOne(db, sql: "SELECT count(*) FROM figure") ?? -1,
             try Int.fetchOne(db, sql: "SELECT count(*) FROM revision") ?? -1,
             try String.fetchOne(db, sql: "PRAGMA integrity_check") ?? "")
        }
    }

    @Test func killingAnImportOfAHundredThousandRowsLeavesNoneOrAllOfThem() throws {
        try folder.write("plan.json", generatedPlan(targets: 500))
        var csv = "target,year,value,preliminary,source,note\n"
        for target in 0..<500 {
            for year in 1901...2100 { csv += "t\(target),\(year),\(target).\(year),no,generated \(target),\n" }
        }
        try folder.write("bulk.csv", csv)

        var killedMidway = false
        for attempt in 1...4 where !killedMidway {
            let database = "bulk\(attempt).sqlite"
            #expect(try Program.innodash(["export", "--targets", "plan.json", "--db", database], in: folder.url).status == 0)
            // innodash says "importing …" on standard error just before its transaction starts.
            let progress = Pipe()
            let (process, _, _) = try Program.start("innodash", ["import", "bulk.csv", "--targets", "plan.json", "--db", database],
                                                    in: folder.url, stderr: progress)
            let said = progress.fileHandleForReading.availableData
            #expect(String(decoding: said, as: UTF8.self).hasPrefix("importing 100000 figures"))
            Thread.sleep(forTimeInterval: 0.3 * Double(attempt))
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()

            let (figures, revisions, integrity) = try inspect(database)
            #expect(integrity == "ok")
            #expect(figures == 0 || figures == 100_000, "attempt \(attempt): \(figures) figures")
            #expect(revisions == figures)
            killedMidway = process.terminationReason == .uncaughtSignal && figures == 0
            // The database stays usable after the crash.
            let record = try Program.innodash(["record", "t1", "2000", "5", "--targets", "plan.json", "--db", database], in: folder.url)
            #expect(record.status == 0, "\(record.stderr)")
        }
        #expect(killedMidway, "no kill landed during the import's transaction")
    }

    @Test func twoProcessesRecordingAtOnceLoseNothing() throws {
        // Both start on a database that does not exist yet, and record 500 figures each, one
        // transaction per figure, with a millisecond between two.
        let database = folder.path("shared.sqlite")
        let writers = try ["a", "b"].map { prefix in
            try Program.start("StoreWriter", [database, "writers", prefix, "500", "1"], in: folder.url)
        }
        for (process, _, errors) in writers {
            process.waitUntilExit()
            #expect(process.terminationStatus == 0, "\((try? String(contentsOf: errors, encoding: .utf8)) ?? "")")
        }
        let (figures, revisions, integrity) = try inspect("shared.sqlite")
        #expect(figures == 1000)
        #expect(revisions == 1000)
        #expect(integrity == "ok")
        // They did write at the same time: the log alternates between the two.
        let queue = try DatabaseQueue(path: database)
        let writersInOrder = try queue.read { try String.fetchAll($0, sql: "SELECT source FROM revision ORDER BY id") }
        let switches = zip(writersInOrder, writersInOrder.dropFirst()).filter { $0 != $1 }.count
        #expect(switches >= 10)
    }
}
