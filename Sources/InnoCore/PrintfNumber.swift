import Foundation

/// A number written by C's printf, as `String(format:)` writes it (which hands `%f` and
/// `%g` to the same printf), without its way there: a format string parsed by
/// CoreFoundation and each argument cast dynamically. Every value on a screen goes through
/// here, and that way took most of the time of a frame of a large plan.
public enum PrintfNumber {
    /// `String(format: "%.*f", decimals, value)`.
    public static func fixed(_ value: Double, decimals: Int) -> String {
        printf("%.*f", value, precision: decimals)
    }

    /// `String(format: "%.*g", digits, value)`.
    public static func significant(_ value: Double, digits: Int) -> String {
        printf("%.*g", value, precision: digits)
    }

    private static func printf(_ format: String, _ value: Double, precision: Int) -> String {
        withVaList([Int32(clamping: precision), value]) { arguments in
            var buffer = [CChar](repeating: 0, count: 64)
            let length = Int(vsnprintf(&buffer, buffer.count, format, arguments))
            guard length >= buffer.count else { return String(decoding: buffer[..<max(length, 0)].map(UInt8.init(bitPattern:)), as: UTF8.self) }
            // A long number (1e300 with its decimals): written again into room enough.
            return withVaList([Int32(clamping: precision), value]) { again in
                buffer = [CChar](repeating: 0, count: length + 1)
                _ = vsnprintf(&buffer, buffer.count, format, again)
                return String(decoding: buffer[..<length].map(UInt8.init(bitPattern:)), as: UTF8.self)
            }
        }
    }
}
