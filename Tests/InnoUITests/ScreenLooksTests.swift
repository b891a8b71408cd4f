import InnoCore
import InnoDraw
import InnoUI
import Testing

/// What every screen looks like at the sizes users have, in both languages.
@Suite struct ScreenLooksTests {
    static let screens: [Key] = [.character("o"), .character("d"), .character("e"), .character("s"), .character("?")]

    @Test(arguments: [Language.en, .zh])
    func theSummaryAt80x24ShowsAllSix2020GoalsWithoutHintsCursorOrFrame(language: Language) {
        let h = Harness(asOf: 2020, language: language)
        h.press(.character("s"))
        let lines = h.lines
        for id in ["rd_gdp", "enterprise_rd_intensity", "tech_progress", "emerging_share", "patents_per_10k", "liangjiang_core"] {
            let name = ShippedPlan.plan.target(id: id)!.name[language]
            let shown = DisplayWidth.truncate(name, to: 12)
            #expect(lines.contains { $0.contains(shown) }, "\(id) missing from\n\(h.screen)")
        }
        #expect(h.canvas.cursor == nil)
        #expect(!h.screen.contains("quit") && !h.screen.contains("退出"))
        #expect(!h.screen.contains { "│─┌┐└┘├┤".contains($0) })
    }

    @Test(arguments: [Language.en, .zh], [(80, 24), (60, 15), (120, 40)])
    func noScreenCutsAWideCharacterInHalf(language: Language, size: (Int, Int)) {
        let h = Harness(asOf: 2018, language: language, width: size.0, height: size.1)
        for key in Self.screens {
            h.press(.character("o"), key)
            let canvas = h.canvas
            for y in 0..<canvas.height {
                for x in 0..<canvas.width where canvas[x, y].isContinuation {
                    #expect(x > 0 && canvas[x - 1, y].width == 2)
                }
            }
        }
    }

    @Test func asciiGlyphsDrawNoUnicodeFrameBlockOrGlyphCharacter() {
        let unicodeOnly = Set("▬⋅◦⋯⁞✦╌►✔✓✗✘∙")
        let h = Harness(asOf: 2018, glyphs: .ascii)
        for key in Self.screens {
            h.press(.character("o"), key)
            #expect(!h.screen.contains { unicodeOnly.contains($0) }, "\(h.screen)")
        }
        h.press(.character("o"))
        #expect(h.lines[3].hasPrefix("|> + met"))
    }

    @Test func theDashboardsOwnCharactersAvoidEastAsianAmbiguousWidth() {
        // Characters of East Asian width "A" that a designer might reach for: box drawing,
        // blocks, arrows, bullets, geometric shapes, quotes, dashes, the multiplication sign.
        let ambiguous = Set("─│┌┐└┘├┤┬┴┼═║▀▄█▌▐░▒▓■□▲△▶▷▼▽◀◁◆◇○◎●←↑→↓·•…‘’“”—–×±√∞≤≥")
        let g = Glyphs.unicode
        var own = [g.ellipsis, g.separator, g.missingYears, g.revised, g.preliminary] + [g.barFill, g.barTrack, g.goalMarker,
                   g.projectionMarker, g.chartPoint, g.chartGoal, g.chartProjection].map(String.init)
        own += Status.allCases.map { g.status($0) }
        for language in Language.allCases {
            let h = Harness(language: language)
            h.press(.character("?"))
            h.height = 200
            own.append(h.screen)
            for screen in Screen.allCases {
                own += DashboardStrings.footer(screen, editing: false, language).flatMap { [$0.keys, $0.action] }
            }
        }
        let offending = own.joined().filter { ambiguous.contains($0) }
        #expect(offending.isEmpty)
    }
}
