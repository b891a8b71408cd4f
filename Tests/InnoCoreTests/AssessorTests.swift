import Foundation
import InnoCore
import InnoTestSupport
import Testing

/// The worked examples of the design (checked by hand) and the edge cases of the method.
@Suite struct AssessorTests {
    let rdGDP = Fixture.target(.above, goal: 2.0, deadline: 2020, baseline: Baseline(year: 2015))

    func assess(_ target: Target, _ values: [Int: Double], asOf: Int = 2020) -> Assessment {
        Assessor.assess(target, series: Fixture.figures(values), asOf: asOf)
    }

    func rounded(_ value: Double?, _ places: Double = 2) -> Double? {
        value.map { ($0 * pow(10, places)).rounded() / pow(10, places) }
    }

    @Test func workedExampleOnTrack() {
        let a = assess(rdGDP, [2015: 1.57, 2017: 1.88])
        #expect(a.status == .onTrack)
        #expect(rounded(a.actualRate, 4) == 0.0943)
        #expect(rounded(a.requiredRate, 4) == 0.0496)
        #expect(rounded(a.ratio) == 1.90)
        #expect(rounded(a.neededRate, 4) == 0.0208)
        #expect(rounded(a.projection) == 2.46)
        #expect(rounded(a.gap) == 0.12)
        #expect(a.base == Observation(year: 2015, value: 1.57))
        #expect(a.latest == Observation(year: 2017, value: 1.88))
        #expect(rounded(a.timeElapsed) == 0.4)
        #expect(rounded(a.progress) == 0.72)
        #expect(a.rateKind == .compound)
    }

    @Test func workedExampleInsufficientProgress() {
        let a = assess(rdGDP, [2015: 1.57, 2017: 1.62])
        #expect(rounded(a.ratio) == 0.32)
        #expect(a.status == .insufficientProgress)
    }

    @Test func workedExampleMovingAway() {
        let a = assess(rdGDP, [2015: 1.57, 2017: 1.55])
        #expect(rounded(a.ratio) == -0.13)
        #expect(a.status == .movingAway)
    }

    @Test func achievedWhenGoalMetAtDeadline() {
        #expect(assess(rdGDP, [2015: 1.57, 2020: 2.11]).status == .achieved)
    }

    @Test func statusIsMissedWhenDeadlinePassedUnmet() {
        #expect(assess(rdGDP, [2015: 1.57, 2020: 1.99]).status == .missed)
        #expect(assess(rdGDP, [2015: 1.57, 2022: 1.99], asOf: 2023).status == .missed)
    }

    @Test func metBeforeTheDeadline() {
        let a = assess(rdGDP, [2015: 1.57, 2018: 2.01])
        #expect(a.status == .met)
        #expect(rounded(a.gap) == -0.01)
    }

    @Test func moderateProgressBetweenThresholds() {
        // Ra must be between 0.60 and 0.95 of Rr = 4.96 %/yr: 1.57 → 1.72 over 2 years is 4.67 %/yr.
        let a = assess(rdGDP, [2015: 1.57, 2017: 1.72])
        #expect(a.status == .moderateProgress)
        #expect(a.ratio.map { $0 >= 0.60 && $0 < 0.95 } == true)
    }

    @Test func strictComparatorNeedsMoreThanTheGoal() {
        #expect(assess(rdGDP, [2015: 1.57, 2020: 2.00]).status == .missed)
        let atLeast = Fixture.target(.atLeast, goal: 2.0)
        #expect(assess(atLeast, [2015: 1.57, 2020: 2.00]).status == .achieved)
        let below = Fixture.target(.below, goal: 10)
        #expect(assess(below, [2015: 12, 2020: 10]).status == .missed)
        let atMost = Fixture.target(.atMost, goal: 10)
        #expect(assess(atMost, [2015: 12, 2020: 10]).status == .achieved)
    }

