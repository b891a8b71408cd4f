import Foundation
import GRDB
import InnoCore
import InnoStore
import Testing

@Suite struct SQLiteFigureStoreTests {
    let folder = TemporaryFolder()

    func entry(_ year: Int, _ value: Double, source: String = "typed", note: String = "", preliminary: Bool = false, target: String = "rd_gdp") -> FigureEntry {
        FigureEntry(series: SeriesID(region: "r", indicator: target), year: year, value: value, source: source, note: note, isPreliminary: preliminary)
    }

    func open(_ name: String = "figures.sqlite", plan: String = "plan", seed: [FigureEntry] = []) throws -> SQLiteFigureStore {
        try SQLiteFigureStore(path: folder.path(name), seed: seed)
    }

    @Test func aNewDatabaseIsLoadedWithTheSeedAsOneImportKeepingRevisions() throws {
        let store = try open(seed: [entry(2017, 1.88), entry(2018, 1.95, preliminary: true), entry(2018, 2.01)])
        #expect(store.wasCreated)
        let figures = try store.figures()
        #expect(figures.count == 2)
        #expect(figures.figure(SeriesID(region: "r", indicator: "rd_gdp"), year: 2018)?.value == 2.01)
        #expect(figures.figure(SeriesID(region: "r", indicator: "rd_gdp"), year: 2018)?.isRevised == true)
        #expect(figures.figure(SeriesID(region: "r", indicator: "rd_gdp"), year: 2017)?.isRevised == false)
        let history = try store.history(series: SeriesID(region: "r", indicator: "rd_gdp"), year: 2018)
        #expect(history.map(\.newValue) == [1.95, 2.01])
        #expect(history.map(\.action) == [.import, .import])
        #expect(history[0].isPreliminary && !history[1].isPreliminary)
        #expect(history[1].oldValue == 1.95)
    }

    /// What the dashboard reads after a change: one target's figures, as `figures()` has
    /// them (years in order, the revised ones marked, source, note, flag and time kept).
    @Test func oneTargetsSeriesIsWhatAllTheFiguresHoldForIt() throws {
        let store = try open(seed: [entry(2018, 1.95, preliminary: true), entry(2017, 1.88), entry(2018, 2.01, note: "final")])
        try store.record(entry(2016, 1.7, target: "patents"))
        try store.record(entry(2019, 1.99, source: "bulletin"))
        try store.record(entry(2019, 1.98, source: "bulletin"))
        try store.delete(series: SeriesID(region: "r", indicator: "rd_gdp"), year: 2017)
        let series = try store.series(SeriesID(region: "r", indicator: "rd_gdp"))
        #expect(series.map(\.year) == [2018, 2019])
        #expect(series.map(\.isRevised) == [true, true])
        #expect(series == (try store.figures()).series(SeriesID(region: "r", indicator: "rd_gdp")))
        #expect(try store.series(SeriesID(region: "r", indicator: "patents")).map(\.value) == [1.7])
        #expect(try store.series(SeriesID(region: "r", indicator: "nothing")).isEmpty)
    }

    @Test func aChangeMadeThroughAnotherConnectionIsNoticedAndOnesOwnIsNot() throws {
        let mine = try open()
        let other = try open()
        #expect(!mine.changedElsewhere())
        try mine.record(entry(2018, 1.95))
        #expect(!mine.changedElsewhere(), "its own change")
        try other.record(entry(2019, 2.0))
        #expect(mine.changedElsewhere())
        #expect(!mine.changedElsewhere(), "noticed once")
        try other.undo()
        try other.record(entry(2020, 2.1))
        #expect(mine.changedElsewhere())
        #expect(try mine.figures().figure(SeriesID(region: "r", indicator: "rd_gdp"), year: 2020)?.value == 2.1)
        #expect(!InMemoryFigureStore().changedElsewhere())
    }

    @Test func anExistingDatabaseIsNotSeededAgain() throws {
        let seed = [entry(2017, 1.88)]
        _ = try open(seed: seed).delete(series: SeriesID(region: "r", indicator: "rd_gdp"), year: 2017)
        let reopened = try open(seed: seed)
        #expect(!reopened.wasCreated)
        #expect(try reopened.figures().count == 0)
    }

