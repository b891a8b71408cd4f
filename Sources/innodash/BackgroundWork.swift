import Foundation

/// Work run on a thread of its own while the caller does something else, and waited for
/// once: how a command reads its figures while it reads the plan file.
final class BackgroundWork<Value>: @unchecked Sendable {
    // Written by the thread before `finished` is signalled, read by `wait` after: the
    // semaphore orders the two, which is why the class can be shared across threads.
    private let work: () throws -> Value
    private var result: Result<Value, any Error>?
    private let finished = DispatchSemaphore(value: 0)

    init(_ work: @escaping () throws -> Value) {
        self.work = work
        let thread = Thread { [self] in
            result = Result(catching: self.work)
            finished.signal()
        }
        // The figures of a large plan are read on it: as much stack as the main thread.
        thread.stackSize = 8 << 20
        thread.start()
    }

    /// The work's value, or its error, once it has finished.
    func wait() throws -> Value {
        finished.wait()
        return try result!.get()
    }
}
