import Foundation

/// A fresh folder for one test's plan and database, outside any tmux session's own, so
/// several sessions can share it; removed when the test is done.
final class TemporaryFolder {
    let url: URL

    init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("innodash-dash-\(UUID().uuidString.prefix(8))")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    deinit {
        try? FileManager.default.removeItem(at: url)
    }

    func path(_ name: String) -> String {
        url.appendingPathComponent(name).path
    }

    func write(_ name: String, _ text: String) throws {
        try text.write(to: url.appendingPathComponent(name), atomically: true, encoding: .utf8)
    }

    /// Runs `innodash arguments` to its end (not in a terminal), in this folder.
    func innodash(_ arguments: [String]) throws -> TmuxSession.Result {
        let command = "cd \(TmuxSession.quote(url.path)) && exec " + ([TmuxSession.binary.path] + arguments).map(TmuxSession.quote).joined(separator: " ")
        return try TmuxSession.run("/bin/sh", ["-c", command], environment: ["LANG": "C.UTF-8", "PATH": "/usr/bin:/bin"])
    }
}