    @Test func undoAndRedoWorkAcrossRestarts() throws {
        try open().record(entry(2018, 1.95, source: "work report", note: "estimate", preliminary: true))
        try open().record(entry(2018, 2.01, source: "bulletin"))
        try open().undo()
        let restored = try open().figures().figure(SeriesID(region: "r", indicator: "rd_gdp"), year: 2018)
        #expect(restored?.value == 1.95)
        #expect(restored?.source == "work report" && restored?.note == "estimate" && restored?.isPreliminary == true)
        try open().redo()
        #expect(try open().figures().figure(SeriesID(region: "r", indicator: "rd_gdp"), year: 2018)?.value == 2.01)
        #expect(try open().redo() == nil)
        try open().undo()
        try open().undo()
        #expect(try open().figures().count == 0)
        #expect(try open().undo() == nil)
    }

    @Test func anImportIsUndoneAndRedoneAsOneChange() throws {
        let store = try open()
        try store.record(entry(2015, 1.57))
        let rows = try store.importFigures([entry(2017, 1.88), entry(2018, 1.95), entry(2018, 2.01), entry(2015, 1.6)])
        #expect(rows.count == 4)
        let undo = try #require(try store.undo())
        #expect(undo.undoes == rows[0].change)
        #expect(try store.revisions(inChange: undo.change).count == 4)
        #expect(try store.figures().count == 1)
        #expect(try store.figures().figure(SeriesID(region: "r", indicator: "rd_gdp"), year: 2015)?.value == 1.57)
        try store.redo()
        #expect(try store.figures().figure(SeriesID(region: "r", indicator: "rd_gdp"), year: 2018)?.value == 2.01)
        #expect(try store.figures().figure(SeriesID(region: "r", indicator: "rd_gdp"), year: 2015)?.value == 1.6)
    }

    @Test func aFigureClearedAndEnteredAgainWithAnotherValueShowsAsRevised() throws {
        let store = try open()
        try store.record(entry(2017, 1.88))
        try store.delete(series: SeriesID(region: "r", indicator: "rd_gdp"), year: 2017)
        try store.record(entry(2017, 1.90))
        try store.record(entry(2019, 1.99))
        let figures = try store.figures()
        #expect(figures.figure(SeriesID(region: "r", indicator: "rd_gdp"), year: 2017)?.isRevised == true)
        #expect(figures.figure(SeriesID(region: "r", indicator: "rd_gdp"), year: 2019)?.isRevised == false)
    }

    @Test func theTimeAFigureWasEnteredReadsBackToTheMillisecond() throws {
        let entered = Date(timeIntervalSince1970: 1_700_000_000.123)
        let store = try SQLiteFigureStore(path: folder.path("clock.sqlite"), clock: { entered })
        try store.record(entry(2017, 1.88))
        let read = try #require(try store.figures().figure(SeriesID(region: "r", indicator: "rd_gdp"), year: 2017)?.enteredAt)
        #expect(abs(read.timeIntervalSince(entered)) < 0.0005)
    }

    /// A database made by the release before series (Tests/Fixtures/v2), opened with the
    /// plan it is bound to: every figure moves to its series, revisions and all, after a
    /// copy of the file is kept.
    @Test func aDatabaseOfTheLastReleaseMovesToSeriesAndKeepsItsRevisions() throws {
        let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Fixtures/v2")
        let path = folder.path("old.sqlite")
        try FileManager.default.copyItem(atPath: fixtures.appendingPathComponent("v2-custom.sqlite").path, toPath: path)
        let planFile = try Data(contentsOf: fixtures.appendingPathComponent("v2-custom-plan.json"))
        let plan = try PlanLoader.load(data: planFile, file: "v2-custom-plan.json")
        let stored = StoredPlan(id: plan.info.id, content: planFile, file: "v2-custom-plan.json", isShipped: false)

        #expect(throws: StoreOpenError.self) { try SQLiteFigureStore(path: path) }  // the plan is needed
        let store = try SQLiteFigureStore(path: path, opening: StoreOpening(legacyPlan: { $0 == plan.info.id ? (plan, stored) : nil }))
        #expect(store.migration == StoreMigration(fromVersion: 2, backupPath: path + ".v1-backup", figures: 3, revisions: 4))
        let rd = SeriesID(region: "sichuan", indicator: "rd_gdp")
        let figures = try store.figures()
        #expect(figures.series(rd).map(\.value) == [2.17, 2.29])
        #expect(figures.figure(rd, year: 2021)?.isRevised == true)
        #expect(figures.figure(rd, year: 2020)?.isRevised == false)
        #expect(try store.history(series: rd, year: 2021).map(\.action) == [.enter, .revise])
        #expect(try store.registeredPlans() == [stored])
        #expect(try store.undo()?.series == SeriesID(region: "sichuan", indicator: "labs"))
        let version = try DatabaseQueue(path: path).read { db in try Int.fetchOne(db, sql: "PRAGMA user_version") }
        #expect(version == 6)
        #expect(FileManager.default.fileExists(atPath: path + ".v1-backup"))
    }

