import InnoCore

/// An indicator in several regions, drawn: the regions' figures on one chart (each its own
/// line and mark, so it reads without colour and in ASCII), a table of the years with the
/// gap to the reference, and a sentence per region saying where it stands and whether the
/// gap narrows. The dashboard's Compare screen and `innodash compare` draw it alike.
public struct ComparisonView: Sendable {
    public var comparison: RegionComparison
    public var language: Language
    public var glyphs: Glyphs

    public init(comparison: RegionComparison, language: Language, glyphs: Glyphs) {
        self.comparison = comparison
        self.language = language
        self.glyphs = glyphs
    }

    /// The narrowest grid it draws in.
    public static let minimumWidth = 40

    /// The title: the indicator's name and the as-of year.
    public var title: String {
        let l = language
        return comparison.target.name[l] + l.text(" by region, ", "，分地区，") + Strings.asOf(comparison.asOf, l)
    }

    /// The characters of each region's line and marks, the reference first.
    private var marks: [(line: Chart.Line, mark: Character, role: Role)] {
        glyphs.braille
            ? [(.solid(plain: "*"), "●", .label), (.solid(plain: "o"), "◆", .goalMarker), (.solid(plain: "+"), "■", .projection)]
            : [(.solid(plain: "*"), "*", .label), (.solid(plain: "o"), "o", .goalMarker), (.solid(plain: "+"), "+", .projection)]
    }

    /// Draws into the whole of a new grid `width` columns wide; as tall as it needs, or
    /// cut or padded to `height` (the chart takes the room a given height leaves).
    public func render(width: Int, height: Int? = nil) -> Canvas {
        let tableLines = comparison.rows.count + 1
        let verdicts = verdictLines(width: width)
        let chartHeight = height.map { max(0, $0 - 3 - tableLines - verdicts.count - 1) } ?? 12
        let total = height ?? (2 + (chartHeight > 0 ? chartHeight + 1 : 0) + tableLines + 1 + verdicts.count)
        var canvas = Canvas(width: width, height: total)
        draw(into: &canvas, in: Rect(x: 0, y: 0, width: width, height: total), chartHeight: chartHeight, verdicts: verdicts)
        return canvas
    }

    /// Draws into an area of a grid: title, chart (when the area has room), table, verdicts.
    public func draw(into canvas: inout Canvas, in area: Rect) {
        let verdicts = verdictLines(width: area.width)
        let chartHeight = max(0, area.height - 3 - (comparison.rows.count + 1) - verdicts.count - 1)
        draw(into: &canvas, in: area, chartHeight: chartHeight >= 6 ? chartHeight : 0, verdicts: verdicts)
    }

    private func draw(into canvas: inout Canvas, in area: Rect, chartHeight: Int, verdicts: [String]) {
        let l = language
        var y = area.y
        canvas.put(title, x: area.x, y: y, style: Style(.title, bold: true), maxWidth: area.width)
        y += 2
        if chartHeight >= 6, y + chartHeight <= area.bottom {
            drawChart(into: &canvas, in: Rect(x: area.x, y: y, width: area.width, height: chartHeight))
            y += chartHeight + 1
        }
        // The table: year, each region's figure, the gap of each other region to the reference.
        let c = comparison
        let unit = c.target.unit?[l] ?? ""
        var columns = [l.text("Year", "年份")] + c.sides.map { $0.name[l] + (unit.isEmpty ? "" : " (\(unit))") }
        for side in c.sides.dropFirst() { columns.append(l.text("gap ", "差距 ") + side.name[l]) }
        var table: [[String]] = [columns]
        for row in c.rows {
            var cells = [String(row.year)] + row.values.map { $0.map { Formatting.value($0, decimals: c.target.decimals) } ?? "-" }
            for side in c.sides.indices.dropFirst() {
                cells.append(c.gap(side, in: row).map(signedGap) ?? "-")
            }
            table.append(cells)
        }
        let widths = columns.indices.map { column in table.map { DisplayWidth.of($0[column]) }.max() ?? 0 }
        for (index, cells) in table.enumerated() where y < area.bottom {
            var x = area.x
            for (column, cell) in cells.enumerated() {
                let pad = widths[column] - DisplayWidth.of(cell)
                let style = index == 0 ? Style(.dim) : column > 0 && column <= c.sides.count ? Style(marks[min(column - 1, marks.count - 1)].role) : Style()
                x = canvas.put(cell, x: x + (column == 0 ? 0 : pad), y: y, style: style, maxWidth: area.right - x)
                x += column == 0 ? pad + 2 : 2
                if x >= area.right { break }
            }
            y += 1
        }
        y += 1
        for line in verdicts where y < area.bottom {
            canvas.put(line, x: area.x, y: y, maxWidth: area.width)
            y += 1
        }
    }

