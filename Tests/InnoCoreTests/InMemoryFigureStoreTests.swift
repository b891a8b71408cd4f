import Foundation
import InnoCore
import Testing

@Suite struct InMemoryFigureStoreTests {
    func entry(_ year: Int, _ value: Double, source: String = "typed") -> FigureEntry {
        FigureEntry(series: SeriesID(region: "r", indicator: "rd_gdp"), year: year, value: value, source: source)
    }

    @Test func revisingKeepsTheOldValueInTheLog() {
        let store = InMemoryFigureStore()
        store.record(entry(2018, 1.95, source: "preliminary"))
        store.record(entry(2018, 2.01, source: "final"))
        #expect(store.figures().figure(SeriesID(region: "r", indicator: "rd_gdp"), year: 2018)?.value == 2.01)
        #expect(store.figures().figure(SeriesID(region: "r", indicator: "rd_gdp"), year: 2018)?.isRevised == true)
        let log = store.history(series: SeriesID(region: "r", indicator: "rd_gdp"), year: 2018)
        #expect(log.map(\.action) == [.enter, .revise])
        #expect(log[1].oldValue == 1.95 && log[1].newValue == 2.01)
    }

    @Test func undoAndRedoWalkTheLogInOrder() {
        let store = InMemoryFigureStore()
        store.record(entry(2017, 1.88))
        store.record(entry(2018, 1.95, source: "preliminary"))
        store.record(entry(2018, 2.01, source: "final"))
        store.undo()
        #expect(store.figures().figure(SeriesID(region: "r", indicator: "rd_gdp"), year: 2018)?.value == 1.95)
        #expect(store.figures().figure(SeriesID(region: "r", indicator: "rd_gdp"), year: 2018)?.source == "preliminary")
        store.undo()
        #expect(store.figures().figure(SeriesID(region: "r", indicator: "rd_gdp"), year: 2018) == nil)
        store.redo()
        #expect(store.figures().figure(SeriesID(region: "r", indicator: "rd_gdp"), year: 2018)?.value == 1.95)
        store.redo()
        #expect(store.figures().figure(SeriesID(region: "r", indicator: "rd_gdp"), year: 2018)?.value == 2.01)
        #expect(store.redo() == nil)
        store.undo()
        store.undo()
        store.undo()
        #expect(store.figures().count == 0)
        #expect(store.undo() == nil)
    }

    @Test func aNewChangeAfterUndoClearsRedo() {
        let store = InMemoryFigureStore()
        store.record(entry(2017, 1.88))
        store.undo()
        store.record(entry(2019, 1.99))
        #expect(store.redo() == nil)
        #expect(store.figures().figure(SeriesID(region: "r", indicator: "rd_gdp"), year: 2017) == nil)
    }

    @Test func deleteIsAChangeThatUndoBringsBack() {
        let store = InMemoryFigureStore()
        store.record(entry(2017, 1.88))
        #expect(store.delete(series: SeriesID(region: "r", indicator: "rd_gdp"), year: 2017)?.oldValue == 1.88)
        #expect(store.figures().count == 0)
        #expect(store.delete(series: SeriesID(region: "r", indicator: "rd_gdp"), year: 2017) == nil)
        store.undo()
        #expect(store.figures().figure(SeriesID(region: "r", indicator: "rd_gdp"), year: 2017)?.value == 1.88)
    }

    @Test func undoingARedoTakesTheChangeBackAgain() {
        let store = InMemoryFigureStore()
        store.record(entry(2017, 1.88))
        store.undo()
        store.redo()
        store.undo()
        #expect(store.figures().count == 0)
        store.redo()
        #expect(store.figures().figure(SeriesID(region: "r", indicator: "rd_gdp"), year: 2017)?.value == 1.88)
        #expect(store.history(series: SeriesID(region: "r", indicator: "rd_gdp"), year: nil).map(\.action) == [.enter, .undo, .redo, .undo, .redo])
    }
}

@Suite struct ChangeGroupingTests {
    func entry(_ year: Int, _ value: Double, source: String = "typed", note: String = "", preliminary: Bool = false) -> FigureEntry {
        FigureEntry(series: SeriesID(region: "r", indicator: "rd_gdp"), year: year, value: value, source: source, note: note, isPreliminary: preliminary)
    }

