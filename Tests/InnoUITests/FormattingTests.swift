import InnoCore
import InnoDraw
import InnoUI
import Testing

@Suite struct FormattingTests {
    func target(_ comparator: Comparator, _ value: Double, unit: String, decimals: Int = 0) -> Target {
        Target(id: "t", group: "g", kind: .numeric, name: LocalizedText(en: "T", zh: "T"), unit: LocalizedText(en: unit, zh: unit),
               goal: Goal(comparator, value), decimals: decimals, deadline: 2020, quote: "q", source: "s")
    }

    @Test func valuesUseTheTargetsDecimalsAndThousandsSeparators() {
        #expect(Formatting.value(2.106, decimals: 2) == "2.11")
        #expect(Formatting.value(8000, decimals: 0) == "8,000")
        #expect(Formatting.value(50000, decimals: 0) == "50,000")
        #expect(Formatting.value(1234.5, decimals: 1) == "1,234.5")
        #expect(Formatting.value(-0.001, decimals: 2) == "0.00")
        #expect(Formatting.value(-1234, decimals: 0) == "-1,234")
    }

    @Test func goalsReadAsThePlanStatesThem() {
        #expect(Formatting.goal(of: target(.above, 2, unit: "%", decimals: 2), language: .en) == "> 2%")
        #expect(Formatting.goal(of: target(.atLeast, 1.2, unit: "%", decimals: 2), language: .en) == ">= 1.2%")
        #expect(Formatting.goal(of: target(.atLeast, 50, unit: "件/万人"), language: .zh) == ">= 50 件/万人")
        #expect(Formatting.goal(of: target(.atLeast, 100, unit: "100M yuan", decimals: 2), language: .en) == ">= 100 (100M yuan)")
        #expect(Formatting.goal(of: target(.atMost, 8000, unit: "t"), language: .en) == "<= 8,000 t")
    }

    @Test func roundingNeverPutsAFigureOnOrAcrossItsGoal() {
        let atLeast2 = target(.atLeast, 2, unit: "%", decimals: 2)
        #expect(Formatting.figure(1.999, of: atLeast2, language: .en) == "1.999")
        #expect(Formatting.figure(1.99999, of: atLeast2, language: .en) == "1.99999")
        #expect(Formatting.figure(2, of: atLeast2, language: .en) == "2.00")
        #expect(Formatting.figure(2.0001, of: target(.above, 2, unit: "%", decimals: 2), language: .en) == "2.0001")
        #expect(Formatting.figure(1.994, of: atLeast2, language: .en) == "1.99")
        #expect(Formatting.number(7999.6, of: target(.atLeast, 8000, unit: "家")) == "7,999.6")
        // Arithmetic noise is no difference: 110 × 1.1 is 121.00000000000001.
        #expect(Formatting.number(110 * 1.1, of: target(.atLeast, 121, unit: "pt")) == "121")
    }

    @Test func aGapIsNeverShownAsZeroWhileThereIsOne() {
        let atLeast2 = target(.atLeast, 2, unit: "%", decimals: 2)
        #expect(Formatting.gap(2 - 1.999, of: atLeast2) == "0.001")
        #expect(Formatting.gap(0, of: atLeast2) == "0.00")
        #expect(Formatting.gap(0.12, of: atLeast2) == "0.12")
    }

    @Test func aRatioIsKeptApartFromTheClassThresholds() {
        #expect(Formatting.ratio(0.9496) == "0.9496")  // moderate progress, not "0.95"
        #expect(Formatting.ratio(0.095 / 0.10000000000000009) == "0.95")  // on track
        #expect(Formatting.ratio(1.9) == "1.90")
        #expect(Formatting.ratio(-0.001) == "-0.001")
    }

    @Test func anIndicatorsRateIsKeptApartFromItsClassBounds() {
        let indicator = Target(id: "i", group: "g", kind: .numeric, name: LocalizedText(en: "I", zh: "I"), unit: LocalizedText(en: "pt", zh: "pt"),
                               direction: .up, decimals: 2, source: "s")
        func shown(_ latest: Double, base: Double = 100) -> (String, Status) {
            let a = Assessor.assess(indicator, series: [Figure(series: SeriesID(region: "r", indicator: "i"), year: 2015, value: base), Figure(series: SeriesID(region: "r", indicator: "i"), year: 2016, value: latest)], asOf: 2016)
            return (Formatting.actualRate(of: a, language: .en), a.status)
        }
        #expect(shown(101.04) == ("+1.04%/yr", .significantProgress))  // not "+1.0%", which is not above 1 %
        #expect(shown(101) == ("+1.0%/yr", .moderateProgress))
        #expect(shown(98.96) == ("-1.04%/yr", .significantMovementAway))
        #expect(shown(99.99) == ("-0.01%/yr", .moderateMovementAway))  // not "-0.0%"
        #expect(shown(105) == ("+5.0%/yr", .significantProgress))
        // Linear rates (a value not positive): the bounds are 1 % of the base's size a year.
        #expect(shown(-1.98, base: -2) == ("+0.02/yr", .moderateProgress))
        #expect(shown(-1.979, base: -2) == ("+0.021/yr", .significantProgress))
    }

    @Test func ratesShowTheirKind() {
        #expect(Formatting.rate(0.0943, kind: .compound, decimals: 2, language: .en) == "+9.4%/yr")
        #expect(Formatting.rate(-0.013, kind: .compound, decimals: 2, language: .zh) == "-1.3%/年")
        #expect(Formatting.rate(2, kind: .linear, decimals: 0, language: .en) == "+2/yr")
        #expect(Formatting.rate(nil, kind: nil, decimals: 0, language: .en) == "-")
        #expect(Formatting.rate(.infinity, kind: .compound, decimals: 0, language: .en) == "-")
    }
}
