import ArgumentParser
import Foundation
import InnoCore
import InnoReport
import InnoUI

/// `innodash` with no subcommand: the interactive dashboard.
struct Dashboard: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dashboard",
        abstract: "Open the interactive dashboard (the default command)."
    )

    @OptionGroup var global: GlobalOptions

    func run() throws {
        // The terminal dashboard is not built yet; until it is, show the summary.
        let workspace = try Workspace(global)
        let year = workspace.defaultAsOf
        let view = SummaryView(plan: workspace.plan, assessments: Assessor.assess(plan: workspace.plan, figures: try workspace.figures(), asOf: year),
                               asOf: year, language: global.language)
        print(SummaryText.render(view, width: TerminalSize.columns() ?? 80), terminator: "")
    }
}
