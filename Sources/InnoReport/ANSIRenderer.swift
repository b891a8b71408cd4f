import InnoDraw

/// A canvas as text with ANSI escape sequences (SGR): the screen in colour for a terminal
/// or a chat that shows terminal colours. Every styled run ends with a reset, so a line
/// pasted on its own keeps the terminal's colours as they were.
public enum ANSIRenderer {
    /// The canvas row by row. With `colour` false (as `NO_COLOR` asks), no colour is sent;
    /// bold, underline and reverse, which read without colour, still are.
    public static func render(_ canvas: Canvas, colour: Bool = true) -> String {
        var output = ""
        for y in 0..<canvas.height {
            var runs = canvas.visibleRuns(row: y)
            if var last = runs.popLast() {
                if !last.style.reverse && !last.style.underline {
                    while last.cells.last?.text == " " { last.cells.removeLast() }
                }
                runs.append(last)
            }
            for run in runs {
                output += styled(run.text, run.style, colour: colour)
            }
            output += "\n"
        }
        return output
    }

    /// The text wrapped in the SGR sequence of its style and a reset; bare when the style
    /// asks for nothing.
    static func styled(_ text: String, _ style: Style, colour: Bool) -> String {
        let codes = parameters(style, colour: colour)
        guard !codes.isEmpty, !text.isEmpty else { return text }
        return "\u{1B}[" + codes.map(String.init).joined(separator: ";") + "m" + text + "\u{1B}[0m"
    }

    /// The SGR parameters of a style: 1 bold, 4 underline, 7 reverse, 30–37 a colour,
    /// 90–97 its bright variant.
    static func parameters(_ style: Style, colour: Bool) -> [Int] {
        var codes: [Int] = []
        if style.bold { codes.append(1) }
        if style.underline { codes.append(4) }
        if style.reverse { codes.append(7) }
        if colour, let ansi = Palette.colour(style.role).ansi {
            codes.append((Palette.colour(style.role).bright ? 90 : 30) + ansi.rawValue)
        }
        return codes
    }
}
