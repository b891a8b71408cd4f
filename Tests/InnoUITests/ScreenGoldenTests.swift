import InnoCore
import InnoTestSupport
import InnoDraw
import InnoUI
import Testing

/// Whole screens, compared cell for cell with their golden text in `Golden/` (the screen's
/// lines, then where the hardware cursor is), so that a change anywhere on them shows.
@Suite struct ScreenGoldenTests {
    static let golden = GoldenFile(besideTestFile: #filePath)

    /// Detail of R&D intensity as of 2018 (2018's figure revised): the chart with its goal
    /// line and projection, the figures with their markers, progress against time elapsed.
    @Test(arguments: Language.allCases, [(80, 24), (120, 40)])
    func detailOfRDIntensity(language: Language, size: (Int, Int)) throws {
        let h = Harness(asOf: 2018, language: language, width: size.0, height: size.1)
        h.press(.enter)
        try expectScreen(h, "detail-rd_gdp-2018-\(language.rawValue)-\(size.0)x\(size.1).txt")
    }

    /// The entry grid as of 2020: the targets of the first group by year, the cursor on
    /// the first cell.
    @Test(arguments: Language.allCases, [(80, 24), (120, 40)])
    func entryGrid(language: Language, size: (Int, Int)) throws {
        let h = Harness(asOf: 2020, language: language, width: size.0, height: size.1)
        h.press(.character("e"))
        try expectScreen(h, "entry-2020-\(language.rawValue)-\(size.0)x\(size.1).txt")
    }

    private func expectScreen(_ h: Harness, _ name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let canvas = h.canvas
        let cursor = canvas.cursor.map { "cursor: column \($0.x + 1), line \($0.y + 1)" } ?? "cursor: hidden"
        let difference = try Self.golden.difference(canvas.lines.joined(separator: "\n") + "\n" + cursor + "\n", from: name)
        #expect(difference == nil, "\(difference ?? "")", sourceLocation: sourceLocation)
    }
}
