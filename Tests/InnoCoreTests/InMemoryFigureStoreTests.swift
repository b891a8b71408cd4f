import Foundation
import InnoCore
import Testing

@Suite struct InMemoryFigureStoreTests {
    func entry(_ year: Int, _ value: Double, source: String = "typed") -> FigureEntry {
        FigureEntry(targetID: "rd_gdp", year: year, value: value, source: source)
    }

    @Test func revisingKeepsTheOldValueInTheLog() {
        let store = InMemoryFigureStore()
        store.record(entry(2018, 1.95, source: "preliminary"))
        store.record(entry(2018, 2.01, source: "final"))
        #expect(store.figures().figure("rd_gdp", year: 2018)?.value == 2.01)
        #expect(store.figures().figure("rd_gdp", year: 2018)?.isRevised == true)
        let log = store.history(targetID: "rd_gdp", year: 2018)
        #expect(log.map(\.action) == [.enter, .revise])
        #expect(log[1].oldValue == 1.95 && log[1].newValue == 2.01)
    }

    @Test func undoAndRedoWalkTheLogInOrder() {
        let store = InMemoryFigureStore()
        store.record(entry(2017, 1.88))
        store.record(entry(2018, 1.95, source: "preliminary"))
        store.record(entry(2018, 2.01, source: "final"))
        store.undo()
        #expect(store.figures().figure("rd_gdp", year: 2018)?.value == 1.95)
        #expect(store.figures().figure("rd_gdp", year: 2018)?.source == "preliminary")
        store.undo()
        #expect(store.figures().figure("rd_gdp", year: 2018) == nil)
        store.redo()
        #expect(store.figures().figure("rd_gdp", year: 2018)?.value == 1.95)
        store.redo()
        #expect(store.figures().figure("rd_gdp", year: 2018)?.value == 2.01)
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
        #expect(store.figures().figure("rd_gdp", year: 2017) == nil)
    }

    @Test func deleteIsAChangeThatUndoBringsBack() {
        let store = InMemoryFigureStore()
        store.record(entry(2017, 1.88))
        #expect(store.delete(targetID: "rd_gdp", year: 2017)?.oldValue == 1.88)
        #expect(store.figures().count == 0)
        #expect(store.delete(targetID: "rd_gdp", year: 2017) == nil)
        store.undo()
        #expect(store.figures().figure("rd_gdp", year: 2017)?.value == 1.88)
    }

    @Test func undoingARedoTakesTheChangeBackAgain() {
        let store = InMemoryFigureStore()
        store.record(entry(2017, 1.88))
        store.undo()
        store.redo()
        store.undo()
        #expect(store.figures().count == 0)
        store.redo()
        #expect(store.figures().figure("rd_gdp", year: 2017)?.value == 1.88)
        #expect(store.history(targetID: "rd_gdp", year: nil).map(\.action) == [.enter, .undo, .redo, .undo, .redo])
    }
}
