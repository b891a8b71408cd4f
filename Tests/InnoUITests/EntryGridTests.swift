import InnoCore
import InnoDashboard
import InnoDraw
import InnoUI
import Testing

/// Typing annual figures into the entry grid, as an analyst does when a bulletin comes out.
@Suite struct EntryGridTests {
    /// The entry grid on R&D / GDP (row 0), column 2021.
    func grid() -> Harness {
        let h = Harness(asOf: 2020)
        h.press(.character("e"), .right)
        #expect(h.state.entry.year == 2021)
        return h
    }

    @Test func aTypedNumberIsSavedWithARevisionOnEnterAndTheCursorMovesDown() {
        let h = grid()
        h.press(.down, .down)  // Tech progress contribution, no figure for 2021
        h.type("61.2")
        #expect(h.lines.contains { $0.contains("61.2") })
        let effects = h.press(.enter)
        #expect(effects == [.save(FigureEntry(series: SeriesID(region: "chongqing", indicator: "tech_progress"), year: 2021, value: 61.2))])
        #expect(h.store.figures().figure(SeriesID(region: "chongqing", indicator: "tech_progress"), year: 2021)?.value == 61.2)
        #expect(h.store.history(series: SeriesID(region: "chongqing", indicator: "tech_progress"), year: 2021).map(\.action) == [.enter])
        #expect(h.state.row == 3)
        #expect(h.state.entry.editing == nil)
        #expect(h.state.message?.text == "Saved Tech progress contribution to growth 2021: 61.2.")
    }

    @Test func afterASaveEveryScreenShowsTheNewAssessment() {
        let h = grid()
        h.press(.left, .down, .down, .down, .down)  // Valid patents per 10k, 2020: no data
        h.type("52")
        h.press(.enter, .character("o"), .up)
        #expect(h.lines[7].hasPrefix("╎  ✔ achieved") || h.lines[7].hasPrefix("╎► ✔ achieved"), "\(h.screen)")
        #expect(h.lines[7].contains("52.0 (2020)"))
        // The Plan panel counts it among the achieved, from no data.
        #expect(h.screen.contains("✔2 ✓1 ~1 ✘1 ⋯1"), "\(h.screen)")
        h.press(.character("s"))
        #expect(h.lines.contains { $0.contains("Valid patents") && $0.contains("achieved") })
        h.press(.character("o"), .character("["))  // the Plan panel counts again as of 2019
        #expect(!h.screen.contains("✔2 ✓1 ~1 ✘1 ⋯1") && h.screen.contains(" 2020 goals "), "\(h.screen)")
    }

    @Test func figuresSavedElsewhereShowAndWhatIsBeingTypedStays() {
        let h = grid()
        h.type("2.3")
        // Another process saves two figures in the same store.
        h.store.record(FigureEntry(series: SeriesID(region: "chongqing", indicator: "tech_progress"), year: 2021, value: 61.5))
        h.store.record(FigureEntry(series: SeriesID(region: "chongqing", indicator: "rd_intensity"), year: 2024, value: 2.6))
        let elsewhere = h.store.figures()
        #expect(Update.update(&h.state, .figuresChanged(elsewhere)).isEmpty)
        #expect(h.state.figures == elsewhere)
        #expect(h.state.entry.editing?.text == "2.3")
        #expect(h.screen.contains("2.3"))
        h.press(.enter)
        #expect(h.state.figures.figure(SeriesID(region: "chongqing", indicator: "rd_intensity"), year: 2021)?.value == 2.3)
        #expect(h.state.figures.figure(SeriesID(region: "chongqing", indicator: "tech_progress"), year: 2021)?.value == 61.5)
        // Figures taken away elsewhere: the as-of year and the grid's column come back within the years left.
        h.state.asOf = 2024
        h.press(.end)
        #expect(h.state.entry.year == 2025)
        #expect(Update.update(&h.state, .figuresChanged(ShippedPlan.figures)).isEmpty)
        #expect(h.state.asOf == h.state.years.upperBound && h.state.entry.year == h.state.entryYears.upperBound)
        #expect(h.state.asOf < 2024)
    }

    @Test func aRefusedValueStaysInTheCellWithTheReasonAndNothingIsSaved() {
        let h = grid()
        h.type("12a")
        let effects = h.press(.enter)
        #expect(effects.isEmpty)
        #expect(h.state.entry.editing?.text == "12a")
        #expect(h.screen.contains("\"12a\" is not a number; type digits with an optional decimal point"))
        #expect(h.store.history(series: SeriesID(region: "chongqing", indicator: "rd_intensity"), year: 2021).count == 1)  // only the import
        // A share above 100 is refused with what is expected.
        h.press(.control("u"))
        h.type("120")
        h.press(.enter)
        #expect(h.screen.contains("120% is not a share; expected a percentage from 0 to 100"))
        #expect(h.store.figures().figure(SeriesID(region: "chongqing", indicator: "rd_intensity"), year: 2021)?.value == 2.16)
        // On the Chinese screen the reason is in Chinese.
        h.press(.control("u"))
        h.state.language = .zh
        h.type("1,23")
        h.press(.enter)
        #expect(h.screen.contains("\"1,23\" 不是数字：逗号只用于千位分隔，如 1,234.5"), "\(h.screen)")
    }

