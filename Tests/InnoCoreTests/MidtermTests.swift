import Foundation
import InnoCore
import Testing

/// The classes of a Chinese mid-term evaluation: the band's edges from both sides, when a
/// class does not apply, and the NDRC's own verdict of December 2023 on the 14th plan.
@Suite struct MidtermTests {
    /// 100 in 2020 to 200 by 2025: as of 2023, 0.60 of the time is gone and each 1 of the
    /// value is 0.01 of the way.
    let doubling = Fixture.target(.atLeast, goal: 200, deadline: 2025, baseline: Baseline(year: 2020), unit: "pt")

    func midterm(_ latest: Double) -> MidtermClass? {
        Assessor.assess(doubling, series: Fixture.figures([2020: 100, 2023: latest]).sorted { $0.year < $1.year }, asOf: 2023).midterm
    }

    @Test func progressAheadOfTimeByTheBandIsAhead() {
        #expect(midterm(165) == .ahead)  // 0.65 against 0.60
        #expect(midterm(164.9) == .onSchedule)
    }

    @Test func progressBehindTimeByTheBandIsBehind() {
        #expect(midterm(155) == .behind)  // 0.55 against 0.60
        #expect(midterm(155.1) == .onSchedule)
    }

    @Test func aGoalReachedBeforeItsDeadlineIsAchievedEarly() {
        #expect(midterm(200) == .achievedEarly)
        #expect(midterm(199.9) == .ahead)
        #expect(MidtermClass.achievedEarly.word(.zh) == "提前实现")
        #expect(MidtermClass.ahead.word(.zh) == "快于预期")
        #expect(MidtermClass.onSchedule.word(.zh) == "基本符合预期")
        #expect(MidtermClass.behind.word(.zh) == "相对滞后")
    }

    @Test func noClassWithoutAGoalATrendOrOnceTheDeadlineFigureIsIn() {
        let assess = { (values: [Int: Double], asOf: Int) in
            Assessor.assess(self.doubling, series: Fixture.figures(values).sorted { $0.year < $1.year }, asOf: asOf).midterm
        }
        #expect(assess([2020: 100], 2023) == nil)  // no time elapsed between figures
        #expect(assess([2020: 100, 2025: 150], 2025) == nil)  // missed: the status says so
        #expect(assess([2020: 100, 2023: 150], 2027) == nil)  // past the deadline without its figure
        let indicator = Fixture.target(nil, goal: nil, deadline: nil, direction: .up)
        #expect(Assessor.assess(indicator, series: Fixture.figures([2020: 1, 2023: 2]), asOf: 2023).midterm == nil)
        let milestone = Fixture.target(nil, goal: nil, deadline: 2025, baseline: nil, kind: .milestone)
        #expect(Assessor.assess(milestone, series: Fixture.figures([2022: 1]), asOf: 2023).midterm == .achievedEarly)
        #expect(Assessor.assess(milestone, series: Fixture.figures([2022: 0]), asOf: 2023).midterm == nil)
    }

    @Test func aRatioNearAClassBoundaryIsBorderline() {
        // Goal >= 121 by 2017 from 100 in 2015: 10 %/yr required; R = growth in 2016 / 10 %.
        let target = Fixture.target(.atLeast, goal: 121, deadline: 2017, baseline: Baseline(year: 2015), unit: "pt")
        let borderline = { (latest: Double) in
            Assessor.assess(target, series: Fixture.figures([2015: 100, 2016: latest]).sorted { $0.year < $1.year }, asOf: 2016).isBorderline
        }
        #expect(borderline(109))  // R = 0.90, 0.05 below 0.95
        #expect(!borderline(108.99))
        #expect(borderline(110))  // R = 1.00
        #expect(!borderline(110.01))
        #expect(borderline(105.5) && borderline(106.5))  // around 0.60
        #expect(!borderline(107))
        #expect(borderline(100.5) && borderline(99.5))  // around 0
    }

    @Test func aValueWithinRoundingOfTheGoalIsBorderline() {
        // Goal >= 2 shown with 2 decimals: 1.995 shows as 2.00 and is not met.
        let target = Fixture.target(.atLeast, goal: 2, deadline: 2020, baseline: Baseline(year: 2015))
        let a = Assessor.assess(target, series: Fixture.figures([2015: 1.57, 2020: 1.995]).sorted { $0.year < $1.year }, asOf: 2020)
        #expect(a.status == .missed)
        #expect(a.isBorderline)
        let b = Assessor.assess(target, series: Fixture.figures([2015: 1.57, 2020: 1.994]).sorted { $0.year < $1.year }, asOf: 2020)
        #expect(!b.isBorderline)
    }

    @Test func aMarginNearAnEdgeOfTheBandIsBorderline() {
        let borderline = { (latest: Double) in
            Assessor.assess(self.doubling, series: Fixture.figures([2020: 100, 2023: latest]).sorted { $0.year < $1.year }, asOf: 2023).isBorderline
        }
        #expect(borderline(163))  // margin 0.03, 0.02 from the edge at 0.05
        #expect(!borderline(162.9))
        #expect(borderline(157) && !borderline(157.1))  // margin −0.03 and −0.029
    }

