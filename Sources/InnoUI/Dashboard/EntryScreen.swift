import InnoCore

/// The entry grid: targets by years, like a spreadsheet. The selected cell is shown in
/// reverse with the hardware cursor on it; what is being typed shows in the cell; the
/// selected figure's source and note show under the grid.
enum EntryScreen {
    static let nameWidth = 24
    static let cellWidth = 10

    static func draw(_ state: AppState, in area: Area, into canvas: inout Canvas) {
        let l = state.language
        let g = state.glyphs
        let targets = state.targets
        let years = state.entryYears

        // Line 1: what the figures typed now get.
        let source = state.entry.source.isEmpty ? l.text("(the cell's own)", "（沿用原来源）") : state.entry.source
        let kind = state.entry.preliminary ? l.text("preliminary", "初步数") : l.text("final", "终值")
        var x = canvas.put(l.text("New figures: ", "新录入：") + kind, x: 0, y: area.y, style: Style(.label, bold: state.entry.preliminary))
        x = canvas.put(g.separator + l.text("source ", "来源 "), x: x, y: area.y, style: Style(.dim))
        canvas.put(source, x: x, y: area.y, style: Style(.label), maxWidth: area.width - x)

        // The year columns that fit, with the selected year in view.
        // The name column takes what the years leave, from 24 up to the longest name.
        let longest = (targets.map { DisplayWidth.of($0.name[l]) }.max() ?? 0) + 3
        let spare = area.width - 1 - years.count * cellWidth
        let nameWidth = min(max(Self.nameWidth, min(spare, longest)), max(Self.nameWidth, area.width / 3))
        let visibleYears = max(1, (area.width - nameWidth - 1) / cellWidth)
        let yearCount = years.count
        let firstYear = years.lowerBound + Scrolling.firstVisible(selected: state.entry.year - years.lowerBound, count: yearCount, visible: visibleYears)
        let shownYears = Array(firstYear..<min(firstYear + visibleYears, years.upperBound + 1))
        func columnX(_ year: Int) -> Int { nameWidth + 1 + (year - firstYear) * cellWidth }

        let headerY = area.y + 1
        canvas.put(Strings.columns(l).target, x: 2, y: headerY, style: Style(.dim))
        for year in shownYears {
            let selected = year == state.entry.year
            let role: Role = year == state.asOf ? .heading : .dim
            let label = selected ? String(g.cursor) + String(year) : String(year)
            canvas.put(DisplayWidth.pad(label, to: cellWidth - 2, alignRight: true), x: columnX(year), y: headerY,
                       style: Style(role, bold: selected, underline: selected))
        }
        if firstYear > years.lowerBound { canvas.put("<", x: nameWidth, y: headerY, style: Style(.key, bold: true)) }
        if firstYear + visibleYears <= years.upperBound { canvas.put(">", x: area.width - 1, y: headerY, style: Style(.key, bold: true)) }

        let detailLines = 3
        let visibleRows = max(1, area.height - 2 - detailLines - 1)
        let firstRow = Scrolling.firstVisible(selected: state.row, count: targets.count, visible: visibleRows)
        for (i, target) in targets.enumerated().dropFirst(firstRow).prefix(visibleRows) {
            let y = headerY + 1 + i - firstRow
            let selectedRow = i == state.row
            if selectedRow { canvas.put(String(g.cursor), x: 0, y: y, style: Style(.key, bold: true)) }
            canvas.put(DisplayWidth.truncate(target.name[l], to: nameWidth - 3, ellipsis: g.ellipsis), x: 2, y: y,
                       style: Style(.normal, bold: selectedRow))
            for year in shownYears {
                let cellX = columnX(year)
                let selected = selectedRow && year == state.entry.year
                if selected, let editing = state.entry.editing {
                    drawEditing(editing, at: cellX, y: y, into: &canvas)
                    continue
                }
                drawCell(state.figures.figure(target.id, year: year), target: target, state, at: cellX, y: y, selected: selected, into: &canvas)
                if selected { canvas.cursor = (cellX + cellWidth - 3, y) }
            }
        }
        let shownRows = min(visibleRows, targets.count - firstRow)
        drawDetails(state, at: headerY + 1 + shownRows + 1, width: area.width, into: &canvas)
    }

    static func drawCell(_ figure: Figure?, target: Target, _ state: AppState, at x: Int, y: Int, selected: Bool, into canvas: inout Canvas) {
        let g = state.glyphs
        let text = figure.map { Formatting.figure($0.value, of: target, language: state.language) } ?? (selected ? "" : String(g.barTrack))
        let style = Style(figure == nil ? .dim : (figure!.year > state.asOf ? .dim : .normal), reverse: selected)
        canvas.put(DisplayWidth.pad(text, to: cellWidth - 2, alignRight: true, ellipsis: g.ellipsis), x: x, y: y, style: style)
        let mark = figure.map { $0.isPreliminary ? g.preliminary : ($0.isRevised ? g.revised : " ") } ?? " "
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
        guard let figure = state.figures.figure(target.id, year: year) else {
            canvas.put(cell + ": " + l.text("no figure; type a value", "无数据；请输入"), x: 0, y: top, style: Style(.dim))
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
