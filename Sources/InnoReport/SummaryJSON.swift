import Foundation
import InnoCore

/// The assessment as JSON: `innodash summary --format json`. Every number that is not
/// defined for a target is `null`; so is a ratio that is infinite (no growth required),
/// whose meaning the status carries.
public enum SummaryJSON {
    /// `scenario`: the targets assessed with the scenario's what-if figures, by id, given as
    /// each target's `withScenario` (status, as-of year, mid-term class), never in place of
    /// the official assessment.
    public static func render(plan: Plan, assessments: [Assessment], asOf: Int, language: Language, scenario: [String: Assessment] = [:]) -> String {
        let document = Document(
            plan: PlanHeader(id: plan.info.id, title: plan.info.title[language], region: plan.info.region[language], source: plan.info.source),
            asOf: asOf, language: language.rawValue,
            targets: assessments.map { TargetEntry(assessment: $0, language: language, scenario: scenario[$0.target.id]) }
        )
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        // Encoding plain values cannot fail; a failure would be a programming error.
        let data = (try? encoder.encode(document)) ?? Data("{}".utf8)
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    struct Document: Encodable {
        var plan: PlanHeader
        var asOf: Int
        var language: String
        var targets: [TargetEntry]
    }

    struct PlanHeader: Encodable {
        var id, title, region, source: String
    }

    struct TargetEntry: Encodable {
        let assessment: Assessment
        let language: Language
        var scenario: Assessment?

        enum Keys: String, CodingKey {
            case id, group, name, kind, status, statusText, unit, comparator, goal, deadline
            case latest, base, achievedYear, rateKind, ratio, actualRate, requiredRate, neededRate
            case projection, gap, progress, timeElapsed, missingYears, withScenario
            case binding, measure, goalValue, midterm, midtermText, borderline, path, reference, referenceMissingYears
        }

        /// The status the scenario's what-if figures would give.
        struct ScenarioEntry: Encodable {
            var status: String
            var statusText: String
            var asOf: Int
            var midterm: String?
        }

        struct ReferenceEntry: Encodable {
            var region: String?
            var year: Int?
            var value: Double?
        }

        func encode(to encoder: Encoder) throws {
            let a = assessment
            let t = a.target
            var c = encoder.container(keyedBy: Keys.self)
            try c.encode(t.id, forKey: .id)
            try c.encode(t.group, forKey: .group)
            try c.encode(t.name[language], forKey: .name)
            try c.encode(t.kindCode, forKey: .kind)
            try c.encode(t.isBinding, forKey: .binding)
            try c.encode(a.status.code, forKey: .status)
            try c.encode(a.status.word(language), forKey: .statusText)
            try c.encode(t.unit?[language], forKey: .unit)
            try c.encode((t.goal?.comparator ?? t.form.comparator)?.rawValue, forKey: .comparator)
            try c.encode(t.statedGoal?.value, forKey: .goal)
            try c.encode(finite(a.goalValue), forKey: .goalValue)
            if case .averageGrowth(_, let measure) = t.form { try c.encode(measure.rawValue, forKey: .measure) }
            try c.encode(t.deadline, forKey: .deadline)
            try c.encode(a.latest, forKey: .latest)
            try c.encode(a.base, forKey: .base)
            try c.encode(a.achievedYear, forKey: .achievedYear)
            try c.encode(a.rateKind?.rawValue, forKey: .rateKind)
            try c.encode(finite(a.ratio), forKey: .ratio)
            try c.encode(finite(a.actualRate), forKey: .actualRate)
            try c.encode(finite(a.requiredRate), forKey: .requiredRate)
            try c.encode(finite(a.neededRate), forKey: .neededRate)
            try c.encode(finite(a.projection), forKey: .projection)
            try c.encode(finite(a.gap), forKey: .gap)
            try c.encode(finite(a.progress), forKey: .progress)
            try c.encode(finite(a.timeElapsed), forKey: .timeElapsed)
            try c.encode(a.missingYears, forKey: .missingYears)
            try c.encode(a.midterm?.code, forKey: .midterm)
            try c.encode(a.midterm?.word(language), forKey: .midtermText)
            try c.encode(a.isBorderline, forKey: .borderline)
            try c.encode(a.path.map { Observation(year: $0.year, value: Precision.rounded($0.value)) }, forKey: .path)
            if let with = scenario {
                try c.encode(ScenarioEntry(status: with.status.code, statusText: with.status.word(language), asOf: with.asOf,
                                           midterm: with.midterm?.code), forKey: .withScenario)
            }
            if let region = t.reference {
                try c.encode(ReferenceEntry(region: region, year: a.reference?.year, value: a.reference.map { Precision.rounded($0.value) }), forKey: .reference)
                try c.encode(a.referenceMissingYears, forKey: .referenceMissingYears)
            }
        }

        /// The value at the engine's precision (12 significant digits), so that arithmetic
        /// noise (`0.1200000000000001`) does not reach the reader and the ratio printed is
        /// the ratio classified; nil when not finite.
        private func finite(_ value: Double?) -> Double? {
            guard let value, value.isFinite else { return nil }
            return Precision.rounded(value)
        }
    }
}
