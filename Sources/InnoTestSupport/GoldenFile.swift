import Foundation

/// A folder of golden files: the exact text an export or a screen must give, compared
/// byte for byte, so that a failing test reads like the screenshot it checks.
///
/// To accept a deliberate change, regenerate the files and review the diff:
/// `INNODASH_UPDATE_GOLDEN=1 swift test`, then `git diff Tests/`.
public struct GoldenFile: Sendable {
    public let folder: URL

    /// The folder `Golden` beside the test file that passes its `#filePath`.
    public init(besideTestFile path: String) {
        folder = URL(fileURLWithPath: path).deletingLastPathComponent().appendingPathComponent("Golden")
    }

    public static var isUpdating: Bool {
        ProcessInfo.processInfo.environment["INNODASH_UPDATE_GOLDEN"] == "1"
    }

    /// How `actual` differs from the golden file `name` (the first line that differs), or
    /// nil when it is the same. With INNODASH_UPDATE_GOLDEN=1 it writes the file instead.
    public func difference(_ actual: String, from name: String) throws -> String? {
        let url = folder.appendingPathComponent(name)
        if Self.isUpdating {
            try Data(actual.utf8).write(to: url, options: .atomic)
            return nil
        }
        guard let expected = try? String(contentsOf: url, encoding: .utf8) else {
            return "Golden/\(name) is missing; create it with INNODASH_UPDATE_GOLDEN=1 swift test"
        }
        guard actual != expected else { return nil }
        let actualLines = actual.components(separatedBy: "\n")
        let expectedLines = expected.components(separatedBy: "\n")
        let line = Array(zip(actualLines, expectedLines)).firstIndex { $0 != $1 } ?? min(actualLines.count, expectedLines.count)
        let got = line < actualLines.count ? actualLines[line] : "(end of output)"
        let wanted = line < expectedLines.count ? expectedLines[line] : "(end of file)"
        return """
            differs from Golden/\(name) at line \(line + 1):
              expected: \(wanted)
              actual:   \(got)
            If the change is intended: INNODASH_UPDATE_GOLDEN=1 swift test, then review git diff.
            """
    }
}
