import Foundation
import InnoCore
import InnoDraw

/// The detail screen's chart: the yearly figures as points, the goal as a line, and the
/// projection from the latest figure to the deadline at the current pace. Values on the
/// left, years below.
struct DetailChart {
    var assessment: Assessment
    var figures: [Figure]
    var glyphs: Glyphs

    func draw(into canvas: inout Canvas, in area: Area) {
        let target = assessment.target
        guard area.height >= 3, let firstYear = figures.first?.year, let lastYear = figures.last?.year else { return }
        let x0 = min(firstYear, assessment.base?.year ?? firstYear)
        var x1 = max(lastYear, target.deadline ?? lastYear)
        if x1 == x0 { x1 = x0 + 1 }

        var values = figures.map(\.value)
        if let goal = target.goal?.value { values.append(goal) }
        if let projection = assessment.projection, projection.isFinite { values.append(projection) }
        var lo = values.min() ?? 0
        var hi = values.max() ?? 1
        let pad = hi > lo ? (hi - lo) * 0.08 : max(abs(hi) * 0.1, 1)
        lo -= pad
        hi += pad

        let decimals = target.decimals
        let labels = [hi, lo, target.goal?.value].compactMap { $0 }.map { Formatting.value($0, decimals: decimals) }
        let labelWidth = (labels.map { DisplayWidth.of($0) }.max() ?? 1) + 1
        let plotX = area.x + labelWidth
        let plotWidth = max(2, area.width - labelWidth - 2)
        let plotHeight = area.height - 1

        func column(_ year: Double) -> Int {
            plotX + Int(((year - Double(x0)) / Double(x1 - x0) * Double(plotWidth - 1)).rounded())
        }
        func exactRow(_ value: Double) -> Int {
            area.y + Int(((hi - value) / (hi - lo) * Double(plotHeight - 1)).rounded())
        }
        // A value off the goal is never drawn on the goal line, however few the rows: it
        // goes to the row on its own side.
        let goalRow = target.goal.map { exactRow($0.value) }
        func row(_ value: Double) -> Int {
            let y = exactRow(value)
            guard let goal = target.goal?.value, let goalRow, y == goalRow, value != goal else { return y }
            let nudged = value > goal ? y - 1 : y + 1
            return min(max(nudged, area.y), area.y + plotHeight - 1)
        }
        func label(_ value: Double, at y: Int, _ style: Style) {
            let text = Formatting.value(value, decimals: decimals)
            canvas.put(DisplayWidth.pad(text, to: labelWidth - 1, alignRight: true), x: area.x, y: y, style: style)
        }

        label(hi, at: area.y, Style(.dim))
        label(lo, at: area.y + plotHeight - 1, Style(.dim))
        if let goal = target.goal?.value, let y = goalRow {
            canvas.fill(glyphs.chartGoal, x: plotX, y: y, count: plotWidth, style: Style(.goalMarker))
            label(goal, at: y, Style(.goalMarker, bold: true))
        }

        // The projection: the latest figure carried forward at the actual rate.
        if let latest = assessment.latest, let rate = assessment.actualRate, let deadline = target.deadline,
           assessment.projection != nil, deadline > latest.year {
            let start = column(Double(latest.year))
            let end = column(Double(deadline))
            if end > start {
                for x in (start + 1)...end {
                    let year = Double(x0) + Double(x - plotX) / Double(plotWidth - 1) * Double(x1 - x0)
                    let elapsed = year - Double(latest.year)
                    let value = assessment.rateKind == .linear ? latest.value + rate * elapsed : latest.value * pow(1 + rate, elapsed)
                    let glyph = x == end ? glyphs.projectionMarker : glyphs.chartProjection
                    canvas.put(String(glyph), x: x, y: row(value), style: Style(.projection))
                }
            }
        }

        let tone = Theme.role(for: assessment.status)
        for (i, figure) in figures.enumerated() {
            let isLatest = i == figures.count - 1
            canvas.put(String(glyphs.chartPoint), x: column(Double(figure.year)), y: row(figure.value),
                       style: Style(isLatest ? tone : .normal, bold: true))
        }

        // Years below: each figure's year and the deadline, where they do not overlap.
        let axisY = area.y + plotHeight
        var years = Set(figures.map(\.year))
        if let deadline = target.deadline { years.insert(deadline) }
        var nextFree = area.x
        for year in years.sorted() {
            let text = String(year)
            let x = max(plotX, column(Double(year)) - 2)
            guard x >= nextFree, x + text.count <= area.x + area.width else { continue }
            canvas.put(text, x: x, y: axisY, style: Style(year == target.deadline ? .label : .dim, bold: year == target.deadline))
            nextFree = x + text.count + 1
        }
    }
}
