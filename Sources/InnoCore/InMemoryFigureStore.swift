import Foundation

/// A figure store held in memory, with the same revision log, undo and redo as the SQLite
/// store: for figures read from a CSV file (`--figures`) and for tests of the screens.
/// Nothing it holds outlives the process.
public final class InMemoryFigureStore: FigureStore {
    private struct Key: Hashable {
        var series: SeriesID
        var year: Int
    }

    private var log: [Revision] = []
    private var current: [Key: Figure] = [:]
    /// Every value each target and year has had, to mark revised figures.
    private var valuesSeen: [Key: Set<Double>] = [:]
    private let clock: () -> Date
    private var scenarioFigures: [Key: Double] = [:]

    /// A store holding `figures` as one imported change, in their order (a later figure for
    /// the same target and year revises an earlier one).
    public init(figures: [Figure] = [], clock: @escaping () -> Date = Date.init) {
        self.clock = clock
        importFigures(figures.map(FigureEntry.init))
    }

    public func figures() -> FigureSet {
        FigureSet(current.values)
    }

    public func scenario() -> FigureSet {
        FigureSet(scenarioFigures.map { Figure(series: $0.key.series, year: $0.key.year, value: $0.value, isScenario: true) })
    }

    public func setScenario(series: SeriesID, year: Int, value: Double?) {
        scenarioFigures[Key(series: series, year: year)] = value
    }

    @discardableResult
    public func clearScenario() -> Int {
        defer { scenarioFigures = [:] }
        return scenarioFigures.count
    }

    @discardableResult
    public func record(_ entry: FigureEntry) -> Revision {
        let row = RevisionPlanner.record(entry, over: figure(entry.series, entry.year), firstID: nextID, at: clock())
        write([row])
        return row
    }

    @discardableResult
    public func record(_ update: FigureUpdate) -> Revision? {
        guard let row = RevisionPlanner.record(update, over: figure(update.series, update.year), firstID: nextID, at: clock()) else { return nil }
        write([row])
        return row
    }

    @discardableResult
    public func delete(series: SeriesID, year: Int) -> Revision? {
        guard let old = figure(series, year) else { return nil }
        let row = RevisionPlanner.delete(old, firstID: nextID, at: clock())
        write([row])
        return row
    }

    @discardableResult
    public func importFigures(_ entries: [FigureEntry]) -> [Revision] {
        importFigures(entries.map(FigureUpdate.init))
    }

    @discardableResult
    public func importFigures(_ updates: [FigureUpdate]) -> [Revision] {
        let rows = RevisionPlanner.importRows(updates, current: figure, firstID: nextID, at: clock())
        write(rows)
        return rows
    }

    @discardableResult
    public func undo() -> Revision? {
        reverse(UndoWalk.changeToUndo(in: log), as: .undo)
    }

    @discardableResult
    public func redo() -> Revision? {
        reverse(UndoWalk.changeToRedo(in: log), as: .redo)
    }

    public func history(series: SeriesID, year: Int?) -> [Revision] {
        log.filter { $0.series == series && (year == nil || $0.year == year) }
    }

    public func revisions(inChange change: Int64) -> [Revision] {
        log.filter { $0.change == change }
    }

    public func revisions(after id: Int64) -> [Revision] {
        log.filter { $0.id > id }
    }

    public func revisions(since date: Date) -> [Revision] {
        log.filter { $0.at > date }
    }

    private var nextID: Int64 { Int64(log.count + 1) }

    private func figure(_ series: SeriesID, _ year: Int) -> FigureEntry? {
        current[Key(series: series, year: year)].map(FigureEntry.init)
    }

    private func reverse(_ change: [Revision], as action: Revision.Action) -> Revision? {
        let rows = RevisionPlanner.reversal(of: change, action: action, current: figure, firstID: nextID, at: clock())
        write(rows)
        return rows.first
    }

    /// Applies each row's `after` state and appends the row to the log.
    private func write(_ rows: [Revision]) {
        for row in rows {
            let key = Key(series: row.series, year: row.year)
            if let after = row.after {
                valuesSeen[key, default: []].insert(after.value)
                current[key] = Figure(
                    series: after.series, year: after.year, value: after.value, source: after.source, note: after.note,
                    isPreliminary: after.isPreliminary, isRevised: valuesSeen[key]!.contains { $0 != after.value }, enteredAt: row.at
                )
            } else {
                current[key] = nil
            }
            log.append(row)
        }
    }
}
