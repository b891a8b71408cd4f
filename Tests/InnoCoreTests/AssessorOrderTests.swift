import InnoCore
import Testing

/// The engine reads a series the same whatever order its figures come in, and names the
/// years without a figure between the first figure and the as-of year.
@Suite struct AssessorOrderTests {
    let target = Fixture.target()
    let figures = [2015: 1.57, 2017: 1.88, 2018: 1.95, 2021: 2.2]

    @Test func missingYearsAreTheGapsUpToTheAsOfYear() {
        let inOrder = Fixture.figures(figures).sorted { $0.year < $1.year }
        #expect(Assessor.assess(target, series: inOrder, asOf: 2020).missingYears == [2016, 2019, 2020])
        #expect(Assessor.assess(target, series: inOrder, asOf: 2018).missingYears == [2016])
        #expect(Assessor.assess(target, series: inOrder, asOf: 2023).missingYears == [2016, 2019, 2020, 2022, 2023])
        #expect(Assessor.assess(target, series: inOrder, asOf: 2014).missingYears == [])
    }

    @Test func theOrderOfTheFiguresDoesNotChangeTheAssessment() {
        let inOrder = Fixture.figures(figures).sorted { $0.year < $1.year }
        for asOf in 2014...2023 {
            let expected = Assessor.assess(target, series: inOrder, asOf: asOf)
            #expect(Assessor.assess(target, series: inOrder.reversed(), asOf: asOf) == expected)
            #expect(Assessor.assess(target, series: [inOrder[2], inOrder[0], inOrder[3], inOrder[1]], asOf: asOf) == expected)
        }
    }
}
