import Foundation
import GRDB

/// The checks made on a database path before innodash writes anything to it: that it is a
/// file (or can be created as one, readable by its owner only), and that an existing file
/// is an innodash database of a schema this program knows. Whatever fails, the file is left
/// as it was found.
enum DatabaseFile {
    /// What an existing or new SQLite file holds, read without writing to it.
    enum Content {
        /// No tables yet: a file innodash just created, or an empty one.
        case empty
        /// An innodash database at this schema version or an older one.
        case innodash
    }

    /// Checks the path and creates the file (mode 0600) when it does not exist.
    /// Returns whether it created the file.
    static func prepare(_ path: String) throws(StoreOpenError) -> Bool {
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) {
            if isFolder.boolValue {
                throw StoreOpenError(.isFolder, "\(path) is a folder; --db takes a database file, such as \((path as NSString).appendingPathComponent("innodash.sqlite"))")
            }
            try checkHeader(path)
            return false
        }
        let folder = (path as NSString).deletingLastPathComponent
        let folderPath = folder.isEmpty ? "." : folder
        var folderIsFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folderPath, isDirectory: &folderIsFolder), folderIsFolder.boolValue else {
            throw StoreOpenError(.missingFolder, "cannot create the database \(path): the folder \(folderPath) does not exist; create it first or choose another --db path")
        }
        let descriptor = open(path, O_CREAT | O_EXCL | O_RDWR | O_CLOEXEC, 0o600)
        if descriptor < 0 {
            let reason = String(cString: strerror(errno))
            if errno == EEXIST { return false }  // another innodash created it just now
            throw StoreOpenError(.cannotCreate, "cannot create the database \(path): \(reason); choose a folder you can write to with --db PATH")
        }
        close(descriptor)
        return true
    }

    /// Refuses a non-empty file that does not start like an SQLite database.
    private static func checkHeader(_ path: String) throws(StoreOpenError) {
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw StoreOpenError(.cannotOpen, "cannot read \(path): permission denied; check the file's permissions or choose another --db path")
        }
        defer { try? handle.close() }
        let header = (try? handle.read(upToCount: 16)) ?? Data()
        if header.isEmpty { return }  // an empty file becomes a new database
        if header != Data("SQLite format 3\0".utf8) {
            throw notInnodash(path, "it is not an SQLite database")
        }
    }

    /// Reads what the database holds, without writing.
    static func inspect(_ db: Database, path: String) throws -> Content {
        let applicationID = try Int32.fetchOne(db, sql: "PRAGMA application_id") ?? 0
        let version = try Int.fetchOne(db, sql: "PRAGMA user_version") ?? 0
        let tables = try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
        if applicationID == 0 && version == 0 && tables.isEmpty { return .empty }
        guard applicationID == StoreSchema.applicationID else {
            let holds = tables.isEmpty ? "" : " (its tables: \(tables.prefix(5).joined(separator: ", "))\(tables.count > 5 ? ", …" : ""))"
            throw notInnodash(path, "it is another program's SQLite database\(holds)")
        }
        let superseded = try StoreSchema.migrator.hasBeenSuperseded(db)
        if version > StoreSchema.version || superseded {
            throw StoreOpenError(.newerSchema, "\(path) was made by a newer innodash (schema version \(version); this one knows up to \(StoreSchema.version)); open it with that newer innodash, or choose another --db path. The file was not changed.")
        }
        return .innodash
    }

    private static func notInnodash(_ path: String, _ what: String) -> StoreOpenError {
        StoreOpenError(.notInnodash, "\(path) is not an innodash database: \(what). innodash leaves it untouched; choose another --db path (a new file is created).")
    }

    /// Removes a database file innodash created and could not finish setting up.
    static func remove(_ path: String) {
        for suffix in ["", "-wal", "-shm", "-journal"] {
            try? FileManager.default.removeItem(atPath: path + suffix)
        }
    }
}
