import Foundation
import InnoCore
import InnoPostgres
import InnoStore

/// The URL of the PostgreSQL server the PostgreSQL cases run against (`.ci/run` starts one);
/// nil: they are skipped.
let postgresURL = ProcessInfo.processInfo.environment["INNODASH_TEST_POSTGRES"].flatMap { $0.isEmpty ? nil : $0 }

/// Makes the stores of one kind for one test: the first `open` creates the database with
/// its seed; each later one is another connection to the same database (as another process
/// or a restart would open it).
protocol StoreMaker: AnyObject {
    var name: String { get }
    /// Whether a second `open` reaches the same figures (not for a store held in memory).
    var isShared: Bool { get }
    func open(seed: [FigureEntry], clock: @escaping () -> Date) throws -> any FigureStore
    /// Makes every later write of a figure of `year` fail inside the database (a full disk,
    /// a bad row), to see that a change is all or nothing.
    func failWrites(ofYear year: Int) throws
    /// Tries to change and to delete the revision log behind the store's back; true when
    /// both were refused.
    func logRefusesRewrites() throws -> Bool
}

extension StoreMaker {
    func open(seed: [FigureEntry] = []) throws -> any FigureStore {
        try open(seed: seed, clock: Date.init)
    }
}

final class InMemoryMaker: StoreMaker {
    let name = "in memory"
    let isShared = false
    func open(seed: [FigureEntry], clock: @escaping () -> Date) throws -> any FigureStore {
        InMemoryFigureStore(figures: seed.map { Figure(series: $0.series, year: $0.year, value: $0.value, source: $0.source, note: $0.note, isPreliminary: $0.isPreliminary) }, clock: clock)
    }
    func failWrites(ofYear year: Int) throws {}
    func logRefusesRewrites() throws -> Bool { true }
}

final class SQLiteMaker: StoreMaker {
    let name = "SQLite"
    let isShared = true
    let folder: URL
    var path: String { folder.appendingPathComponent("figures.sqlite").path }

    init() {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("innodash-contract-\(UUID().uuidString)")
        try! FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(at: folder) }

    func open(seed: [FigureEntry], clock: @escaping () -> Date) throws -> any FigureStore {
        try SQLiteFigureStore(path: path, seed: seed, clock: clock)
    }

    func failWrites(ofYear year: Int) throws {
        try SQLiteTestAccess.execute("CREATE TRIGGER fail_\(year) BEFORE INSERT ON figure WHEN NEW.year = \(year) BEGIN SELECT RAISE(ABORT, 'disk full'); END", path: path)
    }

    func logRefusesRewrites() throws -> Bool {
        let update = (try? SQLiteTestAccess.execute("UPDATE revision SET new_value = 9", path: path)) == nil
        let delete = (try? SQLiteTestAccess.execute("DELETE FROM revision", path: path)) == nil
        return update && delete
    }
}

final class PostgresMaker: StoreMaker {
    let name = "PostgreSQL"
    let isShared = true
    let database = "innodash_t_" + UUID().uuidString.prefix(8).lowercased()
    let url: String

    init() throws {
        url = try PostgresAdmin.createDatabase(database, besides: postgresURL!)
    }

    deinit { try? PostgresAdmin.dropDatabase(database, besides: postgresURL!) }

    func open(seed: [FigureEntry], clock: @escaping () -> Date) throws -> any FigureStore {
        try PostgresFigureStore(url: url, opening: StoreOpening(seeding: { seed }), clock: clock)
    }

    func failWrites(ofYear year: Int) throws {
        try PostgresAdmin.execute("""
            CREATE FUNCTION innodash.fail() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'disk full'; END $$;
            CREATE TRIGGER fail_\(year) BEFORE INSERT ON innodash.figure FOR EACH ROW WHEN (NEW.year = \(year)) EXECUTE FUNCTION innodash.fail();
            """, url: url)
    }

    func logRefusesRewrites() throws -> Bool {
        let update = (try? PostgresAdmin.execute("UPDATE innodash.revision SET new_value = 9", url: url)) == nil
        let delete = (try? PostgresAdmin.execute("DELETE FROM innodash.revision", url: url)) == nil
        let truncate = (try? PostgresAdmin.execute("TRUNCATE innodash.revision", url: url)) == nil
        return update && delete && truncate
    }
}
