import ArgumentParser
import Foundation
import InnoCore
import InnoReport
import InnoUI

/// `innodash summary`: the screenshot-ready summary, for reports and scripts.
struct SummaryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "summary",
        abstract: "Print the summary of every target: status, latest figure, goal and bar."
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json
    }

    @OptionGroup var global: GlobalOptions

    @Option(help: ArgumentHelp("Output format: text or json.", valueName: "format"))
    var format: Format = .text

    @Option(name: .customLong("as-of"), help: ArgumentHelp("Assess as of this year (default: the latest year with a figure).", valueName: "year"))
    var asOf: Int?

    @Option(help: ArgumentHelp("Width of the text summary in columns (default: the terminal's, or 80).", valueName: "n"))
    var width: Int?

    @Flag(help: "Draw with ASCII characters only.")
    var ascii = false

    func validate() throws {
        if let asOf, !(1900...2100).contains(asOf) {
            throw ValidationError("--as-of \(asOf) is outside the years innodash accepts; expected 1900 to 2100")
        }
        if let width, !(SummaryView.minimumWidth...1000).contains(width) {
            throw ValidationError("--width \(width) is out of range; expected \(SummaryView.minimumWidth) to 1000 columns")
        }
    }

    func run() throws {
        let workspace = try Workspace(global)
        let year = asOf ?? workspace.defaultAsOf
        let assessments = Assessor.assess(plan: workspace.plan, figures: try workspace.figures(), asOf: year)
        let language = global.language
        switch format {
        case .json:
            print(SummaryJSON.render(plan: workspace.plan, assessments: assessments, asOf: year, language: language), terminator: "")
        case .text:
            let view = SummaryView(plan: workspace.plan, assessments: assessments, asOf: year, language: language, glyphs: ascii ? .ascii : .unicode)
            print(SummaryText.render(view, width: width ?? TerminalSize.columns() ?? 80), terminator: "")
        }
    }
}
