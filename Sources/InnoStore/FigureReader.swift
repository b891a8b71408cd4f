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
                var figures = FigureSet()
                var sources = Figures.Sources()
                // Each series from its pack (`SeriesPacks`), read through SQLite's C interface:
                // this runs each time innodash starts, over 10,000 series for a large plan.
                var unreadable: [SeriesID] = []
                let packs = StatementRows(try db.makeStatement(sql: """
                    SELECT p.region, p.indicator, p.figures FROM series_pack p
                    WHERE NOT EXISTS (SELECT 1 FROM series_unpacked u WHERE u.region = p.region AND u.indicator = p.indicator)
                    """))
                while try packs.next() {
                    let series = SeriesID(region: packs.text(0), indicator: packs.text(1))
                    if let packed = SeriesPacks.Encoding.figures(packs.blob(2), of: series, sources: &sources) {
                        figures.insert(packed, of: series)
                    } else {
                        unreadable.append(series)
                    }
                }
                // The series changed since they were packed, and any pack this program cannot
                // read, from their rows. (CROSS JOIN keeps the list the outer loop: else SQLite
                // may go through every figure to look each up in the list, usually empty.)
                try Self.readRows(db, sql: """
                    SELECT f.region, f.indicator, f.year, f.value, f.source, f.note, f.preliminary, f.entered_at
                    FROM series_unpacked u CROSS JOIN figure f ON f.region = u.region AND f.indicator = u.indicator
                    """, into: &figures, sources: &sources)
                for series in unreadable {
                    try Self.readRows(db, sql: "SELECT \(SeriesPacks.figureColumns) FROM figure WHERE region = ? AND indicator = ?",
                                      arguments: [series.region, series.indicator], into: &figures, sources: &sources)
                }
                for (series, year) in try SQLiteFigureStore.revisedFigures(db) {
                    figures.markRevised(series, year: year)
                }
                return figures
            }
        } catch {
            throw DatabaseErrorMessage.storeError(error, path: path)
        }
    }

    /// Adds the figures of rows of `SeriesPacks.figureColumns`, a series' rows one after
    /// another.
    private static func readRows(_ db: Database, sql: String, arguments: StatementArguments = [], into figures: inout FigureSet,
                                 sources: inout Figures.Sources) throws {
        let statement = try db.makeStatement(sql: sql)
        try statement.setArguments(arguments)
        let rows = StatementRows(statement)
        var current = SeriesID(region: "", indicator: "")
        var series: [Figure] = []
        while try rows.next() {
            let region = rows.bytes(0), indicator = rows.bytes(1)
            if !Figures.same(indicator, current.indicator) || !Figures.same(region, current.region) {
                figures.insert(series, of: current)
                series = []
                current = SeriesID(region: String(decoding: region, as: UTF8.self), indicator: String(decoding: indicator, as: UTF8.self))
            }
            let year = rows.integer(2)
            series.append(Figure(series: current, year: year, value: rows.double(3), source: sources.name(rows.bytes(4), year: year),
                                 note: rows.text(5), isPreliminary: rows.integer(6) != 0, enteredAt: Figures.enteredAt(rows, column: 7)))
        }
        figures.insert(series, of: current)
    }
}
