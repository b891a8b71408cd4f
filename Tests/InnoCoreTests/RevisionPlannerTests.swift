import Foundation
import InnoCore
import Testing

/// The rule of what is a revision: an update keeps what it leaves out, and a figure whose
/// every part stays as it was is unchanged, with no row in the log.
@Suite struct RevisionPlannerTests {
    let stored = FigureEntry(series: SeriesID(region: "r", indicator: "rd_gdp"), year: 2024, value: 2.4, source: "bulletin", note: "census GDP", isPreliminary: true)
    let now = Date(timeIntervalSince1970: 0)

    @Test func whatAnUpdateLeavesOutKeepsWhatIsStored() {
        let update = FigureUpdate(series: SeriesID(region: "r", indicator: "rd_gdp"), year: 2024, value: 2.5)
        #expect(RevisionPlanner.resolve(update, over: stored)
            == FigureEntry(series: SeriesID(region: "r", indicator: "rd_gdp"), year: 2024, value: 2.5, source: "bulletin", note: "census GDP", isPreliminary: true))
        // What it gives replaces what is stored, an empty source too.
        let given = FigureUpdate(series: SeriesID(region: "r", indicator: "rd_gdp"), year: 2024, value: 2.4, source: "", note: "n", isPreliminary: false)
        #expect(RevisionPlanner.resolve(given, over: stored)
            == FigureEntry(series: SeriesID(region: "r", indicator: "rd_gdp"), year: 2024, value: 2.4, source: "", note: "n", isPreliminary: false))
        // Over nothing: no source, no note, final.
        #expect(RevisionPlanner.resolve(update, over: nil) == FigureEntry(series: SeriesID(region: "r", indicator: "rd_gdp"), year: 2024, value: 2.5))
    }

    @Test func theSameValueWithNothingElseGivenIsNoRevision() {
        #expect(RevisionPlanner.record(FigureUpdate(series: SeriesID(region: "r", indicator: "rd_gdp"), year: 2024, value: 2.4), over: stored, firstID: 7, at: now) == nil)
        #expect(RevisionPlanner.record(FigureUpdate(stored), over: stored, firstID: 7, at: now) == nil)
        let final = RevisionPlanner.record(FigureUpdate(series: SeriesID(region: "r", indicator: "rd_gdp"), year: 2024, value: 2.4, isPreliminary: false), over: stored, firstID: 7, at: now)
        #expect(final?.action == .revise)
        #expect(final.map { RevisionPlanner.changes(from: $0.before, to: $0.after) } == [.preliminary])
        #expect(final?.source == "bulletin" && final?.note == "census GDP")
    }

    @Test func changesNameEachPartThatDiffers() {
        var after = stored
        after.value = 2.5
        after.note = ""
        #expect(RevisionPlanner.changes(from: stored, to: after) == [.value, .note])
        #expect(RevisionPlanner.changes(from: stored, to: stored).isEmpty)
        #expect(RevisionPlanner.changes(from: nil, to: stored) == [.value, .source, .note, .preliminary])
    }

    @Test func anImportWithoutSourceColumnsKeepsSourcesAndSkipsUnchangedFigures() {
        let current = [2023: FigureEntry(series: SeriesID(region: "r", indicator: "rd_gdp"), year: 2023, value: 2.3, source: "yearbook", note: "n"), 2024: stored]
        let updates = [
            FigureUpdate(series: SeriesID(region: "r", indicator: "rd_gdp"), year: 2023, value: 2.3),
            FigureUpdate(series: SeriesID(region: "r", indicator: "rd_gdp"), year: 2024, value: 2.5),
            FigureUpdate(series: SeriesID(region: "r", indicator: "rd_gdp"), year: 2025, value: 2.6),
            // A later row for the same figure, resolved over the row before it.
            FigureUpdate(series: SeriesID(region: "r", indicator: "rd_gdp"), year: 2025, value: 2.6, note: "second"),
        ]
        let rows = RevisionPlanner.importRows(updates, current: { _, year in current[year] }, firstID: 1, at: now)
        #expect(rows.map(\.year) == [2024, 2025, 2025])
        #expect(rows[0].after == FigureEntry(series: SeriesID(region: "r", indicator: "rd_gdp"), year: 2024, value: 2.5, source: "bulletin", note: "census GDP", isPreliminary: true))
        #expect(rows[2].before?.value == 2.6 && rows[2].after?.note == "second")
    }

    @Test func theStoreInMemoryFollowsTheRule() {
        let store = InMemoryFigureStore()
        store.record(stored)
        #expect(store.record(FigureUpdate(series: SeriesID(region: "r", indicator: "rd_gdp"), year: 2024, value: 2.4)) == nil)
        #expect(store.record(FigureUpdate(series: SeriesID(region: "r", indicator: "rd_gdp"), year: 2024, value: 2.5))?.source == "bulletin")
        #expect(store.history(series: SeriesID(region: "r", indicator: "rd_gdp"), year: 2024).count == 2)
    }
}
