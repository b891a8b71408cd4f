import Foundation
import InnoCore

/// Why an export could not be written, in words the user can act on.
public struct ExportFileError: Error, Sendable, Equatable, CustomStringConvertible {
    public var path: String
    public var reason: String

    public var description: String { "cannot write \(path): \(reason)" }
}

/// Writes exports to files so that a reader never sees half a file: the text goes to a
/// temporary file in the same folder, is flushed to disk, and only then takes the file's
/// name. A failure leaves no temporary file and the old file, if any, as it was.
public enum ExportFile {
    /// A file that an export never replaces, even when asked to: the database in use, the
    /// plan file. `what` names it for the message: "the figures database in use".
    public struct KeptFile: Sendable, Equatable {
        public var path: String
        public var what: String

        public init(path: String, what: String) {
            self.path = path
            self.what = what
        }
    }

    /// Writes `text` to `path`. An existing file there is replaced only when `replacing` is
    /// true, and never when it is one of `kept`, an SQLite database (known by its header,
    /// whatever its name) or not a regular file (a device, a pipe).
    public static func write(_ text: String, to path: String, replacing: Bool = true, kept: [KeptFile] = []) throws(ExportFileError) {
        try checkFolder(of: path)
        try checkReplaceable(path, replacing: replacing, kept: kept)
        let temporary = try writeTemporary(text, beside: path)
        if !replacing {
            defer { unlink(temporary) }
            // Checked above; a file that appears meanwhile is still not replaced.
            guard try linkWithoutReplacing(temporary, at: path) else {
                throw ExportFileError(path: path, reason: existsReason)
            }
            return
        }
        guard rename(temporary, path) == 0 else {
            let error = ExportFileError(path: path, reason: reason(errno))
            unlink(temporary)
            throw error
        }
    }

    static let existsReason = "the file exists; add --force to replace it, or choose another name"

    /// Refuses to replace a file that must be kept, or any file unless `replacing`.
    static func checkReplaceable(_ path: String, replacing: Bool, kept: [KeptFile]) throws(ExportFileError) {
        var existing = stat()
        guard stat(path, &existing) == 0 else { return }  // nothing there to replace
        for file in kept {
            var status = stat()
            if stat(file.path, &status) == 0, status.st_dev == existing.st_dev, status.st_ino == existing.st_ino {
                throw ExportFileError(path: path, reason: "it is \(file.what); innodash never writes over it. Choose another file name")
            }
        }
        guard existing.st_mode & S_IFMT == S_IFREG else {
            throw ExportFileError(path: path, reason: "it is not a regular file (a device or a pipe); write to standard output (-) and redirect it instead")
        }
        if isSQLiteDatabase(path) {
            throw ExportFileError(path: path, reason: "it is an SQLite database; innodash never writes over one. Choose another file name")
        }
        if !replacing {
            throw ExportFileError(path: path, reason: existsReason)
        }
    }