    private func drawChart(into canvas: inout Canvas, in area: Rect) {
        let c = comparison
        let parts = Layout.vertical([.fill(1), .length(1)], in: area)
        let years = c.rows.map(\.year)
        guard let first = years.first, let last = years.last else {
            canvas.put(language.text("No figure in any region yet.", "各地区均无数据。"), x: area.x, y: area.y, style: Style(.dim))
            return
        }
        let lastYear = max(last, first + 1)
        var series: [Chart.Series] = []
        var chartMarks: [Chart.Mark] = []
        for (index, side) in c.sides.enumerated() {
            let look = marks[min(index, marks.count - 1)]
            series.append(Chart.Series(points: side.figures.map { (Double($0.year), $0.value) }, line: look.line, style: Style(look.role)))
            chartMarks += side.figures.map { Chart.Mark(x: Double($0.year), y: $0.value, character: look.mark, style: Style(look.role, bold: true)) }
        }
        let values = c.sides.flatMap { $0.figures.map(\.value) }
        let plotRows = parts[0].height - 1
        let axis = Chart.ticks(from: values.min() ?? 0, to: values.max() ?? 1, count: max(2, plotRows / 3))
        let yLabels = axis.ticks.map { ($0, Formatting.value($0, decimals: axis.decimals)) }
        let plotWidth = max(1, area.width - (yLabels.map { DisplayWidth.of($0.1) }.max() ?? 0) - 2)
        let step = [1, 2, 5, 10, 20].first { (lastYear - first) / $0 * 6 <= plotWidth } ?? 50
        let xLabels = stride(from: first, through: lastYear, by: step).map { (value: Double($0), text: String($0), style: Style(.dim)) }
        Chart(series: series, marks: chartMarks, xBounds: Double(first)...Double(lastYear), yBounds: axis.bounds,
              yLabels: yLabels, xLabels: xLabels, keptApart: nil)
            .draw(into: &canvas, in: parts[0], glyphs: glyphs)
        var x = parts[1].x
        for (index, side) in c.sides.enumerated() {
            let look = marks[min(index, marks.count - 1)]
            let text = "\(look.mark) " + side.name[language]
            guard x + DisplayWidth.of(text) <= parts[1].right else { break }
            x = canvas.put(text, x: x, y: parts[1].y, style: Style(look.role)) + 2
        }
    }

    /// A gap with its sign, in the indicator's decimals: `-0.20`, `+0.05`.
    private func signedGap(_ gap: Double) -> String {
        let text = Formatting.value(abs(gap), decimals: comparison.target.decimals)
        return Precision.rounded(gap) == 0 || Double(text) == 0 ? text : (gap < 0 ? "-" : "+") + text
    }

    /// One sentence per region compared, wrapped to the width.
    public func verdictLines(width: Int) -> [String] {
        verdicts.flatMap { TextWrap.lines($0, width: max(10, width)) }
    }

    /// One sentence per region compared: "Chongqing 2.36 against China 2.56 in 2022: 0.20
    /// points behind, narrowing from 0.29 in 2020."
    public var verdicts: [String] {
        let c = comparison, l = language
        let decimals = c.target.decimals
        let points = c.target.isPercentage ? l.text(" points", "个百分点") : " " + (c.target.unit?[l] ?? "")
        let reference = c.sides[0]
        return c.sides.indices.dropFirst().map { index in
            let side = c.sides[index]
            guard let trend = c.trends[index - 1] else {
                return l.text("\(side.name.en) and \(reference.name.en) have no figure for the same year up to \(c.asOf).",
                              "截至\(c.asOf)年，\(side.name.zh)与\(reference.name.zh)没有同一年份的数据。")
            }
            let row = c.rows.first { $0.year == trend.latest.year }!
            let value = Formatting.value(row.values[index]!, decimals: decimals)
            let referenceValue = Formatting.value(row.values[0]!, decimals: decimals)
            let gap = Formatting.value(abs(trend.latest.gap), decimals: decimals)
            let firstGap = Formatting.value(abs(trend.first.gap), decimals: decimals)
            let standing: (en: String, zh: String) = Precision.rounded(trend.latest.gap) == 0 || Double(gap) == 0
                ? ("level with it", "持平")
                : c.isBehind(trend.latest.gap) ? ("\(gap)\(points) behind", "落后\(gap)\(points)") : ("\(gap)\(points) ahead", "领先\(gap)\(points)")
            let movement: (en: String, zh: String)
            switch trend.movement {
            case .narrowing: movement = (", narrowing from \(firstGap) in \(trend.first.year)", "，差距较\(trend.first.year)年的\(firstGap)缩小")
            case .widening: movement = (", widening from \(firstGap) in \(trend.first.year)", "，差距较\(trend.first.year)年的\(firstGap)扩大")
            case .crossed: movement = (", on the other side of it than in \(trend.first.year) (\(firstGap))", "，与\(trend.first.year)年(\(firstGap))相比已换位")
            case .unchanged: movement = trend.first.year == trend.latest.year ? ("", "") : (", as in \(trend.first.year)", "，与\(trend.first.year)年相同")
            }
            var en = "\(side.name.en) \(value) against \(reference.name.en) \(referenceValue) in \(trend.latest.year): \(standing.en)\(movement.en)."
            var zh = "\(trend.latest.year)年\(side.name.zh)\(value)，\(reference.name.zh)\(referenceValue)：\(standing.zh)\(movement.zh)。"
            let missing = c.rows.filter { $0.year > trend.latest.year }.map(\.year)
            if !missing.isEmpty {
                let years = missing.count == 1 ? String(missing[0]) : "\(missing.first!)–\(missing.last!)"
                let lacking = row.values.indices.filter { i in c.rows.contains { $0.year > trend.latest.year && $0.values[i] == nil } }
                let names = lacking.map { c.sides[$0].name }
                en += " No figure of " + names.map(\.en).joined(separator: " or ") + " for \(years) yet."
                zh += "尚无" + names.map(\.zh).joined(separator: "或") + "\(years)年的数据。"
            }
            return l.text(en, zh)
        }
    }
}
