import GRDB
import InnoCore

/// The current figures during the planning of a change, read a target at a time: the first
/// question about a target reads all its figures, so that an import of 300,000 rows asks
/// the database once per target rather than once per row. Valid inside one transaction,
/// before its rows are written.
final class CurrentFigures {
    private let db: Database
    private var byTarget: [String: [Int: FigureEntry]] = [:]

    init(_ db: Database) {
        self.db = db
    }

    func figure(_ targetID: String, _ year: Int) throws -> FigureEntry? {
        if let series = byTarget[targetID] { return series[year] }
        let statement = try db.cachedStatement(sql: "SELECT year, value, source, note, preliminary FROM figure WHERE target = ?")
        var series: [Int: FigureEntry] = [:]
        let rows = try Row.fetchCursor(statement, arguments: [targetID])
        while let row = try rows.next() {
            let year: Int = row[0]
            series[year] = FigureEntry(targetID: targetID, year: year, value: row[1], source: row[2], note: row[3], isPreliminary: row[4])
        }
        byTarget[targetID] = series
        return series[year]
    }
}
