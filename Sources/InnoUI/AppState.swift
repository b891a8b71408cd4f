import InnoCore
import InnoDraw

/// The dashboard's screens.
public enum Screen: String, Sendable, CaseIterable {
    case overview, detail, entry, summary, help, compare, review, since
}

/// A line of feedback under the screen: what was saved, undone, or refused and why.
public struct Message: Sendable, Equatable {
    public var text: String
    public var isError: Bool

    public init(_ text: String, isError: Bool = false) {
        self.text = text
        self.isError = isError
    }
}

/// Everything the dashboard shows and remembers between keys. `update` changes it,
/// `DashboardView` draws it; neither does I/O.
public struct AppState: Sendable {
    /// The plan on screen (`v` shows the next of `catalog`).
    public private(set) var plan: Plan
    /// Every plan of the database: `v` moves between them, `c` compares a target's
    /// indicator across the regions their series cover.
    public let catalog: PlanCatalog
    /// The current figures, as the store last reported them. Setting them counts every
    /// target again; `replaceSeries` counts only the target it changes.
    public var figures: FigureSet {
        get { storedFigures }
        set {
            storedFigures = newValue
            figureYears = (newValue.firstYear, newValue.latestYear)
            countStatuses()
        }
    }
    private var storedFigures: FigureSet
    /// The first and last year of any figure, kept with the figures: a plan of ten
    /// thousand targets is not walked on every frame.
    private var figureYears: (first: Int?, last: Int?)
    /// The plan's earliest baseline year and latest deadline.
    public private(set) var planBaselineYear: Int?
    public private(set) var planEndYear: Int?
    private var planFirstDeadline: Int?
    /// The year the targets are assessed as of (`[` and `]` move it).
    public var asOf: Int {
        didSet { if asOf != oldValue { countStatuses() } }
    }
    /// Every group's targets counted by status (the Plan panel's), by group id: counted
    /// when the figures or the year change, not on every frame, so a row move in a plan of
    /// ten thousand targets assesses only what it shows, and a save only its target.
    public private(set) var statusCounts: [String: [Status: Int]] = [:]
    /// The status of each target of the plan, by its position in `plan.targets`.
    private var statuses: [Status] = []
    public var language: Language
    public var glyphs: Glyphs
    public var screen: Screen = .overview
    /// Where Help returns to.
    public var screenBeforeHelp: Screen = .overview
    /// Index into `groups` of the group on screen.
    public var groupIndex = 0
    /// The selected target: an index into the current group's targets, shared by the
    /// overview, detail and entry screens so moving in one carries to the others.
    public var row = 0
    /// First line of the help text shown.
    public var helpScroll = 0
    public var entry: EntryState
    /// A line of text being typed at the bottom of the screen (search, source, note).
    public var prompt: Prompt?
    /// The last search, for `n`.
    public var lastSearch: String?
    public var message: Message?
    /// The "Since …" screen's log and point, once the store has read the log (`b`).
    public var since: SinceState?
    /// A change sent to the store whose answer has not come back yet.
    public var pending: PendingChange?
    /// A typed value the store could not be reached to save: it stays in its cell and is
    /// saved again and again (`Event.retryUnsaved`) until the store is back.
    public var unsaved: UnsavedChange?
    /// The what-if figures (`w` in the entry grid), apart from the official ones.
    public var scenario = FigureSet()
    /// Figures read from a text, waiting for the analyst to accept or skip each.
    public var review: ReviewState?

    /// `catalog`: the plans `v` moves between (the one plan when not given).
    public init(plan: Plan, figures: FigureSet, asOf: Int, language: Language, glyphs: Glyphs = .unicode, catalog: PlanCatalog? = nil) {
        self.plan = plan
        self.catalog = catalog ?? PlanCatalog([plan])
        self.storedFigures = figures
        self.figureYears = (figures.firstYear, figures.latestYear)
        self.planBaselineYear = plan.targets.compactMap(\.baseline?.year).min()
        self.planEndYear = plan.endYear
        self.planFirstDeadline = plan.targets.compactMap(\.deadline).min()
        self.language = language
        self.glyphs = glyphs
        self.asOf = asOf
        self.entry = EntryState(year: asOf)
        let years = self.years
        self.asOf = min(max(asOf, years.lowerBound), years.upperBound)
        self.entry.year = self.asOf
        countStatuses()
    }

    /// Shows another plan of the catalog: its first group, the same as-of year where the
    /// plan's years allow it, the statuses counted again.
    public mutating func show(_ plan: Plan) {
        self.plan = plan
        planBaselineYear = plan.targets.compactMap(\.baseline?.year).min()
        planEndYear = plan.endYear
        planFirstDeadline = plan.targets.compactMap(\.deadline).min()
        groupIndex = 0
        row = 0
        entry.editing = nil
        let years = self.years
        let year = min(max(asOf, years.lowerBound), years.upperBound)
        if year == asOf { countStatuses() } else { asOf = year }
        entry.year = min(max(entry.year, entryYears.lowerBound), entryYears.upperBound)
    }

    /// A target assessed with the scenario's figures (nil when the scenario gives its series
    /// none): what the Overview and Detail show beside the official status.
    public func scenarioAssessment(of target: Target) -> Assessment? {
        scenario.count == 0 ? nil : ScenarioAssessment.assess(target, figures: figures, scenario: scenario, asOf: asOf)
    }

    /// The comparison of the selected target's indicator across the regions whose series
    /// of it some plan tracks, as of the as-of year; nil when only one region has one.
    public var comparison: RegionComparison? {
        guard let target = selectedTarget, target.kind == .numeric else { return nil }
        let indicator = target.series.indicator
        let regions = catalog.regions(of: indicator)
        guard regions.count >= 2 else { return nil }
        let reference = regions.contains("china") ? "china" : target.series.region == regions[0] ? regions[1] : regions[0]
        return RegionComparison(indicator: indicator, regions: regions.map { ($0, catalog.regionName($0)) }, reference: reference,
                                target: target, figures: figures, asOf: asOf)
    }

