import Foundation

/// A line chart, as ratatui's `Chart` draws one: series on two axes with bounds and a few
/// labels. Lines are drawn in braille dots, 2x4 a cell (with `Glyphs.braille` off, one
/// plain character a cell); each series has its own line kind and character, so the series
/// tell apart without colour. Marks (single characters at a point: a figure, a preliminary
/// or revised one) sit on top.
public struct Chart: Sendable {
    /// How a series is drawn.
    public enum Line: Sendable {
        /// A solid braille line (plain: `plain` in every cell the line passes).
        case solid(plain: Character)
        /// A dotted braille line, one dot in `every` (plain: `plain` every other cell).
        case dotted(every: Int, plain: Character)
        /// A character in every `every`-th cell the line passes, in both modes.
        case cells(Character, every: Int)
    }

    public struct Series: Sendable {
        public var points: [(x: Double, y: Double)]
        public var line: Line
        public var style: Style

        public init(points: [(x: Double, y: Double)], line: Line, style: Style) {
            self.points = points
            self.line = line
            self.style = style
        }
    }

    /// One character at a point, drawn over the lines.
    public struct Mark: Sendable {
        public var x: Double
        public var y: Double
        public var character: Character
        public var style: Style

        public init(x: Double, y: Double, character: Character, style: Style) {
            self.x = x
            self.y = y
            self.character = character
            self.style = style
        }
    }

    /// The series, the first drawn over the others where they share a cell.
    public var series: [Series]
    public var marks: [Mark]
    public var xBounds: ClosedRange<Double>
    public var yBounds: ClosedRange<Double>
    /// The y axis labels at their values, drawn left of the axis.
    public var yLabels: [(value: Double, text: String)]
    /// The x axis labels at their values, drawn under the plot.
    public var xLabels: [(value: Double, text: String, style: Style)]
    /// A value whose row the marks of other values keep off (the goal): a mark that would
    /// round onto it goes to the row on its own side.
    public var keptApart: Double?

    public init(series: [Series], marks: [Mark], xBounds: ClosedRange<Double>, yBounds: ClosedRange<Double>,
                yLabels: [(value: Double, text: String)], xLabels: [(value: Double, text: String, style: Style)],
                keptApart: Double? = nil) {
        self.series = series
        self.marks = marks
        self.xBounds = xBounds
        self.yBounds = yBounds
        self.yLabels = yLabels
        self.xLabels = xLabels
        self.keptApart = keptApart
    }

    /// Round values for an axis from `lo` to `hi` with about `count` steps (1, 2, 2.5 or 5
    /// times a power of ten), the bounds widened to the ticks around them, and the decimals
    /// the step needs.
    public static func ticks(from lo: Double, to hi: Double, count: Int) -> (ticks: [Double], bounds: ClosedRange<Double>, decimals: Int) {
        var lo = lo, hi = hi
        if !(hi > lo) {
            let pad = Swift.max(abs(lo) * 0.1, 1)
            lo -= pad
            hi += pad
        }
        let rough = (hi - lo) / Double(Swift.max(1, count))
        let magnitude = pow(10, (log10(rough)).rounded(.down))
        let step = [1, 2, 2.5, 5, 10].map { $0 * magnitude }.first { $0 >= rough * 0.999 } ?? 10 * magnitude
        let first = (lo / step).rounded(.down) * step
        let last = (hi / step).rounded(.up) * step
        var ticks: [Double] = []
        var value = first
        while value <= last + step / 2 {
            ticks.append(abs(value) < step / 1e6 ? 0 : value)
            value += step
        }
        var decimals = Swift.max(0, Int(-(log10(step)).rounded(.down)))
        if (step / pow(10, Double(-decimals))).truncatingRemainder(dividingBy: 1) > 0.01 { decimals += 1 }
        return (ticks, first...last, decimals)
    }

