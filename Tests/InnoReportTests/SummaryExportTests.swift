import InnoCore
import InnoReport
import Testing

@Suite struct SummaryExportTests {
    @Test func anUnknownGroupIsRefusedWithTheGroupsThePlanHas() throws {
        let plan = try ShippedSummary.plan()
        #expect(try SummaryExport.groupIDs(for: "all", in: plan) == nil)
        #expect(try SummaryExport.groupIDs(for: "parks", in: plan) == ["parks"])
        #expect {
            try SummaryExport.groupIDs(for: "park", in: plan)
        } throws: { error in
            "\(error)" == "the plan has no group \"park\"; use one of: goals-2020, targets-2016, parks, indicators, or all"
        }
    }

    @Test func aGroupShowsOnlyItsTargetsInEveryFormat() throws {
        let export = try ShippedSummary.export(.en, groupIDs: ["goals-2020"])
        for format in SummaryFormat.allCases {
            let output = export.render(format, width: 100)
            #expect(output.contains("R&D expenditure") || output.contains("R&amp;D expenditure") || output.contains("rd_gdp"), "\(format)")
            #expect(!output.contains("Shared S&T literature") && !output.contains("Shared S&amp;T literature") && !output.contains("shared_literature"), "\(format)")
        }
    }

    @Test func heightCutsOrPadsTheGrid() throws {
        let export = try ShippedSummary.export(.en)
        let cut = export.render(.text, width: 80, height: 5)
        #expect(cut.split(separator: "\n", omittingEmptySubsequences: false).count == 6)
        #expect(cut.hasPrefix("Chongqing innovation-driven"))
        let full = export.canvas(width: 80).height
        let padded = export.render(.text, width: 80, height: full + 3)
        #expect(padded.hasSuffix("\n\n\n\n"))
        #expect(export.canvas(width: 100, height: full + 3).height == full + 3)
    }

    @Test func aWidthBelowTheMinimumDrawsAtTheMinimum() throws {
        let export = try ShippedSummary.export(.en)
        #expect(export.canvas(width: 10).width == 60)
    }
}
