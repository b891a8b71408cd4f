import Foundation
import GRDB
import InnoCore

/// What a database starts with, and what an old one needs to be migrated: given when it is
/// opened, used only when it is new or old.
public struct StoreOpening {
    /// The plans a new database is registered with (asked for only then).
    public var plans: () throws -> [StoredPlan]
    /// The figures a new database starts with, as one import (the shipped figures are read
    /// only then).
    public var seeding: () throws -> [FigureEntry]
    /// The plan an old database (figures keyed by the targets of one plan) was bound to,
    /// by its id, with the plan file it is registered from; nil when this run does not know
    /// it, and the database is left as it is with a message asking for the plan file.
    public var legacyPlan: (String) -> (plan: Plan, stored: StoredPlan)?
    /// Whether an old database bound to this plan also gets `plans` and, for every series
    /// it has no figure of, the figures `seeding` gives (a database of the shipped plan gets
    /// the other shipped plans and their figures).
    public var seedsLegacyPlan: (String) -> Bool

    public init(plans: @escaping () throws -> [StoredPlan] = { [] }, seeding: @escaping () throws -> [FigureEntry] = { [] },
                legacyPlan: @escaping (String) -> (plan: Plan, stored: StoredPlan)? = { _ in nil },
                seedsLegacyPlan: @escaping (String) -> Bool = { _ in false }) {
        self.plans = plans
        self.seeding = seeding
        self.legacyPlan = legacyPlan
        self.seedsLegacyPlan = seedsLegacyPlan
    }
}

/// What opening did to an old database: moved its figures to series, after keeping a copy
/// of the file as it was.
public struct StoreMigration: Sendable, Equatable {
    /// The schema version the file had.
    public var fromVersion: Int
    /// The copy of the file as it was before the migration.
    public var backupPath: String
    public var figures: Int
    public var revisions: Int

    public init(fromVersion: Int, backupPath: String, figures: Int, revisions: Int) {
        self.fromVersion = fromVersion
        self.backupPath = backupPath
        self.figures = figures
        self.revisions = revisions
    }
}

/// Opening a figures database: the connection settings, and the checks, migrations and
/// first plans done each time one is opened (under `DatabaseFile.whileSettingUp`).
enum DatabaseSetup {
    /// A connection that waits for other processes' transactions instead of failing.
    static func open(_ path: String) throws -> DatabaseQueue {
        var configuration = Configuration()
        configuration.busyMode = .timeout(SQLiteFigureStore.busyTimeout)
        configuration.label = "innodash figures"
        return try DatabaseQueue(path: path, configuration: configuration)
    }

    /// Checks what the file holds and migrates it (keeping a copy of an old file first);
    /// registers a new database's plans and loads its figures. Writes nothing to a file that
    /// is not an innodash database or comes from a newer schema. Returns whether the
    /// database was new, and the migration done, if any.
    static func prepare(_ database: DatabaseQueue, path: String, opening: StoreOpening, at time: Date) throws -> (isNew: Bool, migration: StoreMigration?) {
        _ = try database.read { db in try DatabaseFile.inspect(db, path: path) }
        try database.writeWithoutTransaction { db in
            guard try String.fetchOne(db, sql: "PRAGMA journal_mode = WAL") == "wal" else {
                throw StoreOpenError(.cannotOpen, "cannot switch \(path) to write-ahead logging; choose another --db path")
            }
        }
        let (version, legacyPlanID) = try database.read { db in
            (try Int.fetchOne(db, sql: "PRAGMA user_version") ?? 0,
             try db.tableExists("meta") ? try String.fetchOne(db, sql: "SELECT value FROM meta WHERE key = 'plan_id'") : nil)
        }
        let legacy = version < StoreSchema.version ? legacyPlanID.flatMap(opening.legacyPlan) : nil
        var migration: StoreMigration?
        let migrator = StoreSchema.migrations(legacyPlan: legacy?.plan)
        if try !database.read(migrator.hasCompletedMigrations) {
            if version >= 1, let legacyPlanID {
                guard legacy != nil else { throw needsPlanFile(path, planID: legacyPlanID) }
                let backup = try keepCopy(of: database, path: path)
                let (figures, revisions) = try database.read { db in
                    (try Int.fetchOne(db, sql: "SELECT count(*) FROM figure") ?? 0, try Int.fetchOne(db, sql: "SELECT count(*) FROM revision") ?? 0)
                }
                migration = StoreMigration(fromVersion: version, backupPath: backup, figures: figures, revisions: revisions)
            }
            do {
                try migrator.migrate(database)
            } catch let missing as LegacyPlanMissing {
                throw needsPlanFile(path, planID: missing.planID ?? "?")
            }
        }
        return try database.writeWithoutTransaction { db in
            var isNew = false
            try db.inTransaction(.immediate) {
                if let legacy {
                    try PlanRows.register(legacy.stored, at: time, in: db)
                    if opening.seedsLegacyPlan(legacy.plan.info.id) {
                        try registerAndSeed(opening, onlyNewSeries: true, at: time, in: db)
                    }
                    try MetaRecord(key: MetaKey.createdAt.rawValue, value: StoredDate.iso8601(time)).upsert(db)
                    return .commit
                }
                guard try MetaRecord.fetchOne(db, key: MetaKey.createdAt.rawValue) == nil else { return .commit }
                try MetaRecord(key: MetaKey.createdAt.rawValue, value: StoredDate.iso8601(time)).insert(db)
                try registerAndSeed(opening, onlyNewSeries: false, at: time, in: db)
                isNew = true
                return .commit
            }
            return (isNew, migration)
        }
    }

