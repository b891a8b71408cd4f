import InnoCore
import InnoDraw

/// The entry grid: targets by years, like a spreadsheet. The selected cell is shown in
/// reverse with the hardware cursor on it; what is being typed shows in the cell; the
/// selected figure's source and note show under the grid.
enum EntryScreen {
    static let nameWidth = 24
    static let cellWidth = 10
    /// The mark of a scenario figure, beside the preliminary and revised marks.
    static let scenarioMark = "~"

    static func draw(_ state: AppState, in area: Area, into canvas: inout Canvas) {
        let l = state.language
        let g = state.glyphs
        let targets = state.targets
        drawSettings(state, at: area.y, width: area.width, into: &canvas)

        let columns = Columns(state, targets: targets, width: area.width)
        let headerY = area.y + 1
        columns.drawHeader(state, at: headerY, width: area.width, into: &canvas)

        let detailLines = 3
        let visibleRows = max(1, area.height - 2 - detailLines - 1)
        let firstRow = Scrolling.firstVisible(selected: state.row, count: targets.count, visible: visibleRows)
        for (i, target) in targets.enumerated().dropFirst(firstRow).prefix(visibleRows) {
            let y = headerY + 1 + i - firstRow
            let selectedRow = i == state.row
            if selectedRow { canvas.put(String(g.cursor), x: 0, y: y, style: Style(.key, bold: true)) }
            canvas.put(DisplayWidth.truncate(target.name[l], to: columns.nameWidth - 3, ellipsis: g.ellipsis), x: 2, y: y,
                       style: Style(.normal, bold: selectedRow))
            for year in columns.years {
                let cellX = columns.x(of: year)
                let selected = selectedRow && year == state.entry.year
                if selected, let editing = state.entry.editing {
                    drawEditing(editing, at: cellX, y: y, into: &canvas)
                    continue
                }
                let shown = state.figures.figure(target.series, year: year) ?? state.scenario.figure(target.series, year: year)
                drawCell(shown, target: target, state, at: cellX, y: y, selected: selected, into: &canvas)
                if selected { canvas.cursor = (cellX + cellWidth - 3, y) }
            }
        }
        let shownRows = min(visibleRows, targets.count - firstRow)
        drawDetails(state, at: headerY + 1 + shownRows + 1, width: area.width, into: &canvas)
    }

    /// Line 1: what the figures typed now get (`S` source, `P` preliminary).
    static func drawSettings(_ state: AppState, at y: Int, width: Int, into canvas: inout Canvas) {
        let l = state.language
        let source = state.entry.source.isEmpty ? l.text("(the cell's own)", "（沿用原来源）") : state.entry.source
        if state.entry.scenarioMode {
            canvas.put(l.text("SCENARIO: what-if figures, kept apart from the official ones; \(scenarioMark) marks them; w: official figures",
                              "情景模式：假设数值，与正式数据分开；以 \(scenarioMark) 标记；按 w 回到正式数据"),
                       x: 0, y: y, style: Style(.projection, bold: true), maxWidth: width)
            return
        }
        let kind = state.entry.preliminary ? l.text("preliminary", "初步数") : l.text("final", "终值")
        var x = canvas.put(l.text("New figures: ", "新录入：") + kind, x: 0, y: y, style: Style(.label, bold: state.entry.preliminary))
        x = canvas.put(state.glyphs.separator + l.text("source ", "来源 "), x: x, y: y, style: Style(.dim))
        canvas.put(source, x: x, y: y, style: Style(.label), maxWidth: width - x)
    }

    /// The grid's columns: the names, then the years that fit, the selected one in view.
    struct Columns {
        let nameWidth: Int
        let years: [Int]
        let all: ClosedRange<Int>

        init(_ state: AppState, targets: [Target], width: Int) {
            all = state.entryYears
            // The years first, every one while there is room (down to one); then the names,
            // from 24 columns up to the longest name or a third of the width.
            let longest = (targets.map { DisplayWidth.of($0.name[state.language]) }.max() ?? 0) + 3
            let sized = Layout.columns([
                Layout.Column(width: EntryScreen.nameWidth, most: max(EntryScreen.nameWidth, min(longest, width / 3)), grow: 2),
                Layout.Column(width: all.count * cellWidth, least: cellWidth, grow: 1),
            ], width: width - 1, gap: 0)
            nameWidth = sized[0] ?? EntryScreen.nameWidth
            let visible = max(1, (sized[1] ?? cellWidth) / cellWidth)
            let first = all.lowerBound + Scrolling.firstVisible(selected: state.entry.year - all.lowerBound, count: all.count, visible: visible)
            years = Array(first..<min(first + visible, all.upperBound + 1))
        }

        func x(of year: Int) -> Int {
            nameWidth + 1 + (year - (years.first ?? year)) * cellWidth
        }

