import InnoCore
import Testing

/// What if: scenario figures count only in years without an official figure, and the
/// status with them is assessed as of the last year they give.
@Suite struct ScenarioTests {
    static let rd = SeriesID(region: "chongqing", indicator: "rd_intensity")
    let target = Target(id: "rd", series: ScenarioTests.rd, group: "g", kind: .numeric, name: LocalizedText(en: "R&D", zh: "研发"),
                        unit: LocalizedText(en: "%", zh: "%"), goal: Goal(.atLeast, 2.6), decimals: 2, deadline: 2025,
                        baseline: Baseline(year: 2020), quote: "达到2.6%", source: "s")
    var official: FigureSet {
        FigureSet([Figure(series: Self.rd, year: 2020, value: 2.11), Figure(series: Self.rd, year: 2022, value: 2.36)])
    }

    @Test func theScenarioIsAssessedAsOfItsLastYearBesideTheOfficialStatus() throws {
        let scenario = FigureSet([Figure(series: Self.rd, year: 2025, value: 2.62)])
        let with = try #require(ScenarioAssessment.assess(target, figures: official, scenario: scenario, asOf: 2022))
        #expect(with.asOf == 2025)
        #expect(with.status == .achieved)
        #expect(Assessor.assess(target, in: official, asOf: 2022).status == .onTrack)  // the official status is untouched
        let short = FigureSet([Figure(series: Self.rd, year: 2025, value: 2.5)])
        #expect(ScenarioAssessment.assess(target, figures: official, scenario: short, asOf: 2022)?.status == .missed)
    }

    @Test func anOfficialFigureOutweighsTheScenarioOfItsYear() {
        let scenario = FigureSet([Figure(series: Self.rd, year: 2022, value: 3.0)])
        #expect(official.adding(scenario: scenario).figure(Self.rd, year: 2022)?.value == 2.36)
        #expect(ScenarioAssessment.assess(target, figures: official, scenario: scenario, asOf: 2022) == nil)
        let later = FigureSet([Figure(series: Self.rd, year: 2023, value: 2.5)])
        #expect(official.adding(scenario: later).figure(Self.rd, year: 2023)?.isScenario == true)
    }

    @Test func aScenarioOfAnotherSeriesLeavesTheTargetAlone() {
        let scenario = FigureSet([Figure(series: SeriesID(region: "china", indicator: "rd_growth"), year: 2025, value: 7)])
        #expect(ScenarioAssessment.assess(target, figures: official, scenario: scenario, asOf: 2022) == nil)
    }
}