    /// Registers the opening's plans that are not registered yet, and imports its figures
    /// (only those of series without any figure, with `onlyNewSeries`) as one change.
    private static func registerAndSeed(_ opening: StoreOpening, onlyNewSeries: Bool, at time: Date, in db: Database) throws {
        let registered = Set(try PlanRows.all(db).map(\.id))
        for plan in try opening.plans() where !registered.contains(plan.id) {
            try PlanRows.register(plan, at: time, in: db)
        }
        var seed = try opening.seeding()
        if onlyNewSeries {
            let held = Set(try Row.fetchAll(db, sql: "SELECT DISTINCT region, indicator FROM revision").map { SeriesID(region: $0[0], indicator: $0[1]) })
            seed.removeAll { held.contains($0.series) }
        }
        let rows = try RevisionPlanner.importRows(seed.map(FigureUpdate.init), current: { s, y in try StoreRows.figure(db, s, y) },
                                                  firstID: StoreRows.nextID(db), at: time)
        try StoreRows.write(rows, to: db)
    }

    /// Copies the database, as it is, to `PATH.v1-backup` (or `.v1-backup-2`, … when that
    /// exists), readable by its owner only. Returns the copy's path.
    private static func keepCopy(of database: DatabaseQueue, path: String) throws -> String {
        var backup = path + ".v1-backup"
        var number = 2
        while FileManager.default.fileExists(atPath: backup) {
            backup = path + ".v1-backup-\(number)"
            number += 1
        }
        guard try DatabaseFile.createPrivateFile(backup) else {
            throw StoreOpenError(.cannotCreate, "cannot keep a copy of \(path) before migrating it: \(backup) appeared meanwhile; try again")
        }
        do {
            let copy = try DatabaseQueue(path: backup)
            try database.backup(to: copy)
            try copy.close()
        } catch {
            DatabaseFile.remove(backup)
            let reason = DatabaseErrorMessage.openError(error, path: backup).message
            throw StoreOpenError(.cannotCreate, "cannot keep a copy of \(path) before migrating it: \(reason). The file was not changed.")
        }
        return backup
    }

    private static func needsPlanFile(_ path: String, planID: String) -> StoreOpenError {
        StoreOpenError(.otherPlan, "\(path) was made by an earlier innodash and holds the figures of the plan \"\(planID)\"; open it once with that plan's file (--targets FILE) so that its figures can move to the series the plan's targets track. The file was not changed.")
    }
}

/// The rows of the `plan` table.
enum PlanRows {
    static func all(_ db: Database) throws -> [StoredPlan] {
        try Row.fetchAll(db, sql: "SELECT id, content, file, shipped FROM plan ORDER BY registered_at, rowid").map {
            StoredPlan(id: $0[0], content: $0[1], file: $0[2], isShipped: $0[3])
        }
    }

    static func list(_ db: Database) throws -> [RegisteredPlan] {
        try Row.fetchAll(db, sql: "SELECT id, file, shipped, digest FROM plan ORDER BY registered_at, rowid").map {
            // No digest (a row another program wrote): matches no file, so the bytes are read.
            RegisteredPlan(id: $0[0], file: $0[1], isShipped: $0[2], digest: $0[3] as Data? ?? Data())
        }
    }

    static func register(_ plan: StoredPlan, at time: Date, in db: Database) throws {
        try db.execute(sql: """
            INSERT INTO plan (id, content, file, shipped, registered_at, digest) VALUES (?, ?, ?, ?, ?, ?)
            ON CONFLICT (id) DO UPDATE SET content = excluded.content, file = excluded.file, shipped = excluded.shipped,
                digest = excluded.digest
            """, arguments: [plan.id, plan.content, plan.file, plan.isShipped, StoredDate.iso8601(time), ReadPlans.digest(of: plan.content)])
        try ReadPlans.dropUnregistered(db)
    }
}
