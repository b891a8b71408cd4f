import Foundation
import GRDB
import InnoCore
import InnoStore
import InnoTestSupport
import Testing

/// The figures read at start come from each series' pack (one row per series); these
/// tests hold them to the figures' own rows, which stay the truth.
@Suite struct SeriesPacksTests {
    let folder = TemporaryFolder()
    var path: String { folder.path("figures.sqlite") }

    func entry(_ series: SeriesID, _ year: Int, _ value: Double, source: String = "bulletin", note: String = "", preliminary: Bool = false) -> FigureEntry {
        FigureEntry(series: series, year: year, value: value, source: source, note: note, isPreliminary: preliminary)
    }

    /// The figures as the rows of `figure` give them: every series listed as changed, so
    /// that no pack is read (through another connection, as the sqlite3 shell would).
    func figuresFromRows() throws -> FigureSet {
        let raw = try DatabaseQueue(path: path)
        try raw.write { db in
            try db.execute(sql: "INSERT OR IGNORE INTO series_unpacked SELECT DISTINCT region, indicator FROM figure")
        }
        try raw.close()
        return try SQLiteFigureStore(path: path).figures()
    }

    /// Every figure, with everything a screen or an export shows of it.
    func described(_ figures: FigureSet) -> [String] {
        figures.all.map { "\($0.series) \($0.year) \($0.value) [\($0.source)] [\($0.note)] \($0.isPreliminary) \($0.isRevised) \(String(describing: $0.enteredAt?.timeIntervalSinceReferenceDate))" }
    }

    /// Random changes of every kind, in Chinese and English, over a few series: after each,
    /// what the store reads at start is what the rows hold, to the millisecond of entry.
    @Test(arguments: [1, 2, 3])
    func afterAnyChangeTheFiguresReadAtStartAreTheRowsFigures(seed: UInt64) throws {
        var random = SeededRandom(seed: seed)
        let series = [SeriesID(region: "chongqing", indicator: "rd_gdp"), SeriesID(region: "china", indicator: "patents"),
                      SeriesID(region: "sichuan", indicator: "高新技术企业")]
        let sources = ["2019年统计公报", "Statistical Communiqué 2020", "", "typed"]
        var clock = Date(timeIntervalSince1970: 1_700_000_000.123)
        let store = try SQLiteFigureStore(path: path, seed: [], clock: { clock })
        for _ in 0..<60 {
            clock += Double(Int.random(in: 0..<100_000, using: &random)) / 1000
            let s = series[Int.random(in: 0..<series.count, using: &random)], year = 2015 + Int.random(in: 0..<8, using: &random)
            let value = Double(Int.random(in: 0..<10_000, using: &random)) / 100
            switch Int.random(in: 0..<6, using: &random) {
            case 0: try store.record(entry(s, year, value, source: sources[Int.random(in: 0..<sources.count, using: &random)], note: Int.random(in: 0..<3, using: &random) == 0 ? "口径调整" : ""))
            case 1: try store.delete(series: s, year: year)
            case 2: try store.importFigures((0..<Int.random(in: 0..<5, using: &random)).map { i in
                        FigureUpdate(entry(series[(i + year) % series.count], 2015 + (year + i) % 8, value + Double(i), preliminary: i % 2 == 0)) })
            case 3: _ = try? store.undo()
            case 4: _ = try? store.redo()
            default: try store.record(entry(s, year, value, preliminary: true))
            }
            let atStart = try SQLiteFigureStore(path: path).figures()
            #expect(described(atStart) == described(try figuresFromRows()))
        }
        #expect(try store.figures().count > 0)
    }

    /// A figure changed behind innodash's back (the sqlite3 shell, another program) is read
    /// as it is now, not as its series was packed.
    @Test func aFigureChangedByAnotherProgramIsReadAsItIsNow() throws {
        let rd = SeriesID(region: "chongqing", indicator: "rd_gdp")
        _ = try SQLiteFigureStore(path: path, seed: [entry(rd, 2019, 1.99), entry(rd, 2020, 2.11)])
        let raw = try DatabaseQueue(path: path)
        try raw.write { db in
            try db.execute(sql: "UPDATE figure SET value = 2.15 WHERE year = 2020")
            try db.execute(sql: "DELETE FROM figure WHERE year = 2019")
            try db.execute(sql: "INSERT INTO figure SELECT region, indicator, 2021, 2.3, source, note, preliminary, entered_at FROM figure WHERE year = 2020")
        }
        try raw.close()
        let store = try SQLiteFigureStore(path: path)
        #expect(try store.figures().series(rd).map(\.year) == [2020, 2021])
        #expect(try store.figures().series(rd).map(\.value) == [2.15, 2.3])
        // The next change, of anything, packs the series again, as it is now.
        try store.clearScenario()
        let listed = try DatabaseQueue(path: path).read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM series_unpacked") }
        #expect(listed == 0)
        #expect(try SQLiteFigureStore(path: path).figures().series(rd).map(\.value) == [2.15, 2.3])
    }

    /// A pack this program cannot read (cut short, or of another layout) costs nothing: its
    /// series is read from its rows, every figure of it.
    @Test(arguments: ["x'01'", "x'02'", "substr(figures, 1, length(figures) - 3)", "figures || x'00'"])
    func aPackThatCannotBeReadIsReadFromItsRows(damage: String) throws {
        let rd = SeriesID(region: "chongqing", indicator: "rd_gdp"), patents = SeriesID(region: "china", indicator: "patents")
        let store = try SQLiteFigureStore(path: path, seed: [entry(rd, 2019, 1.99), entry(rd, 2020, 2.11, note: "初步核算"), entry(patents, 2020, 15.8)])
        let before = described(try store.figures())
        let raw = try DatabaseQueue(path: path)
        try raw.write { db in try db.execute(sql: "UPDATE series_pack SET figures = \(damage) WHERE indicator = 'rd_gdp'") }
        try raw.close()
        #expect(described(try SQLiteFigureStore(path: path).figures()) == before)
    }

    /// A database of the last release (schema 4, no packs) is packed when opened, and
    /// reads the same figures.
    @Test func aDatabaseOfTheLastReleaseIsPackedWhenOpened() throws {
        let rd = SeriesID(region: "chongqing", indicator: "rd_gdp")
        let store = try SQLiteFigureStore(path: path, seed: [entry(rd, 2019, 1.99), entry(rd, 2020, 2.11, preliminary: true)])
        try store.record(entry(rd, 2020, 2.15))
        let before = described(try store.figures())
        let raw = try DatabaseQueue(path: path)
        try raw.write { db in
            try db.execute(sql: """
                DROP TABLE series_pack; DROP TABLE series_unpacked;
                DROP TRIGGER figure_insert_unpacks; DROP TRIGGER figure_update_unpacks; DROP TRIGGER figure_delete_unpacks;
                DELETE FROM grdb_migrations WHERE identifier = 'v5-series-packs';
                PRAGMA user_version = 4;
                """)
        }
        try raw.close()
        #expect(described(try SQLiteFigureStore(path: path).figures()) == before)
        let packed = try DatabaseQueue(path: path).read { db in
            (try Int.fetchOne(db, sql: "SELECT count(*) FROM series_pack"), try Int.fetchOne(db, sql: "SELECT count(*) FROM series_unpacked"))
        }
        #expect(packed.0 == 1 && packed.1 == 0)
    }
}
