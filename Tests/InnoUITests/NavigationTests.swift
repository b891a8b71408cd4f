import InnoCore
import InnoDraw
import InnoUI
import Testing

/// Moving between screens, groups, years and languages, and searching.
@Suite struct NavigationTests {
    @Test func enterOpensTheDetailOfTheSelectedTargetAndEscReturns() {
        let h = Harness(asOf: 2018)
        h.press(.down, .enter)
        #expect(h.state.screen == .detail)
        #expect(h.lines[1].contains("Industrial firms' R&D intensity"))
        h.press(.escape)
        #expect(h.state.screen == .overview)
    }

    @Test func bracketsMoveTheAsOfYearWithinThePlan() {
        let h = Harness(asOf: 2016)
        h.press(.character("["))
        #expect(h.lines[0].contains("as of 2015"))
        h.press(.character("["))
        #expect(h.state.asOf == 2015)
        #expect(h.lines[22] == "2015 is the first year of the plan and its figures")
        h.press(.character("]"), .character("]"))
        #expect(h.lines[0].contains("as of 2017"))
    }

    @Test func LSwitchesBetweenEnglishAndChinese() {
        let h = Harness(asOf: 2020)
        h.press(.character("L"))
        #expect(h.lines[0].hasPrefix("总览  2020年目标 (1/4)  截至2020年"))
        h.press(.character("L"))
        #expect(h.lines[0].hasPrefix("Overview"))
    }

    @Test func tabAndGCycleTheGroupsAndShiftTabGoesBack() {
        let h = Harness()
        h.press(.down, .tab)
        #expect(h.lines[0].contains("2016 targets (2/4)"))
        #expect(h.state.row == 0)
        h.press(.character("g"), .character("g"))
        #expect(h.lines[0].contains("Indicators (4/4)"))
        h.press(.tab)
        #expect(h.lines[0].contains("2020 goals (1/4)"))
        h.press(.backTab)
        #expect(h.lines[0].contains("Indicators (4/4)"))
    }

    @Test func theSummaryShowsTheCurrentGroup() {
        let h = Harness(asOf: 2020)
        h.press(.tab, .tab, .character("s"))
        #expect(h.screen.contains("Parks and institutions"))
        #expect(!h.screen.contains("2020 goals"))
    }

    @Test func searchFindsANameInEitherLanguageAcrossGroups() {
        let h = Harness()
        h.press(.character("/"))
        h.type("发明专利")
        #expect(h.lines[0].contains("Indicators"))
        #expect(h.lines[22] == "Search: 发明专利")
        #expect(h.canvas.cursor! == (DisplayWidth.of("Search: 发明专利"), 22))
        h.press(.enter)
        #expect(h.state.selectedTarget?.id == "invention_patents_per_10k")
        // Esc puts the selection back where it was.
        h.press(.character("/"))
        h.type("maker")
        #expect(h.state.selectedTarget?.id == "maker_spaces")
        h.press(.escape)
        #expect(h.state.selectedTarget?.id == "invention_patents_per_10k")
        // n goes to the next match of the last search.
        h.press(.character("/"))
        h.type("patents")
        h.press(.enter)
        #expect(h.state.selectedTarget?.id == "patents_per_10k")
        h.press(.character("n"))
        #expect(h.state.selectedTarget?.id == "invention_patents_per_10k")
        h.press(.character("/"))
        h.type("zzz")
        h.press(.enter)
        #expect(h.state.message?.text == "No target name matches \"zzz\".")
    }

    @Test func helpListsEveryKeyTheFootersMention() {
        let h = Harness(height: 60)
        h.press(.character("?"))
        let help = h.screen
        for screen in Screen.allCases {
            for hint in DashboardStrings.footer(screen, editing: false, .en) {
                for key in hint.keys.split(separator: "/") where key.count == 1 || key == "Enter" || key == "Tab" || key == "Del" {
                    #expect(help.contains(key), "help lacks \(key)")
                }
            }
        }
        for key in ["q", "o", "d  Enter", "e", "s", "?", "[  ]", "L", "/", "u  U", "S", "P", "n  p", "Del", "Esc", "Tab  g"] {
            #expect(help.contains(key), "help lacks \(key)")
        }
        h.press(.character("?"))
        #expect(h.state.screen == .overview)
    }

    @Test func helpScrollsToItsEndAndBackOnAShortTerminal() {
        let h = Harness(width: 60, height: 15)
        h.press(.character("?"))
        #expect(!h.screen.contains("n  p"))
        for _ in 0..<100 { h.press(.character("j")) }
        #expect(h.screen.contains("n  p"))  // the last line of the help
        for _ in 0..<200 { h.press(.character("k")) }
        #expect(h.lines[1].hasPrefix("Screens"))
    }

    @Test func qQuitsFromEveryScreen() {
        for key in [Key.character("o"), .character("d"), .character("e"), .character("s")] {
            let h = Harness()
            h.press(key)
            #expect(h.press(.character("q")) == [.quit])
        }
    }

    /// `x` writes the summary on screen (its year, language and group) to a new SVG file,
    /// never over the last one, and says its name.
    @Test func xOnTheSummaryWritesTheSVGOfThatScreenToANewFile() throws {
        let h = Harness(asOf: 2019)
        h.press(.character("s"), .character("x"))
        #expect(h.exportedFiles == ["innodash-summary-2019-en.svg"])
        #expect(h.screen.contains("innodash-summary-2019-en.svg"), "\(h.screen)")
        let svg = try String(contentsOf: h.exportFolder.appendingPathComponent("innodash-summary-2019-en.svg"), encoding: .utf8)
        // The name may be cut at 80 columns (a borderline status widens its column).
        #expect(svg.contains("as of 2019") && svg.contains("R&amp;D expenditure"), "\(svg.prefix(2000))")
        #expect(!svg.contains("Invention patents"), "only the group on screen")
        h.press(.character("x"))
        #expect(h.exportedFiles.count == 2)
    }
}
