import InnoCore
import Testing

/// What a target is once its deadline has passed: judged on the figure for the deadline
/// year, never on a trend or a projection into the past.
@Suite struct DeadlineStatusTests {
    let due2018 = Fixture.target(.above, goal: 2.0, deadline: 2018, baseline: Baseline(year: 2015))
    let rdGDP = Fixture.target(.above, goal: 2.0, deadline: 2020, baseline: Baseline(year: 2015))

    func assess(_ target: Target, _ values: [Int: Double], asOf: Int) -> Assessment {
        Assessor.assess(target, series: Fixture.figures(values), asOf: asOf)
    }

    @Test func pastTheDeadlineWithoutAFigureForItClaimsNoTrend() {
        let a = assess(due2018, [2015: 1.57, 2017: 1.88], asOf: 2023)
        #expect(a.status == .noDeadlineFigure)
        #expect(a.status.word(.en) == "no deadline figure" && a.status.word(.zh) == "缺截止年数据")
        #expect(a.status.code == "no-deadline-figure")
        #expect(a.status.isOffTrack)
        #expect(a.projection == nil && a.neededRate == nil)
        #expect(a.latest == Observation(year: 2017, value: 1.88))
    }

    @Test func inTheDeadlineYearItselfTheTrendStillCounts() {
        // The deadline year's figure is not published yet: the trend is all there is.
        let a = assess(due2018, [2015: 1.57, 2017: 1.88], asOf: 2018)
        #expect(a.status == .onTrack)
        #expect(a.projection != nil)
    }

    @Test func aFigureForTheDeadlineYearDecides() {
        #expect(assess(due2018, [2015: 1.57, 2017: 1.88, 2018: 1.95], asOf: 2023).status == .missed)
        #expect(assess(due2018, [2015: 1.57, 2017: 1.88, 2019: 1.95], asOf: 2023).status == .missed)
        #expect(assess(due2018, [2015: 1.57, 2018: 2.05], asOf: 2023).status == .achieved)
        // Met before the deadline and nothing since: met, as the latest figure says.
        #expect(assess(due2018, [2015: 1.57, 2017: 2.05], asOf: 2023).status == .met)
    }

    @Test func aMilestoneWithOnlyEarlierRecordsHasNoDeadlineFigure() {
        let milestone = Fixture.target(nil, goal: nil, deadline: 2020, baseline: nil, kind: .milestone)
        #expect(assess(milestone, [2017: 0], asOf: 2021).status == .noDeadlineFigure)
        #expect(assess(milestone, [:], asOf: 2021).status == .noData)
    }

    @Test func missedAtTheDeadlineAndMetLaterIsAchievedLateWithTheYear() {
        let a = assess(rdGDP, [2015: 1.57, 2020: 1.99, 2021: 1.99, 2022: 2.05, 2023: 2.1], asOf: 2023)
        #expect(a.status == .achievedLate)
        #expect(a.achievedYear == 2022)
        #expect(a.status.word(.en) == "achieved late" && a.status.word(.zh) == "逾期实现")
        #expect(a.status.code == "achieved-late")
        #expect(!a.status.isOffTrack && a.status.isSatisfied)
        // No figure for the deadline year, the one before it short of the goal.
        #expect(assess(due2018, [2015: 1.57, 2017: 1.88, 2019: 2.05], asOf: 2023).status == .achievedLate)
    }

    @Test func metAtTheDeadlineStaysAchievedThroughALaterDip() {
        let dip = assess(rdGDP, [2015: 1.57, 2020: 2.01, 2021: 1.98, 2022: 2.03], asOf: 2023)
        #expect(dip.status == .achieved)
        #expect(dip.achievedYear == nil)
        #expect(assess(rdGDP, [2015: 1.57, 2019: 2.01, 2021: 2.05], asOf: 2023).status == .achieved)
        #expect(assess(rdGDP, [2015: 1.57, 2020: 2.01, 2021: 1.98], asOf: 2023).status == .missed)
    }
}
