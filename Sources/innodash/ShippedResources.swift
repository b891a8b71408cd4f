import ArgumentParser
import Foundation

/// The plan and figures shipped inside the program's resource bundle.
///
/// Looked up beside the executable rather than through `Bundle.module`, which stops the
/// program with a trap when the bundle is missing; here a missing bundle is a message.
enum ShippedResources {
    static let bundleName = "innodash_innodash.resources"

    static func url(for name: String) throws -> URL {
        let executable = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
        var candidates = [executable.deletingLastPathComponent().appendingPathComponent(bundleName)]
        if let main = Bundle.main.executableURL?.deletingLastPathComponent() {
            candidates.append(main.appendingPathComponent(bundleName))
        }
        for bundle in candidates {
            let file = bundle.appendingPathComponent(name)
            if FileManager.default.isReadableFile(atPath: file.path) { return file }
        }
        printError("the shipped \(name) is missing: keep the folder \(bundleName) beside the innodash program, or pass --targets PATH")
        throw ExitCode(70)
    }
}
