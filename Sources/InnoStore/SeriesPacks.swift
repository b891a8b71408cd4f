import Foundation
import GRDB
import InnoCore

/// Each series' current figures kept together in one row (`series_pack`), beside the
/// `figure` table they are made from: reading a large plan's 10,000 series as 10,000 rows
/// instead of 300,000 is most of the time innodash takes to start on it.
///
/// The `figure` table stays the truth. Triggers on it list every series whose figures
/// change in `series_unpacked`, whatever writes them (this program, an older migration, a
/// hand-edit in the sqlite3 shell); a listed series is read from `figure`, its pack being
/// out of date, until `refresh` packs it again at the end of the next change. So a pack is
/// never read unless it holds what `figure` holds.
enum SeriesPacks {
    /// The tables and triggers (schema 5). Packs are rows of a table with row ids: a row of
    /// a table without them spills to a page of its own past a quarter of a page, which a
    /// series of 30 figures (1.5 KB) is.
    static let schema = """
        CREATE TABLE series_pack (
            region TEXT NOT NULL,
            indicator TEXT NOT NULL,
            figures BLOB NOT NULL,
            PRIMARY KEY (region, indicator)
        );
        CREATE TABLE series_unpacked (
            region TEXT NOT NULL,
            indicator TEXT NOT NULL,
            PRIMARY KEY (region, indicator)
        ) WITHOUT ROWID;
        CREATE TRIGGER figure_insert_unpacks AFTER INSERT ON figure
        BEGIN INSERT OR IGNORE INTO series_unpacked VALUES (NEW.region, NEW.indicator); END;
        CREATE TRIGGER figure_update_unpacks AFTER UPDATE ON figure
        BEGIN
            INSERT OR IGNORE INTO series_unpacked VALUES (OLD.region, OLD.indicator);
            INSERT OR IGNORE INTO series_unpacked VALUES (NEW.region, NEW.indicator);
        END;
        CREATE TRIGGER figure_delete_unpacks AFTER DELETE ON figure
        BEGIN INSERT OR IGNORE INTO series_unpacked VALUES (OLD.region, OLD.indicator); END;
        """

    /// The columns of `figure` a pack is made from, in the order `Encoding.pack` and the
    /// store's reader read them.
    static let figureColumns = "region, indicator, year, value, source, note, preliminary, entered_at"

    /// Packs every series listed as changed, and empties the list: run at the end of every
    /// change, in its transaction.
    static func refresh(_ db: Database) throws {
        let changed = try Row.fetchAll(db, sql: "SELECT region, indicator FROM series_unpacked").map {
            SeriesID(region: $0[0], indicator: $0[1])
        }
        guard !changed.isEmpty else { return }
        let select = try db.cachedStatement(sql: "SELECT \(figureColumns) FROM figure WHERE region = ? AND indicator = ? ORDER BY year")
        let store = try db.cachedStatement(sql: "INSERT OR REPLACE INTO series_pack (region, indicator, figures) VALUES (?, ?, ?)")
        let remove = try db.cachedStatement(sql: "DELETE FROM series_pack WHERE region = ? AND indicator = ?")
        var pack: [UInt8] = []
        for series in changed {
            try select.setArguments([series.region, series.indicator])
            try Encoding.pack(StatementRows(select), into: &pack)
            if pack.count == 5 {  // no figure
                try remove.execute(arguments: [series.region, series.indicator])
            } else {
                try store.execute(arguments: [series.region, series.indicator, Data(pack)])
            }
        }
        try db.execute(sql: "DELETE FROM series_unpacked")
    }

    /// The layout of a pack, its first byte: a pack of another layout is not read (its
    /// series is read from `figure`).
    static let format: UInt8 = 1

    /// A pack: the format byte, the number of figures (4 bytes), then for each figure in
    /// year order the year (4), the value (8), whether preliminary (1), when it was entered
    /// (8: seconds since 2001 as `Date` holds them, NaN when the stored text is not a date),
    /// and the source and the note (each a 4-byte length and its UTF-8 bytes).
    /// Little-endian.
    enum Encoding {
        /// Packs the rows of one series (`SeriesPacks.figureColumns`, in year order).
        static func pack(_ rows: StatementRows, into pack: inout [UInt8]) throws {
            pack.removeAll(keepingCapacity: true)
            pack.append(format)
            appendInteger(UInt32(0), to: &pack)
            var count: UInt32 = 0
            while try rows.next() {
                appendInteger(UInt32(truncatingIfNeeded: rows.integer(2)), to: &pack)
                appendInteger(rows.double(3).bitPattern, to: &pack)
                pack.append(rows.integer(6) != 0 ? 1 : 0)
                let enteredAt = Figures.enteredAt(rows, column: 7)
                appendInteger((enteredAt?.timeIntervalSinceReferenceDate ?? .nan).bitPattern, to: &pack)
                appendText(rows.bytes(4), to: &pack)
                appendText(rows.bytes(5), to: &pack)
                count += 1
            }
            withUnsafeBytes(of: count.littleEndian) { pack.replaceSubrange(1..<5, with: $0) }
        }

