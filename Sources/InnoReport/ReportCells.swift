import InnoCore
import InnoDraw

/// The cells of a report table (Markdown): the screen's numbers, with their units, since a
/// table pasted into a report has no bar beside it to give them scale.
enum ReportCells {
    static let none = "-"

    /// `2.11% (2020)`, `yes (2019)` for a milestone, `-` without a figure.
    static func latest(_ assessment: Assessment, _ language: Language) -> String {
        guard let latest = assessment.latest else { return none }
        let target = assessment.target
        let year = target.kind == .milestone ? assessment.achievedYear ?? latest.year : latest.year
        let figure = Formatting.figure(latest.value, of: target, language: language)
        let text = target.kind == .milestone ? figure : Formatting.withUnit(figure, target.unit, language: language)
        return text + " (\(year))"
    }

    /// What is left to the goal, in the target's unit; in percentage points for a share, so
    /// that 1.4 below 60% is not read as 1.4% of 60%. `-` once the goal is reached.
    static func gap(_ assessment: Assessment, _ language: Language) -> String {
        guard let gap = assessment.gap, gap.isFinite, !assessment.status.isSatisfied else { return none }
        let target = assessment.target
        let number = Formatting.gap(gap, of: target)
        if target.isPercentage || target.isGrowthRate { return number + (language == .zh ? "个百分点" : " pp") }
        return Formatting.withUnit(number, target.unit, language: language)
    }

    /// The latest figure carried to the deadline at the actual rate: `2.46% (2020)`.
    static func projection(_ assessment: Assessment, _ language: Language) -> String {
        guard let projection = assessment.projection, projection.isFinite, let deadline = assessment.target.deadline else { return none }
        let target = assessment.target
        let number = Formatting.number(projection, of: target)
        return Formatting.withUnit(number, target.unit, language: language) + " (\(deadline))"
    }
}
