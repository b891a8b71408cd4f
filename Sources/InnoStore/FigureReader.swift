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
                // A bulletin gives the figures of many indicators for its year: its name is
                // kept once (the last one of each year), not made again for every figure.
                var sourceOfYear: [Int: String] = [:]
                while try rows.next() {
                    let region = rows.bytes(0), indicator = rows.bytes(1)
                    if !Self.same(indicator, current.indicator) || !Self.same(region, current.region) {
                        let count = series.count
                        figures.insert(series, of: current)
                        series = []  // handed over, not copied
                        series.reserveCapacity(count)  // series of one plan are alike in length
                        current = SeriesID(region: String(decoding: region, as: UTF8.self), indicator: String(decoding: indicator, as: UTF8.self))
                    }
                    let year = rows.integer(2)
                    var source = sourceOfYear[year] ?? ""
                    if !Self.same(rows.bytes(4), source) {
                        source = rows.text(4)
                        sourceOfYear[year] = source
                    }
                    let enteredAt = StoredDate.parse(rows.bytes(7)) ?? DatabaseValue(value: rows.text(7)).flatMap(Date.fromDatabaseValue)
                    series.append(Figure(series: current, year: year, value: rows.double(3), source: source,
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

    /// Whether a column's bytes are a text's: compared as memory, as each row is read.
    private static func same(_ bytes: UnsafeBufferPointer<UInt8>, _ text: String) -> Bool {
        var text = text
        return text.withUTF8 { utf8 in
            guard bytes.count == utf8.count else { return false }
            guard let start = bytes.baseAddress, let other = utf8.baseAddress else { return true }  // both empty
            return memcmp(start, other, utf8.count) == 0
        }
    }
}
