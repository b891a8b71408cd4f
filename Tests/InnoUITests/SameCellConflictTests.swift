import InnoCore
import InnoUI
import Testing

/// Two analysts typing into the same cell (two dashboards on a team database): the second
/// save sees the first, shows both values and saves over it only when asked again.
@Suite struct SameCellConflictTests {
    let tech = SeriesID(region: "chongqing", indicator: "tech_progress")

    /// The entry grid on Tech progress contribution (row 2), column 2021.
    func grid() -> Harness {
        let h = Harness(asOf: 2020)
        h.press(.character("e"), .right, .down, .down)
        return h
    }

    @Test func aValueSavedByAnotherAnalystWhileTypingIsNotOverwrittenSilently() throws {
        let h = grid()
        h.type("61.2")
        try h.store.record(FigureEntry(series: tech, year: 2021, value: 60.5, source: "the other analyst"))  // saved elsewhere meanwhile
        h.press(.enter)
        #expect(h.store.figures().figure(tech, year: 2021)?.value == 60.5, "theirs is kept")
        #expect(h.state.entry.editing?.text == "61.2", "the typed value stays in its cell")
        let message = try #require(h.state.message?.text)
        #expect(message.contains("60.5") && message.contains("61.2"))
        #expect(h.state.figures.figure(tech, year: 2021)?.value == 60.5, "the screen shows theirs")
        h.press(.enter)
        #expect(h.store.figures().figure(tech, year: 2021)?.value == 61.2, "Enter again saves over it")
        #expect(h.store.history(series: tech, year: 2021).map(\.newValue) == [60.5, 61.2])
    }

    @Test func escapeAfterAConflictKeepsTheirs() throws {
        let h = grid()
        h.type("61.2")
        try h.store.record(FigureEntry(series: tech, year: 2021, value: 60.5))
        h.press(.enter, .escape)
        #expect(h.state.entry.editing == nil)
        #expect(h.store.figures().figure(tech, year: 2021)?.value == 60.5)
    }

    @Test func theSameValueSavedByBothIsNoConflict() throws {
        let h = grid()
        h.type("61.2")
        try h.store.record(FigureEntry(series: tech, year: 2021, value: 61.2))
        h.press(.enter)
        #expect(h.state.entry.editing == nil)
        #expect(h.state.message?.isError != true)
    }
}
