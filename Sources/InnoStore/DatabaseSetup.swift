import Foundation
import GRDB
import InnoCore

/// Opening a figures database: the connection settings, and the checks, migrations and
/// binding to the plan done each time one is opened (under `DatabaseFile.whileSettingUp`).
enum DatabaseSetup {
    /// A connection that waits for other processes' transactions instead of failing.
    static func open(_ path: String) throws -> DatabaseQueue {
        var configuration = Configuration()
        configuration.busyMode = .timeout(SQLiteFigureStore.busyTimeout)
        configuration.label = "innodash figures"
        return try DatabaseQueue(path: path, configuration: configuration)
    }

    /// Checks what the file holds, migrates it and binds it to the plan (loading the seed
    /// when it is new); writes nothing to a file that is not an innodash database or comes
    /// from a newer schema. With no `planID`, takes the plan the database is bound to, and
    /// refuses one bound to none. Returns whether the database was new, and its plan.
    static func prepare(_ database: DatabaseQueue, path: String, planID: String?, seed: () throws -> [FigureEntry],
                        at time: Date) throws -> (isNew: Bool, planID: String) {
        _ = try database.read { db in try DatabaseFile.inspect(db, path: path) }
        try database.writeWithoutTransaction { db in
            guard try String.fetchOne(db, sql: "PRAGMA journal_mode = WAL") == "wal" else {
                throw StoreOpenError(.cannotOpen, "cannot switch \(path) to write-ahead logging; choose another --db path")
            }
        }
        let migrator = StoreSchema.migrator
        if try !database.read(migrator.hasCompletedMigrations) {
            try migrator.migrate(database)
        }
        return try database.writeWithoutTransaction { db in
            var isNew = false
            var boundID = planID ?? ""
            try db.inTransaction(.immediate) {
                if let bound = try MetaRecord.fetchOne(db, key: MetaKey.planID.rawValue) {
                    if let planID, bound.value != planID {
                        throw StoreOpenError(.otherPlan, "\(path) holds the figures of the plan \"\(bound.value)\", not of \"\(planID)\"; open it with that plan's --targets file, or choose another --db path for this plan")
                    }
                    boundID = bound.value
                    return .commit
                }
                guard let planID else {
                    throw StoreOpenError(.cannotOpen, "\(path) is not bound to a plan yet; open it with the plan's --targets file")
                }
                try MetaRecord(key: MetaKey.planID.rawValue, value: planID).insert(db)
                try MetaRecord(key: MetaKey.createdAt.rawValue, value: StoredDate.iso8601(time)).insert(db)
                let rows = try RevisionPlanner.importRows(try seed().map(FigureUpdate.init), current: { t, y in try StoreRows.figure(db, t, y) },
                                                          firstID: StoreRows.nextID(db), at: time)
                try StoreRows.write(rows, to: db)
                isNew = true
                return .commit
            }
            return (isNew, boundID)
        }
    }
}
