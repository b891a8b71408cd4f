import Foundation
import InnoCore
import Testing

/// The worked examples of the README's method section for the forms of target Chinese
/// plans use: average growth (from growth rates and from levels), cumulative change and
/// relative to a reference region, each computed by hand.
@Suite struct TargetFormTests {
    func target(_ form: TargetForm, goal: Goal? = nil, deadline: Int = 2025, baseline: Baseline? = Baseline(year: 2020), decimals: Int = 1, unit: String = "%") -> Target {
        Target(id: "t", group: "g", kind: .numeric, name: LocalizedText(en: "T", zh: "目标"), unit: LocalizedText(en: unit, zh: unit),
               goal: goal, decimals: decimals, deadline: deadline, baseline: baseline, quote: "q", source: "s",
               form: form, reference: { if case .relative = form { return "china" } else { return nil } }())
    }

    func assess(_ target: Target, _ values: [Int: Double], asOf: Int, reference: [Int: Double] = [:]) -> Assessment {
        Assessor.assess(target, series: Fixture.figures(values).sorted { $0.year < $1.year }, asOf: asOf,
                        reference: Fixture.figures(reference).sorted { $0.year < $1.year })
    }

    func rounded(_ value: Double?, _ places: Double = 2) -> Double? {
        value.map { ($0 * pow(10, places)).rounded() / pow(10, places) }
    }

    let rdGrowth = TargetForm.averageGrowth(Goal(.atLeast, 7), measure: .growthRate)

    @Test func averageGrowthFromGrowthRatesWorkedExample() {
        // 年均增长7%以上 over 2021–2025; real growth 9.4 % in 2021, 7.7 % in 2022; as of 2023.
        let a = assess(target(rdGrowth), [2021: 9.4, 2022: 7.7], asOf: 2023)
        #expect(rounded(a.actualRate, 4) == 0.0855)  // √(1.094 × 1.077) − 1
        #expect(rounded(a.ratio) == 1.22)
        #expect(a.status == .onTrack)
        #expect(rounded(a.progress) == 0.48)  // 2·ln 1.0855 / (5·ln 1.07)
        #expect(rounded(a.timeElapsed) == 0.40)
        #expect(a.midterm == .ahead)
        #expect(rounded(a.neededRate, 4) == 0.0598)  // (1.07^5 / 1.0855^2)^(1/3) − 1
        #expect(a.path.map(\.year) == [2023, 2024, 2025])
        #expect(a.path.map { rounded($0.value) } == [5.98, 5.98, 5.98])
        #expect(a.missingYears == [2023])
        #expect(a.base == nil)
        #expect(a.latest == Observation(year: 2022, value: 7.7))
    }

    @Test func averageGrowthIsJudgedOnTheWholePeriodAtTheDeadline() {
        let missed = assess(target(rdGrowth), [2021: 9.4, 2022: 7.7, 2023: 5, 2024: 5, 2025: 5], asOf: 2025)
        #expect(rounded(missed.actualRate, 4) == 0.0640)
        #expect(missed.status == .missed)
        #expect(missed.midterm == nil)
        #expect(missed.path.isEmpty)
        let achieved = assess(target(rdGrowth), [2021: 7, 2022: 7, 2023: 7, 2024: 7, 2025: 7], asOf: 2026)
        #expect(achieved.status == .achieved)  // exactly 7 % on average meets "7 % or more"
        // Figures after the deadline are outside the period.
        #expect(assess(target(rdGrowth), [2021: 7, 2025: 6, 2026: 20], asOf: 2026).status == .missed)
        #expect(assess(target(rdGrowth), [2021: 9, 2022: 8], asOf: 2027).status == .noDeadlineFigure)
    }

    @Test func averageGrowthIsNeverMetOrAchievedEarlyBeforeItsLastYear() {
        let a = assess(target(rdGrowth), [2021: 12, 2022: 12, 2023: 12, 2024: 12], asOf: 2024)
        #expect(a.status == .onTrack)
        #expect(a.midterm == .ahead)
        #expect(rounded(a.neededRate, 4) == -0.1087)  // 1.07^5 / 1.12^4 − 1: a fall of 10.9 % would still do
    }

    @Test func averageGrowthFromLevelsWorkedExample() {
        // Levels: 100 in 2020, 118 in 2022; 7 % a year to 2025 is a goal of 100·1.07^5 = 140.26.
        let levels = target(.averageGrowth(Goal(.atLeast, 7), measure: .level), unit: "亿元")
        let a = assess(levels, [2020: 100, 2022: 118], asOf: 2022)
        #expect(rounded(a.goalValue) == 140.26)
        #expect(rounded(a.actualRate, 4) == 0.0863)
        #expect(rounded(a.requiredRate, 4) == 0.07)
        #expect(rounded(a.ratio) == 1.23)
        #expect(rounded(a.progress) == 0.49)  // ln 1.18 / ln 1.4026
        #expect(a.midterm == .ahead)
        #expect(rounded(a.neededRate, 4) == 0.0593)
        #expect(a.path.last.map { rounded($0.value) } == 140.26)
        // Above the period's goal level before the deadline: on track, not met.
        let early = assess(levels, [2020: 100, 2022: 150], asOf: 2022)
        #expect(early.status == .onTrack)
        #expect(early.midterm == .ahead)
        #expect(assess(levels, [2020: 100, 2025: 141], asOf: 2025).status == .achieved)
        #expect(assess(levels, [2020: 100, 2025: 140], asOf: 2025).status == .missed)
    }

