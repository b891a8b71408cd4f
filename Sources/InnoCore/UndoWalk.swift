/// Which change undo and redo act on, read from the revision log alone, so that the
/// in-memory store and the SQLite store walk the log the same way (and the SQLite store
/// can walk it again after a restart).
///
/// The log is a stack of changes (rows grouped by `Revision.change`): undo takes back the
/// newest change that is not yet undone; redo makes again the newest undone change, as long
/// as no new change came after the undo (a new change clears what can be redone, as in an
/// editor). An undo or redo is itself a change whose rows name, in `undoes`, the change they
/// reverse.
public enum UndoWalk {
    /// The rows of the change that undo takes back, oldest first; empty when there is none.
    /// `log` is oldest first.
    public static func changeToUndo(in log: [Revision]) -> [Revision] {
        var rows = log.reversed().makeIterator()
        return changeToUndo(newestFirst: { rows.next() })
    }

    /// The rows of the undo change that redo reverses, oldest first; empty when there is none.
    public static func changeToRedo(in log: [Revision]) -> [Revision] {
        var rows = log.reversed().makeIterator()
        return changeToRedo(newestFirst: { rows.next() })
    }

    /// As `changeToUndo(in:)`, reading the log newest first from `next` only as far as needed.
    public static func changeToUndo<E: Error>(newestFirst next: () throws(E) -> Revision?) throws(E) -> [Revision] {
        var undone = Set<Int64>()
        return try walk(next) { change in
            switch change.action {
            case .undo:
                if let id = change.undoes { undone.insert(id) }
                return false
            default:
                // A redo is itself a change that undo can take back, unless it was undone.
                return !undone.contains(change.id)
            }
        }
    }

    /// As `changeToRedo(in:)`, reading the log newest first from `next` only as far as needed.
    public static func changeToRedo<E: Error>(newestFirst next: () throws(E) -> Revision?) throws(E) -> [Revision] {
        var redone = Set<Int64>()
        var sawOtherChange = false
        return try walk(next) { change in
            switch change.action {
            case .redo:
                if let id = change.undoes { redone.insert(id) }
                return false
            case .undo:
                return !redone.contains(change.id)
            default:
                sawOtherChange = true  // a change after the undos: nothing to redo
                return false
            }
        } stop: { sawOtherChange }
    }

    /// A change as the walk sees it: its id, its kind of action, what it reverses.
    private struct Change {
        var id: Int64
        var action: Revision.Action
        var undoes: Int64?
        var rows: [Revision]  // newest first
    }

    /// Groups the rows read newest first into changes and returns the rows of the first
    /// change `isWanted` picks, oldest first; stops early when `stop` says so.
    private static func walk<E: Error>(
        _ next: () throws(E) -> Revision?, isWanted: (Change) -> Bool, stop: () -> Bool = { false }
    ) throws(E) -> [Revision] {
        var pending: Change?
        while true {
            let row = try next()
            if let row, pending?.id == row.change {
                pending?.rows.append(row)
                continue
            }
            if let change = pending {
                if isWanted(change) { return change.rows.reversed() }
                if stop() { return [] }
            }
            guard let row else { return [] }
            pending = Change(id: row.change, action: row.action, undoes: row.undoes, rows: [row])
        }
    }
}
