import InnoCore

/// How an assessment's numbers read in a table cell, the same in the summary and the
/// dashboard's overview.
extension Formatting {
    /// The latest figure with its year, `2.11 (2020)`; for a milestone, `yes (2019)`.
    public static func latest(_ assessment: Assessment, _ language: Language) -> String {
        guard let latest = assessment.latest else { return "-" }
        if assessment.target.kind == .milestone, let year = assessment.achievedYear { return "\(language == .zh ? "是" : "yes") (\(year))" }
        return figure(latest.value, of: assessment.target, language: language) + " (\(latest.year))"
    }

    /// The distance to the goal, empty once the goal is satisfied.
    public static func gap(_ assessment: Assessment) -> String {
        guard let gap = assessment.gap, !assessment.status.isSatisfied else { return "" }
        return Formatting.gap(gap, of: assessment.target)
    }

    /// The value projected at the deadline at the current pace, with the deadline.
    public static func projection(_ assessment: Assessment) -> String {
        guard let projection = assessment.projection, let deadline = assessment.target.deadline else { return "" }
        return number(projection, of: assessment.target) + " (\(deadline))"
    }
}
