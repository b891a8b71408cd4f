/// What if: figures an analyst types for future years, kept apart from the official ones,
/// and the assessment they would give. A scenario figure stands only in a year without an
/// official figure: once the bulletin is out, the official figure counts.
extension FigureSet {
    /// The official figures with the scenario's in the years that have none, marked
    /// `isScenario`.
    public func adding(scenario: FigureSet) -> FigureSet {
        var combined = self
        for figure in scenario.all where self.figure(figure.series, year: figure.year) == nil {
            var marked = figure
            marked.isScenario = true
            combined.insert(marked)
        }
        return combined
    }
}

public enum ScenarioAssessment {
    /// A target assessed with the scenario, as of the later of `asOf` and the last year
    /// the scenario gives its series (so "2.6 by 2025" is judged on the 2025 the analyst
    /// typed); nil when the scenario gives the target's series (or reference) no figure
    /// that is not already official.
    public static func assess(_ target: Target, figures: FigureSet, scenario: FigureSet, asOf: Int) -> Assessment? {
        let relevant = ([target.series] + [target.referenceSeries].compactMap { $0 }).flatMap { series in
            scenario.series(series).filter { figures.figure(series, year: $0.year) == nil }
        }
        guard let last = relevant.map(\.year).max() else { return nil }
        return Assessor.assess(target, in: figures.adding(scenario: scenario), asOf: max(asOf, last))
    }
}
