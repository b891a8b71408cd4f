import Foundation
import GRDB
import InnoCore

/// Reading and writing the rows of one change, for the store and for the setting up of a
/// new database. Prepared statements rather than records: an import writes a hundred
/// thousand rows in seconds.
enum StoreRows {
    /// Writes each row's `after` state into `figure` and the row into `revision`.
    static func write(_ rows: [Revision], to db: Database) throws {
        let upsert = try db.cachedStatement(sql: """
            INSERT OR REPLACE INTO figure (target, year, value, source, note, preliminary, entered_at) VALUES (?, ?, ?, ?, ?, ?, ?)
            """)
        let delete = try db.cachedStatement(sql: "DELETE FROM figure WHERE target = ? AND year = ?")
        let append = try db.cachedStatement(sql: """
            INSERT INTO revision (id, change, target, year, action, old_value, old_source, old_note, old_preliminary,
                                  new_value, source, note, preliminary, at, undoes)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        for row in rows {
            if let after = row.after {
                try upsert.execute(arguments: [after.targetID, after.year, after.value, after.source, after.note, after.isPreliminary, row.at])
            } else {
                try delete.execute(arguments: [row.targetID, row.year])
            }
            try append.execute(arguments: [
                row.id, row.change, row.targetID, row.year, row.action.rawValue, row.oldValue, row.oldSource, row.oldNote,
                row.oldPreliminary, row.newValue, row.source, row.note, row.isPreliminary, row.at, row.undoes,
            ])
        }
    }

    static func figure(_ db: Database, _ targetID: String, _ year: Int) throws -> FigureEntry? {
        let statement = try db.cachedStatement(sql: "SELECT value, source, note, preliminary FROM figure WHERE target = ? AND year = ?")
        guard let row = try Row.fetchOne(statement, arguments: [targetID, year]) else { return nil }
        return FigureEntry(targetID: targetID, year: year, value: row[0], source: row[1], note: row[2], isPreliminary: row[3])
    }

    static func nextID(_ db: Database) throws -> Int64 {
        (try Int64.fetchOne(db, sql: "SELECT MAX(id) FROM revision") ?? 0) + 1
    }
}