    @Test func whatPeopleTypeIsAccepted() {
        // "1,02.5" is no number and 1,002 is not a share: both refused, 2021's 2.16 kept.
        for (typed, value) in [("２.３", 2.3), ("2.31%", 2.31), ("1,02.5", 2.16), ("1,002", 2.16)] {
            let h = grid()
            h.type(typed)
            h.press(.enter)
            #expect(h.store.figures().figure(SeriesID(region: "chongqing", indicator: "rd_intensity"), year: 2021)?.value == value, "\(typed)")
        }
        let h = Harness(asOf: 2020)
        h.press(.tab, .character("e"), .home)  // 2016 targets, first year
        h.press(.right)  // 2016
        h.type("8,123")
        h.press(.enter)
        #expect(h.store.figures().figure(SeriesID(region: "chongqing", indicator: "platform_institutions"), year: 2016)?.value == 8123)
    }

    @Test func tabSavesAndMovesRightAndEscCancels() {
        let h = grid()
        h.type("2.2")
        h.press(.tab)
        #expect(h.state.entry.year == 2022)
        #expect(h.store.figures().figure(SeriesID(region: "chongqing", indicator: "rd_intensity"), year: 2021)?.value == 2.2)
        h.type("9")
        h.press(.escape)
        #expect(h.state.entry.editing == nil)
        #expect(h.store.figures().figure(SeriesID(region: "chongqing", indicator: "rd_intensity"), year: 2022)?.value == 2.36)
        #expect(h.state.message?.text == "Cancelled; nothing saved.")
    }

    @Test func deleteClearsWithARevisionAndUndoAndRedoWalkTheSameLog() {
        let h = grid()
        h.press(.delete)
        #expect(h.store.figures().figure(SeriesID(region: "chongqing", indicator: "rd_intensity"), year: 2021) == nil)
        #expect(h.state.message?.text == "Cleared R&D expenditure / GDP 2021 (was 2.16); u brings it back.")
        h.press(.right, .right)  // move away; undo brings the selection back to the cell
        h.press(.character("u"))
        #expect(h.store.figures().figure(SeriesID(region: "chongqing", indicator: "rd_intensity"), year: 2021)?.value == 2.16)
        #expect(h.state.entry.year == 2021)
        #expect(h.state.message?.text == "Undone: R&D expenditure / GDP 2021 none -> 2.16.")
        h.press(.character("U"))
        #expect(h.store.figures().figure(SeriesID(region: "chongqing", indicator: "rd_intensity"), year: 2021) == nil)
        #expect(h.store.history(series: SeriesID(region: "chongqing", indicator: "rd_intensity"), year: 2021).map(\.action) == [.import, .delete, .undo, .redo])
        h.press(.character("U"))
        #expect(h.state.message?.text == "Nothing to redo.")
    }

    @Test func theSourceAndPreliminaryFlagGoWithTheTypedFigures() {
        let h = grid()
        h.press(.character("S"))
        h.type("2021年重庆市科技投入统计公报")
        h.press(.enter, .character("P"))
        #expect(h.lines[1].contains("preliminary | source 2021年重庆市科技投入统计公报"))
        h.type("2.17")
        h.press(.enter)
        let figure = h.store.figures().figure(SeriesID(region: "chongqing", indicator: "rd_intensity"), year: 2021)!
        #expect(figure.source == "2021年重庆市科技投入统计公报")
        #expect(figure.isPreliminary)
        // p on a figure flips its flag (a revision); n sets its note.
        h.press(.up, .character("p"))
        #expect(h.store.figures().figure(SeriesID(region: "chongqing", indicator: "rd_intensity"), year: 2021)?.isPreliminary == false)
        h.press(.character("n"), .control("u"))
        h.type("final bulletin")
        h.press(.enter)
        #expect(h.store.figures().figure(SeriesID(region: "chongqing", indicator: "rd_intensity"), year: 2021)?.note == "final bulletin")
        #expect(h.store.figures().figure(SeriesID(region: "chongqing", indicator: "rd_intensity"), year: 2021)?.value == 2.17)
    }

    @Test func aStoreFailureKeepsTheTypedValueAndSaysWhy() {
        var state = ShippedPlan.state(asOf: 2020)
        _ = Update.update(&state, .char("e"))
        _ = Update.update(&state, .char("3"))
        let effects = Update.update(&state, .key(.enter))
        #expect(effects.count == 1)
        _ = Update.update(&state, .storeFailed(request: effects[0], message: "the database is read-only"))
        #expect(state.entry.editing?.text == "3")
        let screen = DashboardView.render(state, width: 80, height: 24).lines.joined(separator: "\n")
        #expect(screen.contains("Not saved: the database is read-only"))
    }

