import Foundation
import GRDB
import InnoCore

/// The layout of an innodash database and the migrations that build it.
///
/// Migrations are named and never edited once shipped: a new schema is a new migration
/// appended to the list, which also raises `version`.
enum StoreSchema {
    /// `PRAGMA application_id` of every innodash database ("inno"), so that another
    /// program's SQLite file is recognised and left alone.
    static let applicationID: Int32 = 0x696E_6E6F
    /// `PRAGMA user_version` after the last migration below. A database with a higher one
    /// was made by a newer innodash and is refused.
    static let version = 6

    /// The migrations without the means to move an old database's figures to series: enough
    /// to tell whether a file is up to date or newer than this program.
    static var migrator: DatabaseMigrator { migrations(legacyPlan: nil) }

    /// The migrations. `legacyPlan` is the plan an old database is bound to (`meta.plan_id`),
    /// whose targets name the series their figures move to in the migration to series; that
    /// migration fails when the database is bound to a plan and `legacyPlan` is not it.
    static func migrations(legacyPlan: Plan?) -> DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1-figures-and-revision-log") { db in
            try db.execute(sql: """
                CREATE TABLE meta (
                    key TEXT PRIMARY KEY NOT NULL,
                    value TEXT NOT NULL
                );
                CREATE TABLE figure (
                    target TEXT NOT NULL,
                    year INTEGER NOT NULL,
                    value REAL NOT NULL,
                    source TEXT NOT NULL,
                    note TEXT NOT NULL,
                    preliminary BOOLEAN NOT NULL,
                    entered_at DATETIME NOT NULL,
                    PRIMARY KEY (target, year)
                );
                CREATE TABLE revision (
                    id INTEGER PRIMARY KEY,
                    change INTEGER NOT NULL,
                    target TEXT NOT NULL,
                    year INTEGER NOT NULL,
                    action TEXT NOT NULL CHECK (action IN ('enter', 'revise', 'delete', 'import', 'undo', 'redo')),
                    old_value REAL,
                    old_source TEXT NOT NULL,
                    old_note TEXT NOT NULL,
                    old_preliminary BOOLEAN NOT NULL,
                    new_value REAL,
                    source TEXT NOT NULL,
                    note TEXT NOT NULL,
                    preliminary BOOLEAN NOT NULL,
                    at DATETIME NOT NULL,
                    undoes INTEGER
                );
                CREATE INDEX revision_by_figure ON revision (target, year);
                CREATE INDEX revision_by_change ON revision (change);
                CREATE TRIGGER revision_is_append_only_update BEFORE UPDATE ON revision
                BEGIN SELECT RAISE(ABORT, 'the revision log is append-only'); END;
                CREATE TRIGGER revision_is_append_only_delete BEFORE DELETE ON revision
                BEGIN SELECT RAISE(ABORT, 'the revision log is append-only'); END;
                PRAGMA application_id = \(applicationID);
                PRAGMA user_version = 1;
                """)
        }
        // The figures that were ever overwritten or cleared: only they can be revised, so
        // that loading a database of 300,000 imported figures need not look up the
        // revision log of each (see `SQLiteFigureStore.figures()`).
        migrator.registerMigration("v2-index-of-rewritten-figures") { db in
            try db.execute(sql: """
                CREATE INDEX revision_rewrites ON revision (target, year) WHERE old_value IS NOT NULL OR new_value IS NULL;
                PRAGMA user_version = 2;
                """)
        }
        // Figures belong to series (a region and an indicator), not to one plan's targets, and
        // the database holds several plans. Each figure and revision of the old database moves
        // to the series its target tracks in the plan the database was bound to.
        migrator.registerMigration("v3-figures-by-series") { db in
            let planID = try String.fetchOne(db, sql: "SELECT value FROM meta WHERE key = 'plan_id'")
            if let planID, legacyPlan?.info.id != planID { throw LegacyPlanMissing(planID: planID) }
            try SeriesMigration.run(db, plan: planID == nil ? nil : legacyPlan)
            try db.execute(sql: "PRAGMA user_version = 3")
        }
        // What-if figures, apart from the official ones: no revision log, never exported.
        migrator.registerMigration("v4-scenario") { db in
            try db.execute(sql: """
                CREATE TABLE scenario (
                    region TEXT NOT NULL,
                    indicator TEXT NOT NULL,
                    year INTEGER NOT NULL,
                    value REAL NOT NULL,
                    at DATETIME NOT NULL,
                    PRIMARY KEY (region, indicator, year)
                );
                PRAGMA user_version = 4;
                """)
        }
        // Each series' figures also kept in one row, read at start instead of the figures'
        // rows (`SeriesPacks`); every series is packed here.
        migrator.registerMigration("v5-series-packs") { db in
            try db.execute(sql: SeriesPacks.schema)
            try db.execute(sql: "INSERT INTO series_unpacked SELECT DISTINCT region, indicator FROM figure")
            try SeriesPacks.refresh(db)
            try db.execute(sql: "PRAGMA user_version = 5")
        }
        // Each plan's digest, and plans kept as read (`ReadPlans`), so that a large plan is not
        // read from its JSON at every start.
        migrator.registerMigration("v6-plans-kept-read") { db in
            try db.execute(sql: "ALTER TABLE plan ADD COLUMN digest BLOB")
            for row in try Row.fetchAll(db, sql: "SELECT rowid, content FROM plan") {
                let content: Data = row[1]
                try db.execute(sql: "UPDATE plan SET digest = ? WHERE rowid = ?", arguments: [ReadPlans.digest(of: content), row[0] as Int64])
            }
            try db.execute(sql: ReadPlans.schema)
            try db.execute(sql: "PRAGMA user_version = 6")
        }
        return migrator
    }

    /// The tables of the current layout (the migration to series makes them from the old).
    static let seriesTables = """
        CREATE TABLE figure (
            region TEXT NOT NULL,
            indicator TEXT NOT NULL,
            year INTEGER NOT NULL,
            value REAL NOT NULL,
            source TEXT NOT NULL,
            note TEXT NOT NULL,
            preliminary BOOLEAN NOT NULL,
            entered_at DATETIME NOT NULL,
            PRIMARY KEY (region, indicator, year)
        );
        CREATE TABLE revision (
            id INTEGER PRIMARY KEY,
            change INTEGER NOT NULL,
            region TEXT NOT NULL,
            indicator TEXT NOT NULL,
            year INTEGER NOT NULL,
            action TEXT NOT NULL CHECK (action IN ('enter', 'revise', 'delete', 'import', 'undo', 'redo')),
            old_value REAL,
            old_source TEXT NOT NULL,
            old_note TEXT NOT NULL,
            old_preliminary BOOLEAN NOT NULL,
            new_value REAL,
            source TEXT NOT NULL,
            note TEXT NOT NULL,
            preliminary BOOLEAN NOT NULL,
            at DATETIME NOT NULL,
            undoes INTEGER
        );
        CREATE TABLE plan (
            id TEXT PRIMARY KEY NOT NULL,
            content BLOB NOT NULL,
            file TEXT NOT NULL,
            shipped BOOLEAN NOT NULL,
            registered_at DATETIME NOT NULL
        );
        """

    /// The indexes and the triggers that keep the revision log append-only.
    static let seriesIndexes = """
        CREATE INDEX revision_by_figure ON revision (region, indicator, year);
        CREATE INDEX revision_by_change ON revision (change);
        CREATE INDEX revision_rewrites ON revision (region, indicator, year) WHERE old_value IS NOT NULL OR new_value IS NULL;
        CREATE TRIGGER revision_is_append_only_update BEFORE UPDATE ON revision
        BEGIN SELECT RAISE(ABORT, 'the revision log is append-only'); END;
        CREATE TRIGGER revision_is_append_only_delete BEFORE DELETE ON revision
        BEGIN SELECT RAISE(ABORT, 'the revision log is append-only'); END;
        """
}

/// An old database's plan is not known to this run: the migration needs its file.
struct LegacyPlanMissing: Error {
    var planID: String?
}

/// Keys of the `meta` table.
enum MetaKey: String {
    /// The id of the plan a database of schema 1 or 2 held the figures of; gone after the
    /// migration to series.
    case planID = "plan_id"
    /// When the database was created.
    case createdAt = "created_at"
}

/// A row of the `meta` table.
struct MetaRecord: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "meta"
    var key: String
    var value: String
}
