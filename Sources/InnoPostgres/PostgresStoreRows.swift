import Foundation
import InnoCore
import NIOCore
import PostgresNIO

/// The PostgreSQL store's rows: the transaction of a change, the statements that append to
/// the revision log and write the figures, and reading rows into figures and revisions.
extension PostgresFigureStore {

    /// Plans a change from the current state and writes its rows, with a notification to the
    /// other clients, in one transaction that holds the write lock.
    func change(copying: Bool = false, _ plan: () throws(StoreError) -> [Revision]) throws(StoreError) -> [Revision] {
        try session.transaction(doing: .writing) { () throws(StoreError) -> [Revision] in
            try session.query("SELECT pg_advisory_xact_lock(\(PostgresSchema.writeLock))", doing: .writing)
            let rows = try plan()
            try write(rows, keepingAuthors: copying)  // notifies when there are rows
            if rows.isEmpty { try session.query("SELECT pg_notify(\(PostgresSession.channel), '')", doing: .writing) }
            return rows
        }
    }

    /// Appends the rows to `revision` and leaves each figure as the last of its rows leaves
    /// it (as `StoreRows.write` does in SQLite). The author of a new row is the role
    /// (`current_user`); `keepingAuthors` writes the rows' own (a copy: nil from SQLite).
    func write(_ rows: [Revision], keepingAuthors: Bool = false) throws(StoreError) {
        // One statement per thousand rows (a save is one): the rows appended, the figures
        // they leave written or cleared, and the other clients notified, so that a save
        // costs few round trips. A later batch's rows come after an earlier one's.
        let batch = 1000
        var start = 0
        while start < rows.count {
            let part = rows[start..<min(start + batch, rows.count)]
            var values = ""
            let columns = keepingAuthors ? 17 : 16
            var binds = PostgresBindings(capacity: part.count * columns)
            for (index, row) in part.enumerated() {
                let base = index * columns
                values += (index == 0 ? "" : ",") + "(" + (1...columns).map { "$\(base + $0)" }.joined(separator: ",") + (keepingAuthors ? ")" : ",current_user)")
                binds.append(row.id)
                binds.append(row.change)
                binds.append(row.series.region)
                binds.append(row.series.indicator)
                binds.append(row.year)
                binds.append(row.action.rawValue)
                binds.append(row.oldValue)
                binds.append(row.oldSource)
                binds.append(row.oldNote)
                binds.append(row.oldPreliminary)
                binds.append(row.newValue)
                binds.append(row.source)
                binds.append(row.note)
                binds.append(row.isPreliminary)
                binds.append(row.at)
                binds.append(row.undoes)
                if keepingAuthors { binds.append(row.author) }
            }
            try session.query(PostgresQuery(unsafeSQL: """
                WITH appended AS (
                    INSERT INTO innodash.revision (id, change, region, indicator, year, action, old_value, old_source, old_note, old_preliminary,
                                                   new_value, source, note, preliminary, at, undoes, author)
                    VALUES \(values)
                    RETURNING id, region, indicator, year, new_value, source, note, preliminary, at
                ), last AS (
                    SELECT DISTINCT ON (region, indicator, year) region, indicator, year, new_value, source, note, preliminary, at
                    FROM appended ORDER BY region, indicator, year, id DESC
                ), cleared AS (
                    DELETE FROM innodash.figure f USING last l
                    WHERE l.new_value IS NULL AND f.region = l.region AND f.indicator = l.indicator AND f.year = l.year
                ), written AS (
                    INSERT INTO innodash.figure (region, indicator, year, value, source, note, preliminary, entered_at)
                    SELECT region, indicator, year, new_value, source, note, preliminary, at FROM last WHERE new_value IS NOT NULL
                    ON CONFLICT (region, indicator, year) DO UPDATE SET value = excluded.value, source = excluded.source,
                        note = excluded.note, preliminary = excluded.preliminary, entered_at = excluded.entered_at
                )
                SELECT pg_notify('\(PostgresSession.channel)', '')
                """, binds: binds), doing: .writing)
            start += batch
        }
    }

    struct FigureKey: Hashable {
        var series: SeriesID
        var year: Int
    }

    /// The current figures of the given series, in one statement (an import of thousands of
    /// figures looks each up here, not in a statement of its own).
    func figures(ofSeries series: Set<SeriesID>) throws(StoreError) -> [FigureKey: FigureEntry] {
        guard !series.isEmpty else { return [:] }
        let list = Array(series)
        let rows = try session.query("""
            SELECT f.region, f.indicator, f.year, f.value, f.source, f.note, f.preliminary
            FROM innodash.figure f JOIN unnest(\(list.map(\.region)), \(list.map(\.indicator))) AS s(region, indicator)
            ON f.region = s.region AND f.indicator = s.indicator
            """)
        var current: [FigureKey: FigureEntry] = [:]
        for row in rows {
            let entry = try entry(row)
            current[FigureKey(series: entry.series, year: entry.year)] = entry
        }
        return current
    }

