import InnoCore

/// Work the dashboard asks the program to do, as data: `update` never does I/O. The run
/// loop performs each effect and feeds the outcome back as an `Event`.
public enum Effect: Sendable, Equatable {
    /// Enter or revise a figure (one revision row in the store).
    case save(FigureEntry)
    /// Clear the figure of a target for a year (one revision row).
    case delete(targetID: String, year: Int)
    /// Take back the latest change, from the same revision log as `innodash undo`.
    case undo
    /// Make the latest undone change again.
    case redo
    /// Write the summary screen as an SVG file (the exports issue implements the writer).
    case exportSVG(SummaryView)
    /// Leave the dashboard.
    case quit

    /// Two SVG exports are the same when they show the same year, language and groups.
    public static func == (lhs: Effect, rhs: Effect) -> Bool {
        switch (lhs, rhs) {
        case let (.save(a), .save(b)): a == b
        case let (.delete(a, y), .delete(b, z)): a == b && y == z
        case (.undo, .undo), (.redo, .redo), (.quit, .quit): true
        case let (.exportSVG(a), .exportSVG(b)): a.asOf == b.asOf && a.language == b.language && a.groupIDs == b.groupIDs
        default: false
        }
    }
}
