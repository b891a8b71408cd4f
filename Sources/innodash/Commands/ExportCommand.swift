import ArgumentParser
import Foundation
import InnoCore
import InnoStore

/// `innodash export`: the current figures as CSV (re-importable) or JSON.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write the current figures of every series as CSV or JSON.",
        discussion: """
            CSV has the columns of the shipped published figures, which `innodash import` reads \
            back: export, import into an empty database and export again gives the same bytes.
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case csv, json
    }

    @OptionGroup var global: GlobalOptions

    @OptionGroup var figuresFile: FiguresFileOption

    @Option(help: ArgumentHelp("csv or json.", valueName: "format"))
    var format: Format = .csv

    @OptionGroup var file: OutputFileOptions

    func run() throws {
        let (workspace, figures) = try Workspace.openReadingFigures(global, figures: figuresFile.figures)
        let text = switch format {
        case .csv: FiguresExport.csv(figures, catalog: workspace.catalog)
        case .json: FiguresExport.json(figures, catalog: workspace.catalog)
        }
        if file.isStandardOutput {
            Output.write(text)
        } else {
            try file.write(text, keeping: workspace.keptFiles)
        }
    }
}
