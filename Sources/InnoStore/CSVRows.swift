/// Why CSV text could not be split into fields: a quote where RFC 4180 allows none. Lines
/// and characters count from 1; `field` is the index of the field in its row.
struct CSVSyntaxError: Error, Equatable {
    enum Kind: Equatable {
        /// A quote opens a field and nothing closes it: the rest of the file would be that field.
        case unclosedQuote
        /// A quote inside a field that does not start with one (`ab"c`).
        case quoteInPlainField
        /// Text after the quote that closes a field (`"ab"c`).
        case textAfterClosingQuote
    }

    var kind: Kind
    var line: Int
    var character: Int
    var field: Int
    /// For `textAfterClosingQuote` in a field that began on an earlier line: where it began.
    var openedAt: (line: Int, character: Int)?

    static func == (a: CSVSyntaxError, b: CSVSyntaxError) -> Bool {
        a.kind == b.kind && a.line == b.line && a.character == b.character && a.field == b.field
            && a.openedAt?.line == b.openedAt?.line && a.openedAt?.character == b.openedAt?.character
    }
}

/// Splits CSV text into rows of fields, on its UTF-8 bytes, strictly as RFC 4180 says:
/// a field is either plain (no quote in it) or quoted whole (`""` for a quote inside, line
/// breaks allowed); rows end at LF, CR or CRLF. A quote anywhere else, or one that never
/// closes, is an error with its place, rather than a guess that could swallow later rows.
/// (It replaced CSV.swift, which read those leniently, at a fifth of its cost: a
/// 300,000-row import spent most of its reading time there.)
struct CSVRows {
    private let bytes: [UInt8]
    private var index = 0
    /// The line `index` is on, and where that line starts.
    private var line = 1
    private var lineStart = 0
    /// The line the row last returned by `next()` starts on.
    private(set) var rowLine = 1

    private static let quote = UInt8(ascii: "\"")
    private static let comma = UInt8(ascii: ",")
    private static let lineFeed = UInt8(ascii: "\n")
    private static let carriageReturn = UInt8(ascii: "\r")

    init(_ text: String) {
        bytes = Array(text.utf8)
    }

    /// The next row, or nil at the end of the text.
    mutating func next() throws(CSVSyntaxError) -> [String]? {
        guard index < bytes.count else { return nil }
        rowLine = line
        var row: [String] = []
        while true {
            let field: String
            let endsRow: Bool
            if index >= bytes.count {
                (field, endsRow) = ("", true)  // a comma ended the text
            } else if bytes[index] == Self.quote {
                (field, endsRow) = try quotedField(number: row.count)
            } else {
                (field, endsRow) = try plainField(number: row.count)
            }
            row.append(field)
            if endsRow { return row }
        }
    }

    private mutating func plainField(number: Int) throws(CSVSyntaxError) -> (String, Bool) {
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
            if byte == Self.quote {
                throw error(.quoteInPlainField, at: index, field: number)
            }
            index += 1
        }
        return (text(start..<index), true)
    }

    /// A field that starts with a quote, at `index`.
    private mutating func quotedField(number: Int) throws(CSVSyntaxError) -> (String, Bool) {
        let opening = index
        let openingLine = (line, lineStart)
        index += 1
        var buffer: [UInt8] = []
        var runStart = index
        while index < bytes.count {
            let byte = bytes[index]
            if byte == Self.lineFeed || byte == Self.carriageReturn {
                skipLineEnd()  // a line break inside the field: counted, and kept
                continue
            }
            guard byte == Self.quote else {
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
                var failure = error(.textAfterClosingQuote, at: index - 1, field: number)
                if openingLine.0 != line {
                    failure.openedAt = (openingLine.0, character(at: opening, lineStart: openingLine.1))
                }
                throw failure
            }
            runStart = index
        }
        (line, lineStart) = openingLine
        throw error(.unclosedQuote, at: opening, field: number)
    }

    /// Past a line end: LF, CR, or CR LF.
    private mutating func skipLineEnd() {
        if bytes[index] == Self.carriageReturn, index + 1 < bytes.count, bytes[index + 1] == Self.lineFeed {
            index += 2
        } else {
            index += 1
        }
        line += 1
        lineStart = index
    }

    private func error(_ kind: CSVSyntaxError.Kind, at byte: Int, field: Int) -> CSVSyntaxError {
        CSVSyntaxError(kind: kind, line: line, character: character(at: byte, lineStart: lineStart), field: field)
    }

    /// The character (counted as people see them) that the byte at `byte` starts, from 1.
    private func character(at byte: Int, lineStart: Int) -> Int {
        String(decoding: bytes[lineStart..<byte], as: UTF8.self).count + 1
    }

    private func text(_ range: Range<Int>) -> String {
        String(decoding: bytes[range], as: UTF8.self)
    }

    private func text(_ buffer: [UInt8]) -> String {
        String(decoding: buffer, as: UTF8.self)
    }
}
