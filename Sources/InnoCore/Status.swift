/// Where a target stands, following Eurostat's assessment of progress towards targets.
public enum Status: String, Sendable, Hashable, CaseIterable, Codable {
    case achieved
    /// The goal is met now, but was not at its deadline: met first after the deadline year.
    case achievedLate = "achieved-late"
    case met
    case onTrack = "on-track"
    case moderateProgress = "moderate-progress"
    case insufficientProgress = "insufficient-progress"
    case movingAway = "moving-away"
    case missed
    /// Past the deadline with no figure for the deadline year or later: the figures before
    /// it say nothing sure about the deadline, so no trend or projection is claimed.
    case noDeadlineFigure = "no-deadline-figure"
    case notMet = "not-met"
    case noData = "no-data"
    case pending
    // Indicators without a goal, by their trend alone.
    case significantProgress = "significant-progress"
    case moderateMovementAway = "moderate-movement-away"
    case significantMovementAway = "significant-movement-away"
    /// An indicator with a single figure: no trend to judge yet.
    case noTrend = "no-trend"

    /// The code used in JSON and CSV output, such as `on-track`.
    public var code: String { rawValue }

    public func word(_ language: Language) -> String {
        switch (self, language) {
        case (.achieved, .en): "achieved"
        case (.achieved, .zh): "已实现"
        case (.achievedLate, .en): "achieved late"
        case (.achievedLate, .zh): "逾期实现"
        case (.met, .en): "met"
        case (.met, .zh): "已达标"
        case (.onTrack, .en): "on track"
        case (.onTrack, .zh): "进度正常"
        case (.moderateProgress, .en): "moderate progress"
        case (.moderateProgress, .zh): "需加快"
        case (.insufficientProgress, .en): "insufficient progress"
        case (.insufficientProgress, .zh): "进展不足"
        case (.movingAway, .en): "moving away"
        case (.movingAway, .zh): "背离目标"
        case (.missed, .en): "missed"
        case (.missed, .zh): "未实现"
        case (.noDeadlineFigure, .en): "no deadline figure"
        case (.noDeadlineFigure, .zh): "缺截止年数据"
        case (.notMet, .en): "not met"
        case (.notMet, .zh): "未达标"
        case (.noData, .en): "no data"
        case (.noData, .zh): "无数据"
        case (.pending, .en): "pending"
        case (.pending, .zh): "待实现"
        case (.significantProgress, .en): "significant progress"
        case (.significantProgress, .zh): "显著进步"
        case (.moderateMovementAway, .en): "moderate movement away"
        case (.moderateMovementAway, .zh): "小幅倒退"
        case (.significantMovementAway, .en): "significant movement away"
        case (.significantMovementAway, .zh): "明显倒退"
        case (.noTrend, .en): "no trend yet"
        case (.noTrend, .zh): "趋势待定"
        }
    }

    /// How a status reads at a glance, so that colour is never the only carrier.
    public enum Tone: Sendable, Hashable {
        /// Achieved, met, on track, significant progress.
        case good
        /// Moderate progress: needs to speed up; achieved late; no figure for the deadline.
        case warning
        /// Insufficient progress, moving away, missed.
        case bad
        /// No data, not met without a trend, pending.
        case neutral
    }

    public var tone: Tone {
        switch self {
        case .achieved, .met, .onTrack, .significantProgress: .good
        case .moderateProgress, .achievedLate, .noDeadlineFigure: .warning
        case .insufficientProgress, .movingAway, .missed, .moderateMovementAway, .significantMovementAway: .bad
        case .notMet, .noData, .pending, .noTrend: .neutral
        }
    }

    /// Whether a script watching the plan should be told: `innodash check` fails on these.
    /// A target past its deadline without a figure for it is among them: nothing shows
    /// that it was met.
    public var isOffTrack: Bool {
        self == .insufficientProgress || self == .movingAway || self == .missed || self == .noDeadlineFigure
    }

    /// Whether the goal is reached as of the latest figure (on time or not).
    public var isSatisfied: Bool { self == .achieved || self == .achievedLate || self == .met }
}
