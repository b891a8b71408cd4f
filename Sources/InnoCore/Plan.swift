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

    public init(info: PlanInfo, groups: [TargetGroup], targets: [Target]) {
        self.info = info
        self.groups = groups
        self.targets = targets
        self.index = TargetIndex(targets)
    }

    public func target(id: String) -> Target? {
        index.byID[id].map { targets[$0] }
    }

    public func targets(inGroup groupID: String) -> [Target] {
        (index.byGroup[groupID] ?? []).map { targets[$0] }
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

/// The positions of a plan's targets by id (the first target with an id) and by group.
private struct TargetIndex: Sendable {
    var byID: [String: Int] = [:]
    var byGroup: [String: [Int]] = [:]

    init(_ targets: [Target]) {
        byID.reserveCapacity(targets.count)
        for (position, target) in targets.enumerated() {
            if byID[target.id] == nil { byID[target.id] = position }
            byGroup[target.group, default: []].append(position)
        }
    }
}

/// What the plan is, where it applies and the document it comes from.
public struct PlanInfo: Sendable, Hashable {
    public var id: String
    public var title: LocalizedText
    public var region: LocalizedText
    public var source: String

    public init(id: String, title: LocalizedText, region: LocalizedText, source: String) {
        self.id = id
        self.title = title
        self.region = region
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

/// A numeric target, an indicator (numeric, no goal) or a milestone (a yes/no achievement).
public struct Target: Sendable, Hashable, Identifiable {
    public enum Kind: String, Sendable, Hashable, Codable {
        case numeric, milestone
    }

    public var id: String
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
    /// Decimals to show values with.
    public var decimals: Int
    /// The year by which the goal is due; nil for an indicator without one.
    public var deadline: Int?
    public var baseline: Baseline?
    /// The sentence of the source document that states the target, in its own words.
    public var quote: String?
    /// The document the target comes from.
    public var source: String
    /// A remark for the analyst, such as how a vague wording was read.
    public var note: String?
    /// Other names the target goes by in bulletins and news (研发投入强度 for the R&D
    /// expenditure share of GDP): the plan's `aliases`, for reading figures from texts.
    public var aliases: [String]

    public init(
        id: String, group: String, kind: Kind, name: LocalizedText, unit: LocalizedText? = nil, isCount: Bool = false,
        goal: Goal? = nil, direction: Direction? = nil, decimals: Int = 0, deadline: Int? = nil,
        baseline: Baseline? = nil, quote: String? = nil, source: String = "", note: String? = nil,
        aliases: [String] = []
    ) {
        self.id = id
        self.group = group
        self.kind = kind
        self.name = name
        self.unit = unit
        self.isCount = isCount
        self.goal = goal
        self.direction = direction ?? goal?.comparator.direction ?? .up
        self.decimals = decimals
        self.deadline = deadline
        self.baseline = baseline
        self.quote = quote
        self.source = source
        self.note = note
        self.aliases = aliases
    }

    /// Whether a milestone's recorded value says it is reached. The store keeps a milestone
    /// as 1 (yes) or 0 (no); anything from one half up reads as yes.
    public static func milestoneReached(_ value: Double) -> Bool { value >= 0.5 }

    /// A numeric series tracked without a goal of its own.
    public var isIndicator: Bool { kind == .numeric && goal == nil }

    /// Whether values are shares in per cent, which cannot exceed 100.
    public var isPercentage: Bool { unit?.en == "%" }

    /// The values a figure of this target can take, as `FigureInput` accepts them: 0 to
    /// 100 for a share, 0 or more for a count; nil when any value can be.
    public var possibleValues: ClosedRange<Double>? {
        if isPercentage { return 0...100 }
        if isCount { return 0...Double.infinity }
        return nil
    }
}
