import Foundation
import InnoCore
import Testing

/// The shipped plan: complete, valid, and faithful to the letter it comes from.
@Suite struct ShippedPlanTests {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    func shippedPlan() throws -> Plan {
        try PlanLoader.load(contentsOf: Self.repository.appendingPathComponent("Sources/innodash/Resources/targets.json"))
    }

    @Test func loadsWithTheIdsOtherFilesRelyOn() throws {
        let plan = try shippedPlan()
        for id in ["rd_gdp", "enterprise_rd_intensity", "tech_progress", "emerging_share", "patents_per_10k", "liangjiang_core", "invention_patents_per_10k"] {
            #expect(plan.target(id: id) != nil, "missing \(id)")
        }
        #expect(plan.targets(inGroup: "goals-2020").count == 6)
        #expect(plan.target(id: "rd_gdp")?.goal == Goal(.above, 2))
        #expect(plan.target(id: "enterprise_rd_intensity")?.goal == Goal(.atLeast, 1.2))
        #expect(plan.target(id: "tech_progress")?.goal == Goal(.above, 60))
        #expect(plan.target(id: "emerging_share")?.goal == Goal(.atLeast, 30))
        #expect(plan.target(id: "patents_per_10k")?.goal == Goal(.atLeast, 50))
        #expect(plan.target(id: "liangjiang_core")?.kind == .milestone)
        #expect(plan.target(id: "invention_patents_per_10k")?.isIndicator == true)
        #expect(plan.targets.contains { $0.baseline?.value == 4289 })
    }

    @Test func everyQuoteIsWordForWordInTheLetter() throws {
        let letter = try String(contentsOf: Self.repository.appendingPathComponent("docs/source/cq-stc-reply-0701-2016-04-21.txt"), encoding: .utf8)
        let plan = try shippedPlan()
        for target in plan.targets where !target.isIndicator {
            let quote = try #require(target.quote, "\(target.id) has no quote")
            #expect(letter.contains(quote), "\(target.id): quote not in the letter")
        }
    }

    @Test func theRootTargetsFileIsTheShippedOne() throws {
        let root = try Data(contentsOf: Self.repository.appendingPathComponent("targets.json"))
        let shipped = try Data(contentsOf: Self.repository.appendingPathComponent("Sources/innodash/Resources/targets.json"))
        #expect(root == shipped)
    }
}
