import Foundation

/// One published or typed value of a target for a year.
///
/// For a milestone, a value of 1 records that it was achieved in that year and 0 that it
/// was not (yet).
public struct Figure: Sendable, Hashable {
    public var targetID: String
    public var year: Int
    public var value: Double
    /// Where the figure comes from: the publication and its words.
    public var source: String
    /// Definitional differences, series breaks, derivations.
    public var note: String
    public var isPreliminary: Bool
    /// Whether an earlier value for the same target and year was replaced by this one.
    public var isRevised: Bool
    public var enteredAt: Date?

    public init(
        targetID: String, year: Int, value: Double, source: String = "", note: String = "",
        isPreliminary: Bool = false, isRevised: Bool = false, enteredAt: Date? = nil
    ) {
        self.targetID = targetID
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
    private var byTarget: [String: [Figure]] = [:]

    public init() {}

    /// Figures in the order they were published: when a target and year come twice, the
    /// later one replaces the earlier and is marked revised.
    public init<S: Sequence>(_ figures: S) where S.Element == Figure {
        for figure in figures { insert(figure) }
    }

    /// Adds a figure, replacing (and marking revised) any figure for the same target and year.
    public mutating func insert(_ figure: Figure) {
        Self.insert(figure, into: &byTarget[figure.targetID, default: []])
    }

    /// Adds figures of one target in order, as `insert` would one at a time, looking the
    /// target up once: how a store loads a plan's 300,000 figures.
    public mutating func insert(_ figures: [Figure], of targetID: String) {
        guard !figures.isEmpty else { return }
        if byTarget[targetID] == nil, zip(figures, figures.dropFirst()).allSatisfy({ $0.year < $1.year }) {
            byTarget[targetID] = figures  // a new series in order: taken as it is, no copy
            return
        }
        Self.insert(figures, into: &byTarget[targetID, default: []])
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
    public mutating func markRevised(_ targetID: String, year: Int) {
        guard let index = byTarget[targetID]?.firstIndex(where: { $0.year == year }) else { return }
        byTarget[targetID]![index].isRevised = true
    }

    /// Puts a target's figures as they are now in place of the ones held (none: the
    /// target has no figures any more).
    public mutating func replaceSeries(_ targetID: String, with figures: [Figure]) {
        byTarget[targetID] = figures.isEmpty ? nil : figures.sorted { $0.year < $1.year }
    }

    /// Removes the figure of a target for a year, if any.
    public mutating func remove(_ targetID: String, year: Int) {
        byTarget[targetID]?.removeAll { $0.year == year }
        if byTarget[targetID]?.isEmpty == true { byTarget[targetID] = nil }
    }

    /// The figures of a target, oldest year first.
    public func series(_ targetID: String) -> [Figure] {
        byTarget[targetID] ?? []
    }

    public func figure(_ targetID: String, year: Int) -> Figure? {
        series(targetID).first { $0.year == year }
    }

    /// Every figure, by target id and then year.
    public var all: [Figure] {
        byTarget.keys.sorted().flatMap { byTarget[$0]! }
    }

    public var count: Int { byTarget.values.reduce(0) { $0 + $1.count } }

    /// The earliest year with any figure.
    public var firstYear: Int? {
        byTarget.values.compactMap { $0.first?.year }.min()
    }

    /// The latest year with any figure.
    public var latestYear: Int? {
        byTarget.values.compactMap { $0.last?.year }.max()
    }
}
