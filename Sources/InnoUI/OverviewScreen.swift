import InnoCore
import InnoDraw

/// The overview: one row per target of the group, with status glyph and word, name,
/// latest figure and year (flagged when years are missing), goal, gap, required against
/// actual growth, and a bullet bar; under the table, the selected target named in full
/// with the numbers the table has no room for. Everything else about one target is on the
/// Detail screen.
///
/// Moving the selection changes as few cells as it can (the bytes one row down sends are a
/// figure of BENCHMARKS.md): the marker of two rows, as mutt's `arrow_cursor` does for
/// slow links, and the two lines under the table. A reverse-video bar would rewrite both
/// rows whole.
enum OverviewScreen {
    static func draw(_ state: AppState, in area: Area, into canvas: inout Canvas) {
        let rows = state.assessments
        let l = state.language
        let layout = OverviewLayout(width: area.width, rows: rows, language: l, glyphs: state.glyphs)
        layout.drawHeader(into: &canvas, y: area.y)

        // The legend at the bottom, up to three lines. The table takes the rest but for the
        // selection (a blank line and two lines naming in full what the table cuts short),
        // which a group longer than the screen leaves room for too.
        let legend = TextWrap.flow(legendItems(rows, state), separator: "  ", width: area.width).prefix(3)
        let selectionLines = 3
        let visible = max(1, min(rows.count, area.height - 1 - legend.count - 1 - selectionLines))
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

        var y = area.y + 1 + min(visible, rows.count) + 1
        let room = area.bottom - legend.count - 1 - y
        if room > 0, rows.indices.contains(state.row) {
            let lines = selection(rows[state.row], state, layout: layout, width: area.width - 2)
            for (i, line) in lines.prefix(room).enumerated() {
                canvas.put(line, x: 2, y: y, style: Style(i == 0 ? .normal : .label, bold: i == 0), maxWidth: area.width - 2)
                y += 1
            }
        }
        y = min(y + 1, area.bottom - legend.count)
        for line in legend where y < area.bottom {
            canvas.put(line, x: 0, y: y, style: Style(.dim))
            y += 1
        }
    }

    /// The selected target under the table: its whole name, then one line of what the
    /// table leaves out at this width (the goal with its unit and deadline, the gap,
    /// required against actual growth, the projection), as many items as fit whole.
    static func selection(_ a: Assessment, _ state: AppState, layout: OverviewLayout, width: Int) -> [String] {
        let l = state.language
        let t = a.target
        var numbers: [String] = []
        if t.goal != nil {
            let by = t.deadline.map { l.text(" by \($0)", "（\($0)年）") } ?? ""
            numbers.append(l.text("goal ", "目标 ") + Formatting.goal(of: t, language: l) + by)
        } else if let deadline = t.deadline {
            numbers.append(l.text("due \(deadline)", "期限 \(deadline)年"))
        }
        if layout.gapWidth == 0, let gap = a.gap, !a.status.isSatisfied {
            numbers.append(l.text("gap ", "差距 ") + Formatting.gap(gap, of: t))
        }
        let rate = { (r: Double?) in Formatting.rate(r, kind: a.rateKind, decimals: t.decimals, language: l) }
        if layout.ratesWidth == 0, a.requiredRate != nil, a.actualRate != nil {
            numbers.append(l.text("required ", "所需增速 ") + rate(a.requiredRate) + l.text(", actual ", "，实际 ") + Formatting.actualRate(of: a, language: l))
        }
        if let projection = a.projection, let deadline = t.deadline {
            numbers.append(l.text("projected ", "期末预测 ") + Formatting.number(projection, of: t) + " (\(deadline))")
        }
        let name = DisplayWidth.truncate(t.name[l], to: width, ellipsis: state.glyphs.ellipsis)
        return [name] + TextWrap.flow(numbers, separator: state.glyphs.separator, width: width).prefix(1)
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
