import Foundation
import GRDB
import InnoCore

/// The rows of the append-only `revision` table (written by `StoreRows`).
enum RevisionRows {
    /// The columns of `revision` in the order `revision(_:)` reads them.
    static let columns = """
        id, change, region, indicator, year, action, old_value, old_source, old_note, old_preliminary,
        new_value, source, note, preliminary, at, undoes
        """

    /// Reads a row of `SELECT \(columns) FROM revision` by position, faster than decoding,
    /// for undo walks over large imports.
    static func revision(_ row: Row) -> Revision {
        Revision(
            id: row[0], series: SeriesID(region: row[2], indicator: row[3]), year: row[4],
            action: Revision.Action(rawValue: row[5]) ?? .enter,
            oldValue: row[6], newValue: row[10], source: row[11], note: row[12], isPreliminary: row[13], at: row[14],
            undoes: row[15], change: row[1], oldSource: row[7], oldNote: row[8], oldPreliminary: row[9]
        )
    }
}
