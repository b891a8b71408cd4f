import InnoDraw

/// A stretch of one canvas row whose cells share a style: what the ANSI, SVG and HTML
/// exports draw as one piece of styled text.
public struct CellRun: Sendable, Hashable {
    /// The column of the first cell.
    public var column: Int
    public var style: Style
    /// The cells that hold characters, left to right; a wide character's continuation
    /// cell is not among them but counts in `width`.
    public var cells: [Cell]

    /// The columns the run covers.
    public var width: Int { cells.reduce(0) { $0 + $1.width } }

    /// The run's characters as they read.
    public var text: String { cells.map(\.text).joined() }

    /// Whether the run draws nothing: only spaces, with no attribute that shows on a space.
    public var isInvisible: Bool {
        !style.reverse && !style.underline && cells.allSatisfy { $0.text == " " }
    }
}

extension Canvas {
    /// The runs of row `y`, left to right, covering the whole row.
    public func runs(row y: Int) -> [CellRun] {
        var runs: [CellRun] = []
        var x = 0
        while x < width {
            var cell = self[x, y]
            if cell.isContinuation {
                // A continuation cell without its wide character before it (as a blit can
                // leave at an edge) reads as a blank.
                let style = cell.style
                cell = .blank
                cell.style = style
            }
            if let last = runs.last, last.style == cell.style {
                runs[runs.count - 1].cells.append(cell)
            } else {
                runs.append(CellRun(column: x, style: cell.style, cells: [cell]))
            }
            x += max(1, min(cell.width, width - x))
        }
        return runs
    }

    /// The runs of row `y` without the invisible ones at its end.
    public func visibleRuns(row y: Int) -> [CellRun] {
        var runs = runs(row: y)
        while runs.last?.isInvisible == true { runs.removeLast() }
        return runs
    }
}
