import Foundation

/// One row of the append-only revision log: a figure moved from one state to another, by
/// which action, and when.
///
/// A row carries the whole figure before and after (value, source, note, preliminary flag),
/// so undo restores exactly what was there without searching older rows. Rows are grouped
/// into changes: one command (a record, a delete, an undo) is one change of one row; an
/// imported file is one change of many rows, and undo and redo take it back and make it
/// again as a whole.
public struct Revision: Sendable, Hashable {
    public enum Action: String, Sendable, Hashable, CaseIterable, Codable {
        /// A figure for a target and year that had none.
        case enter
        /// A new value for a figure that existed.
        case revise
        /// A figure cleared.
        case delete
        /// A figure that came with an imported file.
        case `import`
        /// A change taken back; `undoes` names it.
        case undo
        /// An undone change made again; `undoes` names the undo it reverses.
        case redo
    }

    public var id: Int64
    /// The change this row belongs to: the id of the change's first row.
    public var change: Int64
    public var series: SeriesID
    public var year: Int
    public var action: Action
    /// The value before the change; nil when there was no figure.
    public var oldValue: Double?
    /// The value after the change; nil when the figure was cleared.
    public var newValue: Double?
    /// Source, note and preliminary flag after the change.
    public var source: String
    public var note: String
    public var isPreliminary: Bool
    /// Source, note and preliminary flag before the change.
    public var oldSource: String
    public var oldNote: String
    public var oldPreliminary: Bool
    public var at: Date
    /// For undo and redo rows: the change they reverse.
    public var undoes: Int64?
    /// Who made the change, where the store knows it: the database role on a PostgreSQL
    /// server; nil in the SQLite and in-memory stores (one analyst's file).
    public var author: String? = nil

    public init(
        id: Int64, series: SeriesID, year: Int, action: Action, oldValue: Double?, newValue: Double?,
        source: String = "", note: String = "", isPreliminary: Bool = false, at: Date, undoes: Int64? = nil,
        change: Int64? = nil, oldSource: String = "", oldNote: String = "", oldPreliminary: Bool = false
    ) {
        self.id = id
        self.change = change ?? id
        self.series = series
        self.year = year
        self.action = action
        self.oldValue = oldValue
        self.newValue = newValue
        self.source = source
        self.note = note
        self.isPreliminary = isPreliminary
        self.oldSource = oldSource
        self.oldNote = oldNote
        self.oldPreliminary = oldPreliminary
        self.at = at
        self.undoes = undoes
    }

    /// A row that moves the figure of `series` and `year` from `before` to `after`
    /// (nil: no figure).
    public init(
        id: Int64, change: Int64, action: Action, series: SeriesID, year: Int,
        from before: FigureEntry?, to after: FigureEntry?, at: Date, undoes: Int64? = nil
    ) {
        self.init(
            id: id, series: series, year: year, action: action, oldValue: before?.value, newValue: after?.value,
            source: after?.source ?? "", note: after?.note ?? "", isPreliminary: after?.isPreliminary ?? false,
            at: at, undoes: undoes, change: change,
            oldSource: before?.source ?? "", oldNote: before?.note ?? "", oldPreliminary: before?.isPreliminary ?? false
        )
    }

    /// The figure before this change, or nil when there was none.
    public var before: FigureEntry? {
        oldValue.map { FigureEntry(series: series, year: year, value: $0, source: oldSource, note: oldNote, isPreliminary: oldPreliminary) }
    }

    /// The figure after this change, or nil when it was cleared.
    public var after: FigureEntry? {
        newValue.map { FigureEntry(series: series, year: year, value: $0, source: source, note: note, isPreliminary: isPreliminary) }
    }
}
