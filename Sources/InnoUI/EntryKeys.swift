import InnoCore
import InnoDraw

/// Keys of the entry grid: moving between cells, typing a value, saving, clearing, undo.
enum EntryKeys {
    /// Keys on the grid when nothing is being typed; nil for keys the grid leaves to
    /// the common handling (screens, groups, as-of year, language, quit).
    static func handle(_ key: Key, _ state: inout AppState) -> [Effect]? {
        guard let target = state.selectedTarget else { return nil }
        let year = state.entry.year
        switch key {
        case .left, .character("h"), .backTab:
            moveYear(by: -1, &state)
        case .right, .character("l"), .tab:
            moveYear(by: 1, &state)
        case .home:
            state.entry.year = state.entryYears.lowerBound
        case .end:
            state.entry.year = state.entryYears.upperBound
        case .character("w"):
            state.entry.scenarioMode.toggle()
            state.entry.editing = nil
            let l = state.language
            state.message = Message(state.entry.scenarioMode
                ? l.text("Scenario: what you type now is a what-if figure, kept apart from the official ones (w: back).",
                         "情景模式：现在录入的是假设数值，与正式数据分开保存（按 w 返回）。")
                : l.text("Official figures again.", "已回到正式数据。"))
        case .enter where state.entry.scenarioMode:
            let current = state.scenario.figure(target.series, year: year)
            var editing = EntryState.Editing(targetID: target.id, year: year, text: current.map { FigureInput.text($0.value, of: target) } ?? "")
            editing.isScenario = true
            state.entry.editing = editing
        case .delete where state.entry.scenarioMode:
            guard state.scenario.figure(target.series, year: year) != nil else {
                state.message = Message(state.language.text("No scenario figure to clear here.", "此处没有可清除的情景数值。"))
                return []
            }
            return [.setScenario(series: target.series, year: year, value: nil)]
        case .character(let c) where state.entry.scenarioMode && startsValue(c, target: target):
            var editing = EntryState.Editing(targetID: target.id, year: year, text: String(c))
            editing.isScenario = true
            state.entry.editing = editing
        case .enter:
            let current = state.figures.figure(target.series, year: year)
            let text = current.map { FigureInput.text($0.value, of: target) } ?? ""
            state.entry.editing = .init(targetID: target.id, year: year, text: text, over: current?.value)
        case .delete:
            guard state.figures.figure(target.series, year: year) != nil else {
                state.message = Message(state.language.text("No figure to clear here.", "此处没有可清除的数值。"))
                return []
            }
            state.pending = .change
            return [.delete(series: target.series, year: year)]
        case .character("u"):
            state.pending = .change
            return [.undo]
        case .character("U"):
            state.pending = .change
            return [.redo]
        case .character("S"):
            state.prompt = .source(text: state.entry.source)
        case .character("P"):
            state.entry.preliminary.toggle()
        case .character("n"):
            guard let figure = state.figures.figure(target.series, year: year) else {
                state.message = Message(state.language.text("Type a value first; a note belongs to a figure.", "请先输入数值；备注属于某个数值。"), isError: true)
                return []
            }
            state.prompt = .note(text: figure.note, series: target.series, year: year)
        case .character("p"):
            guard let figure = state.figures.figure(target.series, year: year) else {
                state.message = Message(state.language.text("Type a value first; the preliminary flag belongs to a figure.", "请先输入数值；初步标记属于某个数值。"), isError: true)
                return []
            }
            state.pending = .change
            return [.save(FigureEntry(series: figure.series, year: figure.year, value: figure.value, source: figure.source,
                                      note: figure.note, isPreliminary: !figure.isPreliminary))]
        case .character(let c) where startsValue(c, target: target):
            state.entry.editing = .init(targetID: target.id, year: year, text: String(c),
                                        over: state.figures.figure(target.series, year: year)?.value)
        default:
            return nil
        }
        return []
    }

    /// Keys while a value is being typed into a cell.
    static func handleEditing(_ key: Key, _ state: inout AppState) -> [Effect] {
        guard var editing = state.entry.editing else { return [] }
        switch key {
        case .escape:
            state.entry.editing = nil
            state.message = Message(state.language.text("Cancelled; nothing saved.", "已取消，未保存。"))
            return []
        case .backspace:
            if !editing.text.isEmpty { editing.text.removeLast() }
            editing.error = nil
        case .control("u"):
            editing.text = ""
            editing.error = nil
        case .enter:
            return commit(editing, then: .down, &state)
        case .tab:
            return commit(editing, then: .right, &state)
        case .backTab:
            return commit(editing, then: .left, &state)
        case .character(let c):
            editing.text.append(c)
            editing.error = nil
        default:
            return []
        }
        state.entry.editing = editing
        return []
    }

    /// Reads the typed value through the one set of input rules; a refused value stays
    /// in the cell with the reason, and nothing is sent to the store.
    static func commit(_ editing: EntryState.Editing, then move: EntryState.Move, _ state: inout AppState) -> [Effect] {
        guard let target = state.plan.target(id: editing.targetID) else { return [] }
        let value: Double
        do {
            value = try FigureInput.value(editing.text, for: target)
        } catch {
            state.entry.editing?.error = error[state.language]
            return []
        }
        if editing.isScenario {
            if state.figures.figure(target.series, year: editing.year) != nil {
                let l = state.language
                state.entry.editing?.error = l.text("\(editing.year) has an official figure; a scenario figure is for a year without one",
                                                    "\(editing.year)年已有正式数据；情景数值只用于尚无正式数据的年份")
                return []
            }
            state.pending = .save(targetID: target.id, year: editing.year, then: move)
            return [.setScenario(series: target.series, year: editing.year, value: value)]
        }
        if let current = state.figures.figure(target.series, year: editing.year), current.value == value {
            // The same value again: no revision to write, just move on.
            state.entry.editing = nil
            moveAfterSave(move, &state)
            return []
        }
        let existing = state.figures.figure(target.series, year: editing.year)
        let entry = FigureEntry(
            series: target.series, year: editing.year, value: value,
            source: state.entry.source.isEmpty ? (existing?.source ?? "") : state.entry.source,
            note: existing?.note ?? "", isPreliminary: state.entry.preliminary
        )
        state.pending = .save(targetID: target.id, year: editing.year, then: move)
        return [.save(entry)]
    }

    static func moveAfterSave(_ move: EntryState.Move, _ state: inout AppState) {
        switch move {
        case .down: Update.moveRow(by: 1, &state)
        case .right: moveYear(by: 1, &state)
        case .left: moveYear(by: -1, &state)
        case .stay: break
        }
    }

    static func moveYear(by delta: Int, _ state: inout AppState) {
        let years = state.entryYears
        state.entry.year = min(max(state.entry.year + delta, years.lowerBound), years.upperBound)
    }

    /// Whether a character typed on a cell starts a value: digits, a sign or a point,
    /// full-width and other non-ASCII characters (`２`, `是`), and for a milestone y/n.
    static func startsValue(_ c: Character, target: Target) -> Bool {
        if c.isASCII {
            if c.isNumber || c == "." || c == "-" || c == "+" { return true }
            return target.kind == .milestone && (c == "y" || c == "Y")
        }
        return !c.isWhitespace
    }
}
