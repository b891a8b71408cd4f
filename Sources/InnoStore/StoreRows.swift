import Foundation
import GRDB
import GRDBSQLite
import InnoCore

/// Reading and writing the rows of one change, for the store and for the setting up of a
/// new database. Prepared statements rather than records: an import writes a hundred
/// thousand rows in seconds.
enum StoreRows {
    /// Appends the rows to `revision` and leaves each figure in `figure` as the last of its
    /// rows leaves it.
    static func write(_ rows: [Revision], to db: Database) throws {
        guard let firstID = rows.map(\.id).min(), let lastID = rows.map(\.id).max() else { return }
        var revisions = BatchInsert(db, """
            INSERT INTO revision (id, change, target, year, action, old_value, old_source, old_note, old_preliminary,
                                  new_value, source, note, preliminary, at, undoes) VALUES
            """, columns: 15)
        // The rows of a change share their time: written as text once, as formatting a date
        // costs more than writing the row.
        var time: (date: Date, value: DatabaseValue)?
        var clearedLast: [FigureKey: Bool] = [:]
        for row in rows {
            let at: DatabaseValue
            if let time, time.date == row.at {
                at = time.value
            } else {
                at = row.at.databaseValue
                time = (row.at, at)
            }
            try revisions.add(
                row.id.databaseValue, row.change.databaseValue, row.targetID.databaseValue, row.year.databaseValue,
                row.action.rawValue.databaseValue, row.oldValue.databaseValue, row.oldSource.databaseValue,
                row.oldNote.databaseValue, row.oldPreliminary.databaseValue, row.newValue.databaseValue,
                row.source.databaseValue, row.note.databaseValue, row.isPreliminary.databaseValue, at, row.undoes.databaseValue
            )
            clearedLast[FigureKey(targetID: row.targetID, year: row.year)] = row.newValue == nil
        }
        try revisions.flush()
        // Each figure from the rows just written, in order, so that a later row of the same
        // figure replaces an earlier one: one statement, however large the change.
        try db.execute(sql: """
            INSERT OR REPLACE INTO figure (target, year, value, source, note, preliminary, entered_at)
            SELECT target, year, new_value, source, note, preliminary, at FROM revision
            WHERE id BETWEEN ? AND ? AND new_value IS NOT NULL ORDER BY id
            """, arguments: [firstID, lastID])
        let delete = try db.cachedStatement(sql: "DELETE FROM figure WHERE target = ? AND year = ?")
        for (key, cleared) in clearedLast where cleared {
            try delete.execute(arguments: [key.targetID, key.year])
        }
    }

    private struct FigureKey: Hashable {
        var targetID: String
        var year: Int
    }

    static func figure(_ db: Database, _ targetID: String, _ year: Int) throws -> FigureEntry? {
        let statement = try db.cachedStatement(sql: "SELECT value, source, note, preliminary FROM figure WHERE target = ? AND year = ?")
        guard let row = try Row.fetchOne(statement, arguments: [targetID, year]) else { return nil }
        return FigureEntry(targetID: targetID, year: year, value: row[0], source: row[1], note: row[2], isPreliminary: row[3])
    }

    static func nextID(_ db: Database) throws -> Int64 {
        (try Int64.fetchOne(db, sql: "SELECT MAX(id) FROM revision") ?? 0) + 1
    }
}

/// The current figures during the planning of a change, read a target at a time: the first
/// question about a target reads all its figures, so that an import of 300,000 rows asks
/// the database once per target rather than once per row. Valid inside one transaction,
/// before its rows are written.
final class CurrentFigures {
    private let db: Database
    private var byTarget: [String: [Int: FigureEntry]] = [:]

    init(_ db: Database) {
        self.db = db
    }

    func figure(_ targetID: String, _ year: Int) throws -> FigureEntry? {
        if let series = byTarget[targetID] { return series[year] }
        let statement = try db.cachedStatement(sql: "SELECT year, value, source, note, preliminary FROM figure WHERE target = ?")
        var series: [Int: FigureEntry] = [:]
        let rows = try Row.fetchCursor(statement, arguments: [targetID])
        while let row = try rows.next() {
            let year: Int = row[0]
            series[year] = FigureEntry(targetID: targetID, year: year, value: row[1], source: row[2], note: row[3], isPreliminary: row[4])
        }
        byTarget[targetID] = series
        return series[year]
    }
}

/// Rows for one table, sent many to a statement (`INSERT … VALUES (…), (…), …`) in the
/// order they were added, their values bound through SQLite's C interface: an import of
/// 300,000 rows runs a few thousand statements instead of 300,000, without the cost of
/// GRDB's general argument handling for each of its 4.5 million values.
struct BatchInsert {
    /// SQLite's historical limit of 999 parameters to a statement.
    static let parameterLimit = 999

    private let db: Database
    private let prefix: String
    private let columns: Int
    private let rowsPerStatement: Int
    private var values: [DatabaseValue] = []
    private var fullStatement: Statement?

