/// The one rule for text from a plan file, a CSV file, the database or the command line on
/// its way out of innodash: no character that could drive a terminal or disguise text gets
/// through raw.
///
/// Unsafe are the C0 control characters other than tab, line feed and carriage return
/// (ESC among them: it starts every terminal command), DEL, the C1 control characters
/// (U+0080–U+009F: some terminals take U+009B as a command start), the invisible
/// bidirectional controls that make text read in another order than it is stored, and the
/// noncharacters U+FFFE and U+FFFF. Everything else, Chinese, combining marks and zero-width
/// joiners included, passes unchanged.
///
/// The command line writes every output through `clean`; the SVG, HTML, Markdown and CSV
/// exports drop the same characters (`PlainText`, `Markup`); the dashboard's canvas drops
/// these and every other invisible format character before a cell is drawn.
public enum SafeText {
    /// Whether `scalar` must never be written raw.
    public static func isUnsafe(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09, 0x0A, 0x0D: false                    // tab, line feed, carriage return
        case 0x00...0x1F, 0x7F...0x9F: true             // other C0 controls, DEL, C1 controls
        case 0xFFFE, 0xFFFF: true                       // not characters (and not allowed in XML)
        case 0x061C, 0x200E, 0x200F: true               // bidirectional marks
        case 0x202A...0x202E, 0x2066...0x2069: true     // bidirectional embeddings, overrides, isolates
        default: false
        }
    }

    /// Whether `scalar` breaks a line or a column: tab, line feed, vertical tab, form
    /// feed, carriage return, next line, line and paragraph separators.
    public static func isLineBreak(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0x85, 0x2028, 0x2029: true
        default: false
        }
    }

    /// The text with every unsafe character dropped; line breaks kept.
    public static func clean(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: isUnsafe) else { return text }
        var kept = String.UnicodeScalarView()
        for scalar in text.unicodeScalars where !isUnsafe(scalar) {
            kept.append(scalar)
        }
        return String(kept)
    }

    /// The text for one cell of a table or one line of a message: unsafe characters
    /// dropped, each run of line breaks and tabs one space, spaces at either end kept.
    public static func oneLine(_ text: String) -> String {
        var kept = String.UnicodeScalarView()
        var afterBreak = false
        for scalar in text.unicodeScalars {
            if isLineBreak(scalar) {
                if !afterBreak { kept.append(" ") }
                afterBreak = true
            } else if !isUnsafe(scalar) {
                kept.append(scalar)
                afterBreak = false
            }
        }
        return String(kept)
    }
}
