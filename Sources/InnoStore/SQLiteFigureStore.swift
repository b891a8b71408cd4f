import Foundation
import GRDB
import InnoCore

/// The figures store on disk: an SQLite database (WAL mode) with the current figures and an
/// append-only revision log. Every change is one transaction that writes its figures and
/// its revision rows together, so a crash leaves all of a change or none of it; undo and
/// redo walk the log (`UndoWalk`), so they work across restarts and processes.
///
/// A database belongs to one plan: the plan id is kept in its `meta` table, and opening it
/// with another plan is refused. Several processes may write at once: each waits for the
/// other's transaction (up to `busyTimeout`) instead of failing.
public final class SQLiteFigureStore: FigureStore {
    /// How long a change waits for another process's transaction before giving up.
    public static let busyTimeout: TimeInterval = 15

    public let path: String
    /// The plan whose figures the database holds.
    public let planID: String
    /// Whether opening created the database (and loaded the seed figures into it).
    public private(set) var wasCreated = false
    private let database: DatabaseQueue
    private let clock: () -> Date
    /// SQLite's `data_version` when `changedElsewhere` last read it: it moves when another
    /// connection commits, never for this connection's own changes.
    private var seenDataVersion: Int?

    /// Opens the database at `path` for the plan `planID`, creating it when missing. A new
    /// database gets `seed` as one imported change, in order.
    public convenience init(path: String, planID: String, seed: [FigureEntry] = [], clock: @escaping () -> Date = Date.init) throws(StoreOpenError) {
        try self.init(path: path, planID: planID, seeding: { seed }, clock: clock)
    }

    /// Opens the database at `path` for the plan `planID`, creating it when missing; only
    /// a new database calls `seeding` for the figures it starts with (the shipped figures
    /// are read only on first launch).
    public convenience init(path: String, planID: String, seeding: () throws -> [FigureEntry], clock: @escaping () -> Date = Date.init) throws(StoreOpenError) {
        try self.init(path: path, planID: Optional(planID), seeding: seeding, clock: clock)
    }

    /// Opens the database that already exists at `path`, for the plan it holds the figures
    /// of (`planID` tells which): so they can be read before the plan file is. Refuses a
    /// missing file, and one not yet bound to a plan.
    public convenience init(existingAt path: String, clock: @escaping () -> Date = Date.init) throws(StoreOpenError) {
        guard try DatabaseFile.exists(path) else {
            throw StoreOpenError(.cannotOpen, "\(path) does not exist")
        }
        try self.init(path: path, planID: nil, seeding: { [] }, clock: clock)
    }

    private init(path: String, planID: String?, seeding: () throws -> [FigureEntry], clock: @escaping () -> Date) throws(StoreOpenError) {
        self.path = path
        self.clock = clock
        let createdFile = try DatabaseFile.exists(path) ? false : DatabaseFile.createPrivateFile(path)
        do {
            let database = try DatabaseSetup.open(path)
            self.database = database
            (wasCreated, self.planID) = try DatabaseFile.whileSettingUp(path) {
                try DatabaseSetup.prepare(database, path: path, planID: planID, seed: seeding, at: clock())
            }
        } catch {
            if createdFile { DatabaseFile.remove(path) }
            throw DatabaseErrorMessage.openError(error, path: path)
        }
        seenDataVersion = dataVersion()
    }

    // MARK: Reading

    public func figures() throws(StoreError) -> FigureSet {
        try figureReader.figures()
    }

    /// What reads the current figures, as a value that can go to another task: how a command
    /// reads the figures while it reads the plan file.
    public var figureReader: FigureReader { FigureReader(database: database, path: path) }

    public func series(_ targetID: String) throws(StoreError) -> [Figure] {
        try read { db in
            let rows = try Row.fetchAll(db, sql: "SELECT year, value, source, note, preliminary, entered_at FROM figure WHERE target = ? ORDER BY year",
                                        arguments: [targetID])
            let revised = Set(try Self.revisedFigures(db, of: targetID).map(\.1))
            return rows.map { row in
                // The time parsed as `figures()` parses it, to the same fraction of a second.
                let enteredAt = (row[5] as String?).flatMap { StoredDate.parse($0) } ?? (row[5] as Date?)
                return Figure(targetID: targetID, year: row[0], value: row[1], source: row[2], note: row[3], isPreliminary: row[4],
                              isRevised: revised.contains(row[0]), enteredAt: enteredAt)
            }
        }
    }

