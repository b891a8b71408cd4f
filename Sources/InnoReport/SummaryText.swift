import InnoCore
import InnoDraw

/// The summary as plain text: the summary grid's rows, trailing spaces removed.
public enum SummaryText {
    /// Any canvas as plain text, one line per row.
    public static func render(_ canvas: Canvas) -> String {
        canvas.lines.map { $0 + "\n" }.joined()
    }
}
