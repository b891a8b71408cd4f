import Foundation

/// Small file systems for the tests of a full disk and a read-only disk, shared by the
/// command-line and the dashboard tests. Mounting needs root with CAP_SYS_ADMIN; without it
/// those tests are skipped with `unavailableReason`. Every mount is undone by the test that
/// made it.
public enum Mounts {
    public static let unavailableReason = "mounting a small tmpfs failed: these tests need root with CAP_SYS_ADMIN"

    /// Whether a tmpfs can be mounted here, tried once.
    public static let available: Bool = {
        let point = FileManager.default.temporaryDirectory.appendingPathComponent("innodash-mount-\(UUID().uuidString)").path
        guard (try? FileManager.default.createDirectory(atPath: point, withIntermediateDirectories: true)) != nil else { return false }
        defer { try? FileManager.default.removeItem(atPath: point) }
        guard run(["mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", point]) else { return false }
        unmount(point)
        return true
    }()

    /// Mounts a tmpfs of `size` (such as "1m") on the folder `point`, which it creates.
    public static func tmpfs(at point: String, size: String) throws {
        try FileManager.default.createDirectory(atPath: point, withIntermediateDirectories: true)
        guard run(["mount", "-t", "tmpfs", "-o", "size=\(size),mode=0755", "tmpfs", point]) else { throw MountError() }
    }

    /// Makes `folder` read-only where it is, by a read-only bind mount over it.
    public static func readOnlyBind(_ folder: String) throws {
        guard run(["mount", "--bind", folder, folder]) else { throw MountError() }
        guard run(["mount", "-o", "remount,ro,bind", folder, folder]) else {
            unmount(folder)
            throw MountError()
        }
    }

    /// Fills the file system at `point` with a file named `filler`, up to the last byte.
    public static func fill(_ point: String) {
        _ = FileManager.default.createFile(atPath: point + "/filler", contents: nil)
        guard let handle = FileHandle(forWritingAtPath: point + "/filler") else { return }
        defer { try? handle.close() }
        for size in [4096, 1024, 256, 64, 16, 1] {
            while (try? handle.write(contentsOf: Data(count: size))) != nil {}
        }
    }

    /// Fills the file system at `point` with a file named `filler`, leaving `free` bytes
    /// (in whole blocks) free.
    public static func fill(_ point: String, leaving free: Int) {
        var stats = statvfs()
        guard statvfs(point, &stats) == 0 else { return }
        let available = Int(stats.f_bavail) * Int(stats.f_frsize)
        _ = FileManager.default.createFile(atPath: point + "/filler", contents: Data(count: max(0, available - free)))
    }

    public static func unmount(_ point: String) {
        if !run(["umount", point]) { _ = run(["umount", "-l", point]) }
    }

    @discardableResult
    private static func run(_ arguments: [String]) -> Bool {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = arguments
        var environment = ProcessInfo.processInfo.environment
        environment["PATH"] = "/usr/sbin:/usr/bin:/sbin:/bin"
        process.environment = environment
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        guard (try? process.run()) != nil else { return false }
        process.waitUntilExit()
        return process.terminationStatus == 0
    }

    public struct MountError: Error {}
}
