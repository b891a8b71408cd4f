import InnoCore
import InnoDraw

/// The overview, a dashboard of panels laid out by the room there is: the Targets panel
/// (the group's table) across the top; on a tall screen (from 100x37) the Plan panel (the
/// whole plan by status) and the Facts panel (the selected target's facts, figures and
/// sentence) side by side under it, and the selected target's chart across the rest; on a
/// smaller one the Plan panel at the bottom left and the chart beside it, the facts under
/// the chart.
///
/// Moving the selection changes as few cells as it can (the bytes one row down sends are a
/// figure of BENCHMARKS.md): the marker of two rows, as mutt's `arrow_cursor` does for
/// slow links, and the panels of the selected target. A reverse-video bar would rewrite
/// both rows whole; the Plan panel does not change.
enum OverviewScreen {
    static func draw(_ state: AppState, in area: Area, into canvas: inout Canvas) {
        let rows = state.assessments
        // The table takes what it needs up to about half the height.
        let tableRows = min(rows.count, max(3, area.height / 2 - 3))
        let planWidth = min(48, max(30, area.width * 3 / 10))
        let target = state.selectedTarget
        let selected = target.map { SelectedPanel(state: state, target: $0) }
        if let selected, area.height >= 34, area.width >= 100 {
            // The Plan and Facts panels as tall as the Plan panel wants, whatever the
            // selection (so a row move leaves it alone), leaving the chart 12 rows at least.
            let plan = PlanPanel.wantedHeight(state, width: planWidth - 2) + 2
            let middle = min(plan, area.height - tableRows - 3 - 12)
            let parts = Layout.vertical([.length(tableRows + 3), .length(middle), .fill(1)], in: area)
            TargetsPanel.draw(state, rows: rows, in: parts[0], into: &canvas)
            let sides = Layout.horizontal([.length(planWidth), .fill(1)], in: parts[1])
            PlanPanel.draw(state, in: sides[0], into: &canvas)
            selected.drawFacts(in: sides[1], into: &canvas)
            selected.drawChart(in: parts[2], withFacts: false, into: &canvas)
            return
        }
        let parts = Layout.vertical([.length(tableRows + 3), .fill(1)], in: area)
        TargetsPanel.draw(state, rows: rows, in: parts[0], into: &canvas)
        let bottom = Layout.horizontal([.length(planWidth), .fill(1)], in: parts[1])
        PlanPanel.draw(state, in: bottom[0], into: &canvas)
        selected?.drawChart(in: bottom[1], withFacts: true, into: &canvas)
    }
}

/// The Overview's Targets panel: one row per target of the group, with status glyph and
/// word, name, latest figure and year (flagged when years are missing), goal, gap,
/// required against actual growth, a sparkline of the series and a bullet bar, as many
/// columns as the width holds (`OverviewLayout`). A group longer than the panel scrolls.
enum TargetsPanel {
    static func draw(_ state: AppState, rows: [Assessment], in rect: Rect, into canvas: inout Canvas) {
        let l = state.language
        let g = state.glyphs
        let title = state.group.map { $0.name[l] } ?? l.text("Targets", "目标")
        let inside = Box.draw(title, in: rect, into: &canvas, glyphs: g)
        let years = state.years.lowerBound...max(state.years.lowerBound, state.asOf)
        var scenario: [String: Assessment] = [:]
        if state.scenario.count > 0 {
            for row in rows { scenario[row.target.id] = state.scenarioAssessment(of: row.target) }
        }
        let layout = OverviewLayout(x: inside.x, width: inside.width, rows: rows, sparkYears: years.count, scenario: scenario,
                                    language: l, glyphs: g)
        layout.drawHeader(into: &canvas, y: inside.y)
        let visible = max(1, inside.height - 1)
        let first = Scrolling.firstVisible(selected: state.row, count: rows.count, visible: visible)
        for (i, assessment) in rows.enumerated().dropFirst(first).prefix(visible) {
            let y = inside.y + 1 + i - first
            let spark = layout.sparkWidth > 0 ? sparkValues(assessment.target, years, state) : []
            layout.drawRow(assessment, spark: spark, scenario: scenario[assessment.target.id], into: &canvas, y: y, selected: i == state.row)
            if i == state.row { canvas.cursor = (inside.x, y) }
        }
        // On the frame: which rows are in view, and what the missing-years flag means.
        if rows.count > visible {
            let more = " " + l.text("\(first + 1)-\(min(rows.count, first + visible)) of \(rows.count)", "第\(first + 1)-\(min(rows.count, first + visible))项，共\(rows.count)项") + " "
            canvas.put(more, x: rect.right - 2 - DisplayWidth.of(more), y: rect.y, style: Style(.dim))
        }
        var legends: [String] = []
        if rows.contains(where: \.isBorderline) { legends.append(Strings.borderlineMark + l.text(" borderline", " 临界")) }
        if layout.bindingWidth > 0 { legends.append(Strings.bindingLegend(l)) }
        if rows.contains(where: { !$0.missingYears.isEmpty }) { legends.append(g.missingYears + l.text(" a year without a figure", " 有年份缺数据")) }
        // As many as fit on the frame, the first ones first.
        while !legends.isEmpty {
            let legend = " " + legends.joined(separator: "  ") + " "
            if DisplayWidth.of(legend) + 4 <= rect.width {
                canvas.put(legend, x: rect.right - 2 - DisplayWidth.of(legend), y: rect.bottom - 1, style: Style(.dim))
                break
            }
            legends.removeLast()
        }
    }

    /// A target's figures year by year, nil for a year without one.
    static func sparkValues(_ target: Target, _ years: ClosedRange<Int>, _ state: AppState) -> [Double?] {
        let series = state.figures.series(target.series)
        var byYear: [Int: Double] = [:]
        for figure in series where years.contains(figure.year) { byYear[figure.year] = figure.value }
        return years.map { byYear[$0] }
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
