import Foundation
import InnoCore
import InnoStore
import Testing

/// The behaviours every figure store must have, whatever keeps the figures: ONE list, run
/// against the store in memory, the SQLite store and the PostgreSQL store (the suites in
/// StoreContractSuites.swift), so that the stores cannot drift apart.
enum Behaviour: String, CaseIterable, Sendable, CustomTestStringConvertible {
    case recordEntersThenRevises
    case anUpdateKeepsWhatItLeavesOut
    case deleteClearsAFigureAndLogsIt
    case anImportIsOneChangeUndoneAndRedoneWhole
    case anImportWithABadRowLeavesNothing
    case undoAndRedoWorkAcrossAReopen
    case historyListsEveryChangeOfASeries
    case seriesAndEntryReadWhatFiguresHold
    case aChangeThroughAnotherConnectionIsNoticedOnce
    case plansAreRegisteredReplacedAndRemoved
    case theRevisionLogCannotBeRewritten
    case twoWritersAtOnceBothLogLastWins
    case theScenarioIsKeptApartFromTheFigures
    case theLogIsReadAfterARevisionOrATime

    var testDescription: String { rawValue }

    /// The behaviours that need a second connection or a plan registry: not for the store
    /// held in memory.
    var needsSharedStore: Bool {
        [.undoAndRedoWorkAcrossAReopen, .aChangeThroughAnotherConnectionIsNoticedOnce, .plansAreRegisteredReplacedAndRemoved,
         .anImportWithABadRowLeavesNothing, .theRevisionLogCannotBeRewritten, .twoWritersAtOnceBothLogLastWins].contains(self)
    }

    static var inMemory: [Behaviour] { allCases.filter { !$0.needsSharedStore } }

    func check(_ maker: some StoreMaker) throws {
        let contract = StoreContract(maker: maker)
        switch self {
        case .recordEntersThenRevises: try contract.recordEntersThenRevises()
        case .anUpdateKeepsWhatItLeavesOut: try contract.anUpdateKeepsWhatItLeavesOut()
        case .deleteClearsAFigureAndLogsIt: try contract.deleteClearsAFigureAndLogsIt()
        case .anImportIsOneChangeUndoneAndRedoneWhole: try contract.anImportIsOneChangeUndoneAndRedoneWhole()
        case .anImportWithABadRowLeavesNothing: try contract.anImportWithABadRowLeavesNothing()
        case .undoAndRedoWorkAcrossAReopen: try contract.undoAndRedoWorkAcrossAReopen()
        case .historyListsEveryChangeOfASeries: try contract.historyListsEveryChangeOfASeries()
        case .seriesAndEntryReadWhatFiguresHold: try contract.seriesAndEntryReadWhatFiguresHold()
        case .aChangeThroughAnotherConnectionIsNoticedOnce: try contract.aChangeThroughAnotherConnectionIsNoticedOnce()
        case .plansAreRegisteredReplacedAndRemoved: try contract.plansAreRegisteredReplacedAndRemoved()
        case .theRevisionLogCannotBeRewritten: try contract.theRevisionLogCannotBeRewritten()
        case .twoWritersAtOnceBothLogLastWins: try contract.twoWritersAtOnceBothLogLastWins()
        case .theScenarioIsKeptApartFromTheFigures: try contract.theScenarioIsKeptApartFromTheFigures()
        case .theLogIsReadAfterARevisionOrATime: try contract.theLogIsReadAfterARevisionOrATime()
        }
    }
}

struct StoreContract<Maker: StoreMaker> {
    let maker: Maker
    let rd = SeriesID(region: "r", indicator: "rd_gdp")
    let patents = SeriesID(region: "r", indicator: "patents")

    func entry(_ year: Int, _ value: Double, source: String = "typed", note: String = "", preliminary: Bool = false, series: SeriesID? = nil) -> FigureEntry {
        FigureEntry(series: series ?? rd, year: year, value: value, source: source, note: note, isPreliminary: preliminary)
    }

    /// What two stores must agree on in a revision (its time and author depend on the store).
    static func shape(_ log: [Revision]) -> [String] {
        log.map { "\($0.id) \($0.change) \($0.action) \($0.year) \(String(describing: $0.oldValue))→\(String(describing: $0.newValue)) \($0.source)|\($0.note)|\($0.isPreliminary) was \($0.oldSource)|\($0.oldNote)|\($0.oldPreliminary) undoes \(String(describing: $0.undoes))" }
    }

