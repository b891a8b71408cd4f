import ArgumentParser
import Foundation
import InnoCore
import InnoStore

/// `innodash export`: the current figures as CSV (re-importable) or JSON.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write the current figures as CSV or JSON.",
        discussion: """
            CSV has the columns of the shipped published figures, which `innodash import` reads \
            back: export, import into an empty database and export again gives the same bytes.
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case csv, json
    }

    @OptionGroup var global: GlobalOptions

    @Option(help: ArgumentHelp("csv or json.", valueName: "format"))
    var format: Format = .csv

    @Option(name: [.short, .long], help: ArgumentHelp("Write to this file (replaced whole, never half-written) instead of standard output.", valueName: "path"))
    var output: String?

    func run() throws {
        let (workspace, figures) = try Workspace.openReadingFigures(global)
        let text = switch format {
        case .csv: FiguresExport.csv(figures, plan: workspace.plan)
        case .json: FiguresExport.json(figures, plan: workspace.plan)
        }
        guard let output else {
            Output.write(text)
            return
        }
        do {
            try Data(text.utf8).write(to: URL(fileURLWithPath: output), options: .atomic)
        } catch {
            printError("cannot write \(output): \(error.localizedDescription); check the folder exists and is writable")
            throw ExitCode(73)
        }
    }
}
