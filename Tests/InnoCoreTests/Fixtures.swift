import InnoCore

/// Builders for targets and figures used across the engine tests.
enum Fixture {
    static func target(
        _ comparator: Comparator? = .above, goal: Double? = 2.0, deadline: Int? = 2020, baseline: Baseline? = Baseline(year: 2015),
        kind: Target.Kind = .numeric, direction: Direction? = nil, unit: String = "%"
    ) -> Target {
        Target(
            id: "t", group: "g", kind: kind, name: LocalizedText(en: "T", zh: "目标"),
            unit: kind == .numeric ? LocalizedText(en: unit, zh: unit) : nil,
            goal: comparator.flatMap { c in goal.map { Goal(c, $0) } }, direction: direction,
            decimals: 2, deadline: deadline, baseline: baseline, quote: "q", source: "s"
        )
    }

    static func figures(_ values: [Int: Double]) -> [Figure] {
        values.map { Figure(series: SeriesID(region: "r", indicator: "t"), year: $0.key, value: $0.value) }
    }
}
