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
    /// targets; a milestone is recorded once, not yearly). For an average-growth target,
    /// the years of its period up to the as-of year without a figure.
    public var missingYears: [Int]
    /// The goal in the figures' unit, as assessed: the plan's goal for a level target; the
    /// level derived from the base for a cumulative change and an average growth measured
    /// on levels; the average growth in % for one measured on growth rates; the reference
    /// region's figure of the latest year for a relative target.
    public var goalValue: Double?
    /// The class of a Chinese mid-term evaluation (中期评估); nil where it does not apply
    /// (no goal, no trend yet, the deadline's figure in).
    public var midterm: MidtermClass?
    /// Whether the class is a close call: see `Borderline`.
    public var isBorderline: Bool
    /// The required path from the latest figure: for each year after it up to the
    /// deadline, the value the target must reach there, growing at `neededRate`.
    public var path: [Observation]
    /// A relative target: the reference region's figure in the latest year compared.
    public var reference: Observation?
    /// A relative target: years with a figure of the target but none of the reference
    /// region, which are not compared (not guessed).
    public var referenceMissingYears: [Int]

    public init(target: Target, asOf: Int, status: Status) {
        self.target = target
        self.asOf = asOf
        self.status = status
        self.missingYears = []
        self.isBorderline = false
        self.path = []
        self.referenceMissingYears = []
    }
}
