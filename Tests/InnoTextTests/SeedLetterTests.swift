import Foundation
import InnoCore
import Testing
@testable import InnoText

/// The seed letter, drafted, gives back the shipped plan's numeric targets and milestones.
@Suite struct SeedLetterTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static func draft() throws -> PlanDraft {
        let data = try Data(contentsOf: root.appendingPathComponent("Tests/InnoTextTests/Fixtures/seed-letter-0701.txt"))
        let text = try TextDecoding.decode(Array(data)).text
        return PlanDrafter.draft(text, document: "seed-letter-0701.txt", currentYear: 2026)
    }

    @Test func theSeedLetterGivesBackEveryTargetOfTheShippedPlan() throws {
        let shipped = try PlanLoader.load(contentsOf: Self.root.appendingPathComponent("Sources/innodash/Resources/targets.json"))
        let draft = try Self.draft()
        #expect(draft.textYear == 2016 && draft.horizon == 2020)
        for target in shipped.targets where !target.isIndicator {
            let found = draft.targets.first { drafted in
                guard drafted.deadline == target.deadline else { return false }
                if target.kind == .milestone {
                    return drafted.kind == .milestone && (drafted.quote.contains(target.quote!) || target.quote!.contains(drafted.quote))
                }
                return drafted.goal == target.goal && drafted.unit?.zh == target.unit?.zh
            }
            #expect(found != nil, "\(target.id) not found in the draft")
        }
        #expect(draft.targets.count == shipped.targets.count - 1)
    }

    @Test func theDraftLoadsAsAPlanWithItsSuggestedIDs() throws {
        let json = DraftPlanJSON.text(try Self.draft())
        let plan = try PlanLoader.load(data: Data(json.utf8), file: "draft.json")
        #expect(plan.targets.count == 19 && plan.groups.map(\.id) == ["by-2016", "by-2020"])
        #expect(plan.target(id: "rd_expenditure_2020")?.quote == "到2020年实现全社会R&D经费支出超过GDP的2%")
    }

    @Test func decodingReadsGB18030AndHTMLAndRefusesBinary() throws {
        // 研发 in GB18030.
        #expect(try TextDecoding.decode([0xD1, 0xD0, 0xB7, 0xA2]).text == "研发")
        #expect(try TextDecoding.decode([0xD1, 0xD0, 0xB7, 0xA2]).encoding == .gb18030)
        let html = try TextDecoding.decode(Array("<p>强度为2.11&#37;&amp;</p><script>x='1%'</script><!-- 9% -->".utf8))
        #expect(html.wasHTML && html.text == "\n强度为2.11%&\n")
        #expect(throws: TextDecodingError.binary) { try TextDecoding.decode([0x25, 0x50, 0x00, 0x01, 0xFF]) }
    }

    @Test func chineseNumbersAndYears() {
        #expect(ChineseNumber.value(Array("十二")) == 12)
        #expect(ChineseNumber.value(Array("两千")) == 2000)
        #expect(ChineseNumber.value(Array("一万二千")) == 12000)
        #expect(ChineseNumber.value(Array("二点五")) == 2.5)
        let q = QuantityReader.quantities(in: Array("2020年专利1.2万件，占百分之二，提高0.2个百分点，3D打印"))
        #expect(q.map(\.value) == [12000, 2, 0.2])
        #expect(q.map(\.unit) == ["件", "%", "个百分点"])
    }
}
