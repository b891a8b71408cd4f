import InnoDraw

/// A canvas as an SVG image that looks like the screen: the dashboard's colours on its
/// background, every character in its own cell of a fixed grid, CJK characters two cells
/// wide. The dashboard's Summary screen exports what it shows with this.
///
/// Placement does not rely on the reader's fonts having the grid's advance: each piece of
/// ASCII text starts at its cell and lists the x of every character (browsers honour the
/// list; librsvg, which takes only the first, draws the piece in a monospace font whose
/// advance is the cell's); every other character is centred in its cell(s) on its own, so
/// a symbol or CJK character from a fallback font cannot push the rest of the line.
public enum SVGRenderer {
    /// The SVG document; `title` names the image for screen readers and browser tabs.
    public static func render(_ canvas: Canvas, title: String) -> String {
        let size = ExportLook.pixelSize(columns: canvas.width, rows: canvas.height)
        let width = String(size.width), height = String(size.height)
        var svg = """
            <?xml version="1.0" encoding="UTF-8"?>
            <svg xmlns="http://www.w3.org/2000/svg" width="\(width)" height="\(height)" \
            viewBox="0 0 \(width) \(height)" role="img" xml:space="preserve" style="white-space: pre">
            <title>\(Markup.escape(title))</title>
            <rect width="\(width)" height="\(height)" rx="\(ExportLook.px(ExportLook.cornerRadius))" fill="\(Palette.background)"/>
            <g font-family="\(ExportLook.fontFamily)" font-size="\(ExportLook.px(ExportLook.fontSize))" fill="\(Palette.foreground)">

            """
        for y in 0..<canvas.height {
            svg += row(canvas.visibleRuns(row: y), y: y)
        }
        svg += "</g>\n</svg>\n"
        return svg
    }

    /// The x of the left edge of a column, and the y of the top of a row.
    static func left(_ column: Int) -> Double { ExportLook.padding + Double(column) * ExportLook.cellWidth }
    static func top(_ row: Int) -> Double { ExportLook.padding + Double(row) * ExportLook.cellHeight }

    /// One row: the backgrounds and underlines of its runs, then its text.
    static func row(_ runs: [CellRun], y: Int) -> String {
        var shapes = ""
        var text = ""
        for run in runs where !run.isInvisible {
            let colour = Palette.colour(run.style.role).rgb
            let x = ExportLook.px(left(run.column))
            let width = ExportLook.px(Double(run.width) * ExportLook.cellWidth)
            if run.style.reverse {
                shapes += "<rect x=\"\(x)\" y=\"\(ExportLook.px(top(y)))\" width=\"\(width)\" height=\"\(ExportLook.px(ExportLook.cellHeight))\" fill=\"\(colour)\"/>\n"
            }
            if run.style.underline {
                shapes += "<rect x=\"\(x)\" y=\"\(ExportLook.px(top(y) + ExportLook.baseline + 2))\" width=\"\(width)\" height=\"1\" fill=\"\(colour)\"/>\n"
            }
            var attributes = ""
            let fill = run.style.reverse ? Palette.background : colour
            if fill != Palette.foreground { attributes += " fill=\"\(fill)\"" }
            if run.style.bold { attributes += " font-weight=\"bold\"" }
            for piece in pieces(of: run) {
                text += "<tspan\(piece.attributes)\(attributes)>\(Markup.escape(piece.text))</tspan>"
            }
        }
        guard !text.isEmpty else { return shapes }
        return shapes + "<text y=\"\(ExportLook.px(top(y) + ExportLook.baseline))\">\(text)</text>\n"
    }

    /// The run cut into what is placed on its own: stretches of ASCII text (single spaces
    /// kept, so a copy from the image reads as words), and each other character, centred.
    static func pieces(of run: CellRun) -> [(text: String, attributes: String)] {
        var pieces: [(text: String, attributes: String)] = []
        var ascii = ""
        var asciiColumns: [Int] = []
        func endASCII() {
            while ascii.last == " " {
                ascii.removeLast()
                asciiColumns.removeLast()
            }
            if !ascii.isEmpty {
                let xs = asciiColumns.map { ExportLook.px(left($0)) }.joined(separator: " ")
                pieces.append((ascii, " x=\"\(xs)\""))
            }
            ascii = ""
            asciiColumns = []
        }
        var column = run.column
        for cell in run.cells {
            if cell.text == " " && (ascii.isEmpty || ascii.last == " ") {
                endASCII()  // two spaces end a piece: a reader that collapses spaces cannot shift what follows
            } else if cell.text.unicodeScalars.allSatisfy(\.isASCII) {
                ascii += cell.text
                asciiColumns.append(column)
            } else {
                endASCII()
                let centre = left(column) + Double(cell.width) * ExportLook.cellWidth / 2
                pieces.append((cell.text, " x=\"\(ExportLook.px(centre))\" text-anchor=\"middle\""))
            }
            column += cell.width
        }
        endASCII()
        return pieces
    }
}
