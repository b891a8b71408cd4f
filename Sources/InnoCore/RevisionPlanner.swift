import Foundation

/// Turns a requested change into the rows of the revision log, the same way for every
/// store: a store looks up the current figures, asks for the rows, then writes each row's
/// `after` state and the row itself in one transaction.
///
/// Rows get consecutive ids from `firstID`, and the change id is the first row's id.
public enum RevisionPlanner {
    /// The row that enters or revises one figure.
    public static func record(_ entry: FigureEntry, over current: FigureEntry?, firstID: Int64, at: Date) -> Revision {
        Revision(id: firstID, change: firstID, action: current == nil ? .enter : .revise,
                 targetID: entry.targetID, year: entry.year, from: current, to: entry, at: at)
    }

    /// The row that clears a figure.
    public static func delete(_ current: FigureEntry, firstID: Int64, at: Date) -> Revision {
        Revision(id: firstID, change: firstID, action: .delete, targetID: current.targetID, year: current.year,
                 from: current, to: nil, at: at)
    }

    /// The rows of an import, in order; entries equal to the figure already there (or to an
    /// earlier entry of the same import) write no row.
    /// `current` looks up the figure the store holds for a target and year.
    public static func importRows<E: Error>(
        _ entries: [FigureEntry], current: (_ targetID: String, _ year: Int) throws(E) -> FigureEntry?, firstID: Int64, at: Date
    ) throws(E) -> [Revision] {
        var overlay = Overlay()
        overlay.changed.reserveCapacity(entries.count)
        var rows: [Revision] = []
        rows.reserveCapacity(entries.count)
        for entry in entries {
            let before = try overlay.figure(entry.targetID, entry.year, else: current)
            if before == entry { continue }
            rows.append(Revision(id: firstID + Int64(rows.count), change: firstID, action: .import,
                                 targetID: entry.targetID, year: entry.year, from: before, to: entry, at: at))
            overlay.set(entry.targetID, entry.year, entry)
        }
        return rows
    }

    /// The rows that reverse a change (`action` is `.undo` or `.redo`): its rows taken back
    /// newest first, each restoring the figure as it was before that row.
    public static func reversal<E: Error>(
        of change: [Revision], action: Revision.Action, current: (_ targetID: String, _ year: Int) throws(E) -> FigureEntry?,
        firstID: Int64, at: Date
    ) throws(E) -> [Revision] {
        guard let changeID = change.first?.change else { return [] }
        var overlay = Overlay()
        var rows: [Revision] = []
        for row in change.reversed() {
            let now = try overlay.figure(row.targetID, row.year, else: current)
            rows.append(Revision(id: firstID + Int64(rows.count), change: firstID, action: action,
                                 targetID: row.targetID, year: row.year, from: now, to: row.before, at: at, undoes: changeID))
            overlay.set(row.targetID, row.year, row.before)
        }
        return rows
    }

    /// The figures as the rows planned so far leave them, over the store's current ones.
    private struct Overlay {
        struct Key: Hashable {
            var targetID: String
            var year: Int
        }

        var changed: [Key: FigureEntry?] = [:]

        /// The figure as a planned row left it, else as `current` gives it.
        func figure<E: Error>(
            _ targetID: String, _ year: Int, else current: (String, Int) throws(E) -> FigureEntry?
        ) throws(E) -> FigureEntry? {
            if let planned = changed[Key(targetID: targetID, year: year)] { return planned }
            return try current(targetID, year)
        }

        mutating func set(_ targetID: String, _ year: Int, _ entry: FigureEntry?) {
            changed[Key(targetID: targetID, year: year)] = .some(entry)
        }
    }
}
