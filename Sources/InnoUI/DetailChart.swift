import Foundation
import InnoCore
import InnoDraw

/// The selected target's chart: the yearly figures as a line with a mark at each figure
/// (`p` preliminary, `r` revised), the goal as a dashed line, the path required from the
/// base to the goal at the deadline as a dotted line, and the projection from the latest
/// figure to the deadline at the current pace; round values on the y axis, years below,
/// and a legend line naming what is drawn. Each has its own line and character, so the
/// chart reads without colour and in ASCII.
struct DetailChart {
    var assessment: Assessment
    var figures: [Figure]
    /// The scenario's what-if figures of the series (years without an official figure).
    var scenario: [Figure] = []
    var glyphs: Glyphs
    var language: Language
    /// The plan's years, for a target with no figure yet.
    var years: ClosedRange<Int>

    func draw(into canvas: inout Canvas, in area: Area) {
        let target = assessment.target
        let l = language
        guard area.height >= 4 else { return }
        let parts = Layout.vertical([.fill(1), .length(1)], in: area)
        let plotRows = parts[0].height - 1

        let firstYear = [figures.first?.year, assessment.base?.year, target.baseline?.year].compactMap { $0 }.min() ?? years.lowerBound
        var lastYear = max(figures.last?.year ?? firstYear, target.deadline ?? years.upperBound, scenario.last?.year ?? firstYear)
        if lastYear <= firstYear { lastYear = firstYear + 1 }

        var series: [Chart.Series] = []
        var marks: [Chart.Mark] = []
        var legend: [(String, Role)] = []
        let point = { (figure: Figure) in (x: Double(figure.year), y: figure.value) }
        if !figures.isEmpty {
            series.append(Chart.Series(points: figures.map(point), line: .solid(plain: "*"), style: Style(.normal)))
            let tone = Theme.role(for: assessment.status)
            for (i, figure) in figures.enumerated() {
                let character: Character = figure.isRevised ? Character(glyphs.revised) : figure.isPreliminary ? Character(glyphs.preliminary) : glyphs.chartPoint
                marks.append(Chart.Mark(x: Double(figure.year), y: figure.value, character: character,
                                        style: Style(i == figures.count - 1 ? tone : .normal, bold: true)))
            }
            legend.append((String(glyphs.chartPoint) + l.text(" figures", " 数据"), .normal))
            if figures.contains(where: \.isRevised) { legend.append((glyphs.revised + l.text(" revised", " 已修订"), .normal)) }
            if figures.contains(where: \.isPreliminary) { legend.append((glyphs.preliminary + l.text(" preliminary", " 初步数"), .normal)) }
        }
        if !scenario.isEmpty {
            // From the last official figure through the what-if ones, each marked ~.
            let start = figures.last.map { [(x: Double($0.year), y: $0.value)] } ?? []
            series.append(Chart.Series(points: start + scenario.map(point), line: .cells("~", every: 1), style: Style(.projection)))
            marks += scenario.map { Chart.Mark(x: Double($0.year), y: $0.value, character: "~", style: Style(.projection, bold: true)) }
            legend.append(("~" + l.text(" what if", " 情景"), .projection))
        }
        let numeric = target.kind == .numeric
        let goal = numeric ? assessment.goalValue ?? target.goal?.value : nil
        if let latest = assessment.latest, let projection = assessment.projection, projection.isFinite,
           let deadline = target.deadline, deadline > latest.year, numeric {
            series.append(Chart.Series(points: projectionPath(from: latest, to: deadline), line: .cells(glyphs.chartProjection, every: 1),
                                       style: Style(.projection)))
            marks.append(Chart.Mark(x: Double(deadline), y: projection, character: glyphs.projectionMarker, style: Style(.projection, bold: true)))
            legend.append((String(glyphs.chartProjection) + l.text(" projected", " 预测"), .projection))
        }
        if let goal, let base = assessment.base, let deadline = target.deadline, deadline > base.year {
            series.append(Chart.Series(points: [(Double(base.year), base.value), (Double(deadline), goal)],
                                       line: .dotted(every: 3, plain: ":"), style: Style(.label)))
            legend.append(((glyphs.braille ? "⠢" : ":") + l.text(" required path", " 所需路径"), .label))
        }
        // The path from the latest figure to the goal at the rate needed from now (the
        // JSON's `path`); not for yearly growth rates, whose path is the growth needed.
        if numeric, !target.isGrowthRate, let latest = assessment.latest, !assessment.path.isEmpty {
            let points = [(x: Double(latest.year), y: latest.value)] + assessment.path.map { (x: Double($0.year), y: $0.value) }
            series.append(Chart.Series(points: points, line: .cells("+", every: 2), style: Style(.key)))
            legend.append(("+" + l.text(" path from the latest", " 此后路径"), .key))
        }
        if let goal {
            series.append(Chart.Series(points: [(Double(firstYear), goal), (Double(lastYear), goal)],
                                       line: .cells(glyphs.chartGoal, every: 1), style: Style(.goalMarker)))
            legend.append((String(glyphs.chartGoal) + l.text(" goal", " 目标"), .goalMarker))
        }

        // The y axis: round values around everything drawn (yes and no for a milestone).
        let yLabels: [(value: Double, text: String)]
        let bounds: ClosedRange<Double>
        if numeric {
            var values = figures.map(\.value) + series.flatMap { $0.points.map(\.y) }
            if let base = assessment.base { values.append(base.value) }
            let axis = Chart.ticks(from: values.min() ?? 0, to: values.max() ?? 1, count: max(2, plotRows / 3))
            bounds = axis.bounds
            yLabels = axis.ticks.map { ($0, Formatting.value($0, decimals: axis.decimals)) }
        } else {
            bounds = -0.25...1.25
            yLabels = [(0, Formatting.figure(0, of: target, language: l)), (1, Formatting.figure(1, of: target, language: l))]
        }

        // Years below, as many as have room, the deadline among them in bold.
        let plotWidth = max(1, area.width - (yLabels.map { DisplayWidth.of($0.text) }.max() ?? 0) - 2)
        let span = lastYear - firstYear
        let step = [1, 2, 5, 10, 20].first { span / $0 * 6 <= plotWidth } ?? 50
        var xLabels = stride(from: firstYear, through: lastYear, by: step).map { (value: Double($0), text: String($0), style: Style(.dim)) }
        if let deadline = target.deadline {
            xLabels.removeAll { abs(Int($0.value) - deadline) < max(1, step) && Int($0.value) != deadline }
            if !xLabels.contains(where: { Int($0.value) == deadline }) { xLabels.append((Double(deadline), String(deadline), Style(.label))) }
            xLabels = xLabels.map { Int($0.value) == deadline ? ($0.value, $0.text, Style(.label, bold: true)) : $0 }
        }

        Chart(series: series, marks: marks, xBounds: Double(firstYear)...Double(lastYear), yBounds: bounds,
              yLabels: yLabels, xLabels: xLabels, keptApart: goal)
            .draw(into: &canvas, in: parts[0], glyphs: glyphs)
        if figures.isEmpty {
            let text = l.text("No figure yet: press e and type one.", "尚无数据：按 e 录入。")
            canvas.put(text, x: parts[0].x + max(0, (parts[0].width - DisplayWidth.of(text)) / 2), y: parts[0].y + plotRows / 2, style: Style(.dim))
        }
        var x = parts[1].x
        for (text, role) in legend where x + DisplayWidth.of(text) <= parts[1].right {
            x = canvas.put(text, x: x, y: parts[1].y, style: Style(role)) + 2
        }
    }

    /// The latest figure carried forward at the actual rate, year by year to the deadline.
    func projectionPath(from latest: Observation, to deadline: Int) -> [(x: Double, y: Double)] {
        guard let rate = assessment.actualRate else { return [] }
        return (latest.year...deadline).map { year in
            let elapsed = Double(year - latest.year)
            let value = assessment.rateKind == .linear ? latest.value + rate * elapsed : latest.value * pow(1 + rate, elapsed)
            return (Double(year), value)
        }
    }
}
