import Foundation
import InnoCore
import InnoDraw

/// What the dashboard does and says when the store answers a change.
enum StoreFeedback {
    static func stored(_ request: Effect, _ revision: Revision?, _ state: inout AppState) {
        let l = state.language
        let pending = state.pending
        state.pending = nil
        state.unsaved = nil
        if case let .save(targetID, year, move) = pending, state.entry.editing?.targetID == targetID, state.entry.editing?.year == year {
            state.entry.editing = nil
            EntryKeys.moveAfterSave(move, &state)
        }
        guard let revision else {
            switch request {
            case .undo: state.message = Message(l.text("Nothing to undo.", "没有可撤销的修改。"))
            case .redo: state.message = Message(l.text("Nothing to redo.", "没有可重做的修改。"))
            default: break
            }
            return
        }
        if case .importFigures(let updates) = request, var review = state.review {
            review.isSaved = true
            state.review = review
            state.message = Message(l.text("Saved \(updates.count) figure\(updates.count == 1 ? "" : "s") from \(review.file) as one change; u takes it back (in the entry grid).",
                                           "已将 \(review.file) 中的 \(updates.count) 个数据作为一次修改保存；在录入表中按 u 可撤销。"))
            return
        }
        state.message = Message(describe(revision, state))
        if request == .undo || request == .redo {
            select(revision.series, year: revision.year, &state)
        }
    }

    static func failed(_ request: Effect, _ message: String, unreachable: Bool, _ state: inout AppState) {
        let pending = state.pending
        state.pending = nil
        let l = state.language
        if isTypedSave(request), state.entry.editing != nil {
            // The typed value stays in its cell with the reason beside it.
            if unreachable, let pending {
                // The store is away, not refusing: the save is tried again until it is back.
                let attempts = state.unsaved?.request == request ? state.unsaved!.attempts + 1 : 1
                state.unsaved = UnsavedChange(request: request, pending: pending, attempts: attempts)
                // What happens first: the reason (a long one, with a socket path) comes after.
                let text = l.text("Not saved yet: kept in its cell and saved as soon as the database is back (Esc gives it up). \(message)",
                                  "尚未保存：数值留在单元格中，数据库恢复后自动保存（按 Esc 放弃）。\(message)")
                state.entry.editing?.error = text
                state.message = Message(text, isError: true)
                return
            }
            state.entry.editing?.error = message
        }
        state.unsaved = nil
        state.message = Message(l.text("Not saved: \(message)", "未保存：\(message)"), isError: true)
    }

    /// Tries the unsaved change again, while its value is still the one typed in its cell
    /// (Esc, or another value typed, gives it up).
    static func retry(_ state: inout AppState) -> [Effect] {
        guard let unsaved = state.unsaved, state.pending == nil else { return [] }
        guard let editing = state.entry.editing, let target = state.plan.target(id: editing.targetID),
              case let .save(targetID, year, _) = unsaved.pending, editing.targetID == targetID, editing.year == year,
              let typed = try? FigureInput.value(editing.text, for: target), typed == savedValue(unsaved.request) else {
            state.unsaved = nil
            return []
        }
        state.pending = unsaved.pending
        return [unsaved.request]
    }

    /// A save of a value typed into a cell: official or scenario.
    private static func isTypedSave(_ request: Effect) -> Bool {
        savedValue(request) != nil
    }

    private static func savedValue(_ request: Effect) -> Double? {
        switch request {
        case .save(let entry): entry.value
        case .setScenario(_, _, let value): value
        default: nil
        }
    }

    /// Someone else saved a value in the cell being typed into: nothing is saved, the typed
    /// value stays with both values beside it, and the cell now counts from theirs, so
    /// Enter again saves over it (Esc keeps theirs).
    static func conflict(_ request: Effect, theirs: Double?, figures: [Figure], _ state: inout AppState) {
        guard case .save(let entry) = request else { return }
        state.pending = nil
        state.unsaved = nil
        state.replaceSeries(entry.series, with: figures)
        let l = state.language
        let target = state.plan.targets(tracking: entry.series).first
        func show(_ value: Double?) -> String {
            guard let value else { return l.text("none", "无") }
            return target.map { Formatting.figure(value, of: $0, language: l) } ?? "\(value)"
        }
        let text = l.text("Someone else saved \(show(theirs)) here meanwhile; yours is \(show(entry.value)). Enter saves yours over it, Esc keeps theirs.",
                          "他人刚在此保存了 \(show(theirs))；您输入的是 \(show(entry.value))。按回车以您的值覆盖，按 Esc 保留对方的值。")
        if state.entry.editing?.year == entry.year {
            state.entry.editing?.error = text
            state.entry.editing?.base = theirs
            state.entry.editing?.knowsBase = true
        }
        state.message = Message(text, isError: true)
    }

    /// A sentence about a change: "Saved rd_gdp 2021: 2.16 (was none)".
    static func describe(_ revision: Revision, _ state: AppState) -> String {
        let l = state.language
        let target = state.plan.targets(tracking: revision.series).first
        func show(_ value: Double?) -> String {
            guard let value else { return l.text("none", "无") }
            guard let target else { return "\(value)" }
            return Formatting.figure(value, of: target, language: l)
        }
        let name = target?.name[l] ?? revision.series.description
        let cell = "\(name) \(revision.year)"
        let change = "\(show(revision.oldValue)) -> \(show(revision.newValue))"
        switch revision.action {
        case .enter, .import:
            return l.text("Saved \(cell): \(show(revision.newValue)).", "已保存 \(cell)：\(show(revision.newValue))。")
        case .revise:
            return revision.oldValue == revision.newValue
                ? l.text("Saved \(cell): source, note or flag changed.", "已保存 \(cell)：来源、备注或标记已改。")
                : l.text("Revised \(cell): \(change).", "已修订 \(cell)：\(change)。")
        case .delete:
            return l.text("Cleared \(cell) (was \(show(revision.oldValue))); u brings it back.", "已清除 \(cell)（原为 \(show(revision.oldValue))）；按 u 恢复。")
        case .undo:
            return l.text("Undone: \(cell) \(change).", "已撤销：\(cell) \(change)。")
        case .redo:
            return l.text("Redone: \(cell) \(change).", "已重做：\(cell) \(change)。")
        }
    }

    /// After undo or redo, the changed cell (of the first target tracking its series) is
    /// selected so the analyst sees what moved.
    static func select(_ series: SeriesID, year: Int, _ state: inout AppState) {
        guard let target = state.plan.targets(tracking: series).first,
              let group = state.groups.firstIndex(where: { $0.id == target.group }),
              let row = state.plan.targets(inGroup: target.group).firstIndex(where: { $0.id == target.id }) else { return }
        state.groupIndex = group
        state.row = row
        if state.entryYears.contains(year) { state.entry.year = year }
    }
}
