import GRDB
import InnoCore

/// SQLite's errors in the analyst's words: what went wrong with the database file and what
/// to do. Nothing is lost when these happen: the transaction is rolled back whole.
enum DatabaseErrorMessage {
    static func storeError(_ error: any Error, path: String) -> StoreError {
        let (_, message) = describe(error, path: path, settingUp: false)
        return StoreError(message)
    }

    static func openError(_ error: any Error, path: String) -> StoreOpenError {
        if let error = error as? StoreOpenError { return error }
        let (reason, message) = describe(error, path: path, settingUp: true)
        return StoreOpenError(reason, message)
    }

    /// While a database is set up, a disk that cannot take its write-ahead log and shared
    /// memory shows in SQLite's later statements as anything (with 8 to 32 KB free, as
    /// `no such table: grdb_migrations`): then any failure but a damaged or foreign file or
    /// a busy database is put to the disk when the disk has a problem.
    private static func describe(_ error: any Error, path: String, settingUp: Bool) -> (StoreOpenError.Reason, String) {
        guard let error = error as? DatabaseError else {
            return (.cannotOpen, "cannot use the database \(path): \(error)")
        }
        let diskFailures: [ResultCode] = [.SQLITE_READONLY, .SQLITE_PERM, .SQLITE_CANTOPEN, .SQLITE_FULL, .SQLITE_IOERR]
        let notTheDisk: [ResultCode] = [.SQLITE_CORRUPT, .SQLITE_NOTADB, .SQLITE_BUSY, .SQLITE_LOCKED]
        let mayBeTheDisk = diskFailures.contains(error.resultCode) || (settingUp && !notTheDisk.contains(error.resultCode))
        if mayBeTheDisk, let problem = DiskDiagnosis.problem(writing: path) {
            return (.cannotOpen, problem)
        }
        switch error.resultCode {
        case .SQLITE_BUSY, .SQLITE_LOCKED:
            return (.busy, "the database \(path) is busy: another innodash kept it locked for too long; try again, nothing was changed")
        case .SQLITE_READONLY, .SQLITE_PERM:
            return (.cannotOpen, "cannot write to the database \(path): the file or its folder is read-only; check the permissions or choose another --db path")
        case .SQLITE_CANTOPEN:
            return (.cannotOpen, "cannot open the database \(path); check that it and its folder are readable and writable")
        case .SQLITE_NOTADB:
            return (.notInnodash, "\(path) is not an innodash database: it is not an SQLite database. innodash leaves it untouched; choose another --db path")
        case .SQLITE_CORRUPT:
            return (.damaged, "the database \(path) is damaged (SQLite reports it corrupt); restore it from a backup, or export what can be read and import it into a new --db")
        case .SQLITE_FULL:
            return (.cannotOpen, "the disk holding \(path) is full; free some space and try again, nothing was changed")
        case .SQLITE_IOERR:
            return (.cannotOpen, "cannot read or write the database \(path) (input/output error); check the disk, nothing was changed")
        default:
            return (.cannotOpen, "the database \(path) refused the change: \(error.message ?? "\(error.resultCode)")")
        }
    }
}
