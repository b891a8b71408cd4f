/// Why a target's status moved between two points of the revision log: what the analyst
/// writes into the next briefing note after "since the last briefing".
public enum BriefingReason: Sendable, Hashable {
    /// A figure for a year that had none.
    case newFigure(series: SeriesID, year: Int, value: Double, isPreliminary: Bool)
    /// A figure that was there got another value or lost (or gained) its preliminary flag.
    case revisedFigure(series: SeriesID, year: Int, from: Double, to: Double, wasPreliminary: Bool, isPreliminary: Bool)
    /// A figure that was there is gone.
    case clearedFigure(series: SeriesID, year: Int, value: Double)
    /// The target is assessed as of another year (the latest year with a figure moved).
    case asOfYear(from: Int, to: Int)

    /// The code JSON and CSV use: `new-figure`, `revised-figure`, `cleared-figure`, `as-of-year`.
    public var code: String {
        switch self {
        case .newFigure: "new-figure"
        case .revisedFigure: "revised-figure"
        case .clearedFigure: "cleared-figure"
        case .asOfYear: "as-of-year"
        }
    }

    /// The series and year of a figure reason; nil for the as-of year.
    public var figure: (series: SeriesID, year: Int)? {
        switch self {
        case .newFigure(let series, let year, _, _), .revisedFigure(let series, let year, _, _, _, _),
             .clearedFigure(let series, let year, _):
            (series, year)
        case .asOfYear: nil
        }
    }

    /// One line for a briefing note, in the analyst's language: `revised figure 2023: 2.65 →
    /// 2.58 (preliminary → final)`, `2023年数据修订：2.65 → 2.58（初步数 → 最终数）`. The
    /// series is named only when it is not the target's own (a reference region's figure).
    public func sentence(for target: Target, language: Language) -> String {
        let value = { (v: Double) in FigureInput.text(v, of: target) }
        let whose = { (series: SeriesID) -> String in
            series == target.series ? "" : (language == .zh ? "\(series) " : " of \(series)")
        }
        switch (self, language) {
        case (.newFigure(let series, let year, let v, let preliminary), .en):
            return "new figure\(whose(series)) for \(year): \(value(v))" + (preliminary ? " (preliminary)" : "")
        case (.newFigure(let series, let year, let v, let preliminary), .zh):
            return "新增\(whose(series))\(year)年数据：\(value(v))" + (preliminary ? "（初步数）" : "")
        case (.revisedFigure(let series, let year, let old, let new, let wasPreliminary, let isPreliminary), .en):
            var text = "revised figure\(whose(series)) for \(year): "
            text += old == new ? value(new) : "\(value(old)) → \(value(new))"
            if wasPreliminary != isPreliminary {
                text += wasPreliminary ? " (preliminary → final)" : " (final → preliminary)"
            } else if isPreliminary {
                text += " (still preliminary)"
            }
            return text
        case (.revisedFigure(let series, let year, let old, let new, let wasPreliminary, let isPreliminary), .zh):
            var text = "\(whose(series))\(year)年数据修订："
            text += old == new ? value(new) : "\(value(old)) → \(value(new))"
            if wasPreliminary != isPreliminary {
                text += wasPreliminary ? "（初步数 → 最终数）" : "（最终数 → 初步数）"
            } else if isPreliminary {
                text += "（仍为初步数）"
            }
            return text
        case (.clearedFigure(let series, let year, let v), .en):
            return "figure\(whose(series)) for \(year) cleared (was \(value(v)))"
        case (.clearedFigure(let series, let year, let v), .zh):
            return "删除\(whose(series))\(year)年数据（原为\(value(v))）"
        case (.asOfYear(let from, let to), .en):
            return (to > from ? "a later as-of year: " : "an earlier as-of year: ") + "\(from) → \(to)"
        case (.asOfYear(let from, let to), .zh):
            return (to > from ? "评估年份推后：" : "评估年份提前：") + "\(from)年 → \(to)年"
        }
    }
}

/// A target whose status or mid-term class differs between two points of the revision
/// log, with the assessments at both and the reasons.
public struct BriefingChange: Sendable, Hashable {
    public var plan: PlanInfo
    public var before: Assessment
    public var after: Assessment
    /// Figure reasons first, by series and year; then the as-of year, when it moved.
    public var reasons: [BriefingReason]

    public var target: Target { after.target }

    /// Old → new: `on track → moderate progress; mid-term ahead → on schedule`, a borderline
    /// status marked `*`.
    public func movement(_ l: Language) -> String {
        func status(_ a: Assessment) -> String { a.status.word(l) + (a.isBorderline ? "*" : "") }
        func midterm(_ a: Assessment) -> String { a.midterm?.word(l) ?? "—" }
        var text = before.status == after.status ? status(after) : "\(status(before)) → \(status(after))"
        if before.midterm != nil || after.midterm != nil {
            let label = l == .en ? "mid-term " : "中期评估"
            text += (l == .en ? "; " : "；") + label + (before.midterm == after.midterm ? midterm(after) : "\(midterm(before)) → \(midterm(after))")
        }
        return text
    }

