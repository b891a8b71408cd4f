import InnoCore
import InnoDraw
import InnoUI
import Testing

@Suite struct DetailScreenTests {
    /// The screen's lines inside the Detail panel's frame, trailing spaces removed.
    static func inside(_ h: Harness) -> [String] {
        h.lines.map { line in
            var text = Substring(line)
            if text.first == "╎" { text = text.dropFirst() }
            if text.last == "╎" { text = text.dropLast() }
            while text.last == " " { text = text.dropLast() }
            return String(text)
        }
    }

    @Test func detailShowsNumbersProgressChartFiguresAndThePlansSentence() {
        let h = Harness(asOf: 2018)
        h.press(.enter)
        let lines = Self.inside(h)
        // The name in both languages, and the id, on the frame; the status first inside.
        #expect(h.lines[1].hasPrefix("╶╌ R&D expenditure / GDP  全社会R&D经费支出占GDP比重  rd_gdp ╌"))
        #expect(lines[2] == "✓ met")
        #expect(lines[3].hasPrefix("Level by the deadline, anticipatory (预期性) | Goal > 2% by 2020"))
        // Progress (2.01 − 1.57)/(2 − 1.57) = 102 % beside time elapsed 3/5 = 60 %.
        #expect(lines.contains { $0.hasPrefix("Progress ") && $0.hasSuffix("102%") })
        #expect(lines.contains { $0.hasPrefix("Time elapsed ") && $0.hasSuffix("60%") })
        let screen = h.screen
        #expect(screen.contains("╌╌╌"))  // the goal line
        #expect(screen.contains("◦"))  // the projection at the deadline
        #expect(screen.contains("✦"))  // the figures
        #expect(lines.contains { $0.hasPrefix("2018  2.01 r  数说重庆 2019-09-25") })
        #expect(lines.contains { $0.hasPrefix("2017  1.88    中华网科技") })
        // At 80x24 the kind and the mid-term class take the line the year 2016 (no figure) had.
        #expect(!lines.contains { $0.hasPrefix("2016") })
        #expect(screen.contains("「到2020年实现全社会R&D经费支出超过GDP的2%」"))
        #expect(lines.contains { $0.hasPrefix("Note: \"超过\" (exceeds) read as strictly above") })
        #expect(h.canvas.cursor! == (1, 2))
    }

    @Test func aGoalMetOnlyAfterItsDeadlineIsAchievedLateWithTheYear() {
        // The shipped strategic emerging industries share: 25.0 % in 2019, none for 2020, 32.2 % in 2023.
        for (language, status, fact) in [(Language.en, "✔ achieved late", "met in 2023, after the 2020 deadline"),
                                         (.zh, "✔ 逾期实现", "2023年达到，晚于2020年期限")] {
            let h = Harness(asOf: 2023, language: language)
            h.press(.down, .down, .down, .enter)
            #expect(Self.inside(h)[2] == status, "\(h.screen)")
            #expect(h.screen.contains(fact), "\(h.screen)")
        }
    }

    @Test func aTargetPastItsDeadlineWithoutItsFigureSaysSoAndProjectsNothing() {
        // The shipped R&D figures without those from 2020 on: 1.99 in 2019 is the latest.
        let h = Harness(asOf: 2023)
        let figures = FigureSet(ShippedPlan.figures.all.filter { $0.series != SeriesID(region: "chongqing", indicator: "rd_intensity") || $0.year < 2020 })
        h.state = AppState(plan: ShippedPlan.plan, figures: figures, asOf: 2023, language: .en, glyphs: .unicode)
        h.press(.enter)
        #expect(Self.inside(h)[2] == "? no deadline figure", "\(h.screen)")
        #expect(h.screen.contains("no figure for 2020, the deadline year, or later"), "\(h.screen)")
        #expect(!h.screen.contains("projected"))
    }

    @Test func aFigureOffTheGoalIsNeverDrawnOnTheGoalLine() throws {
        // At 80x24 the chart has four rows: the marks of 1.88 (below > 2) and 2.01 (above)
        // would round onto the goal's row; each goes to its own side instead.
        let h = Harness(asOf: 2018)
        h.press(.enter)
        let lines = Self.inside(h)
        let goalRow = try #require(lines.firstIndex { $0.hasPrefix("2.0⡇╌") }, "\(h.screen)")
        #expect(!lines[goalRow].contains("✦"))
        #expect(lines[goalRow - 1].contains("r"))  // 2018: 2.01, revised
        #expect(lines[goalRow + 1].contains("✦"))  // 2017: 1.88
    }

    @Test func aPreliminaryFigureIsMarked() {
        let h = Harness(asOf: 2018)
        h.press(.tab, .tab, .tab, .enter)  // indicators: invention patents, 2018 preliminary
        #expect(Self.inside(h).contains { $0.hasPrefix("2018  9.08  p 重庆市科技局") }, "\(h.screen)")
        #expect(h.screen.contains("p preliminary"))
    }

    @Test func theChartSpansTheYearsToTheDeadline() throws {
        let h = Harness(asOf: 2018, width: 120, height: 40)
        h.press(.enter)
        // The year axis: a line of years only, the base year first and the deadline last,
        // each once, in order. (The goal line above also names 2015 and 2020.)
        let axis = try #require(Self.inside(h).first { line in
            let words = line.split(separator: " ")
            return !words.isEmpty && words.allSatisfy { Int($0) != nil }
        }, "\(h.screen)")
        let years = axis.split(separator: " ").compactMap { Int($0) }
        #expect(years.first == 2015 && years.last == 2020, "\(axis)")
        #expect(years == years.sorted() && Set(years).count == years.count, "\(axis)")
    }

    @Test func aMilestoneIsChartedAsNoAndYesWithoutAGoalLine() {
        let h = Harness(asOf: 2020)
        h.press(.end, .enter)
        let lines = Self.inside(h)
        #expect(h.lines[1].contains("Liangjiang"))
        #expect(lines[3].hasPrefix("Milestone, due 2020"))
        #expect(lines.contains { $0.hasPrefix("yes⡇") } && lines.contains { $0.hasPrefix(" no⡇") }, "\(h.screen)")
        #expect(lines.contains { $0.contains("No figure yet: press e and type one.") })
        #expect(!lines.contains { $0.contains("╌ goal") })
    }
}
