import Foundation
import GRDB
import InnoCore
import InnoStore
import Testing

/// Opening a database path that is not usable: a clear reason, and the file left as it was.
@Suite struct StoreOpeningTests {
    let folder = TemporaryFolder()

    func openError(_ path: String) -> StoreOpenError? {
        do {
            _ = try SQLiteFigureStore(path: path)
            return nil
        } catch {
            return error
        }
    }

    /// The file's bytes, and whether SQLite left companion files beside it.
    func snapshot(_ path: String) -> (Data?, [String]) {
        let companions = ["-wal", "-shm", "-journal"].filter { FileManager.default.fileExists(atPath: path + $0) }
        return (FileManager.default.contents(atPath: path), companions)
    }

    @Test func aTextFileIsRefusedAndLeftUntouched() throws {
        let path = folder.path("notes.sqlite")
        try Data("target,year,value\nrd_gdp,2017,1.88\n".utf8).write(to: URL(fileURLWithPath: path))
        let before = snapshot(path)
        let error = try #require(openError(path))
        #expect(error.reason == .notInnodash)
        #expect(error.message.contains("not an SQLite database"))
        #expect(snapshot(path) == before)
    }

    @Test func anotherProgramsSQLiteDatabaseIsRefusedAndLeftUntouched() throws {
        let path = folder.path("other.sqlite")
        let other = try DatabaseQueue(path: path)
        try other.write { try $0.execute(sql: "CREATE TABLE contacts (name TEXT); INSERT INTO contacts VALUES ('Ann')") }
        try other.close()
        let before = snapshot(path)
        let error = try #require(openError(path))
        #expect(error.reason == .notInnodash)
        #expect(error.message.contains("contacts"))
        #expect(snapshot(path) == before)
    }

    @Test func aDatabaseFromANewerSchemaIsRefusedAndLeftUntouched() throws {
        let path = folder.path("newer.sqlite")
        _ = try SQLiteFigureStore(path: path)
        let raw = try DatabaseQueue(path: path)
        try raw.write { db in
            try db.execute(sql: "PRAGMA user_version = 2; INSERT INTO grdb_migrations VALUES ('v2-from-the-future')")
        }
        try raw.close()
        let before = snapshot(path)
        let error = try #require(openError(path))
        #expect(error.reason == .newerSchema)
        #expect(error.message.contains("newer innodash"))
        #expect(snapshot(path).0 == before.0)
    }

    @Test func aDamagedDatabaseIsReportedAndLeftUntouched() throws {
        let path = folder.path("damaged.sqlite")
        do {
            let store = try SQLiteFigureStore(path: path)
            try store.importFigures((1900...2100).map { FigureEntry(series: SeriesID(region: "r", indicator: "t\($0 % 7)"), year: $0, value: Double($0), source: String(repeating: "s", count: 200)) })
        }
        #expect(!FileManager.default.fileExists(atPath: path + "-wal"))
        // Keep the header but overwrite every page after the first with garbage.
        var bytes = try Data(contentsOf: URL(fileURLWithPath: path))
        for index in 4096..<bytes.count { bytes[index] = UInt8(truncatingIfNeeded: index &* 31) }
        try bytes.write(to: URL(fileURLWithPath: path))
        let before = snapshot(path)
        let error = try #require(openError(path))
        #expect(error.isDataError)
        #expect(snapshot(path).0 == before.0)
    }

    @Test func aFolderGivenAsDatabaseIsRefused() throws {
        let error = try #require(openError(folder.url.path))
        #expect(error.reason == .isFolder)
        #expect(error.message.contains("is a folder"))
    }

    @Test func aDeviceGivenAsDatabaseIsRefused() throws {
        for device in ["/dev/null", "/dev/zero"] {
            let error = try #require(openError(device))
            #expect(error.message == "\(device) is not a file (a device, a pipe or a socket); --db takes a database file, such as innodash.sqlite")
        }
    }

    @Test func aMissingFolderIsNamed() throws {
        let error = try #require(openError(folder.path("no/such/folder/figures.sqlite")))
        #expect(error.reason == .missingFolder)
        #expect(error.message.contains("does not exist"))
    }

    @Test func aLocationThatCannotBeWrittenIsRefusedWithoutLeavingAFile() throws {
        // /proc refuses new files even to root, where file permissions do not.
        let error = try #require(openError("/proc/innodash-test.sqlite"))
        #expect(error.reason == .cannotCreate)
        #expect(error.message.contains("cannot create"))
    }

    @Test func anEmptyFileBecomesANewDatabase() throws {
        let path = folder.path("empty.sqlite")
        #expect(FileManager.default.createFile(atPath: path, contents: Data()))
        let store = try SQLiteFigureStore(path: path, seed: [FigureEntry(series: SeriesID(region: "r", indicator: "t"), year: 2020, value: 1)])
        #expect(store.wasCreated)
        #expect(try store.figures().count == 1)
    }
    @Test func aNewDatabaseAsksForItsFirstFiguresOnlyOnce() throws {
        let path = folder.path("seeded.sqlite")
        var asked = 0
        let seeding = { () -> [FigureEntry] in
            asked += 1
            return [FigureEntry(series: SeriesID(region: "r", indicator: "t"), year: 2020, value: 1)]
        }
        _ = try SQLiteFigureStore(path: path, opening: StoreOpening(seeding: seeding))
        let reopened = try SQLiteFigureStore(path: path, opening: StoreOpening(seeding: seeding))
        #expect(asked == 1)
        #expect(try reopened.figures().count == 1)
    }
}
