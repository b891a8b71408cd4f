import Foundation
import Testing

/// Small file systems for the tests of a full disk and a read-only disk. Mounting needs
/// root with CAP_SYS_ADMIN; without it those tests are skipped with the reason.
enum Mounts {
    static let unavailableReason: Comment = "mounting a small tmpfs failed: these tests need root with CAP_SYS_ADMIN"

    /// Whether a tmpfs can be mounted here, tried once.
    static let available: Bool = {
        let point = FileManager.default.temporaryDirectory.appendingPathComponent("innodash-mount-\(UUID().uuidString)").path
        guard (try? FileManager.default.createDirectory(atPath: point, withIntermediateDirectories: true)) != nil else { return false }
        defer { try? FileManager.default.removeItem(atPath: point) }
        guard run(["mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", point]) else { return false }
        unmount(point)
        return true
    }()

    /// Mounts a tmpfs of `size` (such as "1m") at `folder/name`; returns its path.
    static func tmpfs(in folder: WorkFolder, name: String, size: String) throws -> String {
        let point = folder.path(name)
        try FileManager.default.createDirectory(atPath: point, withIntermediateDirectories: false)
        guard run(["mount", "-t", "tmpfs", "-o", "size=\(size),mode=0755", "tmpfs", point]) else { throw MountError() }
        return point
    }

    /// Makes `folder` read-only where it is, by a read-only bind mount over it.
    static func readOnlyBind(_ folder: String) throws -> String {
        guard run(["mount", "--bind", folder, folder]) else { throw MountError() }
        guard run(["mount", "-o", "remount,ro,bind", folder, folder]) else {
            unmount(folder)
            throw MountError()
        }
        return folder
    }

    /// Fills the file system at `point` with a file named `filler`, up to the last byte.
    static func fill(_ point: String) {
        _ = FileManager.default.createFile(atPath: point + "/filler", contents: nil)
        guard let handle = FileHandle(forWritingAtPath: point + "/filler") else { return }
        defer { try? handle.close() }
        let block = Data(count: 4096)
        while (try? handle.write(contentsOf: block)) != nil {}
        for size in [1024, 256, 64, 16, 1] {
            while (try? handle.write(contentsOf: Data(count: size))) != nil {}
        }
    }

    static func unmount(_ point: String) {
        if !run(["umount", point]) { _ = run(["umount", "-l", point]) }
    }

    @discardableResult
    private static func run(_ arguments: [String]) -> Bool {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = arguments
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        guard (try? process.run()) != nil else { return false }
        process.waitUntilExit()
        return process.terminationStatus == 0
    }

    struct MountError: Error {}
}