        /// Years right-aligned over their values; the selected one marked, the as-of year
        /// highlighted; `<` and `>` where more years are scrolled out of view.
        func drawHeader(_ state: AppState, at y: Int, width: Int, into canvas: inout Canvas) {
            canvas.put(Strings.columns(state.language).target, x: 2, y: y, style: Style(.dim))
            for year in years {
                let selected = year == state.entry.year
                let label = selected ? String(state.glyphs.cursor) + String(year) : String(year)
                canvas.put(DisplayWidth.pad(label, to: cellWidth - 2, alignRight: true), x: x(of: year), y: y,
                           style: Style(year == state.asOf ? .heading : .dim, bold: selected, underline: selected))
            }
            let more = Style(.key, bold: true)
            if let first = years.first, first > all.lowerBound { canvas.put("<", x: nameWidth, y: y, style: more) }
            if let last = years.last, last < all.upperBound { canvas.put(">", x: width - 1, y: y, style: more) }
        }
    }

    static func drawCell(_ figure: Figure?, target: Target, _ state: AppState, at x: Int, y: Int, selected: Bool, into canvas: inout Canvas) {
        let g = state.glyphs
        let text = figure.map { Formatting.figure($0.value, of: target, language: state.language) } ?? (selected ? "" : String(g.barTrack))
        // Figures after the as-of year are dim: they do not count in the assessment.
        let counts = figure.map { $0.year <= state.asOf } ?? false
        let style = Style(figure?.isScenario == true ? .projection : counts ? .normal : .dim, reverse: selected)
        canvas.put(DisplayWidth.pad(text, to: cellWidth - 2, alignRight: true, ellipsis: g.ellipsis), x: x, y: y, style: style)
        let mark = figure.map { $0.isScenario ? scenarioMark : $0.isPreliminary ? g.preliminary : ($0.isRevised ? g.revised : " ") } ?? " "
        canvas.put(mark, x: x + cellWidth - 2, y: y, style: Style(.warning, reverse: selected))
    }

    /// A value being typed: its text, underlined, the cursor after it; red when refused.
    static func drawEditing(_ editing: EntryState.Editing, at x: Int, y: Int, into canvas: inout Canvas) {
        let room = cellWidth - 1
        let shown = DisplayWidth.tail(editing.text, to: room - 1)
        let style = Style(editing.error == nil ? .input : .error, bold: true, underline: true)
        canvas.fill(" ", x: x, y: y, count: room, style: style)
        let end = canvas.put(shown, x: x, y: y, style: style)
        canvas.cursor = (end, y)
    }

    /// Under the grid: the selected cell's figure with its source and note, or the reason
    /// a typed value was refused.
    static func drawDetails(_ state: AppState, at top: Int, width: Int, into canvas: inout Canvas) {
        let l = state.language
        let g = state.glyphs
        guard let target = state.selectedTarget else { return }
        let year = state.entry.year
        let cell = "\(target.id) \(year)"
        if let editing = state.entry.editing {
            let expected = target.kind == .milestone ? l.text("yes or no", "是或否") : Formatting.goal(of: target, language: l)
            canvas.put(cell + ": " + l.text("typing; goal ", "输入中；目标 ") + expected, x: 0, y: top, style: Style(.label))
            if let error = editing.error {
                for (i, line) in TextWrap.lines(g.status(.missed) + " " + error, width: width).prefix(2).enumerated() {
                    canvas.put(line, x: 0, y: top + 1 + i, style: Style(.error, bold: true))
                }
            }
            return
        }
        guard let figure = state.figures.figure(target.series, year: year) else {
            if let what = state.scenario.figure(target.series, year: year) {
                let value = Formatting.withUnit(Formatting.figure(what.value, of: target, language: l), target.unit, language: l)
                canvas.put(cell + ": " + l.text("scenario \(value) (what if; not an official figure)", "情景 \(value)（假设，非正式数据）"),
                           x: 0, y: top, style: Style(.projection, bold: true))
                if let with = state.scenarioAssessment(of: target) {
                    canvas.put(l.text("With the scenario, as of \(with.asOf): ", "按情景，截至\(with.asOf)年：") + g.status(with.status) + " " + with.status.word(l),
                               x: 0, y: top + 1, style: Style(Theme.role(for: with.status)))
                }
                return
            }
            let hint = state.entry.scenarioMode ? l.text("no figure; type a what-if value", "无数据；请输入假设数值") : l.text("no figure; type a value", "无数据；请输入")
            canvas.put(cell + ": " + hint, x: 0, y: top, style: Style(.dim))
            return
        }
        var status: [String] = [Formatting.withUnit(Formatting.figure(figure.value, of: target, language: l), target.unit, language: l)]
        if figure.isPreliminary { status.append(l.text("preliminary", "初步数")) }
        if figure.isRevised { status.append(l.text("revised", "已修订")) }
        canvas.put(cell + ": " + status.joined(separator: ", "), x: 0, y: top, style: Style(.label, bold: true))
        let source = l.text("Source: ", "来源：") + (figure.source.isEmpty ? "-" : figure.source)
        canvas.put(DisplayWidth.truncate(source, to: width, ellipsis: g.ellipsis), x: 0, y: top + 1, style: Style(.dim))
        if !figure.note.isEmpty {
            canvas.put(DisplayWidth.truncate(l.text("Note: ", "备注：") + figure.note, to: width, ellipsis: g.ellipsis), x: 0, y: top + 2, style: Style(.dim))
        }
    }
}
