import Foundation

/// The forms of target Chinese plans use beyond "a level by the deadline": a cumulative
/// change from the base, an average yearly growth over the period, and a level relative to
/// a reference region. Each is reduced to the method's terms (base, latest, goal, rates,
/// progress, time elapsed); the README gives the formulas.
extension Assessor {
    /// 累计降低/提高 p %: the goal is the base figure changed by p % of it, `G = y0·(1 + p/100)`,
    /// then assessed as a level. Without a figure (or the plan's value) for the baseline year
    /// the goal is unknown: no data, rather than a goal derived from another year.
    static func assessCumulativeChange(_ target: Target, change: Goal, known: [Figure], into result: inout Assessment) {
        guard let baseline = target.baseline,
              let base = known.first(where: { $0.year == baseline.year })?.value ?? baseline.value else {
            result.latest = known.last.map { Observation(year: $0.year, value: $0.value) }
            result.status = .noData
            return
        }
        let goal = Goal(change.comparator, base * (1 + change.value / 100))
        assessLevel(target, goal: goal, known: known, into: &result)
    }

    /// 年均增长 g %: the period runs from the year after the baseline year `t0` to the deadline
    /// `T`, `N = T − t0` years. The average so far is geometric over the years with a figure;
    /// a year without one is taken to have grown at that average. Only figures of the period
    /// count. The goal is met or missed on the whole period's average, once the figure of
    /// year `T` is in: before that the target is judged by its trend, never "met".
    static func assessAverageGrowth(_ target: Target, goal: Goal, measure: GrowthMeasure, known: [Figure], into result: inout Assessment) {
        guard let t0 = target.baseline?.year, let deadline = target.deadline, deadline > t0 else {
            result.status = .noData
            return
        }
        let inPeriod = known.filter { $0.year <= deadline }
        let end = min(result.asOf, deadline)
        switch measure {
        case .growthRate:
            assessGrowthRates(target, goal: goal, t0: t0, deadline: deadline, figures: inPeriod.filter { $0.year > t0 }, into: &result)
            let years = Set(inPeriod.map(\.year))
            result.missingYears = end > t0 ? ((t0 + 1)...end).filter { !years.contains($0) } : []
        case .level:
            assessGrowthOfLevels(target, goal: goal, t0: t0, deadline: deadline, figures: inPeriod, into: &result)
            let years = Set(inPeriod.map(\.year))
            result.missingYears = end >= t0 ? (t0...end).filter { !years.contains($0) && !($0 == t0 && target.baseline?.value != nil) } : []
        }
    }

    /// Figures that are yearly growth rates in %: `ā = (Π(1 + g_i/100))^(1/k) − 1` over the
    /// `k` years with a figure; needed from now `((1+g)^N / (1+ā)^(t−t0))^(1/(T−t)) − 1`.
    private static func assessGrowthRates(_ target: Target, goal: Goal, t0: Int, deadline: Int, figures: [Figure], into result: inout Assessment) {
        let required = goal.value / 100
        result.requiredRate = required
        result.goalValue = goal.value
        result.rateKind = .compound
        guard let last = figures.last, figures.allSatisfy({ $0.value > -100 }) else {
            result.latest = figures.last.map { Observation(year: $0.year, value: $0.value) }
            result.status = .noData
            return
        }
        let latest = Observation(year: last.year, value: last.value)
        result.latest = latest
        let logSum = figures.reduce(0) { $0 + log1p($1.value / 100) }
        let average = exp(logSum / Double(figures.count)) - 1
        result.actualRate = average
        result.gap = goal.value - average * 100
        let years = Double(deadline - t0), covered = Double(latest.year - t0)
        result.timeElapsed = covered / years
        if required != 0 {
            result.progress = covered * log1p(average) / (years * log1p(required))
        }
        let d = goal.comparator.direction.sign
        result.ratio = ratio(directedActual: d * average, directedRequired: d * required, required: required)
        if latest.year >= deadline {
            let satisfied = goal.comparator.isSatisfied(by: Precision.rounded(average * 100), goal: goal.value)
            result.status = satisfied ? .achieved : .missed
            return
        }
        if result.asOf > deadline {
            result.status = .noDeadlineFigure
            return
        }
        let remaining = Double(deadline - latest.year)
        let needed = exp((years * log1p(required) - covered * log1p(average)) / remaining) - 1
        result.neededRate = needed
        result.path = ((latest.year + 1)...deadline).map { Observation(year: $0, value: needed * 100) }
        result.status = status(forRatio: result.ratio ?? 0)
    }

