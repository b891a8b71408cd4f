import Foundation
import InnoCore
import InnoDraw
import InnoUI
import Testing

/// The review of figures read from a text: nothing is saved until Enter; new figures start
/// accepted, doubtful and unchanged ones skipped; the accepted are saved as one change that
/// undo takes back whole.
@Suite struct ReviewTests {
    static let rd = SeriesID(region: "chongqing", indicator: "rd_intensity")
    static let enterprise = SeriesID(region: "chongqing", indicator: "enterprise_rd_intensity")

    func harness() -> Harness {
        let h = Harness(asOf: 2022, width: 100, height: 24)
        h.state.review = ReviewState(file: "bulletin.txt", rows: [
            .init(targetID: "rd_gdp", update: FigureUpdate(series: Self.rd, year: 2022, value: 2.36, source: "s"), stored: 2.36,
                  sentence: "2022年，全市R&D经费投入强度2.36%。", doubts: []),
            .init(targetID: "enterprise_rd_intensity", update: FigureUpdate(series: Self.enterprise, year: 2022, value: 1.7, source: "s"), stored: nil,
                  sentence: "规模以上工业企业研发经费投入强度为1.7%。", doubts: []),
            .init(targetID: "rd_gdp", update: FigureUpdate(series: Self.rd, year: 2023, value: 2.5, source: "s"), stored: nil,
                  sentence: "研发投入强度约2.5%。", doubts: ["the region is not named"]),
        ])
        h.state.screen = .review
        return h
    }

    @Test func newFiguresStartAcceptedDoubtfulAndUnchangedOnesSkipped() {
        let h = harness()
        #expect(h.state.review?.rows.map(\.accepted) == [false, true, false])
        #expect(h.screen.contains("1 of 3 accepted. Nothing is saved until Enter."))
        #expect(h.screen.contains("the same"))
        #expect(h.screen.contains("? doubtful"))
    }

    @Test func theAnalystAcceptsADoubtfulFigureAndEnterSavesTheAcceptedAsOneChange() throws {
        let h = harness()
        let before = try h.store.history(series: Self.rd, year: nil).count
        h.press(.down, .down, .character(" "))
        #expect(h.state.review?.rows[2].accepted == true)
        #expect(h.screen.contains("Doubtful: the region is not named"))
        #expect(h.store.figures().figure(Self.enterprise, year: 2022) == nil)  // nothing saved yet
        h.press(.enter)
        #expect(h.store.figures().figure(Self.enterprise, year: 2022)?.value == 1.7)
        #expect(h.store.figures().figure(Self.rd, year: 2023)?.value == 2.5)
        #expect(try h.store.history(series: Self.rd, year: nil).count == before + 1)
        #expect(h.state.figures.figure(Self.rd, year: 2023)?.value == 2.5)  // the dashboard shows it
        #expect(h.state.review?.isSaved == true)
        #expect(h.screen.contains("Saved 2 figures from bulletin.txt as one change"))
        // One undo takes both back.
        h.press(.enter, .character("e"), .character("u"))
        #expect(h.store.figures().figure(Self.enterprise, year: 2022) == nil)
        #expect(h.store.figures().figure(Self.rd, year: 2023) == nil)
    }

    @Test func leavingWithoutEnterSavesNothing() {
        let h = harness()
        h.press(.character("a"), .escape)
        #expect(h.state.screen == .overview)
        #expect(h.store.figures().figure(Self.enterprise, year: 2022) == nil)
        #expect(h.screen.contains("nothing from bulletin.txt was saved"))
    }

    @Test func theReviewReadsInChinese() {
        let h = harness()
        h.state.language = .zh
        #expect(h.screen.contains("按 Enter 前不保存任何数据"))
        #expect(h.screen.contains("读出数据的文本：bulletin.txt"))
        #expect(h.screen.contains("「2022年，全市R&D经费投入强度2.36%。」"))
    }
}

/// `w` in the entry grid: what-if figures, apart from the official ones, marked on screen.
@Suite struct ScenarioEntryTests {
    static let rd = SeriesID(region: "chongqing", indicator: "rd_intensity")

    @Test func inScenarioModeATypedValueIsAWhatIfFigureNotAnOfficialOne() throws {
        let h = Harness(asOf: 2020, width: 100, height: 24)
        h.press(.character("e"))
        h.state.entry.year = 2023
        h.press(.character("w"))
        #expect(h.screen.contains("SCENARIO: what-if figures"))
        h.type("2.5")
        h.press(.enter)
        #expect(h.store.figures().figure(Self.rd, year: 2023) == nil)
        #expect(h.store.scenario().figure(Self.rd, year: 2023)?.value == 2.5)
        #expect(h.state.scenario.figure(Self.rd, year: 2023)?.value == 2.5)
        h.press(.up)
        #expect(h.screen.contains("2.50~"))
        #expect(h.screen.contains("scenario 2.50% (what if; not an official figure)"))
        // A year with an official figure takes no scenario figure.
        h.state.entry.year = 2020
        h.type("3")
        h.press(.enter)
        #expect(h.state.entry.editing?.error?.contains("2020 has an official figure") == true)
        #expect(h.store.scenario().figure(Self.rd, year: 2020) == nil)
    }
}

/// The status a scenario gives, on the Overview beside the official one.
@Suite struct ScenarioOverviewTests {
    @Test func theOverviewShowsTheStatusWithTheScenarioBesideTheOfficialOne() {
        let h = Harness(asOf: 2020, width: 140, height: 40)
        #expect(!h.screen.contains("What if"))
        h.state.scenario = FigureSet([Figure(series: SeriesID(region: "chongqing", indicator: "patents_per_10k"), year: 2020, value: 52, isScenario: true)])
        let screen = h.screen
        #expect(screen.contains("What if"))
        #expect(screen.contains("✔ achieved 2020"))
        h.press(.down, .down, .down, .down)  // patents_per_10k
        #expect(h.screen.contains("With the scenario (what if), as of 2020: ✔ achieved"))
    }
}
