/// A policy plan: its targets, arranged in groups. Loaded from a plan file by `PlanLoader`.
public struct Plan: Sendable, Hashable {
    public var info: PlanInfo
    public var groups: [TargetGroup]
    public var targets: [Target] {
        didSet { index = TargetIndex(targets) }
    }
    /// Where each target id and group sits in `targets`, so that a plan of ten thousand
    /// targets is looked up without a search.
    private var index: TargetIndex

    /// A target whose series names no region tracks its indicator in the plan's region.
    public init(info: PlanInfo, groups: [TargetGroup], targets: [Target]) {
        self.info = info
        self.groups = groups
        // In place: the targets are not copied one by one (ten thousand in a large plan).
        var targets = targets
        for index in targets.indices where targets[index].series.region.isEmpty {
            targets[index].series.region = info.regionID
        }
        self.targets = targets
        self.index = TargetIndex(targets)
    }

    public func target(id: String) -> Target? {
        index.byID[id].map { targets[$0] }
    }

    /// The targets that track a series.
    public func targets(tracking series: SeriesID) -> [Target] {
        (index.bySeries[series] ?? []).map { targets[$0] }
    }

    /// The positions in `targets` of the targets assessed on a series' figures: the ones that
    /// track it and the relative ones measured against it (`referenceSeries`), in the plan's order.
    public func positions(assessedOn series: SeriesID) -> [Int] {
        let tracking = index.bySeries[series] ?? [], measuring = index.byReference[series] ?? []
        return measuring.isEmpty ? tracking : (tracking + measuring).sorted()
    }

    /// Every series the plan's targets track, each once, in the order of the targets.
    public var seriesIDs: [SeriesID] {
        var seen: Set<SeriesID> = []
        return targets.map(\.series).filter { seen.insert($0).inserted }
    }

    public func targets(inGroup groupID: String) -> [Target] {
        (index.byGroup[groupID] ?? []).map { targets[$0] }
    }

    /// The target at `position` among the group's targets, if there is one.
    public func target(inGroup groupID: String, at position: Int) -> Target? {
        guard let positions = index.byGroup[groupID], positions.indices.contains(position) else { return nil }
        return targets[positions[position]]
    }

    /// Whether any target belongs to the group.
    public func hasTargets(inGroup groupID: String) -> Bool {
        index.byGroup[groupID]?.isEmpty == false
    }

    /// The last deadline of the plan, the year it ends.
    public var endYear: Int? {
        targets.compactMap(\.deadline).max()
    }

    public static func == (a: Plan, b: Plan) -> Bool {
        a.info == b.info && a.groups == b.groups && a.targets == b.targets
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(info)
        hasher.combine(groups)
        hasher.combine(targets)
    }
}

/// The positions of a plan's targets by id (the first target with an id), by group and by series.
private struct TargetIndex: Sendable {
    var byID: [String: Int] = [:]
    var byGroup: [String: [Int]] = [:]
    var bySeries: [SeriesID: [Int]] = [:]
    /// Relative targets by their reference series.
    var byReference: [SeriesID: [Int]] = [:]

    init(_ targets: [Target]) {
        byID.reserveCapacity(targets.count)
        for (position, target) in targets.enumerated() {
            if byID[target.id] == nil { byID[target.id] = position }
            byGroup[target.group, default: []].append(position)
            bySeries[target.series, default: []].append(position)
            if let reference = target.referenceSeries, reference != target.series { byReference[reference, default: []].append(position) }
        }
    }
}

/// What the plan is, where it applies and the document it comes from.
public struct PlanInfo: Sendable, Hashable {
    public var id: String
    public var title: LocalizedText
    public var region: LocalizedText
    /// The region's id, which names the series of the plan's targets (`chongqing`): the
    /// plan file's `region.id`, else made from the English name (`SeriesID.regionID`).
    public var regionID: String
    public var source: String

    public init(id: String, title: LocalizedText, region: LocalizedText, regionID: String? = nil, source: String) {
        self.id = id
        self.title = title
        self.region = region
        self.regionID = regionID ?? SeriesID.regionID(fromName: region.en, fallback: id)
        self.source = source
    }
}

/// A named group of targets, such as "2020 goals".
public struct TargetGroup: Sendable, Hashable {
    public var id: String
    public var name: LocalizedText