    /// What-if figures: set, replaced, cleared; never among the figures, in the log or in
    /// what undo walks.
    func theScenarioIsKeptApartFromTheFigures() throws {
        let store = try maker.open()
        try store.record(entry(2022, 2.36))
        try store.setScenario(series: rd, year: 2025, value: 2.5)
        try store.setScenario(series: rd, year: 2025, value: 2.62)
        try store.setScenario(series: patents, year: 2024, value: 12)
        let scenario = try store.scenario()
        #expect(scenario.figure(rd, year: 2025)?.value == 2.62 && scenario.figure(rd, year: 2025)?.isScenario == true)
        #expect(scenario.count == 2)
        #expect(try store.figures().figure(rd, year: 2025) == nil)
        #expect(try store.history(series: rd, year: 2025).isEmpty)
        try store.setScenario(series: patents, year: 2024, value: nil)
        #expect(try store.scenario().count == 1)
        #expect(try store.undo()?.year == 2022)  // undo takes back the official figure, not the scenario
        #expect(try store.clearScenario() == 1)
        #expect(try store.scenario().count == 0)
    }

    /// The rows after a revision, and after a time, oldest first: what `changes --since` reads.
    func theLogIsReadAfterARevisionOrATime() throws {
        var now = Date(timeIntervalSince1970: 1_700_000_000)
        let store = try maker.open(seed: [], clock: { now })
        let first = try store.record(entry(2020, 2.11))
        now += 3600
        try store.record(entry(2021, 2.16))
        try store.record(entry(2022, 2.36))
        #expect(try store.revisions(after: first.id).map(\.year) == [2021, 2022])
        #expect(try store.revisions(after: 0).count == 3)
        #expect(try store.revisions(since: Date(timeIntervalSince1970: 1_700_000_000 + 60)).map(\.year) == [2021, 2022])
    }

    func recordEntersThenRevises() throws {
        let store = try maker.open()
        let first = try store.record(entry(2018, 1.95, preliminary: true))
        let second = try store.record(entry(2018, 2.01, source: "bulletin"))
        #expect(first.action == .enter && second.action == .revise)
        #expect(second.oldValue == 1.95 && second.newValue == 2.01 && second.oldPreliminary)
        let figure = try store.figures().figure(rd, year: 2018)
        #expect(figure?.value == 2.01 && figure?.source == "bulletin" && figure?.isPreliminary == false && figure?.isRevised == true)
        #expect(try store.entry(series: rd, year: 2018) == entry(2018, 2.01, source: "bulletin"))
    }

    func anUpdateKeepsWhatItLeavesOut() throws {
        let store = try maker.open()
        try store.record(entry(2018, 1.95, source: "work report", note: "estimate", preliminary: true))
        let revised = try store.record(FigureUpdate(series: rd, year: 2018, value: 2.01))
        #expect(revised?.source == "work report" && revised?.note == "estimate" && revised?.isPreliminary == true)
        #expect(try store.record(FigureUpdate(series: rd, year: 2018, value: 2.01)) == nil, "nothing changes: no row")
        #expect(try store.history(series: rd, year: 2018).count == 2)
        let fresh = try store.record(FigureUpdate(series: patents, year: 2018, value: 7))
        #expect(fresh?.source == "" && fresh?.isPreliminary == false)
    }

    func deleteClearsAFigureAndLogsIt() throws {
        let store = try maker.open()
        try store.record(entry(2017, 1.88, note: "n"))
        let cleared = try store.delete(series: rd, year: 2017)
        #expect(cleared?.action == .delete && cleared?.oldValue == 1.88 && cleared?.newValue == nil && cleared?.oldNote == "n")
        #expect(try store.figures().figure(rd, year: 2017) == nil)
        #expect(try store.delete(series: rd, year: 2017) == nil)
        #expect(try store.entry(series: rd, year: 2017) == nil)
    }

