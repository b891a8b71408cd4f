import InnoCore
import InnoDraw

/// The selected target in full, the Overview's Selected panel over the whole screen: the
/// name in both languages and the id on its frame; status, goal and the engine's numbers,
/// progress beside time elapsed; the chart; the figures with source, note and
/// revised/preliminary markers; and the plan's sentence.
enum DetailScreen {
    static func draw(_ state: AppState, in area: Area, into canvas: inout Canvas) {
        guard let target = state.selectedTarget else { return }
        let l = state.language
        let g = state.glyphs
        let selected = SelectedPanel(state: state, target: target)
        // The name in the other language too, when the frame has room for it and the id.
        let both = [target.name[l], target.name[l == .en ? .zh : .en], target.id].joined(separator: "  ")
        let title = DisplayWidth.of(both) <= area.width - 6 ? both : target.name[l] + "  " + target.id
        let inside = Box.draw(title, in: area, into: &canvas, glyphs: g, titleStyle: Style(.title, bold: true))
        // The path table where the screen has room for it beside the chart and the figures.
        let path = inside.height >= 30 ? pathLines(selected.assessment, l, width: inside.width) : []
        let facts = selected.factLines(width: inside.width) + path
        let quoteLines = quote(target, l, width: inside.width, ellipsis: g.ellipsis)
        // The chart keeps 6 rows; the figures (a heading and one line each) what the facts,
        // the chart and the plan's sentence leave, and the chart grows into the rest.
        // A blank line between the parts where the screen is tall enough.
        let spacing = inside.height >= 30 ? 1 : 0
        let years = selected.figureYears
        let figuresWanted = max(1, years.count) + 1
        let room = inside.height - facts.count - quoteLines.count - 3 * spacing
        let figuresHeight = max(2, min(figuresWanted, room - 6))
        let parts = Layout.vertical([.length(facts.count), .fill(1), .length(figuresHeight), .length(quoteLines.count)],
                                    in: inside, spacing: spacing)
        PanelLine.draw(facts, in: parts[0], ellipsis: state.glyphs.ellipsis, into: &canvas)
        canvas.cursor = (inside.x, inside.y)
        selected.chart.draw(into: &canvas, in: parts[1])
        // The figures, the newest that fit.
        PanelLine.draw(selected.figureLines(width: inside.width, years: Array(years.suffix(max(0, parts[2].height - 1))), asOf: true),
                       in: parts[2], ellipsis: g.ellipsis, into: &canvas)
        for (i, line) in quoteLines.enumerated() where i < parts[3].height {
            canvas.put(line, x: parts[3].x, y: parts[3].y + i, style: Style(line.hasPrefix("「") ? .heading : .dim))
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
        if !t.isIndicator {
            items.append(kind(t, l) + (l == .en ? ", " : "，") + (t.isBinding ? l.text("binding (约束性)", "约束性") : l.text("anticipatory (预期性)", "预期性")))
        }
        if !t.isIndicator {
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
        if let midterm = a.midterm {
            var text = l.text("mid-term ", "中期评估 ") + midterm.word(l)
            if let progress = a.progress, let elapsed = a.timeElapsed, midterm != .achievedEarly {
                text += l.text(" (progress \(Formatting.percent(progress)) vs time \(Formatting.percent(elapsed)))",
                               "（完成\(Formatting.percent(progress))，时间\(Formatting.percent(elapsed))）")
            }
            items.append(text)
        }
        if a.isBorderline { items.append(Strings.borderlineMark + l.text(" borderline", " 临界")) }
        if !a.missingYears.isEmpty {
            items.append(l.text("no figure for ", "缺少年份 ") + a.missingYears.map(String.init).joined(separator: ", "))
        }
        return items
    }

    /// The kind of target in words: level, average growth, cumulative change, relative.
    static func kind(_ t: Target, _ l: Language) -> String {
        switch t.kindCode {
        case "average-growth": l.text("Average yearly growth", "年均增长")
        case "cumulative-change": l.text("Cumulative change", "累计变化")
        case "relative": l.text("Relative to \(t.reference ?? "")", "相对\(t.reference ?? "")水平")
        default: l.text("Level by the deadline", "期末水平")
        }
    }

    /// The required path as a table of two lines: each remaining year with the value the
    /// target must reach there at the rate needed from now (the JSON's `path`), headed by
    /// that rate. Empty when there is no path.
    static func pathLines(_ a: Assessment, _ l: Language, width: Int) -> [PanelLine] {
        guard !a.path.isEmpty else { return [] }
        let t = a.target
        let rate = Formatting.rate(a.neededRate, kind: a.rateKind, decimals: t.decimals, language: l)
        let heading = l.text("Path to the goal, ", "达标路径，") + l.text("needed from now ", "此后所需 ") + rate
        let growth = t.isGrowthRate
        let cells = a.path.map { (String($0.year), growth ? Formatting.number($0.value, of: t) + "%" : Formatting.number($0.value, of: t)) }
        let widths = cells.map { max(DisplayWidth.of($0.0), DisplayWidth.of($0.1)) }
        let label = [l.text("Year", "年份"), l.text("Required", "应达值")]
        let labelWidth = label.map { DisplayWidth.of($0) }.max()!
        var years = DisplayWidth.pad(label[0], to: labelWidth), values = DisplayWidth.pad(label[1], to: labelWidth)
        for (cell, w) in zip(cells, widths) where DisplayWidth.of(years) + w + 2 <= width {
            years += "  " + DisplayWidth.pad(cell.0, to: w, alignRight: true)
            values += "  " + DisplayWidth.pad(cell.1, to: w, alignRight: true)
        }
        return [PanelLine(heading, Style(.heading, bold: true)), PanelLine(years, Style(.label)), PanelLine(values, Style(.normal))]
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
