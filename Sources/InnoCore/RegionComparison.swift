/// One indicator in several regions, year by year, against a reference region (the
/// nation): each region's figure, its gap to the reference, and whether the gap narrows.
/// "Chongqing 2.36 against China 2.56 in 2022: 0.20 points behind, narrowing from 0.29 in
/// 2020."
public struct RegionComparison: Sendable, Equatable {
    /// A region's side of the comparison.
    public struct Side: Sendable, Equatable {
        public var region: String
        public var name: LocalizedText
        /// Figures up to the as-of year, oldest first.
        public var figures: [Figure]
    }

    /// A year of the table: each region's figure (nil where it has none).
    public struct Row: Sendable, Equatable {
        public var year: Int
        public var values: [Double?]
    }

    /// How the gap between a region and the reference moved, from the first year both have
    /// a figure to the latest.
    public struct GapTrend: Sendable, Equatable {
        public enum Movement: String, Sendable { case narrowing, widening, unchanged, crossed }
        /// The region compared with the reference (an index into `sides`).
        public var side: Int
        public var first: (year: Int, gap: Double)
        public var latest: (year: Int, gap: Double)
        public var movement: Movement

        public static func == (a: GapTrend, b: GapTrend) -> Bool {
            a.side == b.side && a.first == b.first && a.latest == b.latest && a.movement == b.movement
        }
    }

    public var indicator: String
    /// The target that says the indicator's name, unit, direction and decimals.
    public var target: Target
    public var asOf: Int
    /// The reference first, then the other regions.
    public var sides: [Side]
    public var rows: [Row]
    /// For every region but the reference; nil where the two never have a figure in the same year.
    public var trends: [GapTrend?]

    /// Compares the regions' series of `indicator` up to `asOf`; `reference` is the region
    /// the others are measured against.
    public init(indicator: String, regions: [(id: String, name: LocalizedText)], reference: String, target: Target,
                figures: FigureSet, asOf: Int) {
        self.indicator = indicator
        self.target = target
        self.asOf = asOf
        let ordered = regions.filter { $0.id == reference } + regions.filter { $0.id != reference }
        sides = ordered.map { region in
            Side(region: region.id, name: region.name,
                 figures: figures.series(SeriesID(region: region.id, indicator: indicator)).filter { $0.year <= asOf })
        }
        let years = Set(sides.flatMap { $0.figures.map(\.year) }).sorted()
        let sides = self.sides
        rows = years.map { year in Row(year: year, values: sides.map { side in side.figures.first { $0.year == year }?.value }) }
        let rows = self.rows
        trends = sides.indices.dropFirst().map { side in Self.trend(of: side, in: rows, direction: target.direction) }
    }

    /// The gap of a region to the reference in a year: its figure minus the reference's.
    public func gap(_ side: Int, in row: Row) -> Double? {
        guard let value = row.values[side], let reference = row.values[0] else { return nil }
        return value - reference
    }

    private static func trend(of side: Int, in rows: [Row], direction: Direction) -> GapTrend? {
        let common = rows.compactMap { row -> (Int, Double)? in
            guard let value = row.values[side], let reference = row.values[0] else { return nil }
            return (row.year, value - reference)
        }
        guard let first = common.first, let latest = common.last else { return nil }
        let movement: GapTrend.Movement
        let firstGap = Precision.rounded(first.1), latestGap = Precision.rounded(latest.1)
        if firstGap != 0 && latestGap != 0 && (firstGap > 0) != (latestGap > 0) {
            movement = .crossed
        } else if abs(latestGap) == abs(firstGap) || common.count == 1 {
            movement = .unchanged
        } else {
            movement = abs(latestGap) < abs(firstGap) ? .narrowing : .widening
        }
        return GapTrend(side: side, first: first, latest: latest, movement: movement)
    }

    /// Whether a gap leaves the region behind the reference (below it for an indicator
    /// where higher is better).
    public func isBehind(_ gap: Double) -> Bool {
        gap * target.direction.sign < 0
    }
}
