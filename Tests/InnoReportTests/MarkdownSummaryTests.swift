import InnoCore
import InnoReport
import Testing

@Suite struct MarkdownSummaryTests {
    @Test func eachGroupIsATableOfStatusNameLatestGoalGapAndProjection() throws {
        let markdown = try ShippedSummary.export(.en, asOf: 2017, groupIDs: ["goals-2020"]).render(.markdown, width: 100)
        let lines = markdown.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines.contains("| Status | Mid-term | Target | Latest | Goal | Gap | Projected |"))
        // 0.72 of the way with 0.40 of the time gone: 快于预期.
        #expect(lines.contains("| ✓ on track | ahead | R&D expenditure / GDP | 1.88% (2017) | > 2% | 0.12 pp | 2.46% (2020) |"))
        #expect(lines.contains("| ? no data | - | Industrial firms' R&D intensity | - | >= 1.2% | - | - |"))
        #expect(!lines.contains { $0.contains("2016 targets") })
    }

    @Test func aFigureJustShortOfTheGoalShowsTheDigitThatMissesIt() {
        let target = Target(id: "t", group: "g", kind: .numeric, name: LocalizedText(en: "T", zh: "T"), unit: LocalizedText(en: "%", zh: "%"),
                            goal: Goal(.atLeast, 2), decimals: 2, deadline: 2020, baseline: Baseline(year: 2015), quote: "q", source: "s")
        let plan = Plan(info: PlanInfo(id: "p", title: LocalizedText(en: "P", zh: "P"), region: LocalizedText(en: "R", zh: "R"), source: "s"),
                        groups: [TargetGroup(id: "g", name: LocalizedText(en: "G", zh: "G"))], targets: [target])
        let figures = FigureSet([Figure(series: SeriesID(region: "r", indicator: "t"), year: 2015, value: 1.8), Figure(series: SeriesID(region: "r", indicator: "t"), year: 2018, value: 1.999)])
        let export = SummaryExport(plan: plan, assessments: Assessor.assess(plan: plan, figures: figures, asOf: 2018), asOf: 2018, language: .en)
        let markdown = export.render(.markdown, width: 100)
        // Within rounding of the goal: borderline, marked `*` (escaped in Markdown), and the
        // legend says what the mark means; the mid-term class in a column of its own.
        #expect(markdown.contains("| ✓ on track \\* | ahead | T | 1.999% (2018) | >= 2% | 0.001 pp | 2.14% (2020) |"), "\(markdown)")
        #expect(markdown.contains("| Status | Mid-term | Target |"))
        #expect(markdown.contains("\\* borderline: near a class boundary, or within rounding of the goal"))
        let text = export.render(.text, width: 100)
        #expect(text.contains("1.999 (2018)") && !text.contains("2.00 (2018)"), "\(text)")
    }

    @Test func namesCannotBreakTheTableOrBecomeMarkup() {
        let markdown = ShippedSummary.hostileExport().render(.markdown, width: 100)
        let rows = markdown.split(separator: "\n").filter { $0.hasPrefix("| ") && !$0.hasPrefix("| Status") && !$0.hasPrefix("| :--") }
        #expect(rows.count == 6)  // one line per target: the line breaks in a name were folded
        for row in rows {
            // Eight unescaped separators: the seven cells (with the mid-term class) stay seven.
            let separators = zip(" " + row, row).filter { previous, character in character == "|" && previous != "\\" }
            #expect(separators.count == 8, "\(row)")
        }
        #expect(markdown.contains("\\<script>&\""))
        #expect(markdown.contains("a \\| b second line third"))
        #expect(markdown.contains("Plan \\<b>\\&amp;\\</b>"))
        #expect(!markdown.contains("\u{07}") && !markdown.contains("\u{202E}") && !markdown.contains("\r"))
    }
}
