/// What changed between two versions of a plan, target by target, in lines an analyst reads
/// before accepting the new version (`plan add --replace`).
public enum PlanChanges {
    public static func describe(from old: Plan, to new: Plan) -> [String] {
        var lines: [String] = []
        if old.info.title != new.info.title { lines.append("title: \"\(old.info.title.en)\" → \"\(new.info.title.en)\"") }
        if old.info.regionID != new.info.regionID { lines.append("region: \(old.info.regionID) → \(new.info.regionID)") }
        for target in new.targets where old.target(id: target.id) == nil {
            lines.append("+ \(target.id): new target (\(target.name.en), series \(target.series))")
        }
        for target in old.targets where new.target(id: target.id) == nil {
            lines.append("- \(target.id): removed (its figures stay in the series \(target.series))")
        }
        for target in new.targets {
            guard let before = old.target(id: target.id), before != target else { continue }
            lines.append("~ \(target.id): " + differences(before, target).joined(separator: "; "))
        }
        if lines.isEmpty && old != new { lines.append("the groups or the order of the targets changed") }
        return lines
    }

    private static func differences(_ a: Target, _ b: Target) -> [String] {
        var parts: [String] = []
        func note<T: Equatable>(_ name: String, _ x: T, _ y: T, _ show: (T) -> String) {
            if x != y { parts.append("\(name) \(show(x)) → \(show(y))") }
        }
        let goal = { (g: Goal?) in g.map { "\($0.comparator.rawValue) \(ExactDecimal.text($0.value))" } ?? "none" }
        note("series", a.series, b.series) { $0.description }
        note("goal", a.goal, b.goal, goal)
        note("deadline", a.deadline, b.deadline) { $0.map(String.init) ?? "none" }
        note("baseline", a.baseline, b.baseline) { $0.map { "\($0.year)" + ($0.value.map { " (\(ExactDecimal.text($0)))" } ?? "") } ?? "none" }
        note("unit", a.unit, b.unit) { $0?.en ?? "none" }
        note("name", a.name, b.name) { "\"\($0.en)\"" }
        note("group", a.group, b.group) { $0 }
        if parts.isEmpty { parts.append("wording (quote, source, note or decimals)") }
        return parts
    }
}
