import GRDB
import GRDBSQLite

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

    /// The column's blob, valid until the next step.
    func blob(_ column: Int32) -> UnsafeRawBufferPointer {
        UnsafeRawBufferPointer(start: sqlite3_column_blob(statement.sqliteStatement, column),
                               count: Int(sqlite3_column_bytes(statement.sqliteStatement, column)))
    }

    func integer(_ column: Int32) -> Int {
        Int(sqlite3_column_int64(statement.sqliteStatement, column))
    }

    func double(_ column: Int32) -> Double {
        sqlite3_column_double(statement.sqliteStatement, column)
    }
}
