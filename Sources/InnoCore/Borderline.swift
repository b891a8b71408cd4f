/// When a class is a close call, so that nobody reads a ratio of 0.94 and one of 0.96 as
/// different worlds. One rule, for every screen and export.
public enum Borderline {
    /// How near a class boundary of the ratio `R` (0.95, 0.60, 0) is borderline.
    public static let ratioMargin = 0.05
    /// How near an edge of the mid-term band (±0.05) the margin `progress − time elapsed`
    /// is borderline: less than half the band, or all of it would be.
    public static let midtermMargin = 0.02

    /// Whether the assessment is borderline: its class comes from a ratio within 0.05 of a
    /// class boundary; or its value is within rounding of the goal (half a unit of the
    /// target's last decimal: 1.996 and 2.004 both show as 2.00 against a goal of 2); or its
    /// mid-term class from a margin within 0.02 of an edge of the band.
    public static func isBorderline(_ a: Assessment) -> Bool {
        switch a.status {
        case .onTrack, .moderateProgress, .insufficientProgress, .movingAway:
            if let ratio = a.ratio, ratio.isFinite,
               [Assessor.onTrackRatio, Assessor.moderateRatio, 0].contains(where: { !Precision.isAbove(abs(ratio - $0), ratioMargin) }) {
                return true
            }
        default: break
        }
        if let (value, goal) = comparedValue(a) {
            let half = 0.5 / pow10(a.target.decimals)
            if !Precision.isAbove(abs(value - goal), half) { return true }
        }
        switch a.midterm {
        case .ahead, .onSchedule, .behind:
            if let progress = a.progress, let elapsed = a.timeElapsed {
                let margin = progress - elapsed
                return [MidtermClass.band, -MidtermClass.band].contains { !Precision.isAbove(abs(margin - $0), midtermMargin) }
            }
        default: break
        }
        return false
    }

    /// The value set against the goal, in the unit the target's decimals apply to: the
    /// average growth so far (in %) against the goal's for an average-growth target, else
    /// the latest figure against the goal's value.
    private static func comparedValue(_ a: Assessment) -> (Double, Double)? {
        if case .averageGrowth(let goal, _) = a.target.form {
            guard let average = a.actualRate else { return nil }
            return (average * 100, goal.value)
        }
        guard let latest = a.latest, let goal = a.goalValue, a.target.kind == .numeric else { return nil }
        return (latest.value, goal)
    }

    private static func pow10(_ n: Int) -> Double {
        (0..<max(0, n)).reduce(1) { value, _ in value * 10 }
    }
}
