import Foundation
import InnoCore

/// The assessment as CSV (RFC 4180: comma-separated, CRLF line ends, fields with a comma
/// or a quote in double quotes): one row per target with every number of the assessment,
/// for a spreadsheet or a script. Column names and status codes are those of the JSON.
///
/// Numbers are plain (`0.0943`, `-0.11`), rates are fractions per year (or the unit per
/// year when `rate_kind` is `linear`), and a number that is not defined (or an infinite
/// ratio, whose meaning the status carries) is an empty field. A text field that a
/// spreadsheet would run as a formula (starting with `=`, `+`, `-` or `@`) gets a leading
/// `'` (`FormulaGuard`, the rule of the figures export too), so that opening the file runs
/// nothing.
public enum SummaryCSV {
    public static let columns = [
        "as_of", "id", "group", "name", "kind", "status", "status_text", "unit", "comparator", "goal", "deadline",
        "base_year", "base_value", "latest_year", "latest_value", "achieved_year", "rate_kind",
        "ratio", "actual_rate", "required_rate", "needed_rate", "projection", "gap", "progress", "time_elapsed",
        "missing_years", "binding", "measure", "goal_value", "midterm", "midterm_text", "borderline", "path",
        "reference", "reference_year", "reference_value", "reference_missing_years",
        "scenario_status", "scenario_as_of", "scenario_midterm",
    ]

    /// `scenario`: the targets assessed with the scenario's what-if figures, by id.
    public static func render(assessments: [Assessment], asOf: Int, language: Language, scenario: [String: Assessment] = [:]) -> String {
        var file = CSVWriter(columns: columns, lineEnd: .crlf)
        for assessment in assessments {
            let with = scenario[assessment.target.id]
            file.append(fields(of: assessment, asOf: asOf, language: language)
                        + [.text(with?.status.code ?? ""), .number(with.map { String($0.asOf) } ?? ""), .text(with?.midterm?.code ?? "")])
        }
        return file.text
    }

    static func fields(of a: Assessment, asOf: Int, language: Language) -> [CSVWriter.Field] {
        let t = a.target
        // Texts on one line: a row per target, whatever a name holds.
        func text(_ value: String) -> CSVWriter.Field { .text(PlainText.singleLine(value)) }
        func year(_ value: Int?) -> CSVWriter.Field { .number(value.map(String.init) ?? "") }
        func number(_ value: Double?) -> CSVWriter.Field {
            guard let value, value.isFinite else { return .number("") }
            // 12 significant digits, as in the JSON: no arithmetic noise such as 0.1200000000000001.
            return .number(String(format: "%.\(Precision.significantDigits)g", value == 0 ? 0 : value))  // 0, never -0
        }
        return [
            year(asOf), text(t.id), text(t.group), text(t.name[language]),
            text(t.kindCode), text(a.status.code), text(a.status.word(language)),
            text(t.unit?[language] ?? ""), text((t.goal?.comparator ?? t.form.comparator)?.rawValue ?? ""), number(t.statedGoal?.value), year(t.deadline),
            year(a.base?.year), number(a.base?.value), year(a.latest?.year), number(a.latest?.value), year(a.achievedYear),
            text(a.rateKind?.rawValue ?? ""),
            number(a.ratio), number(a.actualRate), number(a.requiredRate), number(a.neededRate),
            number(a.projection), number(a.gap), number(a.progress), number(a.timeElapsed),
            text(a.missingYears.map(String.init).joined(separator: " ")),
            text(t.isBinding ? "yes" : "no"), text(measure(of: t)), number(a.goalValue),
            text(a.midterm?.code ?? ""), text(a.midterm?.word(language) ?? ""), text(a.isBorderline ? "yes" : "no"),
            // The required path as `year:value` pairs separated by spaces: `2024:11.9 2025:12`.
            text(a.path.map { "\($0.year):" + String(format: "%.\(Precision.significantDigits)g", $0.value) }.joined(separator: " ")),
            text(t.reference ?? ""), year(a.reference?.year), number(a.reference?.value),
            text(a.referenceMissingYears.map(String.init).joined(separator: " ")),
        ]
    }

    private static func measure(of target: Target) -> String {
        if case .averageGrowth(_, let measure) = target.form { return measure.rawValue }
        return ""
    }
}
