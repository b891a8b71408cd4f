/// A figure as a command or a file gives it: the value, and whichever of source, note and
/// preliminary flag it gives. What it leaves out (nil) keeps what is stored:
/// `record` without `--source`, a file without a `source` column.
public struct FigureUpdate: Sendable, Hashable {
    public var series: SeriesID
    public var year: Int
    public var value: Double
    public var source: String?
    public var note: String?
    public var isPreliminary: Bool?

    public init(series: SeriesID, year: Int, value: Double, source: String? = nil, note: String? = nil, isPreliminary: Bool? = nil) {
        self.series = series
        self.year = year
        self.value = value
        self.source = source
        self.note = note
        self.isPreliminary = isPreliminary
    }

    /// An update that gives every part of the figure.
    public init(_ entry: FigureEntry) {
        self.init(series: entry.series, year: entry.year, value: entry.value, source: entry.source, note: entry.note,
                  isPreliminary: entry.isPreliminary)
    }
}

/// The parts of a figure a change alters.
public struct FigureChanges: OptionSet, Sendable, Hashable {
    public let rawValue: Int

    public init(rawValue: Int) {
        self.rawValue = rawValue
    }

    public static let value = FigureChanges(rawValue: 1)
    public static let source = FigureChanges(rawValue: 2)
    public static let note = FigureChanges(rawValue: 4)
    public static let preliminary = FigureChanges(rawValue: 8)

    /// Each part with its name, in the order messages list them.
    public static let named: [(FigureChanges, String)] = [(.value, "value"), (.source, "source"), (.note, "note"), (.preliminary, "preliminary")]
}
