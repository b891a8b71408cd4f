import Foundation
import GRDB
import InnoCore

/// Reading and writing the rows of one change, for the store and for the setting up of a
/// new database. Prepared statements rather than records: an import writes a hundred
/// thousand rows in seconds.
enum StoreRows {
    /// Appends the rows to `revision`, leaves each figure in `figure` as the last of its
    /// rows leaves it, and packs the series changed (`SeriesPacks`).
    static func write(_ rows: [Revision], to db: Database) throws {
        try writeRows(rows, to: db)
        // Also after a change of no figure (a plan, the scenario): a series changed by
        // another program is packed again.
        try SeriesPacks.refresh(db)
    }

    private static func writeRows(_ rows: [Revision], to db: Database) throws {
        let ids = rows.lazy.map(\.id)
        guard let firstID = ids.min(), let lastID = ids.max() else { return }
        var revisions = BatchInsert(db, """
            INSERT INTO revision (id, change, region, indicator, year, action, old_value, old_source, old_note, old_preliminary,
                                  new_value, source, note, preliminary, at, undoes) VALUES
            """, columns: 16)
        // The rows of a change share their time: written as text once, as formatting a date
        // costs more than writing the row.
        var time: (date: Date, value: DatabaseValue)?
        // Which figures a change leaves cleared: only asked when some row clears one (an
        // import never does), as it costs a dictionary entry per row.
        let anyCleared = rows.contains { $0.newValue == nil }
        var clearedLast: [FigureKey: Bool] = [:]
        for row in rows {
            let at: DatabaseValue
            if let time, time.date == row.at {
                at = time.value
            } else {
                at = row.at.databaseValue
                time = (row.at, at)
            }
            revisions.append(row.id.databaseValue)
            revisions.append(row.change.databaseValue)
            revisions.append(row.series.region.databaseValue)
            revisions.append(row.series.indicator.databaseValue)
            revisions.append(row.year.databaseValue)
            revisions.append(row.action.rawValue.databaseValue)
            revisions.append(row.oldValue.databaseValue)
            revisions.append(row.oldSource.databaseValue)
            revisions.append(row.oldNote.databaseValue)
            revisions.append(row.oldPreliminary.databaseValue)
            revisions.append(row.newValue.databaseValue)
            revisions.append(row.source.databaseValue)
            revisions.append(row.note.databaseValue)
            revisions.append(row.isPreliminary.databaseValue)
            revisions.append(at)
            revisions.append(row.undoes.databaseValue)
            try revisions.endRow()
            if anyCleared { clearedLast[FigureKey(series: row.series, year: row.year)] = row.newValue == nil }
        }
        try revisions.flush()
        // Each figure from the rows just written, in order, so that a later row of the same
        // figure replaces an earlier one: one statement, however large the change.
        try db.execute(sql: """
            INSERT OR REPLACE INTO figure (region, indicator, year, value, source, note, preliminary, entered_at)
            SELECT region, indicator, year, new_value, source, note, preliminary, at FROM revision
            WHERE id BETWEEN ? AND ? AND new_value IS NOT NULL ORDER BY id
            """, arguments: [firstID, lastID])
        let delete = try db.cachedStatement(sql: "DELETE FROM figure WHERE region = ? AND indicator = ? AND year = ?")
        for (key, cleared) in clearedLast where cleared {
            try delete.execute(arguments: [key.series.region, key.series.indicator, key.year])
        }
    }

    private struct FigureKey: Hashable {
        var series: SeriesID
        var year: Int
    }

    static func figure(_ db: Database, _ series: SeriesID, _ year: Int) throws -> FigureEntry? {
        let statement = try db.cachedStatement(sql: "SELECT value, source, note, preliminary FROM figure WHERE region = ? AND indicator = ? AND year = ?")
        guard let row = try Row.fetchOne(statement, arguments: [series.region, series.indicator, year]) else { return nil }
        return FigureEntry(series: series, year: year, value: row[0], source: row[1], note: row[2], isPreliminary: row[3])
    }

    /// Up to `size` rows of the revision log with ids below `below`, newest first.
    static func logPage(_ db: Database, below: Int64, size: Int) throws -> [Revision] {
        let statement = try db.cachedStatement(sql: "SELECT \(RevisionRows.columns) FROM revision WHERE id < ? ORDER BY id DESC LIMIT ?")
        return try Row.fetchAll(statement, arguments: [below, size]).map(RevisionRows.revision)
    }

    static func nextID(_ db: Database) throws -> Int64 {
        (try Int64.fetchOne(db, sql: "SELECT MAX(id) FROM revision") ?? 0) + 1
    }
}
