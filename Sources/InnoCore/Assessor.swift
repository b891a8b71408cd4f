import Foundation

/// The metrics engine: assesses targets against their figures as of a year.
///
/// The method is Eurostat's for quantitative targets in the EU SDG monitoring report (as
/// Statistics Canada and Open SDG implement it): the ratio of the actual to the required
/// compound annual growth rate. The README gives every formula; the comments below name
/// the steps they follow.
public enum Assessor {
    /// Thresholds on the ratio `R` of actual to required growth.
    public static let onTrackRatio = 0.95
    public static let moderateRatio = 0.60
    /// Threshold on an indicator's yearly growth in the desired direction (1 %).
    public static let indicatorThreshold = 0.01

    /// Assesses every target of a plan. A relative target is measured against the figures
    /// of its reference region for the same indicator (`Target.referenceSeries`).
    public static func assess(plan: Plan, figures: FigureSet, asOf: Int) -> [Assessment] {
        plan.targets.map { assess($0, in: figures, asOf: asOf) }
    }

    /// The status of each target, the targets shared among the processor's cores: the
    /// dashboard counts the statuses of a whole plan (10,000 targets for a national office's)
    /// as it opens and at each change of the as-of year.
    public static func statuses(of targets: [Target], in figures: FigureSet, asOf: Int) -> [Status] {
        let parts = targets.count < 1_000 ? 1 : min(ProcessInfo.processInfo.activeProcessorCount, 8)
        guard parts > 1 else { return targets.map { assess($0, in: figures, asOf: asOf).status } }
        return [Status](unsafeUninitializedCapacity: targets.count) { buffer, count in
            // Each part writes its own slice of the buffer only.
            nonisolated(unsafe) let statuses = buffer
            DispatchQueue.concurrentPerform(iterations: parts) { part in
                let slice = targets.count * part / parts..<targets.count * (part + 1) / parts
                for i in slice {
                    (statuses.baseAddress! + i).initialize(to: assess(targets[i], in: figures, asOf: asOf).status)
                }
            }
            count = targets.count
        }
    }

    /// Assesses one target from the figures of its series (and of its reference series).
    public static func assess(_ target: Target, in figures: FigureSet, asOf: Int) -> Assessment {
        assess(target, series: figures.series(target.series), asOf: asOf,
               reference: target.referenceSeries.map(figures.series) ?? [])
    }

    /// Assesses one target from its figures (any order, one per year). `reference` holds
    /// the reference region's figures of the same indicator, for a relative target.
    public static func assess(_ target: Target, series: [Figure], asOf: Int, reference: [Figure] = []) -> Assessment {
        // A store's series come oldest first: then the known figures are a prefix, with no
        // filtering and sorting (ten thousand targets are assessed on every change).
        let known: [Figure]
        if !series.isInYearOrder {
            known = series.filter { $0.year <= asOf }.sorted { $0.year < $1.year }
        } else if let last = series.last, last.year > asOf {
            known = Array(series.prefix { $0.year <= asOf })
        } else {
            known = series  // as of the latest year or later, the usual case: not copied
        }
        var result = Assessment(target: target, asOf: asOf, status: .noData)
        if target.kind == .numeric, let first = known.first {
            result.missingYears = missingYears(from: first.year, to: asOf, in: known)
        }
        switch (target.kind, target.form) {
        case (.milestone, _):
            assessMilestone(target, known: known, into: &result)
        case (.numeric, .level):
            assessLevel(target, goal: target.goal, known: known, into: &result)
        case (.numeric, .cumulativeChange(let change)):
            assessCumulativeChange(target, change: change, known: known, into: &result)
        case (.numeric, .averageGrowth(let goal, let measure)):
            assessAverageGrowth(target, goal: goal, measure: measure, known: known, into: &result)
        case (.numeric, .relative(let comparator)):
            assessRelative(target, comparator: comparator, known: known, reference: reference, into: &result)
        }
        result.midterm = MidtermClass.of(result)
        result.isBorderline = Borderline.isBorderline(result)
        return result
    }

    /// The years from `start` to `end` without a figure, for figures oldest first.
    static func missingYears(from start: Int, to end: Int, in known: [Figure]) -> [Int] {
        var missing: [Int] = []
        var next = start
        for figure in known where figure.year >= next {
            while next < figure.year && next <= end {
                missing.append(next)
                next += 1
            }
            next = figure.year + 1
        }
        while next <= end {
            missing.append(next)
            next += 1
        }
        return missing
    }

