import Foundation
import GRDB

/// The checks made on a database path before innodash writes anything to it: that it is a
/// file (or can be created as one, readable by its owner only), and that an existing file
/// is an innodash database of a schema this program knows. Whatever fails, the file is left
/// as it was found.
///
/// Setting up is safe to interrupt: a file left empty, or with its tables but no plan
/// bound yet, is set up again the next time it is opened.
enum DatabaseFile {
    /// What an existing or new SQLite file holds, read without writing to it.
    enum Content {
        /// No tables yet: a file innodash just created, or an empty one.
        case empty
        /// An innodash database at this schema version or an older one.
        case innodash
    }

    /// Whether a database file is at `path`; refuses a folder, a device or pipe, a file that
    /// cannot be read, a file that is not SQLite, and a missing folder.
    static func exists(_ path: String) throws(StoreOpenError) -> Bool {
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) {
            if isFolder.boolValue {
                throw StoreOpenError(.isFolder, "\(path) is a folder; --db takes a database file, such as \((path as NSString).appendingPathComponent("innodash.sqlite"))")
            }
            var status = stat()
            if stat(path, &status) == 0, status.st_mode & S_IFMT != S_IFREG {
                throw StoreOpenError(.notInnodash, "\(path) is not a file (a device, a pipe or a socket); --db takes a database file, such as innodash.sqlite")
            }
            try checkHeader(path)
            return true
        }
        let folder = folderOf(path)
        var folderIsFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &folderIsFolder), folderIsFolder.boolValue else {
            throw StoreOpenError(.missingFolder, "cannot create the database \(path): the folder \(folder) does not exist; create it first or choose another --db path")
        }
        return false
    }

    /// Creates the file of a new database, readable and writable by its owner only (0600).
    /// Returns false when another process created it first.
    static func createPrivateFile(_ path: String) throws(StoreOpenError) -> Bool {
        let descriptor = open(path, O_CREAT | O_EXCL | O_RDWR | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else {
            if errno == EEXIST { return false }
            let reason = String(cString: strerror(errno))
            throw StoreOpenError(.cannotCreate, "cannot create the database \(path): \(reason); choose a folder you can write to with --db PATH")
        }
        close(descriptor)
        return true
    }

    /// Runs `body` while holding an exclusive lock on the database's folder, so that two
    /// innodash processes never set up the same new database at once. (The folder, not the
    /// file: closing another descriptor of the file would drop SQLite's own locks on it.)
    /// Without a readable folder it runs unlocked.
    static func whileSettingUp<T>(_ path: String, _ body: () throws -> T) rethrows -> T {
        let descriptor = open(folderOf(path), O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard descriptor >= 0 else { return try body() }
        defer { close(descriptor) }
        flock(descriptor, LOCK_EX)
        defer { flock(descriptor, LOCK_UN) }
        return try body()
    }

    private static func folderOf(_ path: String) -> String {
        let folder = (path as NSString).deletingLastPathComponent
        return folder.isEmpty ? "." : folder
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
        if applicationID == 0 && version == 0 {
            // Empty, or set up by an innodash that stopped before its first migration was
            // done: GRDB makes its (empty) table of applied migrations before the first one.
            if tables.isEmpty { return .empty }
            if tables == ["grdb_migrations"], try Int.fetchOne(db, sql: "SELECT count(*) FROM grdb_migrations") == 0 { return .empty }
        }
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

    /// Removes a database file innodash created and could not set up, with SQLite's
    /// companion files.
    static func remove(_ path: String) {
        for suffix in ["", "-wal", "-shm", "-journal"] {
            try? FileManager.default.removeItem(atPath: path + suffix)
        }
    }
}