    @Test func lowerIsBetterMirrorsHigherIsBetter() {
        // The worked example's series upside down: falling from 1/1.57 towards 1/2.
        // Ra = (1.57/1.88)^(1/2) − 1 = −8.62 %/yr, Rr = (1.57/2)^(1/5) − 1 = −4.73 %/yr,
        // R = −1·Ra / |Rr| = 1.82: on track, as the rising series is.
        let lower = Fixture.target(.below, goal: 1 / 2.0)
        let a = assess(lower, [2015: 1 / 1.57, 2017: 1 / 1.88])
        #expect(rounded(a.ratio) == 1.82)
        #expect(a.status == .onTrack)
        #expect(assess(lower, [2015: 1 / 1.57, 2017: 1 / 1.62]).status == .insufficientProgress)
        #expect(assess(lower, [2015: 1 / 1.57, 2017: 1 / 1.55]).status == .movingAway)
        #expect(assess(lower, [2015: 1 / 1.57, 2020: 1 / 2.11]).status == .achieved)
        #expect(assess(lower, [2015: 1 / 1.57, 2020: 1 / 1.99]).status == .missed)
    }

    @Test func oneFigureOnlyIsNotMetWithoutTrend() {
        let a = assess(rdGDP, [2017: 1.88])
        #expect(a.status == .notMet)
        #expect(a.ratio == nil)
        #expect(a.actualRate == nil)
        #expect(a.projection == nil)
        #expect(rounded(a.gap) == 0.12)
    }

    @Test func gapsInTheSeriesAreListedAndSpannedByTheRate() {
        let a = assess(rdGDP, [2015: 1.57, 2017: 1.88, 2019: 1.99], asOf: 2019)
        #expect(a.missingYears == [2016, 2018])
        #expect(a.latest?.year == 2019)
        #expect(rounded(a.actualRate, 4) == 0.0611)
    }

    @Test func noFigureInBaseYearUsesFirstFigureAfterIt() {
        let a = assess(rdGDP, [2014: 1.4, 2016: 1.6, 2018: 1.9], asOf: 2018)
        #expect(a.base == Observation(year: 2016, value: 1.6))
    }

    @Test func baselineValueFromThePlanServesWhenNoFigureForThatYear() {
        let target = Fixture.target(.atLeast, goal: 8000, deadline: 2020, baseline: Baseline(year: 2016, value: 4289), unit: "家")
        let a = assess(target, [2018: 6000], asOf: 2018)
        #expect(a.base == Observation(year: 2016, value: 4289))
        // From the plan's 4,289 in 2016: 18.28 % a year against the 16.86 % required.
        #expect(rounded(a.actualRate, 4) == 0.1828)
        #expect(rounded(a.requiredRate, 4) == 0.1686)
        #expect(rounded(a.ratio, 2) == 1.08)
        #expect(a.status == .onTrack)
    }

    @Test func noBaselineUsesTheFirstFigure() {
        let target = Fixture.target(.above, goal: 2, baseline: nil)
        #expect(assess(target, [2016: 1.6, 2018: 1.9]).base?.year == 2016)
    }

    @Test func asOfBeforeAnyFigureIsNoData() {
        let a = assess(rdGDP, [2017: 1.88, 2018: 2.01], asOf: 2016)
        #expect(a.status == .noData)
        #expect(a.latest == nil)
        #expect(assess(rdGDP, [:]).status == .noData)
    }

    @Test func asOfYearHidesLaterFigures() {
        let a = assess(rdGDP, [2015: 1.57, 2017: 1.88, 2020: 2.11], asOf: 2017)
        #expect(a.latest?.year == 2017)
        #expect(a.status == .onTrack)
    }

    @Test func zeroOrNegativeValuesUseLinearRates() {
        let target = Fixture.target(.atLeast, goal: 10, unit: "家")
        let a = assess(target, [2015: 0, 2017: 4])
        #expect(a.rateKind == .linear)
        #expect(a.actualRate == 2)  // 4 more in 2 years
        #expect(a.requiredRate == 2)  // 10 more in 5 years
        #expect(a.ratio == 1)
        #expect(a.status == .onTrack)
        #expect(a.neededRate == 2)  // 6 more in 3 years
        #expect(a.projection == 10)
        let negative = Fixture.target(.atLeast, goal: 1, unit: "pt")
        let b = assess(negative, [2015: -2, 2017: -2.5])
        #expect(b.rateKind == .linear)
        #expect(b.status == .movingAway)
    }

