import InnoCore
import InnoDraw
import InnoUI
import Testing

@Suite struct OverviewScreenTests {
    @Test func theTargetsPanelListsTheGroupWithStatusLatestGoalAndBar() {
        let h = Harness(asOf: 2020)
        #expect(Array(h.lines.prefix(10)) == [
            "Overview  2020 goals (1/4)  as of 2020                                 Chongqing",
            "╶╌ 2020 goals ╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╴",
            "╎  Status                 Target                      Latest   Goal     vs goal╎",
            "╎► ✔ achieved             R&D expenditure / GDP  2.11 (2020)⁞  > 2%     ▬▬▬▬|▬⋅╎",
            "╎  ✓ met                  Industrial firms' R&⋯  1.60 (2019)⁞  >= 1.2%  ▬▬▬|▬▬⋅╎",
            "╎  ✘ missed               Tech progress contri⋯  58.6 (2020)⁞  > 60%    ▬▬▬▬▬|⋅╎",
            "╎  ~ moderate progress *  Strategic emerging i⋯  25.0 (2019)⁞  >= 30%   ▬▬▬▬▬|⋅╎",
            "╎  ? no data              Valid patents per 10⋯            -   >= 50    ⋅⋅⋅⋅⋅⋅⋅╎",
            "╎  ⋯ pending              Liangjiang as innova⋯            -   done     ⋅⋅⋅⋅⋅⋅⋅╎",
            "╶╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌ * borderline  ⁞ a year without a figure ╌╴",
        ])
        #expect(h.lines[23].hasPrefix("j/k move  Enter detail  e entry  s summary"))
    }

    @Test(arguments: Language.allCases)
    func at80x24ThePlanTheTargetsAndTheSelectedTargetShowTogether(language: Language) {
        let h = Harness(asOf: 2020, language: language)
        let lines = h.lines
        let plan = language == .en ? " Plan " : " 规划 "
        #expect(lines[1].contains(ShippedPlan.plan.groups[0].name[language]))
        #expect(lines[10].contains(plan) && lines[10].contains(" " + ShippedPlan.plan.targets[0].name[language] + " "), "\(h.screen)")
        // The Plan panel counts every group's targets by status, with glyphs.
        #expect(lines.contains { $0.contains("✔1 ✓1 ~1 ✘1 ?1 ⋯1") }, "\(h.screen)")
        // The chart (its goal line) and the facts of the selection.
        #expect(lines.contains { $0.contains("2.0⡇╌╌╌") }, "\(h.screen)")
        #expect(lines.contains { $0.contains(language == .en ? "Goal > 2% by 2020" : "目标 > 2%（2020年）") }, "\(h.screen)")
    }

    @Test func thePlanPanelDrawsEachGroupAsAStackedBarOfStatusGlyphs() {
        let h = Harness(asOf: 2020, width: 120, height: 40)
        let lines = h.lines
        let heading = lines.firstIndex { $0.contains("► 2020 goals") }!
        #expect(lines[heading].contains("✔1 ✓1 ~1 ✘1 ?1 ⋯1╎"), "\(h.screen)")
        // One run of each glyph, as long as the status's share: six statuses of one target each.
        let bar = lines[heading + 1].split(separator: "╎")[0].trimmingCharacters(in: .whitespaces)
        #expect(bar.hasPrefix("✔✔✔✔✔✓") && bar.hasSuffix("?⋯⋯⋯⋯⋯"), "\(bar)")
        #expect(lines.contains { $0.contains("Time 2015 ▬▬▬") && $0.contains("2020 100%") })
        #expect(lines.contains { $0.contains("Chongqing | as of 2020") })
    }

    @Test func statusesThatShareAGlyphAreCountedTogetherAndTheLegendNamesThem() {
        // As of 2023: R&D intensity achieved, the emerging industries share achieved late
        // (both ✔), two without data (?).
        let h = Harness(asOf: 2023, width: 100, height: 30)
        #expect(h.lines.contains { $0.contains("► 2020 goals") && $0.contains("✔2 ✓1 ✘1 ?2") }, "\(h.screen)")
        #expect(h.lines.contains { $0.contains("✔ achieved/achieved late") }, "\(h.screen)")
        #expect(h.lines.contains { $0.contains("? no data") && !$0.contains("?2") }, "\(h.screen)")
    }

    @Test func movingTheSelectionChangesOnlyTheMarkersAndTheSelectedTargetsPanels() throws {
        // What a terminal is sent for one row down is what changed, character or style:
        // the markers of two rows and the selected target's panels, never the Plan panel.
        let h = Harness(asOf: 2020, width: 120, height: 40)
        let before = h.canvas
        h.press(.down)
        let after = h.canvas
        let changed = (0..<after.height).map { y in (0..<after.width).filter { before[$0, y] != after[$0, y] } }
        #expect(changed[3] == [1] && changed[4] == [1], "only the marker column changes on the two table rows")
        #expect(changed[0...2].allSatisfy(\.isEmpty) && changed[5...9].allSatisfy(\.isEmpty), "\(changed)")
        // At 120x40: the Plan panel at the left of the Facts panel, the chart under both.
        let planWidth = 36
        let chartTitle = try #require(h.lines.firstIndex { $0.hasPrefix("╶╌ Industrial firms' R&D intensity ") }, "\(h.screen)")
        #expect(h.lines[10].hasPrefix("╶╌ Plan ") && h.lines[10].contains(" Facts "))
        #expect(changed[10..<chartTitle].allSatisfy { $0.allSatisfy { $0 >= planWidth } }, "the Plan panel stays as it was")
        #expect(changed[10..<chartTitle].contains { !$0.isEmpty }, "the facts follow the selection")
        #expect(changed[chartTitle...].contains { !$0.isEmpty }, "the chart follows the selection")
    }

    @Test func belowOneHundredColumnsTheGoalsUnitMovesUnderTheTable() {
        let h = Harness(asOf: 2020)
        h.press(.down, .down, .down, .down)  // Valid patents per 10k people
        #expect(h.lines[7].contains("  >= 50    "))
        #expect(h.lines.contains { $0.contains("Goal >= 50 per 10k by 2020") }, "\(h.screen)")
        h.width = 120
        #expect(h.lines[7].contains(">= 50 per 10k"))
    }

    @Test func aWideTerminalAddsGapAndRequiredAgainstActualGrowth() {
        let h = Harness(asOf: 2018, width: 120, height: 40)
        #expect(h.lines[2].contains("Gap"))
        #expect(h.lines[2].contains("Required/actual"))
        // R&D / GDP as of 2018: required +5.0 %/yr from 1.57 in 2015 to 2 in 2020, actual +8.6 %/yr.
        #expect(h.lines[3].contains("+5.0% / +8.6%"))
        #expect(h.lines[3].contains("R&D expenditure / GDP"))
        // At 200 columns the sparkline of each series joins, and the bullet bar grows.
        h.width = 200
        #expect(h.lines[2].contains("Trend"))
        #expect(h.lines[3].contains("⣀ ⣶⣿"), "\(h.lines[3])")  // 2015, no 2016, 2017, 2018
        #expect(h.lines[3].filter { $0 == "▬" }.count > 20)
    }

    @Test func chineseNamesAlignWithTheColumns() {
        let h = Harness(asOf: 2020, language: .zh)
        let rows = Array(h.lines[3...7])
        // The goal column starts at the same display column on every row, whatever the name.
        let goalColumns = rows.map { line -> Int in
            let prefix = line[..<line.range(of: "  >")!.lowerBound]
            return DisplayWidth.of(prefix)
        }
        let milestone = h.lines[8]
        #expect(Set(goalColumns).count == 1, "\(rows.joined(separator: "\n"))")
        #expect(DisplayWidth.of(milestone[..<milestone.range(of: "  实现")!.lowerBound]) == goalColumns[0])
        #expect(rows[0].contains("全社会R&D经费支出占GDP比重"))
    }

    @Test func theCursorSitsOnTheSelectedRow() {
        let h = Harness()
        #expect(h.canvas.cursor! == (1, 3))
        h.press(.down, .character("j"))
        #expect(h.canvas.cursor! == (1, 5))
        #expect(h.lines[5].hasPrefix("╎► ✘ missed"))
    }

    @Test func aSmallTerminalSaysSoAndRecoversWhenEnlarged() {
        let h = Harness(width: 50, height: 12)
        let message = h.lines.filter { !$0.isEmpty }.joined(separator: " ")
        #expect(message == "Terminal too small: 50x12. innodash needs at least 60x15; enlarge the window.")
        h.width = 60
        h.height = 15
        #expect(h.lines[0].hasPrefix("Overview"))
        #expect(h.lines[3].contains("achieved"))
        #expect(h.lines[14].hasPrefix("j/k move"))
    }

    @Test func movingPastTheVisibleRowsScrollsTheTable() {
        let h = Harness(width: 60, height: 15)
        h.press(.tab)  // 2016 targets: eight rows
        for _ in 0..<7 { h.press(.down) }
        #expect(h.screen.contains("of which high-tech"))
        #expect(h.lines[0].contains("2016 targets"))
        // A group longer than the screen still leaves room for the selected target's panel.
        #expect(h.lines.contains { $0.contains(" of which high-tech") && $0.contains(" Plan ") }, "\(h.screen)")
        let cursor = h.canvas.cursor!
        #expect(h.lines[cursor.y].hasPrefix("╎►"))
    }

    /// The longest run of lines on which one panel's inside is empty: the screen cut at the
    /// frames' sides, each stretch between two sides a part of a panel.
    static func longestBlankRun(_ lines: [String], side: Character) -> Int {
        var runs: [Int: Int] = [:]  // run length by the column a stretch starts at
        var longest = 0
        for line in lines.dropFirst().dropLast(2) {  // the header, message and key lines are not panels
            var blankStarts: Set<Int> = []
            var column = 0, start = 0, blank = true
            for character in line + String(side) {
                if character == side {
                    if blank && column > start { blankStarts.insert(start) }
                    start = column + 1
                    blank = true
                } else if character != " " {
                    blank = false
                }
                column += DisplayWidth.of(String(character))
            }
            runs = Dictionary(uniqueKeysWithValues: blankStarts.map { ($0, (runs[$0] ?? 0) + 1) })
            longest = max(longest, runs.values.max() ?? 0)
        }
        return longest
    }

    @Test(arguments: Language.allCases, [(120, 40), (200, 50), (250, 70)])
    func fromOneHundredTwentyByFortyNoPanelHasARunOfMoreThanThreeBlankLines(language: Language, size: (Int, Int)) {
        let h = Harness(asOf: 2020, language: language, width: size.0, height: size.1)
        for row in 0..<ShippedPlan.plan.targets(inGroup: h.state.group!.id).count {
            h.state.row = row
            #expect(Self.longestBlankRun(h.lines, side: "╎") <= 3, "\(h.screen)")
        }
    }

    @Test func theBlankRunCheckFindsAnEmptyPanel() {
        let empty = ["header", "╎a╎   ╎", "╎b╎   ╎", "╎c╎   ╎", "╎d╎   ╎", "message", "keys"]
        #expect(Self.longestBlankRun(empty, side: "╎") == 4)
        #expect(Self.longestBlankRun(["header", "╎a╎ x ╎", "╎ ╎   ╎", "message", "keys"], side: "╎") == 1)
    }

    @Test(arguments: Language.allCases, [(60, 15), (80, 24), (100, 30), (160, 45)])
    func everySizeShowsTheThreePanelsWithNothingWiderThanTheScreen(language: Language, size: (Int, Int)) {
        let h = Harness(asOf: 2020, language: language, width: size.0, height: size.1)
        let screen = h.screen
        #expect(screen.contains(language == .en ? " Plan " : " 规划 "), "\(screen)")
        #expect(screen.contains(" " + ShippedPlan.plan.groups[0].name[language] + " "))
        #expect(screen.contains("2.11 (2020)"))
        #expect(h.lines.allSatisfy { DisplayWidth.of($0) <= size.0 })
    }
}
