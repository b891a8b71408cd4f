import Foundation

/// Turns a requested change into the rows of the revision log, the same way for every
/// store: a store looks up the current figures, asks for the rows, then writes each row's
/// `after` state and the row itself in one transaction.
///
/// The rule of what is a revision lives here: an update keeps what it does not give
/// (`resolve`), and a figure whose every part stays as it was is unchanged: no row.
///
/// Rows get consecutive ids from `firstID`, and the change id is the first row's id.
public enum RevisionPlanner {
    /// The figure an update leaves: the parts it gives, and for the parts it leaves out what
    /// `current` holds (for a new figure: no source, no note, final).
    public static func resolve(_ update: FigureUpdate, over current: FigureEntry?) -> FigureEntry {
        FigureEntry(series: update.series, year: update.year, value: update.value,
                    source: update.source ?? current?.source ?? "", note: update.note ?? current?.note ?? "",
                    isPreliminary: update.isPreliminary ?? current?.isPreliminary ?? false)
    }

    /// The parts of the figure that differ between `before` and `after`; every part for a
    /// new figure, none when nothing changes (and no row is written).
    public static func changes(from before: FigureEntry?, to after: FigureEntry?) -> FigureChanges {
        guard let before, let after else { return before == nil && after == nil ? [] : [.value, .source, .note, .preliminary] }
        var changes: FigureChanges = []
        if before.value != after.value { changes.insert(.value) }
        if before.source != after.source { changes.insert(.source) }
        if before.note != after.note { changes.insert(.note) }
        if before.isPreliminary != after.isPreliminary { changes.insert(.preliminary) }
        return changes
    }

    /// The row that enters or revises one figure.
    public static func record(_ entry: FigureEntry, over current: FigureEntry?, firstID: Int64, at: Date) -> Revision {
        Revision(id: firstID, change: firstID, action: current == nil ? .enter : .revise,
                 series: entry.series, year: entry.year, from: current, to: entry, at: at)
    }

    /// The row that enters or revises one figure with what `update` gives, or nil when
    /// that leaves the figure as it is.
    public static func record(_ update: FigureUpdate, over current: FigureEntry?, firstID: Int64, at: Date) -> Revision? {
        let entry = resolve(update, over: current)
        guard !changes(from: current, to: entry).isEmpty else { return nil }
        return record(entry, over: current, firstID: firstID, at: at)
    }

    /// The row that clears a figure.
    public static func delete(_ current: FigureEntry, firstID: Int64, at: Date) -> Revision {
        Revision(id: firstID, change: firstID, action: .delete, series: current.series, year: current.year,
                 from: current, to: nil, at: at)
    }

    /// The rows of an import, in order; each update is resolved over the figure already
    /// there (or an earlier update of the same import), and one that changes nothing writes
    /// no row. `current` looks up the figure the store holds for a target and year.
    public static func importRows<E: Error>(
        _ updates: [FigureUpdate], current: (_ series: SeriesID, _ year: Int) throws(E) -> FigureEntry?, firstID: Int64, at: Date
    ) throws(E) -> [Revision] {
        var overlay = Overlay()
        overlay.changed.reserveCapacity(updates.count)
        var rows: [Revision] = []
        rows.reserveCapacity(updates.count)
        for update in updates {
            let before = try overlay.figure(update.series, update.year, else: current)
            let entry = resolve(update, over: before)
            if changes(from: before, to: entry).isEmpty { continue }
            rows.append(Revision(id: firstID + Int64(rows.count), change: firstID, action: .import,
                                 series: entry.series, year: entry.year, from: before, to: entry, at: at))
            overlay.set(entry.series, entry.year, entry)
        }
        return rows
    }

    /// The rows that reverse a change (`action` is `.undo` or `.redo`): its rows taken back
    /// newest first, each restoring the figure as it was before that row.
    public static func reversal<E: Error>(
        of change: [Revision], action: Revision.Action, current: (_ series: SeriesID, _ year: Int) throws(E) -> FigureEntry?,
        firstID: Int64, at: Date
    ) throws(E) -> [Revision] {
        guard let changeID = change.first?.change else { return [] }
        var overlay = Overlay()
        var rows: [Revision] = []
        for row in change.reversed() {
            let now = try overlay.figure(row.series, row.year, else: current)
            rows.append(Revision(id: firstID + Int64(rows.count), change: firstID, action: action,
                                 series: row.series, year: row.year, from: now, to: row.before, at: at, undoes: changeID))
            overlay.set(row.series, row.year, row.before)
        }
        return rows
    }

    /// The figures as the rows planned so far leave them, over the store's current ones.
    private struct Overlay {
        struct Key: Hashable {
            var series: SeriesID
            var year: Int
        }

        var changed: [Key: FigureEntry?] = [:]

        /// The figure as a planned row left it, else as `current` gives it.
        func figure<E: Error>(
            _ series: SeriesID, _ year: Int, else current: (SeriesID, Int) throws(E) -> FigureEntry?
        ) throws(E) -> FigureEntry? {
            if let planned = changed[Key(series: series, year: year)] { return planned }
            return try current(series, year)
        }

        mutating func set(_ series: SeriesID, _ year: Int, _ entry: FigureEntry?) {
            changed[Key(series: series, year: year)] = .some(entry)
        }
    }
}
