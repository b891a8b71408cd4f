import Foundation
import Testing

/// `innodash changes`: since the last briefing, the targets whose status moved and why.
@Suite struct ChangesCommandTests {
    let folder = WorkFolder()

    func innodash(_ arguments: String...) throws -> Program.Result {
        try Program.innodash(arguments, in: folder.url)
    }

    /// The id of the latest revision of a target, as `history` shows it.
    func latestRevision(_ target: String) throws -> String {
        let lines = try innodash("history", target, "--plan", "cn-14th-fyp").stdout.split(separator: "\n")
        return String(try #require(lines.last { $0.first?.isNumber == true || $0.first == " " && $0.contains("  ") && !$0.contains("note:") }?
            .split(separator: " ").first))
    }

    @Test func aRevisedFigureSincePointIsListedWithItsReason() throws {
        #expect(try innodash("record", "digital_core_share", "2024", "9.8", "--plan", "cn-14th-fyp", "--preliminary").status == 0)
        let point = try latestRevision("digital_core_share")
        #expect(try innodash("record", "digital_core_share", "2024", "10.4", "--plan", "cn-14th-fyp", "--final").status == 0)
        #expect(try innodash("record", "basic_research_share", "2023", "6.7", "--plan", "cn-14th-fyp").status == 0)

        let changes = try innodash("changes", "--since", point)
        #expect(changes.status == 0)
        let lines = changes.stdout.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines[0].hasPrefix("1 target changed status since revision \(point) ("))
        #expect(Array(lines.dropFirst()) == [
            "",
            "cn-14th-fyp  China's 14th Five-Year Plan (2021–2025): innovation targets",
            "  digital_core_share  Digital-economy core industries / GDP: on track → met; mid-term ahead → achieved early",
            "    - revised figure for 2024: 9.8 → 10.4 (preliminary → final)",
            "",
        ])

        let zh = try innodash("changes", "--since", point, "--format", "markdown", "--lang", "zh").stdout
        #expect(zh.contains("1个目标的评估状态有变化"))
        #expect(zh.contains("- **数字经济核心产业增加值占GDP比重**（`digital_core_share`）：进度正常 → 已达标；中期评估快于预期 → 提前实现\n  - 2024年数据修订：9.8 → 10.4（初步数 → 最终数）"))

        let json = try innodash("changes", "--since", point, "--format", "json").stdout
        #expect(json.contains("\"kind\" : \"revised-figure\"") && json.contains("\"wasPreliminary\" : true"))

        let none = try innodash("changes", "--since", point, "--plan", "cq-14th-st")
        #expect(none.status == 0)
        #expect(none.stdout.hasPrefix("no target changed status since revision \(point) ("))
    }

    @Test func aFigureAfterTheDeadlineIsAReason() throws {
        // Chongqing's R&D intensity runs to 2024, so the plan is assessed as of 2024 on both sides.
        let point = try latestRevision("rd_intensity")
        #expect(try innodash("record", "tech_progress", "2021", "61", "--plan", "cq-innovation-2020").status == 0)
        let out = try innodash("changes", "--since", point, "--plan", "cq-innovation-2020").stdout
        #expect(out.contains("tech_progress  Tech progress contribution to growth: missed → achieved late"))
        #expect(out.hasSuffix("    - new figure for 2021: 61\n"))
    }

    @Test func aWrongPointIsRefusedWithWhatToGive() throws {
        let unknown = try innodash("changes", "--since", "99999")
        #expect(unknown.status == 64)
        #expect(unknown.stderr.contains("--since 99999: no revision has the id 99999; the revision log holds ids 1 to "))
        let future = try innodash("changes", "--since", "2999-01-01")
        #expect(future.status == 64)
        #expect(future.stderr.contains("--since 2999-01-01 is in the future"))
        let neither = try innodash("changes", "--since", "yesterday")
        #expect(neither.status == 64 && neither.stderr.contains("is neither a date nor a revision id"))
        let today = try innodash("changes", "--since", "2000-01-01", "--plan", "cq-14th-st", "--format", "csv")
        #expect(today.status == 0 && today.stdout.hasPrefix("plan,id,name,as_of_before"))
    }
}
