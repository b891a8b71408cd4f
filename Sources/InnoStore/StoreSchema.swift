import GRDB

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
    static let version = 2

    static var migrator: DatabaseMigrator {
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
        return migrator
    }
}

/// Keys of the `meta` table.
enum MetaKey: String {
    /// The id of the plan the database holds figures for.
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
