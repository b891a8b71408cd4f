import CWidth

/// Terminal column widths, from the same libc `wcwidth` that ncurses places the cursor with.
public enum DisplayWidth {
    /// Columns a scalar takes: 0 for combining marks, 2 for wide (CJK) characters, -1 for
    /// control characters, which are never drawn.
    public static func of(_ scalar: Unicode.Scalar) -> Int {
        let value = scalar.value
        if value >= 0x20 && value < 0x7F { return 1 }
        return Int(innodash_wcwidth(value))
    }

    /// Columns a character takes when drawn as the canvas draws it: its first scalar's
    /// width; combining marks after it add nothing; a line break or tab, drawn as a space,
    /// one; another control character none.
    public static func of(_ character: Character) -> Int {
        if character.isNewline || character == "\t" { return 1 }
        guard let first = character.unicodeScalars.first else { return 0 }
        return max(0, of(first))
    }

    /// Columns a text takes when drawn.
    public static func of(_ text: some StringProtocol) -> Int {
        // Printable ASCII, most of what is drawn, is a column a byte: no need to find its
        // characters (a frame measures every row of a group of hundreds of targets).
        var printable = 0
        for byte in text.utf8 {
            guard byte >= 0x20 && byte < 0x7F else { return widthOfCharacters(text) }
            printable += 1
        }
        return printable
    }

    private static func widthOfCharacters(_ text: some StringProtocol) -> Int {
        var total = 0
        for character in text { total += of(character) }
        return total
    }

    /// The text cut to at most `width` columns, ending with `ellipsis` when cut.
    public static func truncate(_ text: String, to width: Int, ellipsis: String = "") -> String {
        if of(text) <= width { return text }
        let room = max(0, width - of(ellipsis))
        var result = ""
        var used = 0
        for character in text {
            let w = of(character)
            if used + w > room { break }
            result.append(character)
            used += w
        }
        return width >= of(ellipsis) ? result + ellipsis : result
    }

    /// The text padded with spaces to exactly `width` columns (cut first when longer).
    public static func pad(_ text: String, to width: Int, alignRight: Bool = false, ellipsis: String = "") -> String {
        let cut = truncate(text, to: width, ellipsis: ellipsis)
        let padding = String(repeating: " ", count: max(0, width - of(cut)))
        return alignRight ? padding + cut : cut + padding
    }
}
