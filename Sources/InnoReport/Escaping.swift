import InnoDraw

/// Text made safe for the markup exports (SVG and HTML): the one place where `<`, `&` and
/// quotes become entities, so that a target named `<script>&"` shows exactly those
/// characters and never becomes markup.
public enum Markup {
    /// The text escaped for element content and for attribute values in double or single
    /// quotes. Characters XML 1.0 does not allow (most control characters, U+FFFE, U+FFFF)
    /// and invisible characters that reorder text are dropped; a line break becomes a space.
    public static func escape(_ text: String) -> String {
        var escaped = ""
        escaped.reserveCapacity(text.utf8.count)
        for scalar in PlainText.withoutUnsafeCharacters(text).unicodeScalars {
            switch scalar {
            case "&": escaped += "&amp;"
            case "<": escaped += "&lt;"
            case ">": escaped += "&gt;"
            case "\"": escaped += "&quot;"
            case "'": escaped += "&#39;"
            default: escaped.unicodeScalars.append(scalar)
            }
        }
        return escaped
    }
}

/// Text from a plan or a figure made safe for a one-line cell of Markdown or CSV.
public enum PlainText {
    /// The text on one line: line breaks and tabs become spaces; control characters,
    /// characters XML does not allow and bidirectional controls (which could make a cell
    /// read backwards) are dropped; spaces at either end are trimmed.
    public static func singleLine(_ text: String) -> String {
        var line = Substring(withoutUnsafeCharacters(text))
        while line.first == " " { line.removeFirst() }
        while line.last == " " { line.removeLast() }
        return String(line)
    }

    /// The text with unsafe characters dropped and each run of line breaks and tabs as one
    /// space; spaces kept as they are. The characters dropped are those of `SafeText`.
    static func withoutUnsafeCharacters(_ text: String) -> String {
        SafeText.oneLine(text)
    }
}