    /// Figures that are levels: the goal is the base grown at g % a year to the deadline,
    /// `G = y0·(1+g)^(T−t0)`, assessed as a level (so `Ra` is the average so far, `Rr` is
    /// g and `R` the same ratio), except that progress is the share of the period's growth
    /// made, `ln(yt/y0) / ln(G/y0)`, as for growth rates, and the goal is judged only at
    /// the deadline.
    private static func assessGrowthOfLevels(_ target: Target, goal: Goal, t0: Int, deadline: Int, figures: [Figure], into result: inout Assessment) {
        guard let base = base(of: target, known: figures), base.value > 0 else {
            assessLevel(target, goal: nil, known: [], into: &result)
            return
        }
        let level = Goal(goal.comparator, base.value * pow(1 + goal.value / 100, Double(deadline - base.year)))
        assessLevel(target, goal: level, known: figures, into: &result)
        guard let latest = result.latest else { return }
        if latest.value > 0, level.value != base.value, latest.year > base.year {
            result.progress = log(latest.value / base.value) / log(level.value / base.value)
        }
        if result.status == .met {
            result.status = result.ratio.map(status(forRatio:)) ?? .notMet
        }
    }

    /// 不低于/达到或超过参照地区: the goal of each year is the reference region's figure of
    /// that year. Only years with both figures are compared; a year without a reference
    /// figure is named, not guessed. The series compared is the difference `D = y − ref`
    /// against a goal of 0, with linear rates: the actual rate is how much the target gains
    /// on the reference a year, the required rate what closes the base's gap by the deadline.
    static func assessRelative(_ target: Target, comparator: Comparator, known: [Figure], reference: [Figure], into result: inout Assessment) {
        var referenceByYear: [Int: Double] = [:]
        for figure in reference where figure.year <= result.asOf { referenceByYear[figure.year] = figure.value }
        let pairs = known.compactMap { figure in referenceByYear[figure.year].map { (year: figure.year, value: figure.value, reference: $0) } }
        result.referenceMissingYears = known.filter { referenceByYear[$0.year] == nil }.map(\.year)
        guard let last = pairs.last else {
            result.latest = known.last.map { Observation(year: $0.year, value: $0.value) }
            result.status = .noData
            return
        }
        let first = target.baseline.flatMap { baseline in pairs.first { $0.year >= baseline.year } } ?? pairs[0]
        let deadline = target.deadline ?? last.year
        result.base = Observation(year: first.year, value: first.value)
        result.latest = Observation(year: last.year, value: last.value)
        result.reference = Observation(year: last.year, value: last.reference)
        result.goalValue = last.reference
        result.gap = last.reference - last.value
        result.rateKind = .linear
        let d0 = first.value - first.reference, dt = last.value - last.reference
        let span = Double(last.year - first.year)
        if span >= 1 { result.actualRate = (dt - d0) / span }
        if d0 != 0 { result.progress = (dt - d0) / -d0 }
        if deadline > first.year {
            result.timeElapsed = span / Double(deadline - first.year)
            result.requiredRate = -d0 / Double(deadline - first.year)
        }
        let deadlineUnseen = result.asOf > deadline && last.year < deadline
        if deadline > last.year && !deadlineUnseen {
            result.neededRate = -dt / Double(deadline - last.year)
        }
        let d = comparator.direction.sign
        if let actual = result.actualRate, let required = result.requiredRate {
            result.ratio = ratio(directedActual: d * actual, directedRequired: d * required, required: required)
        }
        (result.status, result.achievedYear) = deadlineStatus(
            years: pairs.map(\.year), meets: { comparator.isSatisfied(by: pairs[$0].value, goal: pairs[$0].reference) },
            deadline: deadline, deadlineUnseen: deadlineUnseen, ratio: result.ratio)
    }
}
