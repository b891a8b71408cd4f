import InnoCore
import InnoDraw

/// The selected target in full: status and name, goal and the engine's numbers, progress
/// beside time elapsed, a chart of the yearly figures with the goal and the projection,
/// the figures with source, note and revised/preliminary markers, and the plan's sentence.
enum DetailScreen {
    static func draw(_ state: AppState, in area: Area, into canvas: inout Canvas) {
        guard let target = state.selectedTarget else { return }
        let l = state.language
        let g = state.glyphs
        let a = state.assessment(of: target)
        let figures = state.figures.series(target.id).filter { $0.year <= state.asOf }
        var y = area.y

        // Status and name; the cursor sits here, on the focused target.
        var x = canvas.put(g.status(a.status) + " " + a.status.word(l), x: 0, y: y, style: Style(Theme.role(for: a.status), bold: true))
        x = canvas.put("  " + target.name[l], x: x, y: y, style: Style(.title, bold: true))
        // The name in the other language too, when the line has room for it and the id.
        let otherName = "  " + target.name[l == .en ? .zh : .en]
        if x + DisplayWidth.of(otherName) + DisplayWidth.of("  " + target.id) <= area.width {
            x = canvas.put(otherName, x: x, y: y, style: Style(.label))
        }
        canvas.put("  " + target.id, x: x, y: y, style: Style(.dim))
        canvas.cursor = (0, y)
        y += 1

        for line in TextWrap.flow(facts(a, l), separator: g.separator, width: area.width) {
            canvas.put(line, x: 0, y: y, style: Style(.label))
            y += 1
        }
        if target.kind == .numeric, target.goal != nil, a.progress != nil || a.timeElapsed != nil {
            y = drawProgress(a, state, at: y, width: area.width, into: &canvas)
        }

        let quoteLines = quote(target, l, width: area.width, ellipsis: g.ellipsis)
        // Blank lines before the chart, the figures and the sentence, then the figures
        // (a heading and one line each): the chart takes the rest, from 5 to 16 rows.
        let listWanted = max(1, figures.count) + 1
        let free = area.bottom - quoteLines.count - y - 3 - listWanted
        let showsChart = target.kind == .numeric && !figures.isEmpty && area.bottom - quoteLines.count - y >= 10
        let chartHeight = showsChart ? min(16, max(5, free)) : 0
        if showsChart {
            y += 1
            DetailChart(assessment: a, figures: figures, glyphs: g)
                .draw(into: &canvas, in: Area(x: 0, y: y, width: area.width, height: chartHeight))
            y += chartHeight
        }
        y += 1
        // The plan's sentence follows the figures, or sits at the bottom when they fill the room.
        let quoteTop = min(area.bottom - quoteLines.count, y + listWanted + 1)
        drawFigures(figures, target: target, state, in: Area(x: 0, y: y, width: area.width, height: quoteTop - 1 - y), into: &canvas)
        for (i, line) in quoteLines.enumerated() {
            canvas.put(line, x: 0, y: quoteTop + i, style: Style(line.hasPrefix("「") ? .heading : .dim))
        }
    }

    /// The goal and the engine's numbers, as short items.
    static func facts(_ a: Assessment, _ l: Language) -> [String] {
        let t = a.target
        var items: [String] = []
        if t.kind == .milestone {
            items.append(l.text("Milestone", "里程碑") + (t.deadline.map { l.text(", due \($0)", "，期限\($0)年") } ?? ""))
            if let year = a.achievedYear { items.append(l.text("achieved in \(year)", "\(year)年实现")) }
            return items
        }
        let figure = { (value: Double) in Formatting.withUnit(Formatting.number(value, of: t), t.unit, language: l) }
        if t.goal != nil {
            items.append(l.text("Goal ", "目标 ") + Formatting.goal(of: t, language: l) + (t.deadline.map { l.text(" by \($0)", "（\($0)年）") } ?? ""))
        } else {
            items.append(l.text("Indicator, ", "监测指标，") + Formatting.goal(of: t, language: l))
        }
        if let base = a.base { items.append(l.text("base ", "基期 ") + figure(base.value) + " (\(base.year))") }
        if let latest = a.latest { items.append(l.text("latest ", "最新 ") + figure(latest.value) + " (\(latest.year))") }
        if a.status == .noDeadlineFigure, let deadline = t.deadline {
            items.append(l.text("no figure for \(deadline), the deadline year, or later", "缺\(deadline)年（期限年）及以后的数据"))
        }
        if a.status == .achievedLate, let year = a.achievedYear, let deadline = t.deadline {
            items.append(l.text("met in \(year), after the \(deadline) deadline", "\(year)年达到，晚于\(deadline)年期限"))
        }
        if let gap = a.gap, !a.status.isSatisfied { items.append(l.text("gap ", "差距 ") + Formatting.gap(gap, of: t)) }
        let rate = { (r: Double?) in Formatting.rate(r, kind: a.rateKind, decimals: t.decimals, language: l) }
        if a.requiredRate != nil { items.append(l.text("required ", "所需增速 ") + rate(a.requiredRate)) }
        if a.actualRate != nil { items.append(l.text("actual ", "实际增速 ") + Formatting.actualRate(of: a, language: l)) }
        if let ratio = a.ratio, ratio.isFinite { items.append(l.text("ratio ", "比值 ") + Formatting.ratio(ratio)) }
        if a.neededRate != nil { items.append(l.text("needed from now ", "此后所需 ") + rate(a.neededRate)) }
        if let projection = a.projection, let deadline = t.deadline {
            items.append(l.text("projected ", "期末预测 ") + Formatting.number(projection, of: t) + " (\(deadline))")
        }
        if !a.missingYears.isEmpty {
            items.append(l.text("no figure for ", "缺少年份 ") + a.missingYears.map(String.init).joined(separator: ", "))
        }
        return items
    }

