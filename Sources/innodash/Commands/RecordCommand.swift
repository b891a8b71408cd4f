import ArgumentParser
import InnoCore

/// `innodash record TARGET YEAR VALUE`: enters or revises one figure, with its source.
struct RecordCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "record",
        abstract: "Enter or revise the figure of a target for a year.",
        discussion: """
            The value may be typed as people write it: 2.11, 2.11%, 1,234.5 or full-width ２.１１％; \
            a milestone takes yes or no (是/否, achieved). A negative value is typed as it is, as in \
            `innodash record TARGET 2020 -1.5`. A revision keeps the old value in the history, \
            and the stored source, note and preliminary flag unless --source, --note, --preliminary or \
            --final give new ones; the same figure again is no revision. `innodash undo` takes the change back.
            """
    )

    @OptionGroup var global: GlobalOptions

    @Argument(help: ArgumentHelp("The target's id, such as rd_gdp (looked up in every plan unless --plan names one), or a series, such as china/rd_intensity.", valueName: "target"))
    var target: String

    @Argument(help: ArgumentHelp("The year the figure is for (\(FigureInput.acceptedYears.lowerBound) to \(FigureInput.acceptedYears.upperBound)).", valueName: "year"))
    var year: String

    @Argument(help: ArgumentHelp("The figure: a number, or yes/no for a milestone.", valueName: "value"))
    var value: String

    @Option(help: ArgumentHelp("Where the figure comes from: the publication and its words. Left out, a revision keeps the stored source.", valueName: "text"))
    var source: String?

    @Option(help: ArgumentHelp("A remark: a definition that differs, a series break, how it was derived. Left out, a revision keeps the stored note.", valueName: "text"))
    var note: String?

    /// `--preliminary` or `--final`; neither keeps the stored flag (a new figure is final).
    enum Finality: String, EnumerableFlag {
        case preliminary
        case final

        static func help(for value: Finality) -> ArgumentHelp? {
            switch value {
            case .preliminary: "The figure is preliminary and will be revised."
            case .final: "The figure is final: takes the preliminary flag off. Without either flag a revision keeps the stored flag."
            }
        }
    }

    @Flag var finality: Finality?

    func run() throws {
        let workspace = try Workspace(global)
        let (series, target) = try workspace.lookUpSeries(self.target)
        let year = try Workspace.orExit(.dataError) { () throws(InputError) in try FigureInput.year(self.year) }
        let value = try Workspace.orExit(.dataError) { () throws(InputError) in try FigureInput.value(self.value, for: target) }
        let update = FigureUpdate(series: series, year: year, value: value, source: source, note: note,
                                  isPreliminary: finality.map { $0 == .preliminary })
        let store = workspace.store
        guard let revision = try Workspace.orExit(.ioError, { () throws(StoreError) in try store.record(update) }) else {
            Output.line("unchanged: \(series) \(year) is already \(ChangeText.value(value, of: target)), with the same source, note and preliminary flag")
            return
        }
        Output.line("recorded: " + ChangeText.describe(revision, given: update, catalog: workspace.catalog))
    }
}
