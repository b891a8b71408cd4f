import InnoCore
import InnoReport
import Testing

@Suite struct MarkdownSummaryTests {
    @Test func eachGroupIsATableOfStatusNameLatestGoalGapAndProjection() throws {
        let markdown = try ShippedSummary.export(.en, asOf: 2017, groupIDs: ["goals-2020"]).render(.markdown, width: 100)
        let lines = markdown.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines.contains("| Status | Target | Latest | Goal | Gap | Projected |"))
        #expect(lines.contains("| ✓ on track | R&D expenditure / GDP | 1.88% (2017) | > 2% | 0.12 pp | 2.46% (2020) |"))
        #expect(!lines.contains { $0.contains("2016 targets") })
    }

    @Test func namesCannotBreakTheTableOrBecomeMarkup() {
        let markdown = ShippedSummary.hostileExport().render(.markdown, width: 100)
        let rows = markdown.split(separator: "\n").filter { $0.hasPrefix("| ") && !$0.hasPrefix("| Status") && !$0.hasPrefix("| :--") }
        #expect(rows.count == 6)  // one line per target: the line breaks in a name were folded
        for row in rows {
            // Seven unescaped separators: the six cells stay six.
            let separators = zip(" " + row, row).filter { previous, character in character == "|" && previous != "\\" }
            #expect(separators.count == 7, "\(row)")
        }
        #expect(markdown.contains("\\<script>&\""))
        #expect(markdown.contains("a \\| b second line third"))
        #expect(markdown.contains("Plan \\<b>\\&amp;\\</b>"))
        #expect(!markdown.contains("\u{07}") && !markdown.contains("\u{202E}") && !markdown.contains("\r"))
    }
}
