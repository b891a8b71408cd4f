import Foundation

/// A plan and its figures on disk, ready for the benchmark: the plan file, the figures as
/// a CSV (what VisiData opens and `innodash import` reads) and the database innodash uses.
struct Workload {
    /// How the table names it: "shipped" or "10000 targets".
    var name: String
    var directory: String
    var planPath: String
    var csvPath: String
    var databasePath: String
    var isShipped: Bool
    var targetCount: Int
    /// Data rows of the CSV.
    var csvRows: Int

    /// The global options that point innodash at this plan and database.
    var innodashOptions: [String] {
        isShipped ? ["--db", databasePath] : ["--targets", planPath, "--db", databasePath]
    }

    /// The shipped plan and figures, from the repository (innodash has them embedded). The
    /// database is made the way an analyst's first launch makes it (seeded with the
    /// shipped figures) by `innodash summary`.
    static func shipped(innodash: String, in root: String) throws -> Workload {
        let resources = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("innodash/Resources").path
        let directory = root + "/shipped"
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        let csv = resources + "/chongqing-published.csv"
        let rows = try String(contentsOfFile: csv, encoding: .utf8).split(separator: "\n").count - 1
        let plan = resources + "/targets.json"
        let data = try Data(contentsOf: URL(fileURLWithPath: plan))
        let targets = ((try JSONSerialization.jsonObject(with: data) as? [String: Any])?["targets"] as? [Any])?.count ?? 0
        let workload = Workload(name: "shipped", directory: directory, planPath: plan, csvPath: csv,
                                databasePath: directory + "/innodash.sqlite", isShipped: true, targetCount: targets, csvRows: rows)
        _ = try CommandRun.run(innodash, ["summary"] + workload.innodashOptions, in: directory)
        return workload
    }

    /// The shipped plan and figures in a PostgreSQL database (empty at first: innodash sets
    /// it up and loads the shipped figures, as on an analyst's first launch).
    static func shippedOnPostgres(_ url: String, besides shipped: Workload, innodash: String) throws -> Workload {
        var workload = shipped
        workload.name = "shipped, PostgreSQL"
        workload.databasePath = url
        _ = try CommandRun.run(innodash, ["summary"] + workload.innodashOptions, in: workload.directory)
        return workload
    }

    /// A synthetic plan of `targets` targets: plan file and CSV written, database not yet
    /// made (the import makes it).
    static func synthetic(targets: Int, seed: UInt64, in root: String) throws -> Workload {
        let plan = SyntheticPlan(targetCount: targets, seed: seed)
        let directory = root + "/synthetic-\(targets)"
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        let workload = Workload(name: "\(targets) targets", directory: directory, planPath: directory + "/plan.json",
                                csvPath: directory + "/figures.csv", databasePath: directory + "/figures.sqlite",
                                isShipped: false, targetCount: targets, csvRows: plan.figureCount)
        try plan.planJSON().write(to: URL(fileURLWithPath: workload.planPath))
        try plan.figuresCSV().write(to: URL(fileURLWithPath: workload.csvPath))
        return workload
    }

    /// Removes the database and its WAL files, for an import into a new database.
    func removeDatabase() {
        for suffix in ["", "-wal", "-shm"] {
            try? FileManager.default.removeItem(atPath: databasePath + suffix)
        }
    }
}