    @Test func anImportIsOneChangeThatUndoTakesBackWhole() {
        let store = InMemoryFigureStore()
        store.record(entry(2015, 1.57))
        store.importFigures([entry(2017, 1.88), entry(2018, 1.95), entry(2018, 2.01), entry(2015, 1.6)])
        #expect(store.figures().count == 3)
        store.undo()
        #expect(store.figures().count == 1)
        #expect(store.figures().figure(SeriesID(region: "r", indicator: "rd_gdp"), year: 2015)?.value == 1.57)
        store.redo()
        #expect(store.figures().figure(SeriesID(region: "r", indicator: "rd_gdp"), year: 2018)?.value == 2.01)
        #expect(store.figures().figure(SeriesID(region: "r", indicator: "rd_gdp"), year: 2015)?.value == 1.6)
        store.undo()
        store.undo()
        #expect(store.figures().count == 0)
    }

    @Test func undoRestoresSourceNoteAndPreliminaryFlagOfTheOldValue() {
        let store = InMemoryFigureStore()
        store.record(entry(2018, 1.95, source: "work report", note: "estimate", preliminary: true))
        store.record(entry(2018, 2.01, source: "bulletin", note: "final"))
        store.undo()
        let restored = store.figures().figure(SeriesID(region: "r", indicator: "rd_gdp"), year: 2018)
        #expect(restored?.value == 1.95)
        #expect(restored?.source == "work report")
        #expect(restored?.note == "estimate")
        #expect(restored?.isPreliminary == true)
        store.redo()
        #expect(store.figures().figure(SeriesID(region: "r", indicator: "rd_gdp"), year: 2018)?.isPreliminary == false)
        #expect(store.figures().figure(SeriesID(region: "r", indicator: "rd_gdp"), year: 2018)?.source == "bulletin")
    }

    @Test func importSkipsFiguresAlreadyAsInTheFile() {
        let store = InMemoryFigureStore()
        store.importFigures([entry(2017, 1.88), entry(2018, 2.01)])
        let again = store.importFigures([entry(2017, 1.88), entry(2018, 2.01, source: "corrected source")])
        #expect(again.count == 1)
        #expect(again[0].oldValue == 2.01 && again[0].newValue == 2.01 && again[0].source == "corrected source")
    }

    @Test func aFigureIsMarkedRevisedOnlyWhenItHadAnotherValue() {
        let store = InMemoryFigureStore(figures: [
            Figure(series: SeriesID(region: "r", indicator: "rd_gdp"), year: 2018, value: 1.95, isPreliminary: true),
            Figure(series: SeriesID(region: "r", indicator: "rd_gdp"), year: 2018, value: 2.01),
            Figure(series: SeriesID(region: "r", indicator: "rd_gdp"), year: 2017, value: 1.88),
        ])
        #expect(store.figures().figure(SeriesID(region: "r", indicator: "rd_gdp"), year: 2018)?.isRevised == true)
        #expect(store.figures().figure(SeriesID(region: "r", indicator: "rd_gdp"), year: 2017)?.isRevised == false)
        store.record(entry(2017, 1.88, source: "same value, new source"))
        #expect(store.figures().figure(SeriesID(region: "r", indicator: "rd_gdp"), year: 2017)?.isRevised == false)
    }

    @Test func revisionsOfAChangeShareItsId() {
        let store = InMemoryFigureStore()
        let rows = store.importFigures([entry(2017, 1.88), entry(2018, 1.95)])
        #expect(Set(rows.map(\.change)) == [rows[0].id])
        #expect(store.revisions(inChange: rows[0].id) == rows)
        let undo = store.undo()
        #expect(undo?.undoes == rows[0].id)
        #expect(store.revisions(inChange: undo!.change).count == 2)
    }

    @Test func undoWalkReadsTheLogOnlyAsFarAsNeeded() {
        var log: [Revision] = []
        for id in Int64(1)...100 {
            log.append(Revision(id: id, series: SeriesID(region: "r", indicator: "t"), year: 2000 + Int(id), action: .enter, oldValue: nil, newValue: 1, at: Date()))
        }
        var read = 0
        var rows = log.reversed().makeIterator()
        let change = UndoWalk.changeToUndo(newestFirst: { () -> Revision? in read += 1; return rows.next() })
        #expect(change.map(\.id) == [100])
        #expect(read <= 2)
    }
}