    /// The NDRC's mid-term report on the 14th Five-Year Plan (December 2023) rated R&D
    /// growth, high-value patents and the digital economy's share 快于预期. A plan mirroring
    /// the national targets, with the national figures as `china-national-14th.csv` has
    /// them (the latest revision of each year wins), says the same as of 2023.
    @Test func theNationalPlanAsOf2023IsAheadOnTheThreeTargetsTheNDRCRatedAhead() throws {
        let plan = try PlanLoader.load(data: Data(Self.nationalPlan.utf8), file: "national.json")
        // target, year, value, in the file's order: preliminary first, then final.
        let rows: [(String, Int, Double)] = [
            ("rd_growth", 2021, 9.4), ("rd_growth", 2022, 8.0), ("rd_growth", 2022, 7.7),
            ("high_value_patents_per_10k", 2020, 6.3), ("high_value_patents_per_10k", 2021, 7.5),
            ("high_value_patents_per_10k", 2022, 9.4), ("high_value_patents_per_10k", 2023, 11.8),
            ("high_value_patents_per_10k", 2025, 16),
            ("digital_core_share", 2020, 7.8), ("digital_core_share", 2023, 9.9),
        ]
        var latest: [String: [Int: Double]] = [:]
        for (id, year, value) in rows { latest[id, default: [:]][year] = value }
        let figures = FigureSet(latest.flatMap { id, values in values.map { Figure(series: SeriesID(region: "china", indicator: id), year: $0.key, value: $0.value) } })
        let assessments = Assessor.assess(plan: plan, figures: figures, asOf: 2023)
        let byID = Dictionary(uniqueKeysWithValues: assessments.map { ($0.target.id, $0) })
        for id in ["rd_growth", "high_value_patents_per_10k", "digital_core_share"] {
            #expect(byID[id]?.midterm == .ahead, "\(id)")
            #expect(byID[id]?.midterm?.word(.zh) == "快于预期")
            #expect(byID[id]?.status == .onTrack, "\(id)")
            #expect(byID[id]?.isBorderline == false, "\(id)")
        }
        func rounded(_ value: Double?) -> Double? { value.map { ($0 * 100).rounded() / 100 } }
        #expect(rounded(byID["rd_growth"]?.progress) == 0.48 && rounded(byID["rd_growth"]?.timeElapsed) == 0.40)
        #expect(byID["rd_growth"]?.missingYears == [2023])
        #expect(rounded(byID["high_value_patents_per_10k"]?.progress) == 0.96)
        #expect(rounded(byID["digital_core_share"]?.progress) == 0.95)
        #expect(byID["digital_core_share"]?.timeElapsed == 0.6)
        #expect(byID["rd_growth"]?.target.isBinding == false)
    }

    static let nationalPlan = """
        {
          "plan": { "id": "china-14th", "title": { "en": "14th Five-Year Plan", "zh": "十四五规划纲要" },
                    "region": { "en": "China", "zh": "全国" }, "source": "十四五规划纲要 (2021-03)" },
          "groups": [ { "id": "innovation", "name": { "en": "Innovation", "zh": "创新驱动" } } ],
          "targets": [
            { "id": "rd_growth", "group": "innovation", "kind": "average-growth", "measure": "growth-rate",
              "name": { "en": "R&D expenditure growth", "zh": "全社会研发经费投入增长" }, "unit": { "en": "%", "zh": "%" },
              "comparator": ">=", "value": 7, "decimals": 1, "deadline": 2025, "baseline": { "year": 2020 },
              "binding": false, "quote": "全社会研发经费投入年均增长7%以上", "source": "十四五规划纲要 专栏1" },
            { "id": "high_value_patents_per_10k", "group": "innovation", "kind": "level",
              "name": { "en": "High-value invention patents per 10,000 people", "zh": "每万人口高价值发明专利拥有量" },
              "unit": { "en": "per 10k", "zh": "件" }, "count": true, "comparator": ">=", "value": 12, "decimals": 1,
              "deadline": 2025, "baseline": { "year": 2020, "value": 6.3 },
              "quote": "每万人口高价值发明专利拥有量达到12件", "source": "十四五规划纲要 专栏1" },
            { "id": "digital_core_share", "group": "innovation", "kind": "level",
              "name": { "en": "Digital-economy core industries, share of GDP", "zh": "数字经济核心产业增加值占GDP比重" },
              "unit": { "en": "%", "zh": "%" }, "comparator": ">=", "value": 10, "decimals": 1,
              "deadline": 2025, "baseline": { "year": 2020, "value": 7.8 },
              "quote": "数字经济核心产业增加值占GDP比重达到10%", "source": "十四五规划纲要 专栏1" }
          ]
        }
        """
}
