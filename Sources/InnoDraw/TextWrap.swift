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
                // At the last place the line may break, unless that would leave more than
                // half the line empty (measured in columns: a CJK character takes two).
                if let (end, restStart) = lastBreak(in: current, before: character),
                   DisplayWidth.of(String(current[end...])) < width / 2 {
                    lines.append(String(current[..<end]))
                    current = String(current[restStart...])
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

    /// The last place `current` may break before `next` comes: at a space (which goes), or
    /// beside a wide (CJK) character; never inside a run such as `2023` or `R&D`. Returns
    /// where the line ends and where the rest starts.
    private static func lastBreak(in current: String, before next: Character) -> (String.Index, String.Index)? {
        if next == " " { return (current.endIndex, current.endIndex) }
        var after = next
        var index = current.endIndex
        while index > current.startIndex {
            let previousIndex = current.index(before: index)
            let before = current[previousIndex]
            if after == " " { return (index, current.index(after: index)) }
            if before == " " { return (previousIndex, index) }
            if DisplayWidth.of(before) == 2 || DisplayWidth.of(after) == 2 { return (index, index) }
            after = before
            index = previousIndex
        }
        return nil
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