    func anImportIsOneChangeUndoneAndRedoneWhole() throws {
        let store = try maker.open()
        try store.record(entry(2017, 1.88))
        let rows = try store.importFigures([entry(2018, 1.95, preliminary: true), entry(2019, 1.99), entry(2018, 2.01), entry(2017, 1.88)])
        #expect(rows.count == 3, "the unchanged 2017 writes no row")
        #expect(Set(rows.map(\.change)) == [rows[0].id])
        #expect(Self.shape(try store.revisions(inChange: rows[0].id)) == Self.shape(rows))
        #expect(try store.figures().figure(rd, year: 2018)?.isRevised == true)
        let undo = try store.undo()
        #expect(undo?.action == .undo && undo?.undoes == rows[0].id)
        #expect(try store.figures().all.map(\.year) == [2017])
        try store.redo()
        #expect(try store.figures().all.map(\.value) == [1.88, 2.01, 1.99])
    }

    func anImportWithABadRowLeavesNothing() throws {
        let store = try maker.open(seed: [entry(2015, 1.57)])
        try maker.failWrites(ofYear: 2019)
        #expect(throws: StoreError.self) {
            try store.importFigures([entry(2017, 1.88), entry(2018, 2.01), entry(2019, 1.99), entry(2020, 2.11)])
        }
        #expect(try store.figures().all.map(\.year) == [2015])
        #expect(try store.history(series: rd, year: nil).count == 1)
        try store.record(entry(2016, 1.6))  // the store goes on after the failure
        #expect(try store.figures().count == 2)
    }

    func undoAndRedoWorkAcrossAReopen() throws {
        try maker.open().record(entry(2018, 1.95, source: "work report", note: "estimate", preliminary: true))
        try maker.open().record(entry(2018, 2.01, source: "bulletin"))
        try maker.open().undo()
        let restored = try maker.open().figures().figure(rd, year: 2018)
        #expect(restored?.value == 1.95 && restored?.source == "work report" && restored?.note == "estimate" && restored?.isPreliminary == true)
        try maker.open().redo()
        #expect(try maker.open().figures().figure(rd, year: 2018)?.value == 2.01)
        #expect(try maker.open().redo() == nil, "nothing left to redo")
        try maker.open().undo()
        try maker.open().undo()
        #expect(try maker.open().figures().figure(rd, year: 2018) == nil)
    }

    /// The same steps give the same log and figures as the store in memory, row for row.
    func historyListsEveryChangeOfASeries() throws {
        let store = try maker.open()
        let memory = InMemoryFigureStore()
        let steps: [(any FigureStore) throws -> Void] = [
            { try $0.record(self.entry(2017, 1.88)) },
            { try $0.importFigures([self.entry(2018, 1.95, preliminary: true), self.entry(2019, 1.99), self.entry(2018, 2.01)]) },
            { try $0.delete(series: self.rd, year: 2017) },
            { try $0.undo() }, { try $0.undo() }, { try $0.redo() },
            { try $0.record(self.entry(2020, 2.11, note: "bulletin")) },
            { try $0.redo() }, { try $0.undo() }, { try $0.undo() }, { try $0.undo() }, { try $0.redo() },
        ]
        for step in steps {
            try step(store)
            try step(memory)
            #expect(try store.figures().all.map(\.value) == memory.figures().all.map(\.value))
            #expect(try store.figures().all.map(\.isRevised) == memory.figures().all.map(\.isRevised))
        }
        #expect(Self.shape(try store.history(series: rd, year: nil)) == Self.shape(memory.history(series: rd, year: nil)))
        #expect(Self.shape(try store.history(series: rd, year: 2018)) == Self.shape(memory.history(series: rd, year: 2018)))
    }

    func seriesAndEntryReadWhatFiguresHold() throws {
        let clock = { Date(timeIntervalSince1970: 1_780_000_000.123) }
        let store = try maker.open(seed: [entry(2018, 1.95, preliminary: true), entry(2017, 1.88), entry(2018, 2.01, note: "final")], clock: clock)
        try store.record(entry(2016, 1.7, series: patents))
        try store.record(entry(2019, 1.99, source: "bulletin"))
        try store.record(entry(2019, 1.98, source: "bulletin"))
        try store.delete(series: rd, year: 2017)
        let series = try store.series(rd)
        #expect(series.map(\.year) == [2018, 2019])
        #expect(series.map(\.isRevised) == [true, true])
        #expect(series == (try store.figures()).series(rd))
        // Times are kept to the millisecond.
        #expect(abs((series.last?.enteredAt ?? .distantPast).timeIntervalSince(clock())) < 0.001)
        #expect(try store.series(patents).map(\.value) == [1.7])
        #expect(try store.series(SeriesID(region: "r", indicator: "nothing")).isEmpty)
        #expect(try store.entry(series: rd, year: 2018) == entry(2018, 2.01, note: "final"))
    }

    func aChangeThroughAnotherConnectionIsNoticedOnce() throws {
        let mine = try maker.open()
        let other = try maker.open()
        #expect(!mine.changedElsewhere())
        try mine.record(entry(2018, 1.95))
        #expect(!waitForChange(mine, within: 0.3), "its own change")
        try other.record(entry(2019, 2.0))
        #expect(waitForChange(mine, within: 2))
        #expect(!mine.changedElsewhere(), "noticed once")
        try other.undo()
        try other.record(entry(2020, 2.1))
        #expect(waitForChange(mine, within: 2))
        #expect(try mine.figures().figure(rd, year: 2020)?.value == 2.1)
    }

    /// A notification comes a moment after the other connection's commit.
    private func waitForChange(_ store: any FigureStore, within seconds: Double) -> Bool {
        let deadline = Date().addingTimeInterval(seconds)
        repeat {
            if store.changedElsewhere() { return true }
            Thread.sleep(forTimeInterval: 0.02)
        } while Date() < deadline
        return false
    }

    func plansAreRegisteredReplacedAndRemoved() throws {
        let registry = try #require(try maker.open() as? any PlanRegistry)
        let a = StoredPlan(id: "a", content: Data("{\"a\":1}".utf8), file: "a.json", isShipped: false)
        let b = StoredPlan(id: "b", content: Data([0, 1, 2, 255]), file: "", isShipped: true)
        try registry.register(a)
        try registry.register(b)
        #expect(try registry.registeredPlans() == [a, b])
        var changed = a
        changed.content = Data("{\"a\":2}".utf8)
        try registry.register(changed)
        let reopened = try #require(try maker.open() as? any PlanRegistry)
        #expect(try reopened.registeredPlans() == [changed, b], "replaced in place, order kept")
        #expect(try reopened.removePlan(id: "a"))
        #expect(try !reopened.removePlan(id: "a"))
        #expect(try registry.registeredPlans() == [b])
    }

    func theRevisionLogCannotBeRewritten() throws {
        try maker.open().record(entry(2015, 1.57))
        #expect(try maker.logRefusesRewrites())
        #expect(try maker.open().history(series: rd, year: nil).count == 1)
    }

    /// Two writers record the same cell at the same moment: neither fails, both revisions
    /// are in the log, and the figure is the one written last.
    func twoWritersAtOnceBothLogLastWins() throws {
        _ = try maker.open()
        let stores = Unchecked([try maker.open(), try maker.open()])
        let entries = (0..<2).map { index in (0..<20).map { round in entry(2020, Double(index * 100 + round)) } }
        let failures = Failures()
        DispatchQueue.concurrentPerform(iterations: 2) { index in
            do {
                for entry in entries[index] { try stores.value[index].record(entry) }
            } catch {
                failures.add("\(error)")
            }
        }
        #expect(failures.all.isEmpty)
        let log = try maker.open().history(series: rd, year: 2020)
        #expect(log.count == 40)
        #expect(log.map(\.id) == Array(log.map(\.id)).sorted())
        #expect(try maker.open().figures().figure(rd, year: 2020)?.value == log.last?.newValue)
        // Each row's old value is the one before it: nothing was overwritten unseen.
        #expect(zip(log, log.dropFirst()).allSatisfy { $0.newValue == $1.oldValue })
    }
}

final class Failures: @unchecked Sendable {
    private let lock = NSLock()
    private var list: [String] = []
    func add(_ failure: String) { lock.withLock { list.append(failure) } }
    var all: [String] { lock.withLock { list } }
}

/// A value handed to other threads by a test that knows each thread uses its own part.
struct Unchecked<Value>: @unchecked Sendable {
    let value: Value
    init(_ value: Value) { self.value = value }
}
