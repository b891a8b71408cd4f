import Foundation

/// One published or typed value of a target for a year.
///
/// For a milestone, a value of 1 records that it was achieved in that year and 0 that it
/// was not (yet).
public struct Figure: Sendable, Hashable {
    public var series: SeriesID
    public var year: Int
    public var value: Double
    /// Where the figure comes from: the publication and its words.
    public var source: String
    /// Definitional differences, series breaks, derivations.
    public var note: String
    public var isPreliminary: Bool
    /// Whether an earlier value for the same target and year was replaced by this one.
    public var isRevised: Bool
    /// Whether it is a what-if figure of a scenario, not an official one (`FigureSet.adding(scenario:)`).
    public var isScenario: Bool = false
    public var enteredAt: Date?

    public init(
        series: SeriesID, year: Int, value: Double, source: String = "", note: String = "",
        isPreliminary: Bool = false, isRevised: Bool = false, enteredAt: Date? = nil, isScenario: Bool = false
    ) {
        self.isScenario = isScenario
        self.series = series
        self.year = year
        self.value = value
        self.source = source
        self.note = note
        self.isPreliminary = isPreliminary
        self.isRevised = isRevised
        self.enteredAt = enteredAt
    }
}

/// The current figures of a plan, one per target and year, looked up by target.
public struct FigureSet: Sendable, Hashable {
    private var bySeries: [SeriesID: [Figure]] = [:]

    public init() {}

    /// Figures in the order they were published: when a target and year come twice, the
    /// later one replaces the earlier and is marked revised.
    public init<S: Sequence>(_ figures: S) where S.Element == Figure {
        for figure in figures { insert(figure) }
    }

    /// Adds a figure, replacing (and marking revised) any figure for the same target and year.
    public mutating func insert(_ figure: Figure) {
        Self.insert(figure, into: &bySeries[figure.series, default: []])
    }

    /// Adds figures of one target in order, as `insert` would one at a time, looking the
    /// target up once: how a store loads a plan's 300,000 figures.
    public mutating func insert(_ figures: [Figure], of series: SeriesID) {
        guard !figures.isEmpty else { return }
        if bySeries[series] == nil, figures.isInYearOrder {
            bySeries[series] = figures  // a new series in order: taken as it is, no copy
            return
        }
        Self.insert(figures, into: &bySeries[series, default: []])
    }

    private static func insert(_ figures: [Figure], into series: inout [Figure]) {
        for figure in figures { insert(figure, into: &series) }
    }

    /// Inserts in place (no copy of the series), so that reading many figures stays linear.
    private static func insert(_ figure: Figure, into series: inout [Figure]) {
        if let last = series.last, last.year < figure.year {
            series.append(figure)  // the usual case, years in order: no search, no sort
        } else if let index = series.firstIndex(where: { $0.year == figure.year }) {
            var revised = figure
            revised.isRevised = true
            series[index] = revised
        } else {
            series.append(figure)
            series.sort { $0.year < $1.year }
        }
    }

    /// Marks the figure of a target for a year as revised, when there is one.
    public mutating func markRevised(_ series: SeriesID, year: Int) {
        guard let index = bySeries[series]?.firstIndex(where: { $0.year == year }) else { return }
        bySeries[series]![index].isRevised = true
    }

    /// Puts a target's figures as they are now in place of the ones held (none: the
    /// target has no figures any more).
    public mutating func replaceSeries(_ series: SeriesID, with figures: [Figure]) {
        bySeries[series] = figures.isEmpty ? nil : figures.sorted { $0.year < $1.year }
    }

    /// Removes the figure of a target for a year, if any.
    public mutating func remove(_ series: SeriesID, year: Int) {
        bySeries[series]?.removeAll { $0.year == year }
        if bySeries[series]?.isEmpty == true { bySeries[series] = nil }
    }

    /// The figures of a series, oldest year first.
    public func series(_ series: SeriesID) -> [Figure] {
        bySeries[series] ?? []
    }

    public func figure(_ id: SeriesID, year: Int) -> Figure? {
        series(id).first { $0.year == year }
    }

    /// Every figure, by series and then year.
    public var all: [Figure] {
        bySeries.keys.sorted().flatMap { bySeries[$0]! }
    }

    public var count: Int { bySeries.values.reduce(0) { $0 + $1.count } }

    /// The earliest year with any figure.
    public var firstYear: Int? {
        var first: Int?
        for series in bySeries.values { if let year = series.first?.year, year < first ?? .max { first = year } }
        return first
    }

    /// The latest year with any figure.
    public var latestYear: Int? {
        var latest: Int?
        for series in bySeries.values { if let year = series.last?.year, year > latest ?? .min { latest = year } }
        return latest
    }
}

extension Array where Element == Figure {
    /// Whether the years rise from each figure to the next: how a store hands over a series.
    /// Looks at the years only (no figure is copied: for 300,000 figures that is most of
    /// the time).
    var isInYearOrder: Bool {
        var previous = Int.min
        for index in indices {
            let year = self[index].year
            if year <= previous { return false }
            previous = year
        }
        return true
    }
}