    init(_ db: Database, _ prefix: String, columns: Int) {
        self.db = db
        self.prefix = prefix
        self.columns = columns
        self.rowsPerStatement = Self.parameterLimit / columns
        values.reserveCapacity(rowsPerStatement * columns)
    }

    mutating func add(_ row: DatabaseValue...) throws {
        precondition(row.count == columns, "a row of \(row.count) values for \(columns) columns")
        values.append(contentsOf: row)
        if values.count == rowsPerStatement * columns { try flush() }
    }

    mutating func flush() throws {
        guard !values.isEmpty else { return }
        let statement = try self.statement(rows: values.count / columns)
        let handle = statement.sqliteStatement
        // The texts of the batch, end to end in one buffer that outlives the step, so that
        // SQLite reads them in place instead of copying each.
        var texts: [UInt8] = []
        var spans: [Range<Int>] = []
        for value in values {
            guard case .string(let text) = value.storage else { continue }
            let start = texts.count
            texts.append(contentsOf: text.utf8)
            spans.append(start..<texts.count)
        }
        sqlite3_reset(handle)
        let code = texts.withUnsafeBufferPointer { buffer -> Int32 in
            // A valid address even for an empty buffer: SQLite takes a null one as NULL.
            let base = UnsafeRawPointer(buffer.baseAddress ?? UnsafePointer(bitPattern: 1)!).assumingMemoryBound(to: CChar.self)
            var nextText = 0
            for (index, value) in values.enumerated() {
                let position = Int32(index + 1)
                switch value.storage {
                case .null: sqlite3_bind_null(handle, position)
                case .int64(let number): sqlite3_bind_int64(handle, position, number)
                case .double(let number): sqlite3_bind_double(handle, position, number)
                case .string:
                    let span = spans[nextText]
                    nextText += 1
                    sqlite3_bind_text(handle, position, base + span.lowerBound, Int32(span.count), Self.static)
                case .blob(let data):
                    data.withUnsafeBytes { bytes in
                        _ = sqlite3_bind_blob(handle, position, bytes.baseAddress ?? UnsafeRawPointer(bitPattern: 1), Int32(bytes.count), Self.transient)
                    }
                }
            }
            return sqlite3_step(handle)
        }
        sqlite3_reset(handle)
        sqlite3_clear_bindings(handle)
        values.removeAll(keepingCapacity: true)
        guard code == SQLITE_DONE else {
            throw DatabaseError(resultCode: ResultCode(rawValue: code), message: db.lastErrorMessage, sql: statement.sql)
        }
    }

    /// The statement for `rows` rows; the one for a full batch is prepared once.
    private mutating func statement(rows: Int) throws -> Statement {
        if rows == rowsPerStatement, let fullStatement { return fullStatement }
        let placeholders = "(" + Array(repeating: "?", count: columns).joined(separator: ",") + ")"
        let statement = try db.makeStatement(sql: prefix + " " + Array(repeating: placeholders, count: rows).joined(separator: ","))
        if rows == rowsPerStatement { fullStatement = statement }
        return statement
    }

    /// SQLite copies a blob it is given with this destructor, and reads text in place with
    /// the other.
    private static let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)
    private static let `static` = unsafeBitCast(0, to: sqlite3_destructor_type.self)
}

/// The rows of a statement read column by column through SQLite's C interface, without
/// GRDB's rows: loading 300,000 figures spends its time in SQLite, not in decoding.
struct StatementRows {
    private let statement: Statement

    init(_ statement: Statement) {
        self.statement = statement
        sqlite3_reset(statement.sqliteStatement)
    }

    /// Steps to the next row; false after the last.
    func next() throws -> Bool {
        switch sqlite3_step(statement.sqliteStatement) {
        case SQLITE_ROW: return true
        case SQLITE_DONE: return false
        case let code:
            throw DatabaseError(resultCode: ResultCode(rawValue: code), message: String(cString: sqlite3_errmsg(sqlite3_db_handle(statement.sqliteStatement))), sql: statement.sql)
        }
    }

    func text(_ column: Int32) -> String {
        String(decoding: bytes(column), as: UTF8.self)
    }

    /// The column's text as bytes, valid until the next step.
    func bytes(_ column: Int32) -> UnsafeBufferPointer<UInt8> {
        guard let bytes = sqlite3_column_text(statement.sqliteStatement, column) else { return UnsafeBufferPointer(start: nil, count: 0) }
        return UnsafeBufferPointer(start: bytes, count: Int(sqlite3_column_bytes(statement.sqliteStatement, column)))
    }

    func integer(_ column: Int32) -> Int {
        Int(sqlite3_column_int64(statement.sqliteStatement, column))
    }

    func double(_ column: Int32) -> Double {
        sqlite3_column_double(statement.sqliteStatement, column)
    }
}
