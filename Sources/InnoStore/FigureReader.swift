import Foundation
import GRDB
import InnoCore

/// Reads the current figures of an SQLite store. A value (the database connection is safe
/// to share), so a command can read the figures in a child task while it reads the plan
/// file (`SQLiteFigureStore.figureReader`).
public struct FigureReader: Sendable {
    let database: DatabaseQueue
    let path: String

    /// Every current figure, the revised ones marked.
    public func figures() throws(StoreError) -> FigureSet {
        do {
            return try database.read { db in
                // Every figure, read through SQLite's C interface with dates parsed by
                // arithmetic: this runs each time innodash starts, over 300,000 figures for a
                // large plan.
                let statement = try db.makeStatement(sql: "SELECT target, year, value, source, note, preliminary, entered_at FROM figure")
                var figures = FigureSet()
                let rows = StatementRows(statement)
                // A target's figures come one after another (the order they were written), and
                // are added to the set together.
                var targetID = ""
                var series: [Figure] = []
                while try rows.next() {
                    let target = rows.bytes(0)
                    if !targetID.utf8.elementsEqual(target) {
                        figures.insert(series, of: targetID)
                        series = []  // handed over, not copied
                        targetID = String(decoding: target, as: UTF8.self)
                    }
                    let enteredAt = StoredDate.parse(rows.bytes(6)) ?? DatabaseValue(value: rows.text(6)).flatMap(Date.fromDatabaseValue)
                    series.append(Figure(targetID: targetID, year: rows.integer(1), value: rows.double(2), source: rows.text(3),
                                         note: rows.text(4), isPreliminary: rows.integer(5) != 0, enteredAt: enteredAt))
                }
                figures.insert(series, of: targetID)
                for (targetID, year) in try SQLiteFigureStore.revisedFigures(db) {
                    figures.markRevised(targetID, year: year)
                }
                return figures
            }
        } catch {
            throw DatabaseErrorMessage.storeError(error, path: path)
        }
    }
}