    @Test func aValueTheDatabaseCouldNotBeReachedForIsSavedWhenItIsBack() throws {
        var state = ShippedPlan.state(asOf: 2020)
        _ = Update.update(&state, .char("e"))
        _ = Update.update(&state, .char("3"))
        let effects = Update.update(&state, .key(.enter))
        let save = try #require(effects.first)
        let away = "cannot reach the PostgreSQL server at db:5432 (connection refused)"
        _ = Update.update(&state, .storeFailed(request: save, message: away, unreachable: true))
        #expect(state.entry.editing?.text == "3", "the typed value stays in its cell")
        let screen = DashboardView.render(state, width: 120, height: 40).lines.joined(separator: "\n")
        #expect(screen.contains("saved as soon as the database is back"), "\(screen)")
        // The run loop asks again after a while, waiting longer each time the server is still away.
        #expect(state.unsaved?.retryDelay == 1)
        #expect(Update.update(&state, .retryUnsaved) == [save])
        _ = Update.update(&state, .storeFailed(request: save, message: away, unreachable: true))
        #expect(state.unsaved?.retryDelay == 2)
        // The server is back: the next try saves, with no key pressed.
        let store = InMemoryFigureStore(figures: ShippedPlan.figures.all)
        EffectRunner(store: store, exportFolder: "/nonexistent").send(.retryUnsaved, to: &state, screen: (120, 40))
        #expect(store.figures().figure(state.plan.targets[0].series, year: 2020)?.value == 3)
        #expect(state.entry.editing == nil && state.unsaved == nil)
        #expect(state.message?.isError == false)
    }

    @Test func anUnsavedValueIsNotSavedOnceTheAnalystGaveItUpOrTypedAnother() throws {
        for giveUp: [Key] in [[.escape], [.backspace, .character("4")]] {
            var state = ShippedPlan.state(asOf: 2020)
            _ = Update.update(&state, .char("e"))
            _ = Update.update(&state, .char("3"))
            let save = try #require(Update.update(&state, .key(.enter)).first)
            _ = Update.update(&state, .storeFailed(request: save, message: "cannot reach the server", unreachable: true))
            for key in giveUp { _ = Update.update(&state, .key(key)) }
            #expect(Update.update(&state, .retryUnsaved).isEmpty, "\(giveUp)")
            #expect(state.unsaved == nil)
        }
    }

    @Test func aRefusalIsNotTriedAgain() throws {
        var state = ShippedPlan.state(asOf: 2020)
        _ = Update.update(&state, .char("e"))
        _ = Update.update(&state, .char("3"))
        let save = try #require(Update.update(&state, .key(.enter)).first)
        _ = Update.update(&state, .storeFailed(request: save, message: "you may read, not write"))
        #expect(state.unsaved == nil)
        #expect(Update.update(&state, .retryUnsaved).isEmpty)
    }

    @Test func theHardwareCursorSitsInTheSelectedCell() {
        let h = grid()
        let cursor = h.canvas.cursor!
        #expect(h.lines[cursor.y].hasPrefix("► R&D expenditure / GDP"))
        let header = h.lines[2]
        let yearEnd = DisplayWidth.of(header[..<header.range(of: "2021")!.upperBound])
        #expect(cursor.x == yearEnd - 1)  // on the value's last digit, under the year's
        h.type("2.1")
        #expect(h.canvas.cursor!.y == cursor.y)
    }

    @Test func theGridHasAnEmptyColumnForTheNextYearsFigures() {
        let h = grid()
        h.press(.end)
        #expect(h.state.entry.year == 2024)  // the latest figure is for 2023
        h.type("2.4")
        h.press(.enter)
        #expect(h.store.figures().figure(SeriesID(region: "chongqing", indicator: "rd_intensity"), year: 2024)?.value == 2.4)
        h.press(.up, .end)
        #expect(h.state.entry.year == 2025)
    }

    @Test func aMilestoneTakesYesOrNo() {
        let h = grid()
        h.press(.left, .end)
        for _ in 0..<5 { h.press(.down) }  // Liangjiang, last year
        h.press(.home, .right, .right, .right, .right)  // 2019
        h.type("yes")
        h.press(.enter)
        #expect(h.store.figures().figure(SeriesID(region: "chongqing", indicator: "liangjiang_core"), year: 2019)?.value == 1)
    }
}

/// The entry grid's columns from the one layout: the years first, then the names.
@Suite struct EntryGridLayoutTests {
    @Test func aWideTerminalShowsEveryYearAndWholeNamesANarrowOneScrollsTheYears() {
        let wide = Harness(asOf: 2020, width: 200, height: 30)
        wide.press(.character("e"))
        let header = wide.lines[2]
        for year in wide.state.entryYears { #expect(header.contains(String(year)), "\(year) in \(header)") }
        #expect(!header.contains("<") && !header.contains(">"))
        #expect(wide.screen.contains("Strategic emerging industries share"))  // whole, not cut

        let narrow = Harness(asOf: 2020, width: 80, height: 24)
        narrow.press(.character("e"))
        #expect(narrow.lines[2].contains("<"))  // earlier years scrolled out of view
        #expect(narrow.lines[2].contains("2020"))  // the selected year stays in view
    }
}
