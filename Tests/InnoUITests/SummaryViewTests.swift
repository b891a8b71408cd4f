import Foundation
import InnoCore
import InnoDraw
import InnoUI
import Testing

/// The summary as a reader sees it: the shipped plan's 2020 goals with the published
/// figures up to 2020.
@Suite struct SummaryViewTests {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    let plan: Plan
    let figures = FigureSet([
        Figure(series: SeriesID(region: "chongqing", indicator: "rd_intensity"), year: 2015, value: 1.57),
        Figure(series: SeriesID(region: "chongqing", indicator: "rd_intensity"), year: 2017, value: 1.88),
        Figure(series: SeriesID(region: "chongqing", indicator: "rd_intensity"), year: 2018, value: 2.01),
        Figure(series: SeriesID(region: "chongqing", indicator: "rd_intensity"), year: 2019, value: 1.99),
        Figure(series: SeriesID(region: "chongqing", indicator: "rd_intensity"), year: 2020, value: 2.11),
        Figure(series: SeriesID(region: "chongqing", indicator: "enterprise_rd_intensity"), year: 2019, value: 1.6),
        Figure(series: SeriesID(region: "chongqing", indicator: "tech_progress"), year: 2018, value: 56.5),
        Figure(series: SeriesID(region: "chongqing", indicator: "tech_progress"), year: 2020, value: 58.6),
        Figure(series: SeriesID(region: "chongqing", indicator: "emerging_share"), year: 2018, value: 22.9),
        Figure(series: SeriesID(region: "chongqing", indicator: "emerging_share"), year: 2019, value: 25.0),
    ])

    init() throws {
        plan = try PlanLoader.load(contentsOf: Self.repository.appendingPathComponent("targets.json"))
    }

    func view(_ language: Language, asOf: Int = 2020) -> SummaryView {
        SummaryView(plan: plan, assessments: Assessor.assess(plan: plan, figures: figures, asOf: asOf),
                    asOf: asOf, language: language, groupIDs: ["goals-2020"])
    }

    @Test func englishSummaryOfThe2020GoalsFits80By24() {
        let canvas = view(.en).render(width: 80)
        #expect(canvas.height <= 24)
        // Emerging industries: R&D ratio near 0.60, so borderline (`*`), and behind in the
        // mid-term's terms; too narrow for a mid-term column, the classes are a line below.
        #expect(Array(canvas.lines.prefix(14)) == [
            "Chongqing innovation-driven development action plan (2015–2020)",
            "Chongqing | as of 2020 | 6 targets",
            "",
            "2020 goals",
            "Status                 Target                    Latest  Goal           vs goal",
            "✔ achieved             R&D expenditure / ⋯  2.11 (2020)  > 2%           ▬▬▬▬▬|⋅⋅",
            "✓ met                  Industrial firms' ⋯  1.60 (2019)  >= 1.2%        ▬▬▬▬|▬⋅⋅",
            "✘ missed               Tech progress cont⋯  58.6 (2020)  > 60%          ▬▬▬▬▬|⋅⋅",
            "~ moderate progress *  Strategic emerging⋯  25.0 (2019)  >= 30%         ▬▬▬▬▬|⋅⋅",
            "? no data              Valid patents per ⋯            -  >= 50 per 10k  ⋅⋅⋅⋅⋅⋅⋅⋅",
            "⋯ pending              Liangjiang as inno⋯            -  done           ⋅⋅⋅⋅⋅⋅⋅⋅",
            "Mid-term: achieved early: Industrial firms' R&D intensity; behind: Strategic",
            "emerging industries share",
            "* borderline: near a class boundary, or within rounding of the goal",
        ])
    }

    @Test func chineseNamesAlignWithTheColumns() {
        let canvas = view(.zh).render(width: 80)
        #expect(canvas.height <= 24)
        let rows = Array(canvas.lines[4...10])
        #expect(rows[1] == "✔ 已实现    全社会R&D经费支出占GDP比重  2.11 (2020)  > 2%           ▬▬▬▬▬▬▬▬|▬⋅⋅")
        // Every row's goal starts at the same display column, whatever the name's characters.
        let goals = ["目标值", "> 2%", ">= 1.2%", "> 60%", ">= 30%", ">= 50", " 实现"]
        let goalColumns = zip(rows, goals).map { row, goal in
            DisplayWidth.of(row[..<row.range(of: goal)!.lowerBound]) + (goal.hasPrefix(" ") ? 1 : 0)
        }
        #expect(Set(goalColumns).count == 1)
        #expect(rows.allSatisfy { DisplayWidth.of($0) <= 80 })
    }

    @Test func aWideTerminalAddsGapAndProjection() {
        let canvas = view(.en, asOf: 2017).render(width: 120)
        #expect(canvas.lines[4].contains("Gap"))
        #expect(canvas.lines[4].contains("Projected"))
        #expect(canvas.lines[5].contains("0.12"))
        #expect(canvas.lines[5].contains("2.46 (2020)"))
        #expect(canvas.lines[5].hasPrefix("✓ on track"))
    }

    @Test func asciiGlyphsLeaveNoNonASCIIFrameOrBlockCharacter() {
        var summary = view(.en)
        summary.glyphs = .ascii
        let text = summary.render(width: 80).lines.joined(separator: "\n")
        let unicodeGlyphs = Set("▬⋅⋯✔✓✘✗∙◦⁞✦╌►".unicodeScalars)
        #expect(!text.unicodeScalars.contains { unicodeGlyphs.contains($0) })
        #expect(text.contains("# achieved"))
        #expect(text.contains("###|"))
    }

    @Test func legendAndSourceCloseTheSummary() {
        let lines = view(.en).render(width: 80).lines
        #expect(lines.contains { $0 == "✔ achieved  ✓ met  ~ moderate progress  ✘ missed  ? no data  ⋯ pending" })
        #expect(lines.contains { $0.hasPrefix("Source: 重庆市科学技术委员会") })
    }

    @Test func aLegendBreaksBetweenItemsNeverBetweenAGlyphAndItsWords() {
        // Every group of the shipped plan, every year, every width a summary may have: each
        // legend line is whole items (`✓ significant progress`, not `✓ significant` and
        // `progress`), and none is cut short.
        var checked = 0
        for language in Language.allCases {
            let items = Set(Strings.statusLegend(Status.allCases, .unicode, language) + Strings.barLegend(.unicode, language))
            for asOf in 2016...2020 {
                let view = SummaryView(plan: ShippedPlan.plan, assessments: Assessor.assess(plan: ShippedPlan.plan, figures: ShippedPlan.figures, asOf: asOf),
                                       asOf: asOf, language: language, groupIDs: ShippedPlan.plan.groups.map(\.id))
                for width in SummaryView.minimumWidth...100 {
                    let lines = view.render(width: width).lines
                    guard let source = lines.lastIndex(where: { $0.hasPrefix(Strings.source(language)) }),
                          let blank = lines[..<source].lastIndex(of: "") else {
                        Issue.record("no legend at \(width) columns")
                        continue
                    }
                    for line in lines[(blank + 1)..<source] {
                        let pieces = line.components(separatedBy: "  ")
                        #expect(pieces.allSatisfy(items.contains), "\(language) \(asOf) at \(width) columns: \(line)")
                        checked += 1
                    }
                }
            }
        }
        #expect(checked > 400)
    }
}
