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
                var currentRegion: [UInt8] = [], currentIndicator: [UInt8] = []
                var series: [Figure] = []
                // A bulletin gives many figures: its name is kept once, not once a figure.
                var sources: Set<String> = []
                while try rows.next() {
                    let region = rows.bytes(0), indicator = rows.bytes(1)
                    if !Self.same(indicator, currentIndicator) || !Self.same(region, currentRegion) {
                        let count = series.count
                        figures.insert(series, of: current)
                        series = []  // handed over, not copied
                        series.reserveCapacity(count)  // series of one plan are alike in length
                        currentRegion = Array(region)
                        currentIndicator = Array(indicator)
                        current = SeriesID(region: String(decoding: region, as: UTF8.self), indicator: String(decoding: indicator, as: UTF8.self))
                    }
                    let enteredAt = StoredDate.parse(rows.bytes(7)) ?? DatabaseValue(value: rows.text(7)).flatMap(Date.fromDatabaseValue)
                    let source = sources.insert(rows.text(4)).memberAfterInsert
                    series.append(Figure(series: current, year: rows.integer(2), value: rows.double(3), source: source,
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

    /// Whether a column's bytes are those kept: compared as memory, once per row.
    private static func same(_ bytes: UnsafeBufferPointer<UInt8>, _ kept: [UInt8]) -> Bool {
        guard bytes.count == kept.count else { return false }
        guard let start = bytes.baseAddress, !kept.isEmpty else { return true }
        return kept.withUnsafeBufferPointer { memcmp(start, $0.baseAddress!, kept.count) == 0 }
    }
}