        private static func appendInteger<T: FixedWidthInteger>(_ value: T, to pack: inout [UInt8]) {
            withUnsafeBytes(of: value.littleEndian) { pack.append(contentsOf: $0) }
        }

        private static func appendText(_ bytes: UnsafeBufferPointer<UInt8>, to pack: inout [UInt8]) {
            appendInteger(UInt32(bytes.count), to: &pack)
            pack.append(contentsOf: bytes)
        }

        /// The figures of a pack, or nil when it is not a whole pack of this layout (a pack
        /// holds one figure at least: a series without figures has none).
        static func figures(_ pack: UnsafeRawBufferPointer, of series: SeriesID, sources: inout Figures.Sources) -> [Figure]? {
            var reader = Reader(pack)
            guard reader.integer(UInt8.self) == format, let count = reader.integer(UInt32.self), count > 0,
                  Int(count) <= pack.count / 29 else { return nil }  // 29 bytes: a figure without texts
            var figures: [Figure] = []
            figures.reserveCapacity(Int(count))
            for _ in 0..<count {
                guard let year = reader.integer(Int32.self), let value = reader.integer(UInt64.self),
                      let preliminary = reader.integer(UInt8.self), let entered = reader.integer(UInt64.self),
                      let source = reader.text(), let note = reader.text() else { return nil }
                let seconds = Double(bitPattern: entered)
                figures.append(Figure(series: series, year: Int(year), value: Double(bitPattern: value),
                                      source: sources.name(source, year: Int(year)), note: note.isEmpty ? "" : String(decoding: note, as: UTF8.self),
                                      isPreliminary: preliminary != 0,
                                      enteredAt: seconds.isNaN ? nil : Date(timeIntervalSinceReferenceDate: seconds)))
            }
            return reader.isAtEnd ? figures : nil
        }

        /// Reads a pack's fields in order; nil past its end.
        private struct Reader {
            let bytes: UnsafeBufferPointer<UInt8>
            var at = 0

            init(_ pack: UnsafeRawBufferPointer) {
                bytes = pack.assumingMemoryBound(to: UInt8.self)
            }

            var isAtEnd: Bool { at == bytes.count }

            mutating func integer<T: FixedWidthInteger>(_: T.Type) -> T? {
                guard bytes.count - at >= MemoryLayout<T>.size else { return nil }
                defer { at += MemoryLayout<T>.size }
                return T(littleEndian: UnsafeRawBufferPointer(bytes).loadUnaligned(fromByteOffset: at, as: T.self))
            }

            mutating func text() -> UnsafeBufferPointer<UInt8>? {
                guard let count = integer(UInt32.self).map(Int.init), bytes.count - at >= count else { return nil }
                defer { at += count }
                return UnsafeBufferPointer(rebasing: bytes[at..<(at + count)])
            }
        }
    }
}

/// Figures made from the rows of `figure` (`SeriesPacks.figureColumns`), as the store reads
/// them and as a pack holds them.
enum Figures {
    /// When a figure was entered: the stored text parsed by arithmetic, else by GRDB.
    static func enteredAt(_ rows: StatementRows, column: Int32) -> Date? {
        StoredDate.parse(rows.bytes(column)) ?? DatabaseValue(value: rows.text(column)).flatMap(Date.fromDatabaseValue)
    }

    /// The names of the sources read so far. A bulletin gives the figures of many indicators
    /// for its year: its name is kept once (the last one of each year), not made again for
    /// every figure.
    struct Sources {
        private var ofYear = [String](repeating: "", count: FigureInput.acceptedYears.count)

        mutating func name(_ bytes: UnsafeBufferPointer<UInt8>, year: Int) -> String {
            guard FigureInput.acceptedYears.contains(year) else { return String(decoding: bytes, as: UTF8.self) }
            let index = year - FigureInput.acceptedYears.lowerBound
            if Figures.same(bytes, ofYear[index]) { return ofYear[index] }
            ofYear[index] = String(decoding: bytes, as: UTF8.self)
            return ofYear[index]
        }
    }

    /// Whether a column's bytes are a text's: compared as memory, as each row is read.
    static func same(_ bytes: UnsafeBufferPointer<UInt8>, _ text: String) -> Bool {
        var text = text
        return text.withUTF8 { utf8 in
            guard bytes.count == utf8.count else { return false }
            guard let start = bytes.baseAddress, let other = utf8.baseAddress else { return true }  // both empty
            return memcmp(start, other, utf8.count) == 0
        }
    }
}
