import InnoDraw
import Testing

/// The braille grid, the round ticks and the chart's series told apart without colour.
@Suite struct ChartTests {
    @Test func aBrailleCellHoldsTwoByFourDots() {
        var grid = BrailleGrid(columns: 2, rows: 1)
        grid.set(0, 0)
        #expect(grid.character(column: 0, row: 0) == "⠁")
        grid.set(1, 3)
        #expect(grid.character(column: 0, row: 0) == "⢁")
        // A line from the bottom left to the top right of the second cell.
        grid.line(from: (2, 3), to: (3, 0))
        #expect(grid.character(column: 1, row: 0) == "⡜")
        #expect(grid.character(column: 5, row: 0) == nil)
    }

    struct TickCase: Sendable, CustomTestStringConvertible {
        var lo: Double, hi: Double, count: Int
        var ticks: [Double], decimals: Int
        var testDescription: String { "\(lo)...\(hi) in \(count) -> \(ticks)" }
    }

    static let tickCases = [
        TickCase(lo: 1.57, hi: 2.37, count: 4, ticks: [1.4, 1.6, 1.8, 2.0, 2.2, 2.4], decimals: 1),
        TickCase(lo: 0, hi: 100, count: 4, ticks: [0, 25, 50, 75, 100], decimals: 0),
        TickCase(lo: 22.9, hi: 30, count: 3, ticks: [22.5, 25, 27.5, 30], decimals: 1),
        TickCase(lo: 4100, hi: 9800, count: 3, ticks: [4000, 6000, 8000, 10000], decimals: 0),
        TickCase(lo: 5, hi: 5, count: 3, ticks: [4, 5, 6], decimals: 0),  // one value: a span around it
    ]

    @Test(arguments: tickCases)
    func ticksAreRoundValuesAroundTheData(_ c: TickCase) {
        let axis = Chart.ticks(from: c.lo, to: c.hi, count: c.count)
        #expect(axis.ticks.map { ($0 * 1000).rounded() / 1000 } == c.ticks)
        #expect(axis.decimals == c.decimals)
        #expect(axis.bounds.lowerBound <= c.lo && axis.bounds.upperBound >= c.hi)
    }

    @Test(arguments: [Glyphs.unicode, .ascii])
    func eachSeriesHasItsOwnCharacterSoTheChartReadsWithoutColour(glyphs: Glyphs) {
        let chart = Chart(
            series: [
                Chart.Series(points: [(0, 0), (10, 10)], line: .solid(plain: "*"), style: Style()),
                Chart.Series(points: [(0, 10), (10, 0)], line: .dotted(every: 3, plain: ":"), style: Style()),
                Chart.Series(points: [(0, 5), (10, 5)], line: .cells("=", every: 1), style: Style()),
            ],
            marks: [Chart.Mark(x: 10, y: 10, character: "p", style: Style())],
            xBounds: 0...10, yBounds: 0...10, yLabels: [(0, "0"), (10, "10")], xLabels: [(0, "2015", Style()), (10, "2025", Style())])
        var canvas = Canvas(width: 30, height: 10)
        chart.draw(into: &canvas, in: Rect(x: 0, y: 0, width: 30, height: 10), glyphs: glyphs)
        let text = canvas.lines.joined(separator: "\n")
        #expect(text.contains("="))
        #expect(text.contains("p"))
        #expect(canvas.lines.last?.hasPrefix("   2015") == true, "\(text)")
        #expect(canvas.lines.last?.hasSuffix("2025") == true, "\(text)")
        if glyphs.braille {
            #expect(text.unicodeScalars.contains { (0x2801...0x28FF).contains($0.value) })
        } else {
            #expect(text.allSatisfy { $0.isASCII })
            #expect(text.contains("*") && text.contains(":"))
        }
    }
}