    @Test func baseAlreadyPastTheGoalGivesInfiniteRatio() {
        // The base met the goal, the latest figure fell below it: the required rate points
        // the wrong way, so R takes the sign of the actual change.
        let target = Fixture.target(.atLeast, goal: 2.0)
        let falling = assess(target, [2015: 2.2, 2017: 1.9])
        #expect(falling.ratio == -.infinity)
        #expect(falling.status == .movingAway)
        let strict = Fixture.target(.above, goal: 2.0)
        let rising = assess(strict, [2015: 2.0, 2017: 2.0])
        #expect(rising.ratio == 0)
        #expect(rising.status == .insufficientProgress)
        let up = assess(strict, [2015: 2.2, 2016: 1.5, 2017: 1.9], asOf: 2017)
        #expect(up.status == .movingAway)
    }

    @Test func milestoneIsAchievedInTheYearItHappens() {
        let milestone = Fixture.target(nil, goal: nil, deadline: 2020, baseline: nil, kind: .milestone)
        #expect(assess(milestone, [2018: 1], asOf: 2019).status == .achieved)
        #expect(assess(milestone, [2018: 1], asOf: 2019).achievedYear == 2018)
        #expect(assess(milestone, [2018: 1], asOf: 2017).status == .pending)
        #expect(assess(milestone, [2017: 0], asOf: 2019).status == .pending)
        #expect(assess(milestone, [2020: 0], asOf: 2020).status == .missed)
        #expect(assess(milestone, [:], asOf: 2020).status == .pending)
        #expect(assess(milestone, [:], asOf: 2021).status == .noData)
    }

    @Test func indicatorIsJudgedByItsTrendAlone() {
        let up = Fixture.target(nil, goal: nil, deadline: nil, direction: .up, unit: "件/万人")
        #expect(assess(up, [2015: 4.3, 2016: 5.55, 2020: 11.32]).status == .significantProgress)
        #expect(assess(up, [2015: 100, 2020: 102]).status == .moderateProgress)  // 0.4 %/yr
        #expect(assess(up, [2015: 100, 2020: 98]).status == .moderateMovementAway)
        #expect(assess(up, [2015: 100, 2020: 80]).status == .significantMovementAway)
        #expect(assess(up, [2015: 4.3]).status == .noTrend)
        let down = Fixture.target(nil, goal: nil, deadline: nil, direction: .down)
        #expect(assess(down, [2015: 100, 2020: 80]).status == .significantProgress)
        let a = assess(up, [2015: 4.3, 2020: 11.32])
        #expect(a.gap == nil && a.ratio == nil && a.projection == nil)
    }
}

/// A plan large enough to be assessed on several cores has every target's status, in the
/// plan's order, as assessing each alone gives it.
@Suite struct AssessingManyTargetsTests {
    @Test func everyStatusOfALargePlanIsEachTargetsOwnInOrder() {
        var random = SeededRandom(seed: 7)
        var targets: [Target] = []
        var figures = FigureSet()
        let comparators: [InnoCore.Comparator?] = [.above, .atLeast, .below, .atMost, nil]
        for i in 0..<2_500 {
            var target = Fixture.target(comparators[i % comparators.count], goal: random.uniform(0...10), deadline: 2020 + i % 6,
                                        direction: i % comparators.count == 4 ? .up : nil)
            target.id = "t\(i)"
            target.series = SeriesID(region: "r", indicator: "t\(i)")
            targets.append(target)
            for year in 2015...(2015 + Int.random(in: 0..<8, using: &random)) where Int.random(in: 0..<4, using: &random) > 0 {
                figures.insert(Figure(series: target.series, year: year, value: random.uniform(0...10)))
            }
        }
        let statuses = Assessor.statuses(of: targets, in: figures, asOf: 2019)
        #expect(statuses == targets.map { Assessor.assess($0, in: figures, asOf: 2019).status })
        #expect(Set(statuses).count >= 5)  // the plan is not all of one status
    }
}
