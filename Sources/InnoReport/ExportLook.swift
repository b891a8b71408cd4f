import Foundation

/// How the SVG and HTML exports draw the cell grid, shared so the image and the page look
/// alike: a fixed cell size, a monospace font with CJK fallbacks, a margin, a background.
public enum ExportLook {
    public static let fontSize = 16.0
    /// A cell is 9.6 × 20 px at font size 16: the advance of DejaVu Sans Mono and Menlo
    /// (0.6 em), with room between lines. A wide (CJK) character takes two cells.
    public static let cellWidth = 9.6
    public static let cellHeight = 20.0
    /// The baseline of the text, from the top of its row.
    public static let baseline = 15.0
    /// The margin around the grid.
    public static let padding = 16.0
    public static let cornerRadius = 8.0

    /// Monospace fonts first (Linux, macOS, Windows), then CJK fonts for the characters
    /// they lack (Linux, macOS, Windows), then whatever monospace font the reader has.
    public static let fontFamily = [
        "'DejaVu Sans Mono'", "Menlo", "Consolas",
        "'Noto Sans Mono CJK SC'", "'Noto Sans CJK SC'", "'Source Han Sans SC'",
        "'PingFang SC'", "'Microsoft YaHei'", "'WenQuanYi Zen Hei Mono'", "monospace",
    ].joined(separator: ", ")

    /// The image size for a grid of `columns` × `rows` cells, margin included, in whole
    /// pixels.
    public static func pixelSize(columns: Int, rows: Int) -> (width: Int, height: Int) {
        (Int((Double(columns) * cellWidth + 2 * padding).rounded(.up)),
         Int((Double(rows) * cellHeight + 2 * padding).rounded(.up)))
    }

    /// A length in pixels as SVG writes it: at most one decimal, no trailing `.0`.
    static func px(_ value: Double) -> String {
        let text = String(format: "%.1f", value)
        return text.hasSuffix(".0") ? String(text.dropLast(2)) : text
    }
}
