/// A value of a target in a year.
public struct Observation: Sendable, Hashable, Codable {
    public var year: Int
    public var value: Double

    public init(year: Int, value: Double) {
        self.year = year
        self.value = value
    }
}

/// How growth rates were computed for an assessment.
public enum RateKind: String, Sendable, Hashable, Codable {
    /// Compound annual growth rates, as fractions per year (0.05 = 5 %/yr).
    case compound
    /// Linear change per year in the target's unit, used when a value is not positive.
    case linear
}

/// What the engine concludes about one target as of one year. Every number is nil where
/// it is not defined (no trend, no goal, the deadline reached).
public struct Assessment: Sendable, Hashable {
    public var target: Target
    public var asOf: Int
    public var status: Status
    /// The base figure `t0, y0` that growth is measured from.
    public var base: Observation?
    /// The latest figure `t, yt` at or before the as-of year.
    public var latest: Observation?
    /// The year a milestone was achieved.
    public var achievedYear: Int?
    public var rateKind: RateKind?
    /// `Ra`: the actual yearly growth from base to latest.
    public var actualRate: Double?
    /// `Rr`: the yearly growth from the base that reaches the goal by the deadline.
    public var requiredRate: Double?
    /// `R = d·Ra / |Rr|`, possibly ±∞ when no growth is required.
    public var ratio: Double?
    /// The yearly growth needed from the latest figure to reach the goal by the deadline.
    public var neededRate: Double?
    /// The latest figure carried forward at the actual rate to the deadline.
    public var projection: Double?
    /// `G − yt`, in the target's unit.
    public var gap: Double?
    /// `(yt − y0)/(G − y0)`: the share of the way from base to goal covered.
    public var progress: Double?
    /// `(t − t0)/(T − t0)`: the share of the time from base to deadline gone.
    public var timeElapsed: Double?
    /// Years without a figure between the first figure and the as-of year (numeric
    /// targets; a milestone is recorded once, not yearly).
    public var missingYears: [Int]

    public init(target: Target, asOf: Int, status: Status) {
        self.target = target
        self.asOf = asOf
        self.status = status
        self.missingYears = []
    }
}
