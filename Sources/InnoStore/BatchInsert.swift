import GRDB
import GRDBSQLite

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

    /// The next value of the row being added.
    mutating func append(_ value: DatabaseValue) {
        values.append(value)
    }

    /// Ends the row being added; a full batch is sent.
    mutating func endRow() throws {
        precondition(values.count % columns == 0, "a row of \(values.count % columns) values for \(columns) columns")
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
