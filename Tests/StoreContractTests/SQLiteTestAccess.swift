import GRDB

/// Statements run on an SQLite database behind the store's back.
enum SQLiteTestAccess {
    static func execute(_ sql: String, path: String) throws {
        let queue = try DatabaseQueue(path: path)
        try queue.write { try $0.execute(sql: sql) }
        try queue.close()
    }
}
