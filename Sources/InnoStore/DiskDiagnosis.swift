import Foundation

/// Why the disk refused a write, found out after SQLite reported a failure: SQLite says
/// "input/output error" or "unable to open" for a full disk or a read-only file system (its
/// journal and shared-memory files are the first to fail), which tells the analyst nothing.
enum DiskDiagnosis {
    /// Below this many free bytes, a failed write is put down to a full disk.
    static let nearlyFull: UInt64 = 1_048_576

    /// The problem in the analyst's words, or nil when the disk looks fine.
    static func problem(writing path: String) -> String? {
        let folder = (path as NSString).deletingLastPathComponent.isEmpty ? "." : (path as NSString).deletingLastPathComponent
        var stats = statvfs()
        if statvfs(folder, &stats) == 0 {
            if stats.f_flag & UInt(ST_RDONLY) != 0 {
                return "cannot write to the database \(path): it is on a read-only file system; copy it to a writable folder and open the copy with --db PATH. Nothing was changed"
            }
            if UInt64(stats.f_bavail) * UInt64(stats.f_frsize) < nearlyFull {
                return "the disk holding \(path) is full; free some space and try again. Nothing was changed"
            }
        }
        if access(path, W_OK) != 0 && errno == EACCES {
            return "cannot write to the database \(path): the file is read-only; give yourself write permission (chmod u+w) or choose another --db path. Nothing was changed"
        }
        if access(folder, W_OK) != 0 && errno == EACCES {
            return "cannot write beside the database \(path): its folder is read-only, and SQLite keeps its journal there; make the folder writable or choose another --db path. Nothing was changed"
        }
        return nil
    }
}
