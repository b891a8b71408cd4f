/// The plans a database holds, looked up together: a target id or a series as a command
/// names it, the plans that track a series, the regions of an indicator, and the checks
/// made before a plan joins them.
public struct PlanCatalog: Sendable {
    /// The plans, in the order they were registered.
    public private(set) var plans: [Plan]

    public init(_ plans: [Plan]) {
        self.plans = plans
    }

    public func plan(id: String) -> Plan? {
        plans.first { $0.info.id == id }
    }

    /// The plan with this id, or an error listing the registered ones (and the nearest id).
    public func lookUpPlan(_ id: String) throws(InputError) -> Plan {
        if let plan = plan(id: id) { return plan }
        var message = "no plan has the id \(Quote.of(id))"
        if let nearest = nearestName(to: id, among: plans.map(\.info.id)) { message += "; did you mean \"\(nearest)\"?" }
        message += plans.isEmpty ? "; the database holds no plan yet (innodash plan add FILE)" : "; the plans: " + plans.map(\.info.id).joined(separator: ", ")
        throw InputError(message)
    }

    /// The targets of every plan that track a series, with their plans.
    public func targets(tracking series: SeriesID) -> [(plan: Plan, target: Target)] {
        plans.flatMap { plan in plan.targets(tracking: series).map { (plan, $0) } }
    }

    /// A target that tracks a series: what says which values its figures can take (plans
    /// that share a series share its unit).
    public func anyTarget(tracking series: SeriesID) -> Target? {
        for plan in plans {
            if let target = plan.targets(tracking: series).first { return target }
        }
        return nil
    }

    /// Every series some plan tracks, each once, in the plans' order.
    public var seriesIDs: [SeriesID] {
        var seen: Set<SeriesID> = []
        return plans.flatMap(\.seriesIDs).filter { seen.insert($0).inserted }
    }

    /// The regions with a series of an indicator, in the plans' order.
    public func regions(of indicator: String) -> [String] {
        var seen: Set<String> = []
        return seriesIDs.filter { $0.indicator == indicator }.map(\.region).filter { seen.insert($0).inserted }
    }

    /// The names of a region, from the first plan of it.
    public func regionName(_ region: String) -> LocalizedText {
        plans.first { $0.info.regionID == region }?.info.region ?? LocalizedText(en: region, zh: region)
    }

    /// The target a command names, in the plan `planID` when given, else in every plan: an
    /// id that two plans use is refused with both named.
    public func lookUpTarget(_ typed: String, inPlan planID: String? = nil) throws(InputError) -> (plan: Plan, target: Target) {
        if let planID {
            let plan = try lookUpPlan(planID)
            return (plan, try plan.lookUpTarget(typed))
        }
        let exact = plans.compactMap { plan in plan.target(id: typed).map { (plan: plan, target: $0) } }
        if exact.count > 1 {
            let named = exact.map { "\"\($0.plan.info.id)\"" }.joined(separator: " and ")
            throw InputError("the target id \(Quote.of(typed)) is in the plans \(named); say which with --plan ID, or name the series (\(exact.map { $0.target.series.description }.joined(separator: ", ")))")
        }
        if let only = exact.first { return only }
        var failures: [InputError] = []
        var found: [(plan: Plan, target: Target)] = []
        for plan in plans {
            do { found.append((plan, try plan.lookUpTarget(typed))) } catch { failures.append(error) }
        }
        if found.count == 1 { return found[0] }
        if found.count > 1 {
            throw InputError("the target id \(Quote.of(typed)) is in the plans " + found.map { "\"\($0.plan.info.id)\"" }.joined(separator: " and ") + "; say which with --plan ID")
        }
        let nearest = nearestName(to: FigureInput.normalize(typed), among: plans.flatMap { $0.targets.map(\.id) })
        var message = "no target has the id \(Quote.of(typed))"
        message += nearest.map { "; did you mean \"\($0)\"?" } ?? "; `innodash summary --format json` lists the ids"
        throw InputError(typed.isEmpty || FigureInput.normalize(typed).isEmpty ? "empty target id; `innodash summary --format json` lists the ids" : message)
    }

    /// The series a command names: `region/indicator` (tracked by some plan), or a target's
    /// id (`lookUpTarget`). Returns the series and a target tracking it.
    public func lookUpSeries(_ typed: String, inPlan planID: String? = nil) throws(InputError) -> (series: SeriesID, target: Target) {
        if typed.contains("/") {
            let text = FigureInput.normalize(typed)
            guard let series = SeriesID(parsing: text) else {
                throw InputError("\(Quote.of(typed)) is not a series; expected region/indicator, such as chongqing/rd_intensity")
            }
            guard let target = anyTarget(tracking: series) else {
                let known = seriesIDs.map(\.description)
                var message = "no plan tracks the series \(series)"
                if let nearest = nearestName(to: series.description, among: known) { message += "; did you mean \"\(nearest)\"?" }
                throw InputError(message + "; `innodash plan list` shows the plans and their series")
            }
            return (series, target)
        }
        let found = try lookUpTarget(typed, inPlan: planID)
        return (found.target.series, found.target)
    }

    /// Why a plan cannot join the others: a series it shares with a registered plan in
    /// another unit (both plans and files named). `files` gives each registered plan's file.
    public func unitConflict(adding plan: Plan, file: String, files: [String: String]) -> String? {
        for target in plan.targets {
            for other in plans where other.info.id != plan.info.id {
                guard let theirs = other.targets(tracking: target.series).first else { continue }
                if theirs.unit != target.unit || theirs.kind != target.kind {
                    let describe = { (t: Target) in t.unit.map { "\"\($0.en)\"" } ?? "a milestone" }
                    let otherFile = files[other.info.id].map { $0.isEmpty ? "shipped with innodash" : $0 } ?? "registered"
                    return "\(file): targets.\(target.id) tracks the series \(target.series) in \(describe(target)), but the plan \"\(other.info.id)\" (\(otherFile)) tracks it in \(describe(theirs)) as \(theirs.id); one series has one unit: give this target another series (\"series\") or the same unit"
                }
            }
        }
        return nil
    }

    public mutating func add(_ plan: Plan) {
        if let index = plans.firstIndex(where: { $0.info.id == plan.info.id }) {
            plans[index] = plan
        } else {
            plans.append(plan)
        }
    }

    public mutating func remove(id: String) {
        plans.removeAll { $0.info.id == id }
    }
}