    /// Whether the file begins with the 16-byte header of every SQLite database.
    static func isSQLiteDatabase(_ path: String) -> Bool {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return false }
        defer { close(descriptor) }
        var header = [UInt8](repeating: 0, count: 16)
        let count = read(descriptor, &header, 16)
        return count == 16 && header == Array("SQLite format 3\0".utf8)
    }

    /// Writes `text` under the first free name of `folder`: `base.ext`, else `base-2.ext`,
    /// `base-3.ext`, … Never replaces a file, even one that appears meanwhile. Returns the
    /// path written.
    @discardableResult
    public static func writeNew(_ text: String, folder: String, baseName: String, extension ext: String) throws(ExportFileError) -> String {
        let prefix = folder.hasSuffix("/") ? folder : folder + "/"
        let first = prefix + baseName + "." + ext
        try checkFolder(of: first)
        let temporary = try writeTemporary(text, beside: first)
        defer { unlink(temporary) }
        for number in 1...999 {
            let path = number == 1 ? first : prefix + baseName + "-\(number)." + ext
            if try linkWithoutReplacing(temporary, at: path) { return path }
        }
        throw ExportFileError(path: first, reason: "\(baseName)-2.\(ext) to \(baseName)-999.\(ext) are all taken; move some away")
    }

    /// Gives the temporary file the name `path` if no file has it; false when one has.
    /// The temporary file keeps its own name too, unless the file system has no hard links.
    static func linkWithoutReplacing(_ temporary: String, at path: String) throws(ExportFileError) -> Bool {
        // link() gives the file its name only if the name is free, in one step.
        if link(temporary, path) == 0 { return true }
        let code = errno
        if code == EEXIST { return false }
        guard [EPERM, ENOTSUP, EXDEV, EMLINK, ENOSYS].contains(code) else {
            throw ExportFileError(path: path, reason: reason(code))
        }
        // A file system without hard links: check, then rename.
        if access(path, F_OK) == 0 { return false }
        if rename(temporary, path) == 0 { return true }
        throw ExportFileError(path: path, reason: reason(errno))
    }

    /// The file name of an exported summary, without extension: `innodash-summary-2020-en`.
    public static func summaryBaseName(asOf: Int, language: Language) -> String {
        "innodash-summary-\(asOf)-\(language.rawValue)"
    }

    /// Refuses a path whose folder is missing, or that is itself a folder, with a message
    /// that says what to do.
    static func checkFolder(of path: String) throws(ExportFileError) {
        let folder = (path as NSString).deletingLastPathComponent
        var isFolder: ObjCBool = false
        if !folder.isEmpty {
            guard FileManager.default.fileExists(atPath: folder, isDirectory: &isFolder) else {
                throw ExportFileError(path: path, reason: "the folder \(folder) does not exist; create it first or choose another path")
            }
            guard isFolder.boolValue else {
                throw ExportFileError(path: path, reason: "\(folder) is a file, not a folder")
            }
        }
        if path.hasSuffix("/") || (FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) && isFolder.boolValue) {
            throw ExportFileError(path: path, reason: "it is a folder; give a file name, such as \(path.hasSuffix("/") ? path : path + "/")summary.svg")
        }
    }

    /// Writes the text to a new hidden file beside `path`, flushed to disk; returns its path.
    static func writeTemporary(_ text: String, beside path: String) throws(ExportFileError) -> String {
        let folder = (path as NSString).deletingLastPathComponent
        let name = (path as NSString).lastPathComponent
        var descriptor: Int32 = -1
        var temporary = ""
        for _ in 0..<100 {
            let hidden = ".\(name).\(String(UInt32.random(in: .min ... .max), radix: 16)).tmp"
            temporary = folder.isEmpty ? hidden : folder + "/" + hidden
            descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o666)
            if descriptor >= 0 || errno != EEXIST { break }
        }
        guard descriptor >= 0 else {
            throw ExportFileError(path: path, reason: reason(errno))
        }
        var failure = writeAll(Array(text.utf8), to: descriptor)
        if failure == 0 && fsync(descriptor) != 0 { failure = errno }
        if close(descriptor) != 0 && failure == 0 { failure = errno }
        guard failure == 0 else {
            unlink(temporary)
            throw ExportFileError(path: path, reason: reason(failure))
        }
        return temporary
    }

    /// Writes all of `bytes` to an open file descriptor, however many calls that takes;
    /// returns 0, or the error number of the write that failed.
    public static func writeAll(_ bytes: [UInt8], to descriptor: Int32) -> Int32 {
        var written = 0
        return bytes.withUnsafeBytes { buffer -> Int32 in
            while written < buffer.count {
                let count = Foundation.write(descriptor, buffer.baseAddress! + written, buffer.count - written)
                if count < 0 {
                    if errno == EINTR { continue }
                    return errno
                }
                written += count
            }
            return 0
        }
    }

    /// Why a write failed, in words the user can act on.
    public static func reason(_ code: Int32) -> String {
        switch code {
        case EACCES, EPERM: "permission denied; choose a folder you can write to"
        case ENOSPC, EDQUOT: "the disk is full; free some space and try again"
        case EROFS: "the file system is read-only"
        default: String(cString: strerror(code)).lowercased()
        }
    }
}
