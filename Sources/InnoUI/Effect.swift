import InnoCore
import InnoDraw

/// Work the dashboard asks the program to do, as data: `update` never does I/O. The
/// program's `EffectRunner` performs each effect and feeds the outcome back as an `Event`.
public enum Effect: Sendable, Hashable {
    /// Enter or revise a figure (one revision row in the store).
    case save(FigureEntry)
    /// Enter or revise many figures as one change (the accepted figures of a review).
    case importFigures([FigureUpdate])
    /// Set (or clear, with nil) the scenario's figure of a series for a year.
    case setScenario(series: SeriesID, year: Int, value: Double?)
    /// Clear the figure of a target for a year (one revision row).
    case delete(series: SeriesID, year: Int)
    /// Take back the latest change, from the same revision log as `innodash undo`.
    case undo
    /// Make the latest undone change again.
    case redo
    /// Write the summary the analyst sees as an SVG file.
    case exportSVG(SummaryRequest)
    /// Read the revision log for the "Since …" screen (`b`).
    case readRevisions
    /// Leave the dashboard.
    case quit
}

/// Which summary to export: the year, the language and the groups, as on screen. The
/// runner draws it from the figures at the time it runs.
public struct SummaryRequest: Sendable, Hashable {
    public var asOf: Int
    public var language: Language
    public var groupIDs: [String]?

    public init(asOf: Int, language: Language, groupIDs: [String]?) {
        self.asOf = asOf
        self.language = language
        self.groupIDs = groupIDs
    }
}
