import InnoCore
import InnoDraw
import InnoUI
import Testing

@Suite struct OverviewScreenTests {
    @Test func overviewListsTheGroupWithStatusLatestGoalAndBar() {
        let h = Harness(asOf: 2020)
        #expect(Array(h.lines.prefix(12)) == [
            "Overview  2020 goals (1/4)  as of 2020                                 Chongqing",
            "  Status               Target                          Latest   Goal     vs goal",
            "► ✔ achieved           R&D expenditure / GDP      2.11 (2020)⁞  > 2%     ▬▬▬▬|▬⋅",
            "  ✓ met                Industrial firms' R&D in⋯  1.60 (2019)⁞  >= 1.2%  ▬▬▬|▬▬⋅",
            "  ✘ missed             Tech progress contributi⋯  58.6 (2020)⁞  > 60%    ▬▬▬▬▬|⋅",
            "  ~ moderate progress  Strategic emerging indus⋯  25.0 (2019)⁞  >= 30%   ▬▬▬▬▬|⋅",
            "  ? no data            Valid patents per 10k pe⋯            -   >= 50    ⋅⋅⋅⋅⋅⋅⋅",
            "  ⋯ pending            Liangjiang as innovation⋯            -   done     ⋅⋅⋅⋅⋅⋅⋅",
            "",
            "  R&D expenditure / GDP",
            "  goal > 2% by 2020 | required +5.0%/yr, actual +6.1%/yr",
            "",
        ])
        #expect(h.lines[23].hasPrefix("j/k move  Enter detail  e entry  s summary"))
    }

    @Test func movingTheSelectionChangesOnlyTheMarkersAndTheLinesUnderTheTable() {
        // What a terminal is sent for one row down is what changed, character or style:
        // on a slow link that must be two markers and two lines, not two whole rows.
        let h = Harness(asOf: 2020)
        let before = h.canvas
        h.press(.down)
        let after = h.canvas
        let changed = (0..<after.height).map { y in (0..<after.width).filter { before[$0, y] != after[$0, y] } }
        #expect(changed[2] == [0] && changed[3] == [0], "only the marker column changes on the two table rows")
        #expect(changed.indices.filter { !changed[$0].isEmpty } == [2, 3, 9, 10])
        // The name the table cuts short is whole under it.
        #expect(h.lines[3].contains("Industrial firms' R&D in⋯"))
        #expect(h.lines[9] == "  Industrial firms' R&D intensity")
    }

    @Test func belowOneHundredColumnsTheGoalsUnitMovesUnderTheTable() {
        let h = Harness(asOf: 2020)
        h.press(.down, .down, .down, .down)  // Valid patents per 10k people
        #expect(h.lines[6].contains("  >= 50    "))
        #expect(h.lines.contains("  goal >= 50 per 10k by 2020"))
        h.width = 100
        #expect(h.lines[6].contains(">= 50 per 10k"))
    }

    @Test func aWideTerminalAddsGapAndRequiredAgainstActualGrowth() {
        let h = Harness(asOf: 2018, width: 120, height: 40)
        #expect(h.lines[1].contains("Gap"))
        #expect(h.lines[1].contains("Required/actual"))
        // R&D / GDP as of 2018: required +5.0 %/yr from 1.57 in 2015 to 2 in 2020, actual +8.6 %/yr.
        #expect(h.lines[2].contains("+5.0% / +8.6%"))
        #expect(h.lines[2].contains("R&D expenditure / GDP"))
    }

    @Test func chineseNamesAlignWithTheColumns() {
        let h = Harness(asOf: 2020, language: .zh)
        let rows = Array(h.lines[2...6])
        // The goal column starts at the same display column on every row, whatever the name.
        let goalColumns = rows.map { line -> Int in
            let prefix = line[..<line.range(of: "  >")!.lowerBound]
            return DisplayWidth.of(prefix)
        }
        let milestone = h.lines[7]
        #expect(Set(goalColumns).count == 1, "\(rows.joined(separator: "\n"))")
        #expect(DisplayWidth.of(milestone[..<milestone.range(of: "  实现")!.lowerBound]) == goalColumns[0])
        #expect(rows[0].contains("全社会R&D经费支出占GDP比重"))
    }

    @Test func theCursorSitsOnTheSelectedRow() {
        let h = Harness()
        #expect(h.canvas.cursor! == (0, 2))
        h.press(.down, .character("j"))
        #expect(h.canvas.cursor! == (0, 4))
        #expect(h.lines[4].hasPrefix("► ✘ missed"))
    }

    @Test func aSmallTerminalSaysSoAndRecoversWhenEnlarged() {
        let h = Harness(width: 50, height: 12)
        let message = h.lines.filter { !$0.isEmpty }.joined(separator: " ")
        #expect(message == "Terminal too small: 50x12. innodash needs at least 60x15; enlarge the window.")
        h.width = 60
        h.height = 15
        #expect(h.lines[0].hasPrefix("Overview"))
        #expect(h.lines[2].contains("achieved"))
        #expect(h.lines[14].hasPrefix("j/k move"))
    }

    @Test func movingPastTheVisibleRowsScrollsTheTable() {
        let h = Harness(width: 60, height: 15)
        h.press(.tab)  // 2016 targets: eight rows
        for _ in 0..<7 { h.press(.down) }
        #expect(h.screen.contains("of which high-tech"))
        #expect(h.lines[0].contains("2016 targets"))
        // A group longer than the screen still leaves room to name the selection in full.
        #expect(h.lines.contains("  of which high-tech enterprises"), "\(h.screen)")
        let cursor = h.canvas.cursor!
        #expect(h.lines[cursor.y].hasPrefix("►"))
    }
}