    public init(id: String, name: LocalizedText) {
        self.id = id
        self.name = name
    }
}

/// Whether higher or lower values are better.
public enum Direction: String, Sendable, Hashable, Codable {
    case up, down

    /// +1 when higher is better, −1 when lower is better: the `d` of the assessment formulas.
    public var sign: Double { self == .up ? 1 : -1 }
}

/// How a value is compared with a goal.
public enum Comparator: String, Sendable, Hashable, CaseIterable, Codable {
    case above = ">"
    case atLeast = ">="
    case below = "<"
    case atMost = "<="

    public var direction: Direction {
        switch self {
        case .above, .atLeast: .up
        case .below, .atMost: .down
        }
    }

    /// Whether `value` meets `goal`. Strict comparators need strict inequality:
    /// 2.00 does not meet `> 2`.
    public func isSatisfied(by value: Double, goal: Double) -> Bool {
        switch self {
        case .above: value > goal
        case .atLeast: value >= goal
        case .below: value < goal
        case .atMost: value <= goal
        }
    }
}

/// A goal a numeric target must reach: "above 2", "at least 1.2".
public struct Goal: Sendable, Hashable {
    public var comparator: Comparator
    public var value: Double

    public init(_ comparator: Comparator, _ value: Double) {
        self.comparator = comparator
        self.value = value
    }
}

/// The base year of a target, and optionally the value the plan gives for it.
public struct Baseline: Sendable, Hashable {
    public var year: Int
    public var value: Double?

    public init(year: Int, value: Double? = nil) {
        self.year = year
        self.value = value
    }
}

/// Whether an average-growth target's figures are yearly growth rates in per cent, or
/// levels whose growth is computed.
public enum GrowthMeasure: String, Sendable, Hashable, Codable {
    case growthRate = "growth-rate"
    case level
}

/// What a numeric target asks, as Chinese plans write targets: a level by the deadline (the
/// first version's only form), an average yearly growth over the period (年均增长), a
/// cumulative change from the base (累计降低/提高), or a level relative to a reference
/// region's figure each year (不低于全国平均水平).
public enum TargetForm: Sendable, Hashable {
    /// `Target.goal` by the deadline (or, without a goal, an indicator).
    case level
    /// The period's average yearly growth, in per cent, compared with the goal's value:
    /// `>= 7` is 年均增长7%以上. The period runs from the year after the baseline year to
    /// the deadline.
    case averageGrowth(Goal, measure: GrowthMeasure)
    /// The change from the base figure, in per cent of it, by the deadline: `<= -13.5` is
    /// 降低13.5%. The goal level is derived from the base figure.
    case cumulativeChange(Goal)
    /// At each year the reference region's figure of that year is the goal:
    /// `>=` is 达到或超过全国平均水平. `Target.reference` names the region.
    case relative(Comparator)

    /// The comparator the form states, if any.
    public var comparator: Comparator? {
        switch self {
        case .level: nil
        case .averageGrowth(let goal, _), .cumulativeChange(let goal): goal.comparator
        case .relative(let comparator): comparator
        }
    }
}

/// A numeric target, an indicator (numeric, no goal) or a milestone (a yes/no achievement).
public struct Target: Sendable, Hashable, Identifiable {
    public enum Kind: String, Sendable, Hashable, Codable {
        case numeric, milestone
    }

    public var id: String
    /// The series whose figures the target is assessed on.
    public var series: SeriesID
    public var group: String
    public var kind: Kind
    public var name: LocalizedText
    /// The unit of a numeric target; nil for milestones.
    public var unit: LocalizedText?
    /// Whether values are counts (of institutions, people, patents…) or rates of counts
    /// (patents per 10,000 people), which cannot be negative: the plan's `"count": true`.
    public var isCount: Bool
    /// The goal; nil for indicators and milestones.
    public var goal: Goal?
    /// The desired direction of an indicator; for a target, the goal's.
    public var direction: Direction
    /// Decimals to show values with, within `decimalsRange`.
    public var decimals: Int
    /// The decimals a plan may give a target.
    public static let decimalsRange = 0...6
    /// The year by which the goal is due; nil for an indicator without one.
    public var deadline: Int?
    public var baseline: Baseline?
    /// The sentence of the source document that states the target, in its own words.
    public var quote: String?
    /// The document the target comes from.
    public var source: String
    /// A remark for the analyst, such as how a vague wording was read.
    public var note: String?
    /// What the target asks: a level (with `goal`), an average growth, a cumulative change,
    /// or a level relative to a reference region. Always `.level` for a milestone.
    public var form: TargetForm
    /// 约束性 (binding) when true; 预期性 (anticipatory), the plan's default, when false.
    public var isBinding: Bool
    /// The region whose figures of the same indicator are the goal of a relative target
    /// (a region id such as `china`); nil for other forms.
    public var reference: String?
    /// The plan's words for the reference ("全国平均水平"), when it gives them.
    public var referenceName: LocalizedText?
    /// Other names the target goes by in bulletins and news (研发投入强度 for the R&D
    /// expenditure share of GDP): the plan's `aliases`, for reading figures from texts.
    public var aliases: [String]

