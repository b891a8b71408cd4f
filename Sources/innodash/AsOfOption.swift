import ArgumentParser
import InnoCore

/// `--as-of YEAR`, the year an assessment is made as of: one option for every command that
/// assesses (the dashboard, `summary`, `check`), checked in one place.
struct AsOfOption: ParsableArguments {
    // `.unconditional`: a negative year reaches the range check below, instead of being
    // taken for an option.
    @Option(name: .customLong("as-of"), parsing: .unconditional,
            help: ArgumentHelp("Assess as of this year (default: the latest year with a figure).", valueName: "year"))
    var year: Int?

    func validate() throws {
        if let year, !FigureInput.acceptedYears.contains(year) {
            throw ValidationError("--as-of \(year) is outside the years innodash accepts; expected \(FigureInput.acceptedYears.lowerBound) to \(FigureInput.acceptedYears.upperBound)")
        }
    }
}