    private static func assessMilestone(_ target: Target, known: [Figure], into result: inout Assessment) {
        let deadline = target.deadline ?? Int.max
        if let achieved = known.first(where: { Target.milestoneReached($0.value) }) {
            result.status = .achieved
            result.achievedYear = achieved.year
            result.latest = Observation(year: achieved.year, value: 1)
            return
        }
        result.latest = known.last.map { Observation(year: $0.year, value: $0.value) }
        if known.contains(where: { $0.year >= deadline }) {
            result.status = .missed  // recorded as not achieved in or after its deadline year
        } else if result.asOf > deadline {
            // Past the deadline, but nothing says whether it happened: no record at all, or
            // only records from before the deadline year.
            result.status = known.isEmpty ? .noData : .noDeadlineFigure
        } else {
            result.status = .pending
        }
    }

    /// The base year: the baseline year when a figure (or the plan's baseline value) exists
    /// for it, else the first year with a figure after it, else the first figure.
    static func base(of target: Target, known: [Figure]) -> Observation? {
        guard let first = known.first else { return nil }
        if let baseline = target.baseline {
            if let figure = known.first(where: { $0.year == baseline.year }) {
                return Observation(year: figure.year, value: figure.value)
            }
            if let value = baseline.value {
                return Observation(year: baseline.year, value: value)
            }
            if let after = known.first(where: { $0.year > baseline.year }) {
                return Observation(year: after.year, value: after.value)
            }
        }
        return Observation(year: first.year, value: first.value)
    }

    /// A level target (`goal`), or an indicator when `goal` is nil: steps 1–7 of the method.
    static func assessLevel(_ target: Target, goal: Goal?, known: [Figure], into result: inout Assessment) {
        // Step 1: no figure at or before the as-of year.
        guard let last = known.last, var base = base(of: target, known: known) else {
            result.status = .noData
            return
        }
        let latest = Observation(year: last.year, value: last.value)
        if base.year > latest.year { base = latest }  // a baseline value dated after every figure
        result.base = base
        result.latest = latest

        let span = Double(latest.year - base.year)
        let positive = base.value > 0 && latest.value > 0 && (goal.map { $0.value > 0 } ?? true)
        result.rateKind = positive ? .compound : .linear
        if span >= 1 {
            result.actualRate = positive
                ? pow(latest.value / base.value, 1 / span) - 1
                : (latest.value - base.value) / span
        }

        guard let goal else {
            assessIndicator(target, base: base, into: &result)
            return
        }
        result.goalValue = goal.value
        let d = goal.comparator.direction.sign
        result.gap = goal.value - latest.value
        if goal.value != base.value {
            result.progress = (latest.value - base.value) / (goal.value - base.value)
        }
        let deadline = target.deadline ?? latest.year
        // The deadline has passed and no figure reaches it: nothing is projected into the past.
        let deadlineUnseen = result.asOf > deadline && latest.year < deadline
        if deadline > base.year {
            result.timeElapsed = Double(latest.year - base.year) / Double(deadline - base.year)
            let toDeadline = Double(deadline - base.year)
            result.requiredRate = positive
                ? pow(goal.value / base.value, 1 / toDeadline) - 1
                : (goal.value - base.value) / toDeadline
        }
        if deadline > latest.year && !deadlineUnseen {
            let remaining = Double(deadline - latest.year)
            result.neededRate = positive
                ? pow(goal.value / latest.value, 1 / remaining) - 1
                : (goal.value - latest.value) / remaining
            if let actual = result.actualRate {
                result.projection = positive
                    ? latest.value * pow(1 + actual, remaining)
                    : latest.value + actual * remaining
            }
            result.path = requiredPath(from: latest, to: Observation(year: deadline, value: goal.value), compound: positive)
        }
        if let actual = result.actualRate, let required = result.requiredRate {
            result.ratio = ratio(directedActual: d * actual, directedRequired: d * required, required: required)
        }

        // Steps 2–7.
        (result.status, result.achievedYear) = deadlineStatus(
            years: known.map(\.year), meets: { goal.comparator.isSatisfied(by: known[$0].value, goal: goal.value) },
            deadline: deadline, deadlineUnseen: deadlineUnseen, ratio: result.ratio)
    }

