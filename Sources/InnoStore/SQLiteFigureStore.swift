import Foundation
import GRDB
import InnoCore

/// The figures store on disk: an SQLite database (WAL mode) with the current figures of
/// every series, an append-only revision log, and the plans registered in it. Every change
/// is one transaction that writes its figures and its revision rows together, so a crash
/// leaves all of a change or none of it; undo and redo walk the log (`UndoWalk`), so they
/// work across restarts and processes.
///
/// Several processes may write at once: each waits for the other's transaction (up to
/// `busyTimeout`) instead of failing.
public final class SQLiteFigureStore: CopyableStore {
    /// How long a change waits for another process's transaction before giving up.
    public static let busyTimeout: TimeInterval = 15

    public let path: String
    /// Whether opening created the database (with the opening's plans and figures).
    public private(set) var wasCreated = false
    /// The migration opening did to an old database, if any.
    public private(set) var migration: StoreMigration?
    private let database: DatabaseQueue
    private let clock: () -> Date
    /// SQLite's `data_version` when `changedElsewhere` last read it: it moves when another
    /// connection commits, never for this connection's own changes.
    private var seenDataVersion: Int?

    /// Opens the database at `path`, creating it when missing with the plans and figures of
    /// `opening`, and migrating an old one with the plan `opening` knows it by.
    public init(path: String, opening: StoreOpening = StoreOpening(), clock: @escaping () -> Date = Date.init) throws(StoreOpenError) {
        self.path = path
        self.clock = clock
        let createdFile = try DatabaseFile.exists(path) ? false : DatabaseFile.createPrivateFile(path)
        do {
            let database = try DatabaseSetup.open(path)
            self.database = database
            (wasCreated, migration) = try DatabaseFile.whileSettingUp(path) {
                try DatabaseSetup.prepare(database, path: path, opening: opening, at: clock())
            }
        } catch {
            if createdFile { DatabaseFile.remove(path) }
            throw DatabaseErrorMessage.openError(error, path: path)
        }
        seenDataVersion = dataVersion()
    }

    /// Opens a database, creating it when missing with `seed` as its first import (and no
    /// plan): how tests and tools make a store of given figures.
    public convenience init(path: String, seed: [FigureEntry], clock: @escaping () -> Date = Date.init) throws(StoreOpenError) {
        try self.init(path: path, opening: StoreOpening(seeding: { seed }), clock: clock)
    }

    // MARK: Reading

    public func figures() throws(StoreError) -> FigureSet {
        try figureReader.figures()
    }

    /// What reads the current figures, as a value that can go to another task: how a command
    /// reads the figures while it reads the plan file.
    public var figureReader: FigureReader { FigureReader(database: database, path: path) }

    public func series(_ series: SeriesID) throws(StoreError) -> [Figure] {
        try read { db in
            let rows = try Row.fetchAll(db, sql: "SELECT year, value, source, note, preliminary, entered_at FROM figure WHERE region = ? AND indicator = ? ORDER BY year",
                                        arguments: [series.region, series.indicator])
            let revised = Set(try Self.revisedFigures(db, of: series).map(\.1))
            return rows.map { row in
                // The time parsed as `figures()` parses it, to the same fraction of a second.
                let enteredAt = (row[5] as String?).flatMap { StoredDate.parse($0) } ?? (row[5] as Date?)
                return Figure(series: series, year: row[0], value: row[1], source: row[2], note: row[3], isPreliminary: row[4],
                              isRevised: revised.contains(row[0]), enteredAt: enteredAt)
            }
        }
    }

    public func entry(series: SeriesID, year: Int) throws(StoreError) -> FigureEntry? {
        try read { db in try StoreRows.figure(db, series, year) }
    }

    /// The figures (of one series, when given) that some revision set to another value
    /// than they hold now. Only a figure that was once overwritten or cleared can be one (a
    /// figure written once has one revision, which set its value), so only those are
    /// looked at.
    static func revisedFigures(_ db: Database, of series: SeriesID? = nil) throws -> [(SeriesID, Int)] {
        try Row.fetchAll(db, sql: """
            SELECT f.region, f.indicator, f.year FROM figure f
            WHERE (f.region, f.indicator, f.year) IN (
                SELECT region, indicator, year FROM revision INDEXED BY revision_rewrites WHERE old_value IS NOT NULL OR new_value IS NULL
            ) AND EXISTS (
                SELECT 1 FROM revision r
                WHERE r.region = f.region AND r.indicator = f.indicator AND r.year = f.year AND r.new_value IS NOT NULL AND r.new_value <> f.value
            )\(series == nil ? "" : " AND f.region = ? AND f.indicator = ?")
            """, arguments: StatementArguments(series.map { [$0.region, $0.indicator] } ?? [])).map { (SeriesID(region: $0[0], indicator: $0[1]), $0[2]) }
    }