    /// The series a relative target is measured against: its indicator in the reference region.
    public var referenceSeries: SeriesID? {
        reference.map { SeriesID(region: $0, indicator: series.indicator) }
    }

    /// `series` defaults to the target's id as an indicator of the plan's region (an empty
    /// region, which `Plan` fills in): the series of a plan file that names none.
    public init(
        id: String, series: SeriesID? = nil, group: String, kind: Kind, name: LocalizedText, unit: LocalizedText? = nil, isCount: Bool = false,
        goal: Goal? = nil, direction: Direction? = nil, decimals: Int = 0, deadline: Int? = nil,
        baseline: Baseline? = nil, quote: String? = nil, source: String = "", note: String? = nil,
        form: TargetForm = .level, isBinding: Bool = false, reference: String? = nil, referenceName: LocalizedText? = nil,
        aliases: [String] = []
    ) {
        self.id = id
        self.series = series ?? SeriesID(region: "", indicator: id)
        self.group = group
        self.kind = kind
        self.name = name
        self.unit = unit
        self.isCount = isCount
        self.goal = goal
        self.direction = direction ?? goal?.comparator.direction ?? form.comparator?.direction ?? .up
        self.decimals = decimals
        self.deadline = deadline
        self.baseline = baseline
        self.quote = quote
        self.source = source
        self.note = note
        self.form = form
        self.isBinding = isBinding
        self.reference = reference
        self.referenceName = referenceName
        self.aliases = aliases
    }

    /// Whether a milestone's recorded value says it is reached. The store keeps a milestone
    /// as 1 (yes) or 0 (no); anything from one half up reads as yes.
    public static func milestoneReached(_ value: Double) -> Bool { value >= 0.5 }

    /// A numeric series tracked without a goal of its own.
    public var isIndicator: Bool { kind == .numeric && goal == nil && form == .level }

    /// The goal as the plan states it: the level for a level target, the yearly growth in %
    /// for an average growth, the change in % of the base for a cumulative change; nil for
    /// an indicator, a milestone and a relative target (whose goal is the reference's figure).
    public var statedGoal: Goal? {
        switch form {
        case .level: goal
        case .averageGrowth(let goal, _), .cumulativeChange(let goal): goal
        case .relative: nil
        }
    }

    /// The kind as the plan format and the exports name it: `level`, `average-growth`,
    /// `cumulative-change`, `relative`, `milestone` or `indicator`.
    public var kindCode: String {
        if kind == .milestone { return "milestone" }
        switch form {
        case .level: return goal == nil ? "indicator" : "level"
        case .averageGrowth: return "average-growth"
        case .cumulativeChange: return "cumulative-change"
        case .relative: return "relative"
        }
    }

    /// Whether values are shares in per cent, which cannot exceed 100. Yearly growth rates
    /// in per cent (an average-growth target's `growth-rate` figures) are not shares.
    public var isPercentage: Bool { unit?.en == "%" && !isGrowthRate }

    /// Whether the figures are yearly growth rates in per cent, which may be negative.
    public var isGrowthRate: Bool {
        if case .averageGrowth(_, .growthRate) = form { return true }
        return false
    }

    /// The values a figure of this target can take, as `FigureInput` accepts them: 0 to
    /// 100 for a share, 0 or more for a count; nil when any value can be.
    public var possibleValues: ClosedRange<Double>? {
        if isPercentage { return 0...100 }
        if isCount { return 0...Double.infinity }
        return nil
    }
}
