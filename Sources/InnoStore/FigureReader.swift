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
                let statement = try db.makeStatement(sql: "SELECT region, indicator, year, value, source, note, preliminary, entered_at FROM figure")
                var figures = FigureSet()
                let rows = StatementRows(statement)
                // A series' figures come one after another (the order of the primary key), and
                // are added to the set together.
                var current = SeriesID(region: "", indicator: "")
                var series: [Figure] = []
                while try rows.next() {
                    let region = rows.bytes(0), indicator = rows.bytes(1)
                    if !current.indicator.utf8.elementsEqual(indicator) || !current.region.utf8.elementsEqual(region) {
                        figures.insert(series, of: current)
                        series = []  // handed over, not copied
                        current = SeriesID(region: String(decoding: region, as: UTF8.self), indicator: String(decoding: indicator, as: UTF8.self))
                    }
                    let enteredAt = StoredDate.parse(rows.bytes(7)) ?? DatabaseValue(value: rows.text(7)).flatMap(Date.fromDatabaseValue)
                    series.append(Figure(series: current, year: rows.integer(2), value: rows.double(3), source: rows.text(4),
                                         note: rows.text(5), isPreliminary: rows.integer(6) != 0, enteredAt: enteredAt))
                }
                figures.insert(series, of: current)
                for (series, year) in try SQLiteFigureStore.revisedFigures(db) {
                    figures.markRevised(series, year: year)
                }
                return figures
            }
        } catch {
            throw DatabaseErrorMessage.storeError(error, path: path)
        }
    }
}
