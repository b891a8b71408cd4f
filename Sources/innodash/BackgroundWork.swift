import Foundation
import Synchronization

/// Work run on a thread of its own while the caller does something else, and waited for:
/// how a command reads the `--targets` plan file while it opens the database and reads its
/// figures.
///
/// A thread that ends with its work, not a task of the concurrency runtime: the runtime's
/// worker threads stay after their work, and a signal sent to the process (the terminal's
/// SIGWINCH, a crash signal) then reaches one of them instead of the main thread, where the
/// dashboard waits for it. The compiler checks what crosses: the work is `@Sendable`, its
/// value `Sendable`, and the result is handed over through a `Mutex`.
final class BackgroundWork<Value: Sendable>: Sendable {
    private let result = Mutex<Result<Value, any Error>?>(nil)
    private let finished = DispatchSemaphore(value: 0)

    init(_ work: @escaping @Sendable () throws -> Value) {
        let thread = Thread { [self] in
            let outcome = Result(catching: work)
            result.withLock { $0 = outcome }
            finished.signal()
        }
        // The figures of a large plan are read on it: as much stack as the main thread.
        thread.stackSize = 8 << 20
        thread.start()
    }

    /// The work's value, or its error, once it has finished; asked again, the same at once.
    func wait() throws -> Value {
        finished.wait()
        finished.signal()  // whoever asks next finds it finished
        return try result.withLock { $0! }.get()
    }
}
