import Foundation

/// Reads a whole file with a bound on its size, so that a wrong path (a device such as
/// /dev/zero, a log of gigabytes) is refused with a message instead of filling memory.
public enum FileContents {
    /// Why a file could not be read, in words that complete "cannot read the file (…)".
    public enum Failure: Error, Sendable, Equatable {
        case missing
        case isFolder
        case unreadable(String)
        /// The file holds more than `limit` bytes.
        case tooLarge(limit: Int)

        public var reason: String {
            switch self {
            case .missing: "no such file"
            case .isFolder: "it is a folder"
            case .unreadable(let why): why
            case .tooLarge(let limit): "it is larger than \(limit / 1_048_576) MB"
            }
        }
    }

    /// The bytes of the file at `path`, at most `limit` of them.
    public static func read(_ path: String, atMost limit: Int) throws(Failure) -> Data {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else {
            let code = errno
            if code == ENOENT || code == ENOTDIR { throw .missing }
            if code == EISDIR { throw .isFolder }
            throw .unreadable(String(cString: strerror(code)))
        }
        defer { close(descriptor) }
        var status = stat()
        if fstat(descriptor, &status) == 0, status.st_mode & S_IFMT == S_IFDIR { throw .isFolder }
        var data = Data()
        var chunk = [UInt8](repeating: 0, count: 65_536)
        while true {
            let count = chunk.withUnsafeMutableBytes { Foundation.read(descriptor, $0.baseAddress, $0.count) }
            if count == 0 { return data }
            if count < 0 {
                if errno == EINTR { continue }
                throw .unreadable(String(cString: strerror(errno)))
            }
            data.append(contentsOf: chunk[0..<count])
            if data.count > limit { throw .tooLarge(limit: limit) }
        }
    }
}
