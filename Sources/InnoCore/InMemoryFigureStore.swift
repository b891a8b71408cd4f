import Foundation

/// A figure store held in memory, with the same revision log, undo and redo as the SQLite
/// store: for figures read from a CSV file (`--figures`) and for tests of the screens.
/// Nothing it holds outlives the process.
public final class InMemoryFigureStore: FigureStore {
    private var log: [Revision] = []
    private var current = FigureSet()
    private let clock: () -> Date

    public init(figures: [Figure] = [], clock: @escaping () -> Date = Date.init) {
        self.clock = clock
        for figure in figures {
            let entry = FigureEntry(targetID: figure.targetID, year: figure.year, value: figure.value, source: figure.source, note: figure.note, isPreliminary: figure.isPreliminary)
            apply(entry, action: current.figure(figure.targetID, year: figure.year) == nil ? .import : .revise)
        }
    }

    public func figures() -> FigureSet { current }

    @discardableResult
    public func record(_ entry: FigureEntry) -> Revision {
        apply(entry, action: current.figure(entry.targetID, year: entry.year) == nil ? .enter : .revise)
    }

    @discardableResult
    public func delete(targetID: String, year: Int) -> Revision? {
        guard let old = current.figure(targetID, year: year) else { return nil }
        current.remove(targetID, year: year)
        return append(Revision(id: 0, targetID: targetID, year: year, action: .delete, oldValue: old.value, newValue: nil,
                               source: old.source, note: old.note, isPreliminary: old.isPreliminary, at: clock()))
    }

    @discardableResult
    public func undo() -> Revision? {
        guard let change = UndoWalk.nextToUndo(in: log) else { return nil }
        restore(change.targetID, change.year, to: change.oldValue, like: change)
        return append(Revision(id: 0, targetID: change.targetID, year: change.year, action: .undo, oldValue: change.newValue,
                               newValue: change.oldValue, source: change.source, note: change.note, isPreliminary: change.isPreliminary,
                               at: clock(), undoes: change.id))
    }

    @discardableResult
    public func redo() -> Revision? {
        guard let undo = UndoWalk.nextToRedo(in: log) else { return nil }
        restore(undo.targetID, undo.year, to: undo.oldValue, like: undo)
        return append(Revision(id: 0, targetID: undo.targetID, year: undo.year, action: .redo, oldValue: undo.newValue,
                               newValue: undo.oldValue, source: undo.source, note: undo.note, isPreliminary: undo.isPreliminary,
                               at: clock(), undoes: undo.id))
    }

    public func history(targetID: String, year: Int?) -> [Revision] {
        log.filter { $0.targetID == targetID && (year == nil || $0.year == year) }
    }

    @discardableResult
    private func apply(_ entry: FigureEntry, action: Revision.Action) -> Revision {
        let old = current.figure(entry.targetID, year: entry.year)
        current.insert(Figure(targetID: entry.targetID, year: entry.year, value: entry.value, source: entry.source,
                              note: entry.note, isPreliminary: entry.isPreliminary, enteredAt: clock()))
        return append(Revision(id: 0, targetID: entry.targetID, year: entry.year, action: action, oldValue: old?.value,
                               newValue: entry.value, source: entry.source, note: entry.note, isPreliminary: entry.isPreliminary, at: clock()))
    }

    private func restore(_ targetID: String, _ year: Int, to value: Double?, like revision: Revision) {
        if let value {
            // The source and note of the value brought back are those of its own revision.
            let origin = log.last { $0.targetID == targetID && $0.year == year && $0.newValue == value && $0.id < revision.id }
            current.insert(Figure(targetID: targetID, year: year, value: value, source: origin?.source ?? revision.source,
                                  note: origin?.note ?? revision.note, isPreliminary: origin?.isPreliminary ?? false, enteredAt: clock()))
        } else {
            current.remove(targetID, year: year)
        }
    }

    private func append(_ revision: Revision) -> Revision {
        var row = revision
        row.id = Int64(log.count + 1)
        log.append(row)
        return row
    }
}

/// Which change undo and redo act on, read from the revision log alone, so that the
/// in-memory store and the SQLite store walk the log the same way (and the SQLite store
/// can walk it again after a restart).
///
/// The log is a stack of changes: undo takes back the newest change that is not yet
/// undone; redo makes again the newest undone change, as long as no new change came
/// after the undo (a new change clears what can be redone, as in an editor).
public enum UndoWalk {
    public static func nextToUndo(in log: [Revision]) -> Revision? {
        var undone = Set<Int64>()
        for revision in log.reversed() {
            switch revision.action {
            case .undo:
                if let id = revision.undoes { undone.insert(id) }
            case .redo:
                // A redo is itself a change that undo can take back; the undo it reversed
                // no longer counts.
                if undone.contains(revision.id) { continue }
                return revision
            default:
                if !undone.contains(revision.id) { return revision }
            }
        }
        return nil
    }

    public static func nextToRedo(in log: [Revision]) -> Revision? {
        var redone = Set<Int64>()
        for revision in log.reversed() {
            switch revision.action {
            case .redo:
                if let id = revision.undoes { redone.insert(id) }
            case .undo:
                if !redone.contains(revision.id) { return revision }
            default:
                return nil  // a change after the undos: nothing to redo
            }
        }
        return nil
    }
}
