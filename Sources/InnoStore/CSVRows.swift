/// Splits CSV text into rows of fields, on its UTF-8 bytes: RFC 4180 quoting (`""` for a
/// quote inside a quoted field, line breaks allowed inside quotes), rows ending at LF, CR
/// or CRLF. It reads exactly as yaslab/CSV.swift's reader did, leniencies included (a
/// quote followed by anything else inside a quoted field keeps the quote and drops that
/// character; an unclosed quote runs to the end of the file), at a fifth of its cost:
/// a 300,000-row import spent most of its reading time there.
struct CSVRows {
    private let bytes: [UInt8]
    private var index = 0

    private static let quote = UInt8(ascii: "\"")
    private static let comma = UInt8(ascii: ",")
    private static let lineFeed = UInt8(ascii: "\n")
    private static let carriageReturn = UInt8(ascii: "\r")

    init(_ text: String) {
        bytes = Array(text.utf8)
    }

    /// The next row, or nil at the end of the text.
    mutating func next() -> [String]? {
        guard index < bytes.count else { return nil }
        var row: [String] = []
        while true {
            let field: String
            let endsRow: Bool
            if index >= bytes.count {
                (field, endsRow) = ("", true)  // a comma ended the text
            } else if bytes[index] == Self.quote {
                index += 1
                (field, endsRow) = quotedField()
            } else {
                (field, endsRow) = plainField()
            }
            row.append(field)
            if endsRow { return row }
        }
    }

    private mutating func plainField() -> (String, Bool) {
        let start = index
        while index < bytes.count {
            let byte = bytes[index]
            if byte == Self.comma {
                defer { index += 1 }
                return (text(start..<index), false)
            }
            if byte == Self.lineFeed || byte == Self.carriageReturn {
                let field = text(start..<index)
                skipLineEnd()
                return (field, true)
            }
            index += 1
        }
        return (text(start..<index), true)
    }

    /// A field after its opening quote.
    private mutating func quotedField() -> (String, Bool) {
        var buffer: [UInt8] = []
        var runStart = index
        while index < bytes.count {
            guard bytes[index] == Self.quote else {
                index += 1
                continue
            }
            buffer += bytes[runStart..<index]
            index += 1
            guard index < bytes.count else { return (text(buffer), true) }
            switch bytes[index] {
            case Self.comma:
                index += 1
                return (text(buffer), false)
            case Self.lineFeed, Self.carriageReturn:
                skipLineEnd()
                return (text(buffer), true)
            case Self.quote:
                buffer.append(Self.quote)
                index += 1
            default:
                // As CSV.swift: the quote stays, the character after it is dropped.
                buffer.append(Self.quote)
                index += 1
                while index < bytes.count && bytes[index] & 0xC0 == 0x80 { index += 1 }
            }
            runStart = index
        }
        buffer += bytes[runStart..<index]
        return (text(buffer), true)
    }

    /// Past a line end: LF, CR, or CR LF.
    private mutating func skipLineEnd() {
        if bytes[index] == Self.carriageReturn, index + 1 < bytes.count, bytes[index + 1] == Self.lineFeed {
            index += 2
        } else {
            index += 1
        }
    }

    private func text(_ range: Range<Int>) -> String {
        String(decoding: bytes[range], as: UTF8.self)
    }

    private func text(_ buffer: [UInt8]) -> String {
        String(decoding: buffer, as: UTF8.self)
    }
}
