import Foundation

/// Runs the built programs (innodash, StoreWriter) as a user or a script would.
enum Program {
    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// The built executable `name`, found beside the test bundle (.build/debug).
    static func url(_ name: String) -> URL {
        var folders: [URL] = []
        if let executable = Bundle.main.executableURL { folders.append(executable.deletingLastPathComponent()) }
        folders.append(Bundle.main.bundleURL.deletingLastPathComponent())
        folders.append(URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent())
        for start in folders {
            var folder = start
            for _ in 0..<4 {
                let candidate = folder.appendingPathComponent(name)
                if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
                folder.deleteLastPathComponent()
            }
        }
        fatalError("cannot find the built \(name) near \(folders.map(\.path)); run `swift build` first")
    }

    /// Starts `name` with `arguments` in `folder`; standard output and error go to files.
    static func start(_ name: String, _ arguments: [String], in folder: URL, stderr: Any? = nil) throws -> (Process, URL, URL) {
        try start(url(name), arguments, in: folder, stderr: stderr)
    }

    static func start(_ executable: URL, _ arguments: [String], in folder: URL, stderr: Any? = nil) throws -> (Process, URL, URL) {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.currentDirectoryURL = folder
        let id = UUID().uuidString
        let out = folder.appendingPathComponent(".stdout-\(id)")
        let err = folder.appendingPathComponent(".stderr-\(id)")
        _ = FileManager.default.createFile(atPath: out.path, contents: nil)
        _ = FileManager.default.createFile(atPath: err.path, contents: nil)
        process.standardOutput = try FileHandle(forWritingTo: out)
        if let stderr {
            process.standardError = stderr
        } else {
            process.standardError = try FileHandle(forWritingTo: err)
        }
        process.standardInput = FileHandle.nullDevice
        try process.run()
        return (process, out, err)
    }

    /// Runs innodash to the end.
    @discardableResult
    static func innodash(_ arguments: [String], in folder: URL) throws -> Result {
        try run("innodash", arguments, in: folder)
    }

    static func run(_ name: String, _ arguments: [String], in folder: URL) throws -> Result {
        try runExecutable(url(name), arguments, in: folder)
    }

    /// Runs the program at `executable` to the end.
    static func runExecutable(_ executable: URL, _ arguments: [String], in folder: URL) throws -> Result {
        let (process, out, err) = try start(executable, arguments, in: folder)
        process.waitUntilExit()
        defer {
            try? FileManager.default.removeItem(at: out)
            try? FileManager.default.removeItem(at: err)
        }
        return Result(status: process.terminationStatus,
                      stdout: (try? String(contentsOf: out, encoding: .utf8)) ?? "",
                      stderr: (try? String(contentsOf: err, encoding: .utf8)) ?? "")
    }
}

/// A fresh working folder for one test, removed when the test is done.
final class WorkFolder {
    let url: URL

    init() {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("innodash-cli-\(UUID().uuidString)")
        try! FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    deinit {
        try? FileManager.default.removeItem(at: url)
    }

    func path(_ name: String) -> String {
        url.appendingPathComponent(name).path
    }

    func write(_ name: String, _ text: String) throws {
        try Data(text.utf8).write(to: url.appendingPathComponent(name))
    }

    func read(_ name: String) -> Data? {
        FileManager.default.contents(atPath: path(name))
    }
}

/// A plan of `count` indicator targets t0, t1, … (no goals), for tests that need many figures.
func generatedPlan(targets count: Int, id: String = "generated") -> String {
    let targets = (0..<count).map { i in
        #"{"id": "t\#(i)", "group": "g", "kind": "numeric", "name": {"en": "T\#(i)", "zh": "T\#(i)"}, "unit": {"en": "x", "zh": "x"}, "direction": "up", "decimals": 2, "source": "generated"}"#
    }
    return #"{"plan": {"id": "\#(id)", "title": {"en": "Generated", "zh": "生成"}, "region": {"en": "Test", "zh": "测试"}, "source": "generated"}, "groups": [{"id": "g", "name": {"en": "G", "zh": "G"}}], "targets": ["#
        + targets.joined(separator: ",\n") + "]}\n"
}
