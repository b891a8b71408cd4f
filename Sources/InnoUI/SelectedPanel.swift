import InnoCore
import InnoDraw

/// The Overview's panels of the selected target: its chart, and its facts (status, goal,
/// base, latest, required and actual rate, ratio, needed rate from now, progress against
/// time elapsed), with its figures and the plan's sentence where there is room. They
/// follow the selection.
struct SelectedPanel {
    let state: AppState
    let target: Target
    let assessment: Assessment
    let figures: [Figure]

    init(state: AppState, target: Target) {
        self.state = state
        self.target = target
        assessment = state.assessment(of: target)
        figures = state.figures.series(target.id).filter { $0.year <= state.asOf }
    }

    /// The status, the facts flowed to the width, and progress against time elapsed.
    func factLines(width: Int) -> [PanelLine] {
        let l = state.language
        let g = state.glyphs
        let a = assessment
        var lines = [PanelLine(g.status(a.status) + " " + a.status.word(l), Style(Theme.role(for: a.status), bold: true))]
        lines += TextWrap.flow(DetailScreen.facts(a, l), separator: g.separator, width: width).map { PanelLine($0, Style(.label)) }
        if target.kind == .numeric, target.goal != nil, a.progress != nil || a.timeElapsed != nil {
            lines += progressLines(width: width)
        }
        return lines
    }

    /// Progress from base to goal beside the share of the time to the deadline gone.
    func progressLines(width: Int) -> [PanelLine] {
        let l = state.language
        let labels = [l.text("Progress", "完成进度"), l.text("Time elapsed", "时间进度")]
        let labelWidth = labels.map { DisplayWidth.of($0) }.max()! + 1
        let barWidth = max(4, min(40, width - labelWidth - 5))
        return zip(labels, [(assessment.progress, Theme.role(for: assessment.status)), (assessment.timeElapsed, Role.normal)]).map { label, bar in
            let filled = bar.0.map { Int((min(max($0, 0), 1) * Double(barWidth)).rounded()) } ?? 0
            var line = PanelLine(DisplayWidth.pad(label, to: labelWidth), Style(.label))
            line.append(String(repeating: state.glyphs.barFill, count: filled), Style(bar.1))
            line.append(String(repeating: state.glyphs.barTrack, count: barWidth - filled), Style(.barTrack))
            line.append(DisplayWidth.pad(Formatting.percent(bar.0), to: 5, alignRight: true), .normal)
            return line
        }
    }

    /// The facts panel: facts, then the figures and the plan's sentence as room allows.
    func drawFacts(in rect: Rect, into canvas: inout Canvas) {
        let l = state.language
        let inside = Box.draw(l.text("Facts", "要点"), in: rect, into: &canvas, glyphs: state.glyphs)
        var lines = factLines(width: inside.width)
        let quote = DetailScreen.quote(target, l, width: inside.width, ellipsis: state.glyphs.ellipsis)
            .map { PanelLine($0, Style($0.hasPrefix("「") ? .heading : .dim)) }
        let room = inside.height - lines.count - 1 - (quote.isEmpty ? 0 : quote.count + 1)
        if room >= 2, !figures.isEmpty {
            lines.append(.blank)
            lines += figureLines(width: inside.width, count: room - 1)
        }
        if inside.height - lines.count > quote.count {
            lines.append(.blank)
            lines += quote
        }
        PanelLine.draw(lines, in: inside, into: &canvas)
    }

    /// A heading and the newest `count - 1` figures: year, value, revised/preliminary marks.
    func figureLines(width: Int, count: Int) -> [PanelLine] {
        let l = state.language
        let g = state.glyphs
        var heading = PanelLine(l.text("Figures", "数据"), Style(.heading, bold: true))
        heading.append("  " + g.revised + l.text(" revised ", " 已修订 ") + g.preliminary + l.text(" preliminary", " 初步数"), Style(.dim))
        let shown = figures.suffix(max(0, count - 1))
        let valueWidth = shown.map { DisplayWidth.of(Formatting.figure($0.value, of: target, language: l)) }.max() ?? 1
        return [heading] + shown.map { figure in
            var line = PanelLine(String(figure.year) + "  ", Style(.label))
            line.append(DisplayWidth.pad(Formatting.figure(figure.value, of: target, language: l), to: valueWidth, alignRight: true), Style(.normal, bold: true))
            line.append(" " + (figure.isRevised ? g.revised : " ") + (figure.isPreliminary ? g.preliminary : " ") + " ", Style(.warning))
            line.append(figure.source, Style(.dim))
            return line
        }
    }

    /// The chart panel, titled with the target's name; with `withFacts`, the facts under
    /// the chart (the chart keeps at least 5 rows, and the facts what it leaves).
    func drawChart(in rect: Rect, withFacts: Bool, into canvas: inout Canvas) {
        let inside = Box.draw(target.name[state.language], in: rect, into: &canvas, glyphs: state.glyphs,
                              titleStyle: Style(.title, bold: true))
        var facts = withFacts ? factLines(width: inside.width) : []
        let chartRows = target.kind == .numeric && !figures.isEmpty ? max(5, inside.height - facts.count) : 0
        facts = Array(facts.prefix(max(0, inside.height - chartRows)))
        let parts = Layout.vertical([.fill(1), .length(facts.count)], in: inside)
        PanelLine.draw(facts, in: parts[1], into: &canvas)
        if chartRows > 0, parts[0].height >= 3 {
            DetailChart(assessment: assessment, figures: figures, glyphs: state.glyphs).draw(into: &canvas, in: parts[0])
        } else if target.kind == .milestone || figures.isEmpty {
            var lines = withFacts ? [] : factLines(width: inside.width)
            if figures.isEmpty { lines.append(PanelLine(state.language.text("No figure yet: press e and type one.", "尚无数据：按 e 录入。"), Style(.dim))) }
            PanelLine.draw(lines, in: parts[0], into: &canvas)
        }
    }
}
