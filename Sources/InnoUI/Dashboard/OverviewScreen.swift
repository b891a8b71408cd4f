import InnoCore

/// The overview: one row per target of the group, with status glyph and word, name,
/// latest figure and year (flagged when years are missing), goal, gap, required against
/// actual growth, and a bullet bar; the selected target's other numbers under the table.
enum OverviewScreen {
    static func draw(_ state: AppState, in area: Area, into canvas: inout Canvas) {
        let rows = state.assessments
        let l = state.language
        let layout = OverviewLayout(width: area.width, rows: rows, language: l, glyphs: state.glyphs)
        layout.drawHeader(into: &canvas, y: area.y)

        // Under the table: a blank line and the selected target's other numbers; the
        // legend at the bottom.
        let legend = TextWrap.flow(legendItems(rows, state), separator: "  ", width: area.width).suffix(2)
        // The table comes first; the facts take what is left, up to four lines.
        let visible = max(1, min(rows.count, area.height - 1 - legend.count - 2))
        let factsLines = min(4, max(0, area.height - 1 - visible - 1 - legend.count))
        let first = Scrolling.firstVisible(selected: state.row, count: rows.count, visible: visible)
        for (i, assessment) in rows.enumerated().dropFirst(first).prefix(visible) {
            let y = area.y + 1 + i - first
            layout.drawRow(assessment, into: &canvas, y: y, selected: i == state.row)
            if i == state.row { canvas.cursor = (0, y) }
        }
        if rows.count > visible {
            let more = l.text("\(first + 1)-\(min(rows.count, first + visible)) of \(rows.count)", "第\(first + 1)-\(min(rows.count, first + visible))项，共\(rows.count)项")
            canvas.fill(" ", x: area.width - DisplayWidth.of(more) - 1, y: area.y, count: DisplayWidth.of(more) + 1)
            canvas.put(more, x: area.width - DisplayWidth.of(more), y: area.y, style: Style(.dim))
        }

        // Under the table, top-aligned: the selected target's facts, its progress beside
        // the time elapsed when there is room, then the legend.
        var y = area.y + 1 + min(visible, rows.count) + 1
        let legendY = { (y: Int) in min(y, area.bottom - legend.count) }
        if let selected = rows.indices.contains(state.row) ? rows[state.row] : rows.first {
            let lines = facts(selected, state, width: area.width - 2, withRates: layout.ratesWidth == 0)
            for (i, line) in lines.prefix(factsLines).enumerated() {
                canvas.put(line, x: 2, y: y, style: Style(i == 0 ? .normal : .label, bold: i == 0), maxWidth: area.width - 2)
                y += 1
            }
            let showsProgress = selected.target.goal != nil && selected.progress != nil
            if showsProgress, area.bottom - legend.count - y >= 3 {
                y = DetailScreen.drawProgress(selected, state, at: y, x: 2, width: min(area.width, 72), into: &canvas)
            }
        }
        y = legendY(y + 1)
        for line in legend where y < area.bottom {
            canvas.put(line, x: 0, y: y, style: Style(.dim))
            y += 1
        }
    }

    /// The selected target in the other language, and the numbers the table leaves out.
    static func facts(_ a: Assessment, _ state: AppState, width: Int, withRates: Bool) -> [String] {
        let l = state.language
        let t = a.target
        let other: Language = l == .en ? .zh : .en
        var numbers: [String] = []
        if t.goal != nil {
            let by = t.deadline.map { l.text(" by \($0)", "（\($0)年）") } ?? ""
            numbers.append(l.text("goal ", "目标 ") + Formatting.goal(of: t, language: l) + by)
        }
        if let gap = a.gap, !a.status.isSatisfied {
            numbers.append(l.text("gap ", "差距 ") + Formatting.value(gap, decimals: t.decimals))
        }
        if let base = a.base {
            numbers.append(l.text("base ", "基期 ") + Formatting.figure(base.value, of: t, language: l) + " (\(base.year))")
        }
        let rate = { (r: Double?) in Formatting.rate(r, kind: a.rateKind, decimals: t.decimals, language: l) }
        if withRates, a.requiredRate != nil, a.actualRate != nil {
            numbers.append(l.text("required ", "所需增速 ") + rate(a.requiredRate) + l.text(", actual ", "，实际 ") + rate(a.actualRate))
        }
        if a.neededRate != nil {
            numbers.append(l.text("needed from now ", "此后所需 ") + rate(a.neededRate))
        }
        if let projection = a.projection, let deadline = t.deadline {
            numbers.append(l.text("projected ", "期末预测 ") + Formatting.value(projection, decimals: t.decimals) + " (\(deadline))")
        }
        if !a.missingYears.isEmpty {
            numbers.append(state.glyphs.missingYears + l.text(" no figure for ", " 缺少年份 ") + a.missingYears.map(String.init).joined(separator: ", "))
        }
        if let deadline = t.deadline, t.goal == nil {
            numbers.append(l.text("due \(deadline)", "期限 \(deadline)年"))
        }
        let name = t.name[l] + "  " + t.name[other]
        let quote = t.quote.map { ["「" + $0 + "」"] } ?? []
        return [name] + TextWrap.flow(numbers, separator: state.glyphs.separator, width: width) + quote
    }

    /// The status glyphs and words on screen, and the missing-years flag when shown.
    static func legendItems(_ rows: [Assessment], _ state: AppState) -> [String] {
        let shown = Status.allCases.filter { status in rows.contains { $0.status == status } }
        var items = shown.map { state.glyphs.status($0) + " " + $0.word(state.language) }
        if rows.contains(where: { !$0.missingYears.isEmpty }) {
            items.append(state.glyphs.missingYears + state.language.text(" a year without a figure", " 有年份缺数据"))
        }
        return items
    }
}

/// Which rows of a list to show so the selected one is in view.
enum Scrolling {
    static func firstVisible(selected: Int, count: Int, visible: Int) -> Int {
        guard count > visible, visible > 0 else { return 0 }
        // Keep a third of the rows below the selection in view when there are more.
        return (selected - visible + 1 + visible / 3).clamped(to: max(0, selected - visible + 1)...min(selected, count - visible))
    }
}

extension Comparable {
    func clamped(to range: ClosedRange<Self>) -> Self {
        min(max(self, range.lowerBound), range.upperBound)
    }
}
