import GRDB
import InnoCore

/// The current figures during the planning of a change, read a series at a time: the first
/// question about a series reads all its figures, so that an import of 300,000 rows asks
/// the database once per series rather than once per row. Valid inside one transaction,
/// before its rows are written.
final class CurrentFigures {
    private let db: Database
    private var bySeries: [SeriesID: [Int: FigureEntry]] = [:]

    init(_ db: Database) {
        self.db = db
    }

    func figure(_ series: SeriesID, _ year: Int) throws -> FigureEntry? {
        if let known = bySeries[series] { return known[year] }
        let statement = try db.cachedStatement(sql: "SELECT year, value, source, note, preliminary FROM figure WHERE region = ? AND indicator = ?")
        var byYear: [Int: FigureEntry] = [:]
        let rows = try Row.fetchCursor(statement, arguments: [series.region, series.indicator])
        while let row = try rows.next() {
            let year: Int = row[0]
            byYear[year] = FigureEntry(series: series, year: year, value: row[1], source: row[2], note: row[3], isPreliminary: row[4])
        }
        bySeries[series] = byYear
        return byYear[year]
    }
}
