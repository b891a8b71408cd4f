/// The classes of a Chinese mid-term evaluation (中期评估) of a plan: progress towards the
/// goal set against the share of the plan's time gone (时间过半、任务过半).
public enum MidtermClass: String, Sendable, Hashable, CaseIterable, Codable {
    /// 提前实现: the goal is reached before its deadline.
    case achievedEarly = "achieved-early"
    /// 快于预期: progress ahead of the time elapsed by the band or more.
    case ahead
    /// 基本符合预期: progress within the band of the time elapsed.
    case onSchedule = "on-schedule"
    /// 相对滞后: progress behind the time elapsed by the band or more.
    case behind

    /// The code used in JSON and CSV output, such as `on-schedule`.
    public var code: String { rawValue }

    public func word(_ language: Language) -> String {
        switch (self, language) {
        case (.achievedEarly, .en): "achieved early"
        case (.achievedEarly, .zh): "提前实现"
        case (.ahead, .en): "ahead"
        case (.ahead, .zh): "快于预期"
        case (.onSchedule, .en): "on schedule"
        case (.onSchedule, .zh): "基本符合预期"
        case (.behind, .en): "behind"
        case (.behind, .zh): "相对滞后"
        }
    }

    /// The half-width of the on-schedule band, in shares of the way to the goal and of the
    /// time: progress − time elapsed `>= +0.05` is ahead, `<= −0.05` behind, in between on
    /// schedule. In a five-year plan a year is 0.2 of the time, so 0.05 is a quarter of a
    /// year's share; less than that is within what one revision of a figure moves.
    public static let band = 0.05

    /// The class from the margin `progress − timeElapsed`, compared at the engine's precision.
    public static func forMargin(_ margin: Double) -> MidtermClass {
        if Precision.isAtLeast(margin, band) { return .ahead }
        if Precision.isAbove(margin, -band) { return .onSchedule }
        return .behind
    }

    /// The mid-term class of an assessment: achieved early when the goal is met before the
    /// deadline (a milestone achieved before it, as of a year before it), else by the margin
    /// of progress over time elapsed while the plan runs. None for an indicator, a pending
    /// milestone, a target without a trend yet, and once the deadline's figure is in or the
    /// deadline has passed (the status then says achieved or missed). An average-growth
    /// target is never achieved early: the years still to come count in its average.
    public static func of(_ a: Assessment) -> MidtermClass? {
        let target = a.target
        if target.kind == .milestone {
            guard a.status == .achieved, let year = a.achievedYear, let deadline = target.deadline,
                  year < deadline, a.asOf < deadline else { return nil }
            return .achievedEarly
        }
        if a.status == .met { return .achievedEarly }
        switch a.status {
        case .onTrack, .moderateProgress, .insufficientProgress, .movingAway: break
        default: return nil
        }
        guard let progress = a.progress, let elapsed = a.timeElapsed, elapsed > 0,
              progress.isFinite, elapsed.isFinite else { return nil }
        return forMargin(progress - elapsed)
    }
}