    public func history(series: SeriesID, year: Int?) throws(StoreError) -> [Revision] {
        try read { db in
            let sql = "SELECT \(RevisionRows.columns) FROM revision WHERE region = ? AND indicator = ?" + (year == nil ? "" : " AND year = ?") + " ORDER BY id"
            var arguments: StatementArguments = [series.region, series.indicator]
            if let year { arguments += [year] }
            return try Row.fetchAll(db, sql: sql, arguments: arguments).map(RevisionRows.revision)
        }
    }

    public func revisions(inChange change: Int64) throws(StoreError) -> [Revision] {
        try read { db in
            // An import's change can hold many thousand rows: read them by position.
            try Row.fetchAll(db, sql: "SELECT \(RevisionRows.columns) FROM revision WHERE change = ? ORDER BY id", arguments: [change]).map(RevisionRows.revision)
        }
    }

    public func revisions(after id: Int64) throws(StoreError) -> [Revision] {
        try read { db in
            try Row.fetchAll(db, sql: "SELECT \(RevisionRows.columns) FROM revision WHERE id > ? ORDER BY id", arguments: [id]).map(RevisionRows.revision)
        }
    }

    public func revisions(since date: Date) throws(StoreError) -> [Revision] {
        try read { db in
            // Times are stored as GRDB writes them (UTC, `yyyy-MM-dd HH:mm:ss.SSS`), which
            // sort as text; the first row after `date` bounds the rest by id.
            guard let first = try Int64.fetchOne(db, sql: "SELECT min(id) FROM revision WHERE at > ?", arguments: [date]) else { return [] }
            return try Row.fetchAll(db, sql: "SELECT \(RevisionRows.columns) FROM revision WHERE id >= ? ORDER BY id", arguments: [first]).map(RevisionRows.revision)
        }
    }

    public func changedElsewhere() -> Bool {
        guard let version = dataVersion() else { return false }
        defer { seenDataVersion = version }
        return version != seenDataVersion
    }

    /// `PRAGMA data_version`, or nil when the database cannot be read (the next read or
    /// change reports why).
    private func dataVersion() -> Int? {
        try? database.inDatabase { db in try Int.fetchOne(db, sql: "PRAGMA data_version") }
    }

    // MARK: Changing

    @discardableResult
    public func record(_ entry: FigureEntry) throws(StoreError) -> Revision {
        let rows = try change { db in
            [RevisionPlanner.record(entry, over: try StoreRows.figure(db, entry.series, entry.year), firstID: try StoreRows.nextID(db), at: clock())]
        }
        return rows[0]
    }

    @discardableResult
    public func record(_ update: FigureUpdate) throws(StoreError) -> Revision? {
        try change { db in
            let current = try StoreRows.figure(db, update.series, update.year)
            return [RevisionPlanner.record(update, over: current, firstID: try StoreRows.nextID(db), at: clock())].compactMap { $0 }
        }.first
    }

    @discardableResult
    public func delete(series: SeriesID, year: Int) throws(StoreError) -> Revision? {
        try change { db in
            guard let old = try StoreRows.figure(db, series, year) else { return [] }
            return [RevisionPlanner.delete(old, firstID: try StoreRows.nextID(db), at: clock())]
        }.first
    }

    @discardableResult
    public func importFigures(_ updates: [FigureUpdate]) throws(StoreError) -> [Revision] {
        try change { db in
            let current = CurrentFigures(db)
            return try RevisionPlanner.importRows(updates, current: current.figure, firstID: StoreRows.nextID(db), at: clock())
        }
    }

    @discardableResult
    public func undo() throws(StoreError) -> Revision? {
        try change { db in
            var log = RevisionPages { below, size in try StoreRows.logPage(db, below: below, size: size) }
            let undone = try UndoWalk.changeToUndo(newestFirst: { try log.next() })
            return try RevisionPlanner.reversal(of: undone, action: .undo, current: CurrentFigures(db).figure,
                                                firstID: StoreRows.nextID(db), at: clock())
        }.first
    }

    @discardableResult
    public func redo() throws(StoreError) -> Revision? {
        try change { db in
            var log = RevisionPages { below, size in try StoreRows.logPage(db, below: below, size: size) }
            let undo = try UndoWalk.changeToRedo(newestFirst: { try log.next() })
            return try RevisionPlanner.reversal(of: undo, action: .redo, current: CurrentFigures(db).figure,
                                                firstID: StoreRows.nextID(db), at: clock())
        }.first
    }

    // MARK: The scenario