    func currentFigure(_ series: SeriesID, _ year: Int) throws(StoreError) -> FigureEntry? {
        try session.query("""
            SELECT region, indicator, year, value, source, note, preliminary FROM innodash.figure
            WHERE region = \(series.region) AND indicator = \(series.indicator) AND year = \(year)
            """).first.map { row throws(StoreError) in try entry(row) }
    }

    func logPage(below id: Int64, size: Int) throws(StoreError) -> [Revision] {
        try session.query("SELECT \(unescaped: PostgresSchema.revisionColumns) FROM innodash.revision WHERE id < \(id) ORDER BY id DESC LIMIT \(size)")
            .map { row throws(StoreError) in try revision(row) }
    }

    func nextID() throws(StoreError) -> Int64 {
        try session.query("SELECT COALESCE(MAX(id), 0) + 1 FROM innodash.revision").first.map { row throws(StoreError) in try decode(Int64.self, row, 0) } ?? 1
    }

    func registeredPlansNow() throws(StoreError) -> [StoredPlan] {
        try session.query("SELECT id, content, file, shipped FROM innodash.plan ORDER BY registered_at, position").map { row throws(StoreError) in
            StoredPlan(id: try decode(String.self, row, 0), content: try decode(Data.self, row, 1), file: try decode(String.self, row, 2),
                       isShipped: try decode(Bool.self, row, 3))
        }
    }

    func insertPlan(_ plan: StoredPlan, at time: Date) throws(StoreError) {
        var binds = PostgresBindings(capacity: 5)
        binds.append(plan.id)
        binds.append(ByteBuffer(bytes: plan.content))
        binds.append(plan.file)
        binds.append(plan.isShipped)
        binds.append(time)
        try session.query(PostgresQuery(unsafeSQL: """
            INSERT INTO innodash.plan (id, content, file, shipped, registered_at) VALUES ($1, $2, $3, $4, $5)
            ON CONFLICT (id) DO UPDATE SET content = excluded.content, file = excluded.file, shipped = excluded.shipped
            """, binds: binds), doing: .writing)
    }

    /// The time of a change, to the millisecond, as the SQLite store keeps it.
    func now() -> Date {
        Date(timeIntervalSince1970: (clock().timeIntervalSince1970 * 1000).rounded(.down) / 1000)
    }

    func figure(_ row: PostgresRow) throws(StoreError) -> Figure {
        let cells = row.makeRandomAccess()
        return Figure(series: SeriesID(region: try cell(String.self, cells, 0), indicator: try cell(String.self, cells, 1)),
                      year: try cell(Int.self, cells, 2), value: try cell(Double.self, cells, 3), source: try cell(String.self, cells, 4),
                      note: try cell(String.self, cells, 5), isPreliminary: try cell(Bool.self, cells, 6), isRevised: try cell(Bool.self, cells, 8),
                      enteredAt: try cell(Date.self, cells, 7))
    }

    func entry(_ row: PostgresRow) throws(StoreError) -> FigureEntry {
        let cells = row.makeRandomAccess()
        return FigureEntry(series: SeriesID(region: try cell(String.self, cells, 0), indicator: try cell(String.self, cells, 1)),
                           year: try cell(Int.self, cells, 2), value: try cell(Double.self, cells, 3), source: try cell(String.self, cells, 4),
                           note: try cell(String.self, cells, 5), isPreliminary: try cell(Bool.self, cells, 6))
    }

    func revision(_ row: PostgresRow) throws(StoreError) -> Revision {
        let c = row.makeRandomAccess()
        var revision = Revision(
            id: try cell(Int64.self, c, 0), series: SeriesID(region: try cell(String.self, c, 2), indicator: try cell(String.self, c, 3)),
            year: try cell(Int.self, c, 4), action: Revision.Action(rawValue: try cell(String.self, c, 5)) ?? .enter,
            oldValue: try cell(Double?.self, c, 6), newValue: try cell(Double?.self, c, 10), source: try cell(String.self, c, 11),
            note: try cell(String.self, c, 12), isPreliminary: try cell(Bool.self, c, 13), at: try cell(Date.self, c, 14),
            undoes: try cell(Int64?.self, c, 15), change: try cell(Int64.self, c, 1), oldSource: try cell(String.self, c, 7),
            oldNote: try cell(String.self, c, 8), oldPreliminary: try cell(Bool.self, c, 9))
        revision.author = try cell(String?.self, c, 16)
        return revision
    }

    func cell<T: PostgresDecodable>(_ type: T.Type, _ cells: PostgresRandomAccessRow, _ index: Int) throws(StoreError) -> T {
        do {
            return try cells[index].decode(T.self)
        } catch {
            throw StoreError("\(location) holds a value innodash cannot read in column \(index + 1): \(error)")
        }
    }

    func decode<T: PostgresDecodable>(_ type: T.Type, _ row: PostgresRow, _ index: Int) throws(StoreError) -> T {
        try cell(type, row.makeRandomAccess(), index)
    }
}