    public func draw(into canvas: inout Canvas, in rect: Rect, glyphs: Glyphs) {
        guard rect.height >= 3, rect.width >= 8 else { return }
        let labelWidth = yLabels.map { DisplayWidth.of($0.text) }.max() ?? 0
        let axisX = rect.x + labelWidth
        let plot = Rect(x: axisX + 1, y: rect.y, width: rect.right - axisX - 2, height: rect.height - 1)
        guard plot.width >= 2, plot.height >= 2 else { return }
        let xSpan = Swift.max(xBounds.upperBound - xBounds.lowerBound, 1e-9)
        let ySpan = Swift.max(yBounds.upperBound - yBounds.lowerBound, 1e-9)
        func column(_ x: Double) -> Int {
            Int(((x - xBounds.lowerBound) / xSpan * Double(plot.width - 1)).rounded())
        }
        func row(_ y: Double) -> Int {
            Int(((yBounds.upperBound - y) / ySpan * Double(plot.height - 1)).rounded())
        }

        // The axes: a line of dots at the left of the plot, the labels beside it and below.
        let axis = glyphs.braille ? "⡇" : "|"
        for y in plot.y..<plot.bottom {
            canvas.put(axis, x: axisX, y: y, style: Style(.dim))
        }
        for label in yLabels {
            let y = plot.y + row(label.value)
            guard y >= plot.y, y < plot.bottom else { continue }
            canvas.put(DisplayWidth.pad(label.text, to: labelWidth, alignRight: true), x: rect.x, y: y, style: Style(.dim))
        }
        var nextFree = plot.x
        for label in xLabels.sorted(by: { $0.value < $1.value }) {
            let width = DisplayWidth.of(label.text)
            let x = Swift.min(plot.right - width, Swift.max(plot.x, plot.x + column(label.value) - width / 2))
            guard x >= nextFree else { continue }
            canvas.put(label.text, x: x, y: plot.bottom, style: label.style)
            nextFree = x + width + 1
        }

        // The series, the last first, so the first lies over the others.
        for series in series.reversed() {
            let cells: (Character, Int)?
            switch series.line {
            case .solid(let plain): cells = glyphs.braille ? nil : (plain, 1)
            case .dotted(_, let plain): cells = glyphs.braille ? nil : (plain, 2)
            case .cells(let character, let every): cells = (character, every)
            }
            if let (character, every) = cells {
                for (x, y) in cellPath(series.points, column: column, row: row, every: every) {
                    guard x >= 0, x < plot.width, y >= 0, y < plot.height else { continue }
                    canvas.put(String(character), x: plot.x + x, y: plot.y + y, style: series.style)
                }
                continue
            }
            var grid = BrailleGrid(columns: plot.width, rows: plot.height)
            let every: Int
            if case .dotted(let n, _) = series.line { every = n } else { every = 1 }
            func dot(_ p: (x: Double, y: Double)) -> (x: Int, y: Int) {
                (Int(((p.x - xBounds.lowerBound) / xSpan * Double(grid.dotWidth - 1)).rounded()),
                 Int(((yBounds.upperBound - p.y) / ySpan * Double(grid.dotHeight - 1)).rounded()))
            }
            if series.points.count == 1 { grid.set(dot(series.points[0]).x, dot(series.points[0]).y) }
            for (a, b) in zip(series.points, series.points.dropFirst()) {
                grid.line(from: dot(a), to: dot(b), every: every)
            }
            for y in 0..<plot.height {
                for x in 0..<plot.width {
                    if let character = grid.character(column: x, row: y) {
                        canvas.put(String(character), x: plot.x + x, y: plot.y + y, style: series.style)
                    }
                }
            }
        }

        let apartRow = keptApart.map(row)
        for mark in marks {
            var y = row(mark.y)
            if let apart = keptApart, let apartRow, y == apartRow, mark.y != apart {
                y = Swift.min(Swift.max(mark.y > apart ? y - 1 : y + 1, 0), plot.height - 1)
            }
            let x = column(mark.x)
            guard x >= 0, x < plot.width, y >= 0, y < plot.height else { continue }
            canvas.put(String(mark.character), x: plot.x + x, y: plot.y + y, style: mark.style)
        }
    }

    /// The cells a polyline passes at cell resolution, one in `every` along each segment.
    private func cellPath(_ points: [(x: Double, y: Double)], column: (Double) -> Int, row: (Double) -> Int, every: Int) -> [(Int, Int)] {
        var cells: [(Int, Int)] = []
        if points.count == 1 { return [(column(points[0].x), row(points[0].y))] }
        var step = 0
        for (a, b) in zip(points, points.dropFirst()) {
            let (x0, x1) = (column(a.x), column(b.x))
            guard x1 > x0 else {
                cells.append((x0, row(a.y)))
                continue
            }
            for x in x0...x1 {
                defer { step += 1 }
                guard step % Swift.max(1, every) == 0 else { continue }
                let t = Double(x - x0) / Double(x1 - x0)
                cells.append((x, row(a.y + (b.y - a.y) * t)))
            }
        }
        return cells
    }
}