    public func scenario() throws(StoreError) -> FigureSet {
        try read { db in
            FigureSet(try Row.fetchAll(db, sql: "SELECT region, indicator, year, value FROM scenario ORDER BY region, indicator, year").map {
                Figure(series: SeriesID(region: $0[0], indicator: $0[1]), year: $0[2], value: $0[3], isScenario: true)
            })
        }
    }

    public func setScenario(series: SeriesID, year: Int, value: Double?) throws(StoreError) {
        _ = try change { db in
            if let value {
                try db.execute(sql: "INSERT OR REPLACE INTO scenario (region, indicator, year, value, at) VALUES (?, ?, ?, ?, ?)",
                               arguments: [series.region, series.indicator, year, value, StoredDate.iso8601(clock())])
            } else {
                try db.execute(sql: "DELETE FROM scenario WHERE region = ? AND indicator = ? AND year = ?", arguments: [series.region, series.indicator, year])
            }
            return []
        }
    }

    @discardableResult
    public func clearScenario() throws(StoreError) -> Int {
        var cleared = 0
        _ = try change { db in
            try db.execute(sql: "DELETE FROM scenario")
            cleared = db.changesCount
            return []
        }
        return cleared
    }

    // MARK: Plans

    public func registeredPlans() throws(StoreError) -> [StoredPlan] {
        try read { db in try PlanRows.all(db) }
    }

    public func registeredPlanList() throws(StoreError) -> [RegisteredPlan] {
        try read { db in try PlanRows.list(db) }
    }

    public func readPlan(digest: Data, reader: String) -> Plan? {
        try? database.read { db in try ReadPlans.lookUp(db, digest: digest, reader: reader) }
    }

    public func keepReadPlan(_ plan: Plan, digest: Data, reader: String) {
        try? transaction { db in try ReadPlans.keep(plan, digest: digest, reader: reader, in: db) }
    }

    public func register(_ plan: StoredPlan) throws(StoreError) {
        _ = try change { db in
            try PlanRows.register(plan, at: clock(), in: db)
            return []
        }
    }

    @discardableResult
    public func removePlan(id: String) throws(StoreError) -> Bool {
        var removed = false
        _ = try change { db in
            try db.execute(sql: "DELETE FROM plan WHERE id = ?", arguments: [id])
            removed = db.changesCount > 0
            try ReadPlans.dropUnregistered(db)
            return []
        }
        return removed
    }

    // MARK: Copying

    public func allRevisions() throws(StoreError) -> [Revision] {
        try read { db in try Row.fetchAll(db, sql: "SELECT \(RevisionRows.columns) FROM revision ORDER BY id").map(RevisionRows.revision) }
    }

    public func isEmpty() throws(StoreError) -> Bool {
        try read { db in try Int.fetchOne(db, sql: "SELECT (SELECT count(*) FROM revision) + (SELECT count(*) FROM plan)") == 0 }
    }

    public func appendCopy(of revisions: [Revision], plans: [StoredPlan], scenario: FigureSet) throws(StoreError) {
        let path = self.path, time = clock()
        _ = try change { db in
            guard try Int.fetchOne(db, sql: "SELECT (SELECT count(*) FROM revision) + (SELECT count(*) FROM plan)") == 0 else {
                throw StoreError("\(path) already holds figures or plans; copy into an empty database")
            }
            for plan in plans { try PlanRows.register(plan, at: time, in: db) }
            for figure in scenario.all {
                try db.execute(sql: "INSERT INTO scenario (region, indicator, year, value, at) VALUES (?, ?, ?, ?, ?)",
                               arguments: [figure.series.region, figure.series.indicator, figure.year, figure.value, StoredDate.iso8601(time)])
            }
            return revisions
        }
    }

    // MARK: Transactions

    /// Plans a change from the current state and writes its rows, all in one IMMEDIATE
    /// transaction (so a concurrent writer waits instead of failing half-way).
    private func change(_ plan: (Database) throws -> [Revision]) throws(StoreError) -> [Revision] {
        var rows: [Revision] = []
        do {
            try transaction { db in
                rows = try plan(db)
                try StoreRows.write(rows, to: db)
            }
        } catch let error as StoreError {
            throw error
        } catch {
            throw DatabaseErrorMessage.storeError(error, path: path)
        }
        return rows
    }

    private func transaction(_ body: (Database) throws -> Void) throws {
        try database.writeWithoutTransaction { db in
            try db.inTransaction(.immediate) {
                try body(db)
                return .commit
            }
        }
    }

    private func read<T>(_ body: (Database) throws -> T) throws(StoreError) -> T {
        do {
            return try database.read(body)
        } catch {
            throw DatabaseErrorMessage.storeError(error, path: path)
        }
    }
}