    @Test func cumulativeChangeWorkedExample() {
        // 降低13.5%: 0.50 in 2020, so the goal is 0.50 × (1 − 0.135) = 0.4325 by 2025; 0.46 in 2023.
        let energy = target(.cumulativeChange(Goal(.atMost, -13.5)), decimals: 3, unit: "吨/万元")
        let a = assess(energy, [2020: 0.5, 2023: 0.46], asOf: 2023)
        #expect(rounded(a.goalValue, 4) == 0.4325)
        #expect(rounded(a.actualRate, 4) == -0.0274)
        #expect(rounded(a.requiredRate, 4) == -0.0286)
        #expect(rounded(a.ratio) == 0.96)
        #expect(a.status == .onTrack)
        #expect(a.isBorderline)  // R = 0.96 is within 0.05 of 0.95
        #expect(rounded(a.progress) == 0.59)
        #expect(a.midterm == .onSchedule)  // 0.59 against 0.60
        #expect(assess(energy, [2020: 0.5, 2025: 0.43], asOf: 2025).status == .achieved)
        #expect(assess(energy, [2020: 0.5, 2023: 0.43], asOf: 2023).midterm == .achievedEarly)
    }

    @Test func cumulativeChangeWithoutABaseFigureHasNoGoal() {
        let energy = target(.cumulativeChange(Goal(.atMost, -13.5)), decimals: 3)
        let a = assess(energy, [2021: 0.49, 2023: 0.46], asOf: 2023)
        #expect(a.status == .noData)
        #expect(a.goalValue == nil)
        let planned = target(.cumulativeChange(Goal(.atMost, -13.5)), baseline: Baseline(year: 2020, value: 0.5), decimals: 3)
        #expect(rounded(assess(planned, [2023: 0.46], asOf: 2023).goalValue, 4) == 0.4325)
    }

    @Test func relativeWorkedExample() {
        // Chongqing's R&D intensity against the national one: 2.11 vs 2.40 in 2020, 2.36 vs 2.56 in 2022.
        let relative = target(.relative(.atLeast), decimals: 2)
        let a = assess(relative, [2020: 2.11, 2021: 2.16, 2022: 2.36, 2023: 2.5], asOf: 2023,
                       reference: [2020: 2.40, 2021: 2.43, 2022: 2.56])
        #expect(a.latest == Observation(year: 2022, value: 2.36))
        #expect(a.reference == Observation(year: 2022, value: 2.56))
        #expect(a.referenceMissingYears == [2023])  // no national figure for 2023: not compared
        #expect(rounded(a.gap) == 0.20)
        #expect(rounded(a.actualRate, 4) == 0.045)  // the gap closes 0.045 a year…
        #expect(rounded(a.requiredRate, 4) == 0.058)  // …0.29 over five years needs 0.058
        #expect(rounded(a.ratio) == 0.78)
        #expect(a.status == .moderateProgress)
        #expect(rounded(a.progress) == 0.31)
        #expect(a.midterm == .behind)  // 0.31 of the gap closed, 0.40 of the time gone
        #expect(rounded(a.neededRate, 4) == 0.0667)
        #expect(a.path.isEmpty)  // the reference's future figures are unknown
        let above = assess(relative, [2020: 2.11, 2022: 2.6], asOf: 2022, reference: [2020: 2.40, 2022: 2.56])
        #expect(above.status == .met)
        #expect(above.midterm == .achievedEarly)
        let none = assess(relative, [2020: 2.11], asOf: 2022, reference: [:])
        #expect(none.status == .noData)
        #expect(none.referenceMissingYears == [2020])
    }

    @Test func theRequiredPathOfALevelTargetEndsOnTheGoal() {
        let level = target(.level, goal: Goal(.atLeast, 12))
        let a = assess(level, [2020: 6.3, 2023: 11.8], asOf: 2023)
        #expect(a.path.map(\.year) == [2024, 2025])
        #expect(a.path.map { rounded($0.value) } == [11.90, 12])
        #expect(rounded(a.neededRate, 4) == 0.0084)
    }

    @Test func kindCodesNameEveryForm() {
        #expect(target(.level, goal: Goal(.atLeast, 1)).kindCode == "level")
        #expect(Fixture.target(nil, goal: nil, direction: .up).kindCode == "indicator")
        #expect(Fixture.target(nil, goal: nil, kind: .milestone).kindCode == "milestone")
        #expect(target(rdGrowth).kindCode == "average-growth")
        #expect(target(.cumulativeChange(Goal(.atMost, -13.5))).kindCode == "cumulative-change")
        #expect(target(.relative(.atLeast)).kindCode == "relative")
        #expect(target(rdGrowth).isPercentage == false)  // growth rates may be negative
    }
}