    public func entry(targetID: String, year: Int) throws(StoreError) -> FigureEntry? {
        try read { db in try StoreRows.figure(db, targetID, year) }
    }

    /// The figures (of one target, when given) that some revision set to another value
    /// than they hold now. Only a figure that was once overwritten or cleared can be one (a
    /// figure written once has one revision, which set its value), so only those are
    /// looked at.
    static func revisedFigures(_ db: Database, of targetID: String? = nil) throws -> [(String, Int)] {
        try Row.fetchAll(db, sql: """
            SELECT f.target, f.year FROM figure f
            WHERE (f.target, f.year) IN (
                SELECT target, year FROM revision INDEXED BY revision_rewrites WHERE old_value IS NOT NULL OR new_value IS NULL
            ) AND EXISTS (
                SELECT 1 FROM revision r
                WHERE r.target = f.target AND r.year = f.year AND r.new_value IS NOT NULL AND r.new_value <> f.value
            )\(targetID == nil ? "" : " AND f.target = ?")
            """, arguments: StatementArguments(targetID.map { [$0] } ?? [])).map { ($0[0], $0[1]) }
    }

    public func history(targetID: String, year: Int?) throws(StoreError) -> [Revision] {
        try read { db in
            var request = RevisionRecord.filter(Column("target") == targetID)
            if let year { request = request.filter(Column("year") == year) }
            return try request.order(Column("id")).fetchAll(db).map(\.revision)
        }
    }

    public func revisions(inChange change: Int64) throws(StoreError) -> [Revision] {
        try read { db in
            // An import's change can hold many thousand rows: read them by position.
            try Row.fetchAll(db, sql: "SELECT * FROM revision WHERE change = ? ORDER BY id", arguments: [change]).map(RevisionRecord.revision)
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
            [RevisionPlanner.record(entry, over: try StoreRows.figure(db, entry.targetID, entry.year), firstID: try StoreRows.nextID(db), at: clock())]
        }
        return rows[0]
    }

    @discardableResult
    public func record(_ update: FigureUpdate) throws(StoreError) -> Revision? {
        try change { db in
            let current = try StoreRows.figure(db, update.targetID, update.year)
            return [RevisionPlanner.record(update, over: current, firstID: try StoreRows.nextID(db), at: clock())].compactMap { $0 }
        }.first
    }

    @discardableResult
    public func delete(targetID: String, year: Int) throws(StoreError) -> Revision? {
        try change { db in
            guard let old = try StoreRows.figure(db, targetID, year) else { return [] }
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
            var log = LogReader(db: db)
            let undone = try UndoWalk.changeToUndo(newestFirst: { try log.next() })
            return try RevisionPlanner.reversal(of: undone, action: .undo, current: CurrentFigures(db).figure,
                                                firstID: StoreRows.nextID(db), at: clock())
        }.first
    }

    @discardableResult
    public func redo() throws(StoreError) -> Revision? {
        try change { db in
            var log = LogReader(db: db)
            let undo = try UndoWalk.changeToRedo(newestFirst: { try log.next() })
            return try RevisionPlanner.reversal(of: undo, action: .redo, current: CurrentFigures(db).figure,
                                                firstID: StoreRows.nextID(db), at: clock())
        }.first
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

/// Reads the revision log newest first, a page at a time, so that undo and redo read only
/// as far back as they need.
private struct LogReader {
    let db: Database
    private var page: [Revision] = []
    private var index = 0
    private var below = Int64.max
    private var finished = false

    init(db: Database) {
        self.db = db
    }

    mutating func next() throws -> Revision? {
        if index == page.count {
            guard !finished else { return nil }
            let statement = try db.cachedStatement(sql: "SELECT * FROM revision WHERE id < ? ORDER BY id DESC LIMIT 512")
            page = try Row.fetchAll(statement, arguments: [below]).map(RevisionRecord.revision)
            index = 0
            finished = page.count < 512
            guard let last = page.last else { return nil }
            below = last.id
        }
        defer { index += 1 }
        return page[index]
    }
}
