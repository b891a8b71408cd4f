import CPrintf

/// A number written by C's printf, as `String(format:)` writes it (which hands `%f` and
/// `%g` to the same printf), without its way there: a format string parsed by
/// CoreFoundation and each argument cast dynamically. Every value on a screen goes through
/// here, and that way took most of the time of a frame of a large plan.
public enum PrintfNumber {
    /// `String(format: "%.*f", decimals, value)`.
    public static func fixed(_ value: Double, decimals: Int) -> String {
        printed { innodash_print_fixed($0, $1, Int32(clamping: decimals), value) }
    }

    /// `String(format: "%.*g", digits, value)`.
    public static func significant(_ value: Double, digits: Int) -> String {
        printed { innodash_print_significant($0, $1, Int32(clamping: digits), value) }
    }

    /// What `print(buffer, size)` writes, in room enough for it.
    private static func printed(_ print: (UnsafeMutablePointer<CChar>, Int) -> Int32) -> String {
        var room = 64
        while true {
            let text: String? = withUnsafeTemporaryAllocation(of: CChar.self, capacity: room) { buffer in
                let length = Int(print(buffer.baseAddress!, room))
                guard length < room else {
                    room = length + 1  // a long number (1e300 with its decimals): again, with room for it
                    return nil
                }
                return String(decoding: UnsafeRawBufferPointer(start: buffer.baseAddress!, count: max(length, 0)).bindMemory(to: UInt8.self), as: UTF8.self)
            }
            if let text { return text }
        }
    }
}
