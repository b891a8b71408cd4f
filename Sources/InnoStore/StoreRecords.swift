import Foundation
import GRDB
import InnoCore

/// A row of the append-only `revision` table (written by `StoreRows`).
struct RevisionRecord: Codable, FetchableRecord, TableRecord {
    static let databaseTableName = "revision"

    var id: Int64
    var change: Int64
    var targetID: String
    var year: Int
    var action: Revision.Action
    var oldValue: Double?
    var oldSource: String
    var oldNote: String
    var oldPreliminary: Bool
    var newValue: Double?
    var source: String
    var note: String
    var isPreliminary: Bool
    var at: Date
    var undoes: Int64?

    enum CodingKeys: String, CodingKey {
        case id, change, targetID = "target", year, action
        case oldValue = "old_value", oldSource = "old_source", oldNote = "old_note", oldPreliminary = "old_preliminary"
        case newValue = "new_value", source, note, isPreliminary = "preliminary", at, undoes
    }

    /// Reads a row of `SELECT * FROM revision` by position, faster than decoding, for
    /// undo walks over large imports.
    static func revision(_ row: Row) -> Revision {
        Revision(
            id: row[0], targetID: row[2], year: row[3], action: Revision.Action(rawValue: row[4]) ?? .enter,
            oldValue: row[5], newValue: row[9], source: row[10], note: row[11], isPreliminary: row[12], at: row[13],
            undoes: row[14], change: row[1], oldSource: row[6], oldNote: row[7], oldPreliminary: row[8]
        )
    }

    var revision: Revision {
        Revision(
            id: id, targetID: targetID, year: year, action: action, oldValue: oldValue, newValue: newValue,
            source: source, note: note, isPreliminary: isPreliminary, at: at, undoes: undoes, change: change,
            oldSource: oldSource, oldNote: oldNote, oldPreliminary: oldPreliminary
        )
    }
}
