import InnoCore
import Testing

/// A series added at once (as the store loads figures) gives the same set as its figures
/// added one at a time, revisions and order included.
@Suite struct FigureSetTests {
    func figure(_ year: Int, _ value: Double, _ target: String = "t") -> Figure {
        Figure(series: SeriesID(region: "r", indicator: target), year: year, value: value)
    }

    @Test(arguments: [
        [(2015, 1.0), (2016, 2.0), (2017, 3.0)],
        [(2017, 3.0), (2015, 1.0), (2016, 2.0)],
        [(2015, 1.0), (2015, 1.5), (2016, 2.0)],
        [(2016, 2.0)],
    ])
    func aSeriesAddedAtOnceEqualsItsFiguresAddedOneByOne(series: [(Int, Double)]) {
        let figures = series.map { figure($0.0, $0.1) }
        for start in [[], [figure(2016, 9.0)]] {
            var atOnce = FigureSet(start)
            atOnce.insert(figures, of: SeriesID(region: "r", indicator: "t"))
            var oneByOne = FigureSet(start)
            for item in figures { oneByOne.insert(item) }
            #expect(atOnce == oneByOne)
            #expect(atOnce.series(SeriesID(region: "r", indicator: "t")).map(\.year) == atOnce.series(SeriesID(region: "r", indicator: "t")).map(\.year).sorted())
        }
    }
}
