import Foundation
import Testing

/// Compares an export with its golden file in `Golden/`, byte for byte.
///
/// To accept a deliberate change of an export, regenerate the files and review the diff:
/// `INNODASH_UPDATE_GOLDEN=1 swift test --filter GoldenTests`, then `git diff Tests/`.
enum GoldenFile {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")

    static var isUpdating: Bool {
        ProcessInfo.processInfo.environment["INNODASH_UPDATE_GOLDEN"] == "1"
    }

    static func check(_ actual: String, against name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let url = folder.appendingPathComponent(name)
        if isUpdating {
            try Data(actual.utf8).write(to: url, options: .atomic)
            return
        }
        guard let expected = try? String(contentsOf: url, encoding: .utf8) else {
            Issue.record("Golden/\(name) is missing; create it with INNODASH_UPDATE_GOLDEN=1 swift test", sourceLocation: sourceLocation)
            return
        }
        if actual != expected {
            let actualLines = actual.components(separatedBy: "\n")
            let expectedLines = expected.components(separatedBy: "\n")
            let line = Array(zip(actualLines, expectedLines)).firstIndex { $0 != $1 } ?? min(actualLines.count, expectedLines.count)
            let got = line < actualLines.count ? actualLines[line] : "(end of output)"
            let wanted = line < expectedLines.count ? expectedLines[line] : "(end of file)"
            Issue.record("""
                differs from Golden/\(name) at line \(line + 1):
                  expected: \(wanted)
                  actual:   \(got)
                If the change is intended: INNODASH_UPDATE_GOLDEN=1 swift test, then review git diff.
                """, sourceLocation: sourceLocation)
        }
    }
}
