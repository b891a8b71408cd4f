import Foundation

/// A figure as the analyst enters it: the value with where it comes from.
public struct FigureEntry: Sendable, Hashable {
    public var series: SeriesID
    public var year: Int
    public var value: Double
    public var source: String
    public var note: String
    public var isPreliminary: Bool

    public init(series: SeriesID, year: Int, value: Double, source: String = "", note: String = "", isPreliminary: Bool = false) {
        self.series = series
        self.year = year
        self.value = value
        self.source = source
        self.note = note
        self.isPreliminary = isPreliminary
    }

    /// The entry that gives a figure its current state.
    public init(_ figure: Figure) {
        self.init(series: figure.series, year: figure.year, value: figure.value, source: figure.source,
                  note: figure.note, isPreliminary: figure.isPreliminary)
    }
}

/// Why the store refused or failed a change, in words the analyst can act on.
public struct StoreError: Error, Sendable, Equatable, CustomStringConvertible {
    public var message: String
    /// The store could not be reached (a team database's server down or restarting, the
    /// connection lost): nothing was changed, and the same change may succeed later.
    public var isUnreachable: Bool

    public init(_ message: String, isUnreachable: Bool = false) {
        self.message = message
        self.isUnreachable = isUnreachable
    }

    public var description: String { message }
}

/// Where figures live and how they change. Every change is one transaction with its row in
/// the revision log, so nothing typed is overwritten without a way back; undo and redo
/// walk that log. The SQLite store implements it for real use; the in-memory store serves
/// figures read from a CSV file and tests of the screens.
public protocol FigureStore: AnyObject {
    /// The current figures: the newest revision of each target and year.
    func figures() throws(StoreError) -> FigureSet
    /// The current figures of one target, oldest year first, the revised ones marked: what
    /// the dashboard reads after a change instead of every figure.
    func series(_ series: SeriesID) throws(StoreError) -> [Figure]
    /// The current figure of one target and year, or nil: what `record` compares with
    /// (without reading 300,000 figures to find one).
    func entry(series: SeriesID, year: Int) throws(StoreError) -> FigureEntry?
    /// Enters or revises a figure. Returns the revision it wrote.
    @discardableResult func record(_ entry: FigureEntry) throws(StoreError) -> Revision
    /// Enters or revises a figure with what `update` gives, keeping the stored source, note
    /// and flag it leaves out, planned from the figure as it is when the change is made.
    /// Returns the revision it wrote, or nil when that changes nothing (no row is written).
    @discardableResult func record(_ update: FigureUpdate) throws(StoreError) -> Revision?
    /// Clears a figure. Returns the revision it wrote, or nil when there was none to clear.
    @discardableResult func delete(series: SeriesID, year: Int) throws(StoreError) -> Revision?
    /// Enters or revises many figures as ONE change, in order (a later entry for the same
    /// target and year revises an earlier one), all or none. What an update leaves out keeps
    /// what is stored; an update that changes nothing is skipped. Returns the revisions it
    /// wrote.
    @discardableResult func importFigures(_ updates: [FigureUpdate]) throws(StoreError) -> [Revision]
    /// Takes back the latest change not yet undone (a whole import at once). Returns the
    /// first undo revision written, or nil when there is nothing to undo.
    @discardableResult func undo() throws(StoreError) -> Revision?
    /// Makes again the latest undone change, if nothing was changed since. Returns the
    /// first redo revision written, or nil.
    @discardableResult func redo() throws(StoreError) -> Revision?
    /// The revision log of a target (of one year when given), oldest first.
    func history(series: SeriesID, year: Int?) throws(StoreError) -> [Revision]
    /// The rows of one change (`Revision.change`), oldest first.
    func revisions(inChange change: Int64) throws(StoreError) -> [Revision]
    /// The what-if figures of the scenario, kept apart from the official figures: never in
    /// `figures()`, an export or the revision log.
    func scenario() throws(StoreError) -> FigureSet
    /// Sets (or, with nil, clears) the scenario's figure of a series for a year.
    func setScenario(series: SeriesID, year: Int, value: Double?) throws(StoreError)
    /// Clears the whole scenario. Returns how many figures it held.
    @discardableResult func clearScenario() throws(StoreError) -> Int
    /// The rows of the revision log after the revision `id` (all of them for 0), oldest
    /// first: what `innodash changes --since REVISION` walks back.
    func revisions(after id: Int64) throws(StoreError) -> [Revision]
    /// The rows of the revision log written after `date`, oldest first: what `innodash
    /// changes --since DATE` walks back.
    func revisions(since date: Date) throws(StoreError) -> [Revision]
    /// Whether someone else (another process, another connection) changed the figures since
    /// the last call: a cheap check, made at each key in the dashboard, so the figures are
    /// read again only when they changed. Changes made through this store do not count.
    func changedElsewhere() -> Bool
}

extension FigureStore {
    public func series(_ series: SeriesID) throws(StoreError) -> [Figure] {
        try figures().series(series)
    }

    /// Imports whole figures (see `importFigures(_:)` for updates).
    @discardableResult
    public func importFigures(_ entries: [FigureEntry]) throws(StoreError) -> [Revision] {
        try importFigures(entries.map(FigureUpdate.init))
    }

    public func entry(series: SeriesID, year: Int) throws(StoreError) -> FigureEntry? {
        try figures().figure(series, year: year).map(FigureEntry.init)
    }

    /// A store no one else can reach (such as one held in memory) never changes elsewhere.
    public func changedElsewhere() -> Bool { false }
}
