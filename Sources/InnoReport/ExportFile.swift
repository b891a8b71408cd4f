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
    /// Writes `text` to `path`, replacing the file there.
    public static func write(_ text: String, to path: String) throws(ExportFileError) {
        try checkFolder(of: path)
        let temporary = try writeTemporary(text, beside: path)
        guard rename(temporary, path) == 0 else {
            let error = ExportFileError(path: path, reason: reason(errno))
            unlink(temporary)
            throw error
        }
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
            // link() gives the file its name only if the name is free, in one step.
            if link(temporary, path) == 0 { return path }
            let code = errno
            if code == EEXIST { continue }
            guard [EPERM, ENOTSUP, EXDEV, EMLINK, ENOSYS].contains(code) else {
                throw ExportFileError(path: path, reason: reason(code))
            }
            // A file system without hard links: check, then rename.
            if access(path, F_OK) == 0 { continue }
            if rename(temporary, path) == 0 { return path }
            throw ExportFileError(path: path, reason: reason(errno))
        }
        throw ExportFileError(path: first, reason: "\(baseName)-2.\(ext) to \(baseName)-999.\(ext) are all taken; move some away")
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
        let bytes = Array(text.utf8)
        var written = 0
        var failure: Int32 = 0
        bytes.withUnsafeBytes { buffer in
            while written < buffer.count {
                let count = Foundation.write(descriptor, buffer.baseAddress! + written, buffer.count - written)
                if count < 0 {
                    if errno == EINTR { continue }
                    failure = errno
                    return
                }
                written += count
            }
        }
        if failure == 0 && fsync(descriptor) != 0 { failure = errno }
        if close(descriptor) != 0 && failure == 0 { failure = errno }
        guard failure == 0 else {
            unlink(temporary)
            throw ExportFileError(path: path, reason: reason(failure))
        }
        return temporary
    }

    static func reason(_ code: Int32) -> String {
        switch code {
        case EACCES, EPERM: "permission denied; choose a folder you can write to"
        case ENOSPC: "the disk is full"
        case EROFS: "the file system is read-only"
        default: String(cString: strerror(code)).lowercased()
        }
    }
}