    /// Progress from base to goal beside the share of the time to the deadline gone.
    static func drawProgress(_ a: Assessment, _ state: AppState, at top: Int, x left: Int = 0, width: Int, into canvas: inout Canvas) -> Int {
        let l = state.language
        let labels = [l.text("Progress", "完成进度"), l.text("Time elapsed", "时间进度")]
        let labelWidth = labels.map { DisplayWidth.of($0) }.max()! + 2
        let barWidth = max(10, min(40, width - left - labelWidth - 8))
        var y = top
        for (label, share, role) in [(labels[0], a.progress, Theme.role(for: a.status)), (labels[1], a.timeElapsed, Role.dim)] {
            canvas.put(label, x: left, y: y, style: Style(.label))
            let filled = share.map { Int((min(max($0, 0), 1) * Double(barWidth)).rounded()) } ?? 0
            canvas.fill(state.glyphs.barFill, x: left + labelWidth, y: y, count: filled, style: Style(role == .dim ? .normal : role))
            canvas.fill(state.glyphs.barTrack, x: left + labelWidth + filled, y: y, count: barWidth - filled, style: Style(.barTrack))
            canvas.put(DisplayWidth.pad(Formatting.percent(share), to: 5, alignRight: true), x: left + labelWidth + barWidth + 1, y: y)
            y += 1
        }
        return y
    }

    /// The figures, newest last: year, value, revised/preliminary markers, source and note.
    static func drawFigures(_ figures: [Figure], target: Target, _ state: AppState, in area: Area, into canvas: inout Canvas) {
        let l = state.language
        let g = state.glyphs
        guard area.height > 0 else { return }
        var heading = l.text("Figures as of \(state.asOf)", "截至\(state.asOf)年的数据")
        heading += "   " + g.revised + l.text(" revised  ", " 已修订  ") + g.preliminary + l.text(" preliminary", " 初步数")
        canvas.put(heading, x: 0, y: area.y, style: Style(.heading, bold: true))
        guard !figures.isEmpty else {
            canvas.put(l.text("No figure yet: press e and type one.", "尚无数据：按 e 录入。"), x: 2, y: area.y + 1, style: Style(.dim))
            return
        }
        let valueWidth = figures.map { DisplayWidth.of(Formatting.figure($0.value, of: target, language: l)) }.max() ?? 1
        let room = area.height - 1
        let shown = figures.suffix(room)
        var y = area.y + 1
        if shown.count < figures.count, room > 1 {
            // Room for all but a few: say how many earlier ones are left out.
            let hidden = figures.count - room + 1
            canvas.put(l.text("\(hidden) earlier not shown", "另有\(hidden)个较早数据未显示"), x: 2, y: y, style: Style(.dim))
            y += 1
        }
        for figure in shown.suffix(area.bottom - y) {
            var x = canvas.put(String(figure.year), x: 2, y: y, style: Style(.label))
            x = canvas.put("  " + DisplayWidth.pad(Formatting.figure(figure.value, of: target, language: l), to: valueWidth, alignRight: true), x: x, y: y, style: Style(.normal, bold: true))
            let marks = (figure.isRevised ? g.revised : " ") + (figure.isPreliminary ? g.preliminary : " ")
            x = canvas.put(" " + marks + " ", x: x, y: y, style: Style(.warning))
            var text = figure.source
            if !figure.note.isEmpty { text += (text.isEmpty ? "" : g.separator) + figure.note }
            canvas.put(DisplayWidth.truncate(text, to: area.width - x, ellipsis: g.ellipsis), x: x, y: y, style: Style(.dim))
            y += 1
        }
    }

    /// The plan's own sentence for the target, where it comes from, and the plan's note
    /// on how it is read (such as 超过 meaning strictly above).
    static func quote(_ target: Target, _ l: Language, width: Int, ellipsis: String) -> [String] {
        var lines: [String] = []
        if let quote = target.quote, !quote.isEmpty {
            lines += TextWrap.lines("「" + quote + "」", width: width).prefix(2)
        }
        if !target.source.isEmpty {
            lines.append(DisplayWidth.truncate(l.text("Source: ", "来源：") + target.source, to: width, ellipsis: ellipsis))
        }
        if let note = target.note, !note.isEmpty {
            lines.append(DisplayWidth.truncate(l.text("Note: ", "注：") + note, to: width, ellipsis: ellipsis))
        }
        return lines
    }
}