    /// The required path from the latest figure to the goal at the deadline: each year's
    /// value growing at the rate needed from now (compound, or linear when a value is not
    /// positive), ending on the goal itself.
    static func requiredPath(from latest: Observation, to goal: Observation, compound: Bool) -> [Observation] {
        guard goal.year > latest.year else { return [] }
        let remaining = Double(goal.year - latest.year)
        return ((latest.year + 1)...goal.year).map { year in
            let share = Double(year - latest.year) / remaining
            if year == goal.year { return goal }
            let value = compound
                ? latest.value * pow(goal.value / latest.value, share)
                : latest.value + (goal.value - latest.value) * share
            return Observation(year: year, value: value)
        }
    }

    /// Steps 2–7 of the method for a target whose figures (their years, oldest first) each
    /// meet the goal or not: met before the deadline; achieved when the figure standing at
    /// the deadline (the last in or before its year) met it, else achieved late in the first
    /// year after it that did; missed once a figure reaches the deadline unmet; no deadline
    /// figure past a deadline without one; else the class of the ratio, or not met without one.
    static func deadlineStatus(years: [Int], meets: (Int) -> Bool, deadline: Int, deadlineUnseen: Bool,
                               ratio: Double?) -> (status: Status, achievedYear: Int?) {
        let last = years.count - 1
        if meets(last) {
            if years[last] < deadline { return (.met, nil) }
            if let atDeadline = years.lastIndex(where: { $0 <= deadline }), meets(atDeadline) { return (.achieved, nil) }
            return (.achievedLate, years.indices.first { years[$0] > deadline && meets($0) }.map { years[$0] })
        }
        if years[last] >= deadline { return (.missed, nil) }
        if deadlineUnseen { return (.noDeadlineFigure, nil) }
        if let ratio { return (status(forRatio: ratio), nil) }
        return (.notMet, nil)
    }

    /// `R = d·Ra / |Rr|`; when no growth is required, or the required growth points the
    /// wrong way because the base already met the goal, ±∞ or 0 by the sign of `d·Ra`.
    static func ratio(directedActual: Double, directedRequired: Double, required: Double) -> Double {
        if directedRequired > 0 {
            return directedActual / abs(required)
        }
        if directedActual > 0 { return .infinity }
        if directedActual < 0 { return -.infinity }
        return 0
    }

    /// The class of a ratio, compared at the engine's precision (`Precision`): a ratio
    /// of 0.95 computed as 0.94999… is on track.
    public static func status(forRatio ratio: Double) -> Status {
        if Precision.isAtLeast(ratio, onTrackRatio) { return .onTrack }
        if Precision.isAtLeast(ratio, moderateRatio) { return .moderateProgress }
        if Precision.isAtLeast(ratio, 0) { return .insufficientProgress }
        return .movingAway
    }

    /// The bounds of an indicator's classes in the units of its actual rate: +1 %, 0 and
    /// −1 % a year, or for linear rates those shares of the base value; none for a target,
    /// whose class the ratio carries. Screens keep a shown rate apart from them.
    public static func indicatorBounds(_ assessment: Assessment) -> [Double] {
        guard assessment.target.isIndicator, let base = assessment.base else { return [] }
        let scale = assessment.rateKind == .linear && base.value != 0 ? abs(base.value) : 1
        return [indicatorThreshold * scale, 0, -indicatorThreshold * scale]
    }

    /// An indicator is judged by its yearly growth in the desired direction (Eurostat's
    /// rule for indicators without a target). With linear rates (a value not positive),
    /// the change per year is taken relative to the size of the base value.
    private static func assessIndicator(_ target: Target, base: Observation, into result: inout Assessment) {
        guard let actual = result.actualRate else {
            result.status = .noTrend
            return
        }
        var growth = actual
        if result.rateKind == .linear {
            growth = base.value == 0 ? actual : actual / abs(base.value)
        }
        growth *= target.direction.sign
        // Compared at the engine's precision: exactly +1 % (computed 1.0000000000000009 %)
        // is not above 1 %.
        switch growth {
        case let g where Precision.isAbove(g, indicatorThreshold): result.status = .significantProgress
        case let g where Precision.isAtLeast(g, 0): result.status = .moderateProgress
        case let g where Precision.isAtLeast(g, -indicatorThreshold): result.status = .moderateMovementAway
        default: result.status = .significantMovementAway
        }
    }
}
