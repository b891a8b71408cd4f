import ArgumentParser
import Foundation
import InnoCore
import InnoReport
import InnoDraw
import InnoUI

/// `innodash summary`: the screenshot-ready summary, for reports and scripts.
struct SummaryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "summary",
        abstract: "Print or save the summary of every target: status, latest figure, goal and bar.",
        discussion: """
            text, ansi, svg and html draw the dashboard's Summary screen; markdown is a table per \
            group for a report; csv and json give every number of the assessment. NO_COLOR turns \
            the colours of ansi off.
            """
    )

    @OptionGroup var global: GlobalOptions

    @OptionGroup var figuresFile: FiguresFileOption

    @Option(help: ArgumentHelp("Output format.", valueName: "format"))
    var format: SummaryFormat = .text

    @OptionGroup var asOf: AsOfOption

    @Option(parsing: .unconditional, help: ArgumentHelp("Width in columns of text, ansi, svg and html (default: 100; text: the terminal's, or 80).", valueName: "n"))
    var width: Int?

    @Option(parsing: .unconditional, help: ArgumentHelp("Height in rows of text, ansi, svg and html: cut or padded to it (default: as tall as the summary).", valueName: "n"))
    var height: Int?

    @Option(help: ArgumentHelp("The group of targets to show: a group id of the plan, or all.", valueName: "id|all"))
    var group: String = "all"

    @OptionGroup var file: OutputFileOptions

    @Flag(name: .long, help: "Only binding targets (约束性, \"binding\": true in the plan).")
    var binding = false

    @Flag(help: "Draw with ASCII characters only.")
    var ascii = false

    func validate() throws {
        if let width, !(SummaryView.minimumWidth...1000).contains(width) {
            throw ValidationError("--width \(width) is out of range; expected \(SummaryView.minimumWidth) to 1000 columns")
        }
        if let height, !(1...10000).contains(height) {
            throw ValidationError("--height \(height) is out of range; expected 1 to 10000 rows")
        }
        if !format.drawsGrid, width != nil || height != nil {
            throw ValidationError("--width and --height apply to text, ansi, svg and html, not to \(format.rawValue)")
        }
    }

    func run() throws {
        let (workspace, figures) = try Workspace.openReadingFigures(global, figures: figuresFile.figures)
        let plan = workspace.plan
        // A wrong group is a usage error (exit 64), known only once the plan is loaded.
        let groupIDs = try Workspace.orExit(.usage) { () throws(UnknownGroupError) in
            try SummaryExport.groupIDs(for: group, in: plan)
        }
        let year = asOf.year ?? workspace.defaultAsOf(figures)
        if binding { workspace.noteWhenNoBindingTarget() }
        let store = workspace.store
        let scenario = try Workspace.orExit(.ioError) { () throws(StoreError) in try store.scenario() }
        var withScenario: [String: Assessment] = [:]
        for target in plan.targets {
            withScenario[target.id] = ScenarioAssessment.assess(target, figures: figures, scenario: scenario, asOf: year)
        }
        let export = SummaryExport(
            plan: plan, assessments: Assessor.assess(plan: plan, figures: figures, asOf: year).filter { !binding || $0.target.isBinding },
            asOf: year, language: global.language, glyphs: ascii ? .ascii : .unicode, groupIDs: groupIDs, scenario: withScenario
        )
        let text = export.render(format, width: width ?? defaultWidth, height: height, colour: !Self.noColor)
        if !file.isStandardOutput {
            try file.write(text, keeping: workspace.keptFiles)
        } else if format == .ansi {
            Output.writeStyled(text)
        } else {
            Output.write(text)
        }
    }

    /// 100 columns for images, pages and colour pastes; for text, the terminal's width, or
    /// 80 when the text goes to a file or a pipe.
    var defaultWidth: Int {
        guard format == .text else { return 100 }
        guard file.isStandardOutput else { return 80 }
        return TerminalSize.columns() ?? 80
    }

    /// Whether `NO_COLOR` asks for no colour (set and not empty, as no-color.org says).
    static var noColor: Bool {
        !(ProcessInfo.processInfo.environment["NO_COLOR"] ?? "").isEmpty
    }
}

extension SummaryFormat: ExpressibleByArgument {}
