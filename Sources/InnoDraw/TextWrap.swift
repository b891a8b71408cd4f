/// Breaking text into lines by display width, at spaces where it can; CJK text, which
/// has no spaces, breaks between characters.
public enum TextWrap {
    public static func lines(_ text: String, width: Int) -> [String] {
        guard width > 0 else { return [] }
        var lines: [String] = []
        var current = ""
        var currentWidth = 0
        for character in text {
            let w = DisplayWidth.of(character)
            if currentWidth + w > width {
                // At the last space, unless that would leave more than half the line
                // empty (measured in columns: a CJK character takes two).
                if let space = current.lastIndex(of: " "), DisplayWidth.of(String(current[space...])) < width / 2 {
                    lines.append(String(current[..<space]))
                    current = String(current[current.index(after: space)...])
                } else {
                    lines.append(current)
                    current = ""
                }
                currentWidth = DisplayWidth.of(current)
                if character == " " && current.isEmpty { continue }
            }
            current.append(character)
            currentWidth += w
        }
        if !current.isEmpty { lines.append(current) }
        return lines
    }

    /// Items joined with a separator, broken into lines between items where they do not fit.
    public static func flow(_ items: [String], separator: String, width: Int) -> [String] {
        var lines: [String] = []
        var current = ""
        for item in items where !item.isEmpty {
            let candidate = current.isEmpty ? item : current + separator + item
            if DisplayWidth.of(candidate) > width, !current.isEmpty {
                lines.append(current)
                current = item
            } else {
                current = candidate
            }
        }
        if !current.isEmpty { lines.append(current) }
        return lines
    }
}

extension DisplayWidth {
    /// The end of a text that fits in `width` columns.
    public static func tail(_ text: String, to width: Int) -> String {
        var result = ""
        var used = 0
        for character in text.reversed() {
            let w = of(character)
            if used + w > width { break }
            result.insert(character, at: result.startIndex)
            used += w
        }
        return result
    }
}