    /// A series' figures as the store now has them, and the status of its targets counted again.
    public mutating func replaceSeries(_ id: SeriesID, with figures: [Figure]) {
        storedFigures.replaceSeries(id, with: figures)
        figureYears = (storedFigures.firstYear, storedFigures.latestYear)
        // By the plan's index: the few targets on this series, not all of them looked at.
        for i in plan.positions(assessedOn: id) {
            let target = plan.targets[i]
            let old = statuses[i]
            let new = assessment(of: target).status
            guard new != old else { continue }
            statuses[i] = new
            statusCounts[target.group]?[old]? -= 1
            if statusCounts[target.group]?[old] == 0 { statusCounts[target.group]?[old] = nil }
            statusCounts[target.group, default: [:]][new, default: 0] += 1
        }
    }

    private mutating func countStatuses() {
        statuses = Assessor.statuses(of: plan.targets, in: figures, asOf: asOf)
        var counts: [String: [Status: Int]] = [:]
        for (index, status) in statuses.enumerated() {
            counts[plan.targets[index].group, default: [:]][status, default: 0] += 1
        }
        statusCounts = counts
    }

    /// The plan's groups that have targets, in the plan's order.
    public var groups: [TargetGroup] {
        plan.groups.filter { plan.hasTargets(inGroup: $0.id) }
    }

    public var group: TargetGroup? {
        let all = groups
        return all.indices.contains(groupIndex) ? all[groupIndex] : all.first
    }

    /// The targets of the group on screen.
    public var targets: [Target] {
        guard let group else { return [] }
        return plan.targets(inGroup: group.id)
    }

    /// The target at `row` of the group on screen (the first when `row` is past the end).
    /// Asked several times a frame: the group's targets are not gathered for it.
    public var selectedTarget: Target? {
        guard let group else { return nil }
        return plan.target(inGroup: group.id, at: row) ?? plan.target(inGroup: group.id, at: 0)
    }

    /// The assessments of the group on screen, as of `asOf`, from the current figures.
    public var assessments: [Assessment] {
        targets.map { Assessor.assess($0, in: figures, asOf: asOf) }
    }

    public func assessment(of target: Target) -> Assessment {
        Assessor.assess(target, in: figures, asOf: asOf)
    }

    /// The years the plan spans: from the earliest baseline or figure to the latest
    /// deadline or figure. The as-of year and the entry grid's columns stay inside them.
    public var years: ClosedRange<Int> {
        // From the years kept with the plan and the figures: a large plan has 300,000
        // figures, and this is asked several times a frame.
        let figureYears = [figureYears.first, figureYears.last].compactMap { $0 }
        let starts = [planBaselineYear].compactMap { $0 } + figureYears
        let ends = [planFirstDeadline, planEndYear].compactMap { $0 } + figureYears
        let first = starts.min() ?? ends.min() ?? asOf
        let last = max(ends.max() ?? first, first)
        return first...last
    }

    /// The entry grid's columns: the plan's years and one more, empty, for the figures
    /// of the next bulletin.
    public var entryYears: ClosedRange<Int> {
        let years = self.years
        return years.lowerBound...(years.upperBound + 1)
    }

    /// The summary of the group on screen, as the Summary screen and its export draw it.
    public var summaryView: SummaryView {
        summaryView(summaryRequest)
    }

    /// What the Summary screen shows: its year, language and group.
    public var summaryRequest: SummaryRequest {
        SummaryRequest(asOf: asOf, language: language, groupIDs: group.map { [$0.id] })
    }

    /// A summary of the current figures.
    public func summaryView(_ request: SummaryRequest) -> SummaryView {
        let shown = request.groupIDs.map { ids in plan.targets.filter { ids.contains($0.group) } } ?? plan.targets
        let all = shown.map { Assessor.assess($0, in: figures, asOf: request.asOf) }
        var view = SummaryView(plan: plan, assessments: all, asOf: request.asOf, language: request.language, glyphs: glyphs,
                               groupIDs: request.groupIDs)
        if scenario.count > 0 {
            for target in shown {
                view.scenario[target.id] = ScenarioAssessment.assess(target, figures: figures, scenario: scenario, asOf: request.asOf)
            }
        }
        return view
    }
}

/// A text prompt at the bottom of the screen.
public enum Prompt: Sendable, Equatable {
    /// `/`: search target names in either language. Keeps where the selection was, to go
    /// back there on Esc.
    case search(query: String, groupIndex: Int, row: Int)
    /// `S` in the entry grid: the source given to the figures typed from now on.
    case source(text: String)
    /// `n` in the entry grid: the note of the selected figure.
    case note(text: String, series: SeriesID, year: Int)
}

/// What to do once the store confirms a save.
public enum PendingChange: Sendable, Equatable {
    case save(targetID: String, year: Int, then: EntryState.Move)
    case change
}

/// A save that failed because the store could not be reached, waiting to be tried again.
public struct UnsavedChange: Sendable, Equatable {
    /// The save (`.save` or `.setScenario`) as it was asked for.
    public var request: Effect
    public var pending: PendingChange
    /// How many times it has been tried.
    public var attempts: Int

    /// Seconds until the next try: 1, 2, 4, then every 8 (a server that is away for long
    /// is not asked many times a second, and each try may wait for its connect timeout).
    public var retryDelay: Double {
        Double(1 << min(max(attempts - 1, 0), 3))
    }
}