    @Test func behavesLikeTheInMemoryStore() throws {
        let disk = try open()
        let memory = InMemoryFigureStore()
        let steps: [(any FigureStore) throws -> Void] = [
            { try $0.record(entry(2017, 1.88)) },
            { try $0.importFigures([entry(2018, 1.95, preliminary: true), entry(2019, 1.99), entry(2018, 2.01)]) },
            { try $0.delete(series: SeriesID(region: "r", indicator: "rd_gdp"), year: 2017) },
            { try $0.undo() }, { try $0.undo() }, { try $0.redo() },
            { try $0.record(entry(2020, 2.11, note: "bulletin")) },
            { try $0.redo() }, { try $0.undo() }, { try $0.undo() }, { try $0.undo() }, { try $0.redo() },
        ]
        for step in steps {
            try step(disk)
            try step(memory)
            #expect(try disk.figures().all.map(\.value) == memory.figures().all.map(\.value))
            #expect(try disk.figures().all.map(\.isRevised) == memory.figures().all.map(\.isRevised))
        }
        let strip = { (log: [Revision]) in log.map { "\($0.id) \($0.change) \($0.action) \(String(describing: $0.oldValue)) \(String(describing: $0.newValue)) \(String(describing: $0.undoes)) \($0.note)" } }
        #expect(strip(try disk.history(series: SeriesID(region: "r", indicator: "rd_gdp"), year: nil)) == strip(memory.history(series: SeriesID(region: "r", indicator: "rd_gdp"), year: nil)))
    }

    @Test func aChangeThatFailsHalfWayLeavesNoFigureAndNoRevision() throws {
        let path = folder.path("figures.sqlite")
        try open().record(entry(2015, 1.57))
        // Simulate a failure in the middle of an import (a full disk, say): the third row fails.
        let raw = try DatabaseQueue(path: path)
        try raw.write { db in
            try db.execute(sql: "CREATE TRIGGER fail_2019 BEFORE INSERT ON figure WHEN NEW.year = 2019 BEGIN SELECT RAISE(ABORT, 'disk full'); END")
        }
        try raw.close()
        let store = try open()
        #expect(throws: StoreError.self) {
            try store.importFigures([entry(2017, 1.88), entry(2018, 2.01), entry(2019, 1.99), entry(2020, 2.11)])
        }
        #expect(try store.figures().count == 1)
        #expect(try store.history(series: SeriesID(region: "r", indicator: "rd_gdp"), year: nil).count == 1)
    }

    @Test func theRevisionLogCannotBeRewritten() throws {
        let path = folder.path("figures.sqlite")
        try open().record(entry(2015, 1.57))
        let raw = try DatabaseQueue(path: path)
        #expect(throws: DatabaseError.self) { try raw.write { try $0.execute(sql: "UPDATE revision SET new_value = 9") } }
        #expect(throws: DatabaseError.self) { try raw.write { try $0.execute(sql: "DELETE FROM revision") } }
    }

    @Test func theDatabaseIsInWALModeAndPrivateToItsOwner() throws {
        _ = try open()
        let path = folder.path("figures.sqlite")
        let raw = try DatabaseQueue(path: path)
        #expect(try raw.read { try String.fetchOne($0, sql: "PRAGMA journal_mode") } == "wal")
        let mode = try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int
        #expect(mode == 0o600)
    }

    @Test func aWriterWaitsForAnotherWritersTransactionInsteadOfFailing() async throws {
        let store = try open()
        let path = folder.path("figures.sqlite")
        let blocker = try DatabaseQueue(path: path)
        let started = Date()
        try await withThrowingTaskGroup(of: Void.self) { group in
            let locked = AsyncStream<Void>.makeStream()
            group.addTask {
                try blocker.writeWithoutTransaction { db in
                    try db.execute(sql: "BEGIN IMMEDIATE")
                    locked.continuation.yield()
                    Thread.sleep(forTimeInterval: 0.5)
                    try db.execute(sql: "INSERT INTO meta (key, value) VALUES ('other', 'writer'); COMMIT")
                }
            }
            for await _ in locked.stream { break }
            try store.record(entry(2017, 1.88))
            try await group.waitForAll()
        }
        #expect(Date().timeIntervalSince(started) >= 0.45)
        #expect(try store.figures().figure(SeriesID(region: "r", indicator: "rd_gdp"), year: 2017)?.value == 1.88)
    }
}
