import Glibc

/// Why the bytes of a file are not a text innodash can read.
public enum TextDecodingError: Error, Sendable, Equatable, CustomStringConvertible {
    /// NUL bytes or other control characters: a binary file (a PDF, a Word file, an image).
    case binary
    /// Neither UTF-8 nor GB18030.
    case unknownEncoding
    /// UTF-16 or UTF-32 (a byte order mark, or NUL bytes between ASCII letters).
    case utf16

    public var description: String {
        switch self {
        case .binary: "the file is not a text (it holds binary data, as a PDF, a Word file or an image does); save the text as a .txt file"
        case .unknownEncoding: "the file is neither UTF-8 nor GB18030 (GBK); save it as UTF-8"
        case .utf16: "the file is in UTF-16 or UTF-32; save it as UTF-8 or GB18030"
        }
    }
}

/// A text read from bytes, with the encoding it was in.
public struct DecodedText: Sendable, Equatable {
    public enum Encoding: String, Sendable { case utf8 = "UTF-8", gb18030 = "GB18030" }
    public var text: String
    public var encoding: Encoding
    /// Whether the bytes were HTML, whose tags were dropped.
    public var wasHTML: Bool
}

/// Turns the bytes of a policy text or bulletin into text: UTF-8 when they are valid UTF-8,
/// else GB18030 (which covers GBK and GB2312, what Chinese government sites still serve),
/// through glibc's iconv: Foundation on Linux does not decode GB18030. HTML pasted from a web
/// page loses its tags, scripts and styles, and its entities are decoded.
public enum TextDecoding {
    public static func decode(_ bytes: [UInt8]) throws(TextDecodingError) -> DecodedText {
        var bytes = bytes[...]
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) { throw .utf16 }
        if bytes.contains(0) {
            // ASCII with NUL every other byte is UTF-16 without a byte order mark.
            let zeros = bytes.prefix(64).count { $0 == 0 }
            if zeros * 3 >= min(bytes.count, 64) { throw .utf16 }
            throw .binary
        }
        let text: String
        let encoding: DecodedText.Encoding
        if let utf8 = String(validating: Array(bytes), as: UTF8.self) {
            text = utf8
            encoding = .utf8
        } else if let gb = gb18030(Array(bytes)) {
            text = gb
            encoding = .gb18030
        } else {
            throw .unknownEncoding
        }
        // Control characters other than line breaks and tabs: not a text.
        let controls = text.unicodeScalars.count { $0.value < 0x20 && !"\n\r\t\u{0C}".unicodeScalars.contains($0) }
        if controls > 0 && controls * 100 > max(text.unicodeScalars.count, 1) { throw .binary }
        if HTMLText.looksLikeHTML(text) {
            return DecodedText(text: HTMLText.plainText(text), encoding: encoding, wasHTML: true)
        }
        return DecodedText(text: text, encoding: encoding, wasHTML: false)
    }

    /// The bytes read as GB18030, or nil when they are not valid GB18030.
    static func gb18030(_ bytes: [UInt8]) -> String? {
        let converter = iconv_open("UTF-8", "GB18030")
        guard converter != iconv_t(bitPattern: -1) else { return nil }
        defer { iconv_close(converter) }
        var input = bytes.map { CChar(bitPattern: $0) }
        var output = [CChar](repeating: 0, count: bytes.count * 4 + 16)
        let result: Int = input.withUnsafeMutableBufferPointer { inBuffer in
            output.withUnsafeMutableBufferPointer { outBuffer in
                var inPointer: UnsafeMutablePointer<CChar>? = inBuffer.baseAddress
                var inLeft = inBuffer.count
                var outPointer: UnsafeMutablePointer<CChar>? = outBuffer.baseAddress
                var outLeft = outBuffer.count
                let converted = iconv(converter, &inPointer, &inLeft, &outPointer, &outLeft)
                guard converted != -1, inLeft == 0 else { return -1 }
                return outBuffer.count - outLeft
            }
        }
        guard result >= 0 else { return nil }
        return String(validating: output[0..<result].map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }
}
