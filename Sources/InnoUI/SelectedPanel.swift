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
        figures = state.figures.series(target.series).filter { $0.year <= state.asOf }
    }

    /// The status, the facts flowed to the width, and progress against time elapsed.
    func factLines(width: Int) -> [PanelLine] {
        let l = state.language
        let g = state.glyphs
        let a = assessment
        var lines = [PanelLine(Strings.status(a, g, l), Style(Theme.role(for: a.status), bold: true))]
        if let with = state.scenarioAssessment(of: target) {
            let text = l.text("With the scenario (what if), as of \(with.asOf): ", "按情景（假设），截至\(with.asOf)年：")
                + g.status(with.status) + " " + with.status.word(l) + (with.midterm.map { ", " + $0.word(l) } ?? "")
            lines.append(PanelLine(text, Style(.projection, bold: true)))
        }
        lines += TextWrap.flow(DetailScreen.facts(a, l), separator: g.separator, width: width).map { PanelLine($0, Style(.label)) }
        if target.kind == .numeric, !target.isIndicator, a.progress != nil || a.timeElapsed != nil {
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
        let inside = Box.draw(state.language.text("Facts", "要点"), in: rect, into: &canvas, glyphs: state.glyphs)
        PanelLine.draw(factsPanelLines(width: inside.width, height: inside.height), in: inside, ellipsis: state.glyphs.ellipsis, into: &canvas)
    }

    /// What the facts panel shows in `height` lines: the facts, the newest years' figures
    /// and the plan's sentence, each after a blank line, the years as many as fit.
    func factsPanelLines(width: Int, height: Int) -> [PanelLine] {
        var lines = factLines(width: width)
        let quote = DetailScreen.quote(target, state.language, width: width, ellipsis: state.glyphs.ellipsis)
            .map { PanelLine($0, Style($0.hasPrefix("「") ? .heading : .dim)) }
        let years = figureYears
        let room = min(height, .max / 2) - lines.count - (quote.isEmpty ? 0 : quote.count + 1)
        if room >= 3 {
            lines.append(.blank)
            lines += figureLines(width: width, years: Array(years.suffix(room - 2)))
        }
        if height - lines.count > quote.count, !quote.isEmpty {
            lines.append(.blank)
            lines += quote
        }
        return lines
    }

    /// The years of the figure list: from the plan's first year (or an earlier figure) to
    /// the year on screen, each with its figure or a dash.
    var figureYears: [Int] {
        let first = min(figures.first?.year ?? state.years.lowerBound, state.years.lowerBound)
        return first <= state.asOf ? Array(first...state.asOf) : []
    }

    /// A heading (with the as-of year when `asOf`) and a line a year: year, value (a dash
    /// without one), revised/preliminary marks, source and note.
    func figureLines(width: Int, years: [Int], asOf: Bool = false) -> [PanelLine] {
        let l = state.language
        let g = state.glyphs
        let title = asOf ? l.text("Figures as of \(state.asOf)", "截至\(state.asOf)年的数据") : l.text("Figures", "数据")
        var heading = PanelLine(title, Style(.heading, bold: true))
        heading.append("  " + g.revised + l.text(" revised ", " 已修订 ") + g.preliminary + l.text(" preliminary", " 初步数"), Style(.dim))
        let byYear = Dictionary(figures.map { ($0.year, $0) }, uniquingKeysWith: { $1 })
        let valueWidth = years.compactMap { byYear[$0] }.map { DisplayWidth.of(Formatting.figure($0.value, of: target, language: l)) }.max() ?? 1
        return [heading] + years.map { year in
            var line = PanelLine(String(year) + "  ", Style(.label))
            guard let figure = byYear[year] else {
                line.append(DisplayWidth.pad("-", to: valueWidth, alignRight: true), Style(.dim))
                return line
            }
            line.append(DisplayWidth.pad(Formatting.figure(figure.value, of: target, language: l), to: valueWidth, alignRight: true), Style(.normal, bold: true))
            line.append(" " + (figure.isRevised ? g.revised : " ") + (figure.isPreliminary ? g.preliminary : " ") + " ", Style(.warning))
            var text = figure.source
            if !figure.note.isEmpty { text += (text.isEmpty ? "" : g.separator) + figure.note }
            line.append(text, Style(.dim))
            return line
        }
    }

    /// The chart panel, titled with the target's name; with `withFacts`, the facts under
    /// the chart (the chart keeps at least 6 rows, and the facts what it leaves).
    func drawChart(in rect: Rect, withFacts: Bool, into canvas: inout Canvas) {
        let inside = Box.draw(target.name[state.language], in: rect, into: &canvas, glyphs: state.glyphs,
                              titleStyle: Style(.title, bold: true))
        let facts = withFacts ? Array(factLines(width: inside.width).prefix(max(0, inside.height - 6))) : []
        let parts = Layout.vertical([.fill(1), .length(facts.count)], in: inside)
        PanelLine.draw(facts, in: parts[1], ellipsis: state.glyphs.ellipsis, into: &canvas)
        chart.draw(into: &canvas, in: parts[0])
    }

    var chart: DetailChart {
        DetailChart(assessment: assessment, figures: figures,
                    scenario: state.scenario.series(target.series).filter { state.figures.figure(target.series, year: $0.year) == nil },
                    glyphs: state.glyphs, language: state.language, years: state.years)
    }
}