    public init(plan: PlanInfo, before: Assessment, after: Assessment, reasons: [BriefingReason]) {
        self.plan = plan
        self.before = before
        self.after = after
        self.reasons = reasons
    }
}

/// Since the last briefing: which targets changed status between two points of the revision
/// log, and why. Pure: the figures at both points and the revision rows between them in,
/// the list out.
///
/// The figures at a past point are today's figures with the later revisions walked back
/// (`figures(_:walkingBack:)`): each row carries the whole figure before it.
public enum BriefingChanges {
    /// The figures as they stood before `rows` (oldest first) were written: each row's
    /// `before` put back, newest row first.
    public static func figures(_ now: FigureSet, walkingBack rows: [Revision]) -> FigureSet {
        var figures = now
        for row in rows.reversed() {
            if let before = row.before {
                figures.insert(Figure(series: before.series, year: before.year, value: before.value, source: before.source,
                                      note: before.note, isPreliminary: before.isPreliminary, enteredAt: nil))
            } else {
                figures.remove(row.series, year: row.year)
            }
        }
        return figures
    }

    /// The as-of year of a plan at a point, as the commands take it by default: the latest
    /// year with a figure of the plan's series; nil when there is none.
    public static func latestYear(of plan: Plan, in figures: FigureSet) -> Int? {
        plan.seriesIDs.compactMap { figures.series($0).last?.year }.max()
    }

    /// The figure reasons of `rows` (oldest first): for each series and year, the figure
    /// before the first row set against the one after the last. A figure that ends as it
    /// started (a record then its undo), or whose value and preliminary flag stay (a new
    /// source or note), is no reason.
    public static func figureReasons(_ rows: [Revision]) -> [BriefingReason] {
        struct Key: Hashable, Comparable {
            var series: SeriesID
            var year: Int
            static func < (a: Key, b: Key) -> Bool { (a.series, a.year) < (b.series, b.year) }
        }
        var first: [Key: FigureEntry?] = [:]
        var last: [Key: FigureEntry?] = [:]
        for row in rows {
            let key = Key(series: row.series, year: row.year)
            if first.index(forKey: key) == nil { first[key] = .some(row.before) }
            last[key] = .some(row.after)
        }
        return first.keys.sorted().compactMap { key in
            let before = first[key]!, after = last[key]!
            switch (before, after) {
            case (nil, let after?):
                return .newFigure(series: key.series, year: key.year, value: after.value, isPreliminary: after.isPreliminary)
            case (let before?, nil):
                return .clearedFigure(series: key.series, year: key.year, value: before.value)
            case (let before?, let after?) where before.value != after.value || before.isPreliminary != after.isPreliminary:
                return .revisedFigure(series: key.series, year: key.year, from: before.value, to: after.value,
                                      wasPreliminary: before.isPreliminary, isPreliminary: after.isPreliminary)
            default:
                return nil
            }
        }
    }

    /// Every target of `plans` whose status or mid-term class differs between the figures
    /// `before` and `after`, each assessed as of `asOf` when given, else as of its plan's
    /// latest year with a figure at that point (the plan's end when it has none). `rows`
    /// are the revision rows between the two points, oldest first; a target's reasons are
    /// those of its series and its reference series, in years up to the later as-of year.
    public static func compare(plans: [Plan], before: FigureSet, after: FigureSet, between rows: [Revision], asOf: Int? = nil) -> [BriefingChange] {
        let reasons = figureReasons(rows)
        var changes: [BriefingChange] = []
        for plan in plans {
            let fallback = plan.endYear ?? 2000
            let oldYear = asOf ?? latestYear(of: plan, in: before) ?? fallback
            let newYear = asOf ?? latestYear(of: plan, in: after) ?? fallback
            for target in plan.targets {
                let old = Assessor.assess(target, in: before, asOf: oldYear)
                let new = Assessor.assess(target, in: after, asOf: newYear)
                guard old.status != new.status || old.midterm != new.midterm else { continue }
                let tracked = Set([target.series] + (target.referenceSeries.map { [$0] } ?? []))
                var why = reasons.filter { reason in
                    guard let figure = reason.figure else { return false }
                    return tracked.contains(figure.series) && figure.year <= max(oldYear, newYear)
                }
                if oldYear != newYear { why.append(.asOfYear(from: oldYear, to: newYear)) }
                changes.append(BriefingChange(plan: plan.info, before: old, after: new, reasons: why))
            }
        }
        return changes
    }
}
