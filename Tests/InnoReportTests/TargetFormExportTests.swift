import Foundation
import InnoCore
import InnoReport
import Testing

/// The new kinds of target, the mid-term class, the borderline mark and the required path
/// in every summary format, from a plan with one target of each kind.
@Suite struct TargetFormExportTests {
    static let plan = """
        {
          "plan": { "id": "p", "title": { "en": "Plan", "zh": "规划" }, "region": { "en": "Chongqing", "zh": "重庆" }, "source": "s" },
          "groups": [ { "id": "g", "name": { "en": "Goals", "zh": "目标" } } ],
          "targets": [
            { "id": "rd_growth", "group": "g", "kind": "average-growth", "measure": "growth-rate", "name": { "en": "R&D growth", "zh": "研发经费增长" },
              "unit": { "en": "%", "zh": "%" }, "comparator": ">=", "value": 7, "decimals": 1, "deadline": 2025, "baseline": { "year": 2020 },
              "quote": "年均增长7%以上", "source": "s" },
            { "id": "energy", "group": "g", "kind": "cumulative-change", "name": { "en": "Energy per GDP", "zh": "单位GDP能耗" },
              "unit": { "en": "t/10k yuan", "zh": "吨/万元" }, "comparator": "<=", "value": -13.5, "decimals": 3, "deadline": 2025,
              "baseline": { "year": 2020 }, "binding": true, "quote": "降低13.5%", "source": "s" },
            { "id": "rd_gdp", "group": "g", "kind": "relative", "reference": "china", "name": { "en": "R&D / GDP", "zh": "研发投入强度" },
              "unit": { "en": "%", "zh": "%" }, "comparator": ">=", "decimals": 2, "deadline": 2025, "baseline": { "year": 2020 },
              "quote": "达到或超过全国平均水平", "source": "s" }
          ]
        }
        """

    static func export(_ language: Language, asOf: Int = 2023) throws -> SummaryExport {
        let plan = try PlanLoader.load(data: Data(Self.plan.utf8), file: "plan.json")
        let figures = FigureSet([
            Figure(series: SeriesID(region: "chongqing", indicator: "rd_growth"), year: 2021, value: 9.4), Figure(series: SeriesID(region: "chongqing", indicator: "rd_growth"), year: 2022, value: 7.7),
            Figure(series: SeriesID(region: "chongqing", indicator: "energy"), year: 2020, value: 0.5), Figure(series: SeriesID(region: "chongqing", indicator: "energy"), year: 2023, value: 0.46),
            Figure(series: SeriesID(region: "chongqing", indicator: "rd_gdp"), year: 2020, value: 2.11), Figure(series: SeriesID(region: "chongqing", indicator: "rd_gdp"), year: 2022, value: 2.36),
            Figure(series: SeriesID(region: "chongqing", indicator: "rd_gdp"), year: 2023, value: 2.5),
        ])
        var all = figures
        for figure in [Figure(series: SeriesID(region: "china", indicator: "rd_gdp"), year: 2020, value: 2.40),
                       Figure(series: SeriesID(region: "china", indicator: "rd_gdp"), year: 2022, value: 2.56)] {
            all.insert(figure)
        }
        let assessments = Assessor.assess(plan: plan, figures: all, asOf: asOf)
        return SummaryExport(plan: plan, assessments: assessments, asOf: asOf, language: language)
    }

    @Test func jsonNamesTheKindTheMidtermClassTheBorderlineAndThePath() throws {
        let json = try Self.export(.en).render(.json, width: 100)
        let document = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let targets = try #require(document["targets"] as? [[String: Any]])
        let byID = Dictionary(uniqueKeysWithValues: targets.map { ($0["id"] as! String, $0) })
        let growth = try #require(byID["rd_growth"])
        #expect(growth["kind"] as? String == "average-growth")
        #expect(growth["measure"] as? String == "growth-rate")
        #expect(growth["midterm"] as? String == "ahead")
        #expect(growth["goal"] as? Double == 7)
        #expect(growth["binding"] as? Bool == false)
        #expect(growth["missingYears"] as? [Int] == [2023])
        let path = try #require(growth["path"] as? [[String: Any]])
        #expect(path.map { $0["year"] as? Int } == [2023, 2024, 2025])
        #expect(path.first.flatMap { $0["value"] as? Double }.map { ($0 * 100).rounded() / 100 } == 5.98)
        let energy = try #require(byID["energy"])
        #expect(energy["kind"] as? String == "cumulative-change")
        #expect(energy["binding"] as? Bool == true)
        #expect(energy["borderline"] as? Bool == true)
        #expect(energy["goalValue"] as? Double == 0.4325)
        #expect(energy["midterm"] as? String == "on-schedule")
        let relative = try #require(byID["rd_gdp"])
        #expect(relative["kind"] as? String == "relative")
        #expect(relative["midterm"] as? String == "behind")
        let reference = try #require(relative["reference"] as? [String: Any])
        #expect(reference["region"] as? String == "china" && reference["year"] as? Int == 2022 && reference["value"] as? Double == 2.56)
        #expect(relative["referenceMissingYears"] as? [Int] == [2023])
    }

    @Test func csvHasTheSameFieldsInColumns() throws {
        let rows = SummaryCSVTests.parse(try Self.export(.zh).render(.csv, width: 100))
        let header = try #require(rows.first)
        func field(_ id: String, _ column: String) -> String? {
            guard let row = rows.first(where: { $0[1] == id }), let index = header.firstIndex(of: column) else { return nil }
            return row[index]
        }
        #expect(field("rd_growth", "kind") == "average-growth")
        #expect(field("rd_growth", "midterm") == "ahead")
        #expect(field("rd_growth", "midterm_text") == "快于预期")
        #expect(field("energy", "binding") == "yes")
        #expect(field("energy", "borderline") == "yes")
        #expect(field("energy", "path") == "2024:0.446038114963 2025:0.4325")
        #expect(field("rd_gdp", "reference") == "china")
        #expect(field("rd_gdp", "reference_missing_years") == "2023")
        #expect(field("rd_gdp", "midterm_text") == "相对滞后")
    }

    @Test func textAndMarkdownShowTheMidtermWordsAndTheBorderlineMark() throws {
        let wide = try Self.export(.zh).render(.text, width: 120)
        #expect(wide.contains("中期评估") && wide.contains("快于预期") && wide.contains("基本符合预期") && wide.contains("相对滞后"))
        #expect(wide.contains("年均 >= 7%") && wide.contains("较2020年 <= -13.5%") && wide.contains(">= china水平"))
        #expect(wide.contains("* 临界"))
        let narrow = try Self.export(.en).render(.text, width: 80)
        #expect(narrow.contains("Mid-term: ahead: R&D growth; on schedule: Energy per GDP; behind: R&D / GDP"), "\(narrow)")
        let markdown = try Self.export(.en).render(.markdown, width: 100)
        #expect(markdown.contains("| ✓ on track \\* | on schedule | Energy per GDP |"), "\(markdown)")
    }
}
