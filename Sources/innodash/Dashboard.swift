import ArgumentParser
import Foundation
import InnoCore
import InnoDraw
import InnoUI

/// `innodash` with no subcommand: the interactive dashboard.
struct Dashboard: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dashboard",
        abstract: "Open the interactive dashboard (the default command).",
        discussion: "Press ? in the dashboard for every key. NO_COLOR in the environment works as --no-color."
    )

    @OptionGroup var global: GlobalOptions

    @OptionGroup var figuresFile: FiguresFileOption

    @Flag(help: "Draw with ASCII characters only (also the default when the locale is not UTF-8).")
    var ascii = false

    @Flag(name: .customLong("no-color"), help: "Draw no colour (so does NO_COLOR in the environment).")
    var noColor = false

    @Option(name: .customLong("as-of"), parsing: .unconditional, help: ArgumentHelp("Open assessed as of this year (default: the latest year with a figure).", valueName: "year"))
    var asOf: Int?

    func validate() throws {
        if let asOf, !(1900...2100).contains(asOf) {
            throw ValidationError("--as-of \(asOf) is outside the years innodash accepts; expected 1900 to 2100")
        }
    }

    func run() throws {
        guard isatty(STDOUT_FILENO) == 1 else {
            printError("the dashboard needs a terminal, and standard output is not one; for text, use `innodash summary` (or `innodash summary --format json`)")
            throw ExitCode(2)
        }
        guard isatty(STDIN_FILENO) == 1 else {
            printError("the dashboard reads keys from a terminal, and standard input is not one; for text, use `innodash summary`")
            throw ExitCode(2)
        }
        let (workspace, figures) = try Workspace.openReadingFigures(global, figures: figuresFile.figures)
        let store = workspace.store

        let environment = ProcessInfo.processInfo.environment
        let colour = !noColor && (environment["NO_COLOR"] ?? "").isEmpty
        let terminal: TerminalScreen
        do {
            terminal = try TerminalScreen(colour: colour)
        } catch {
            printError(error.description)
            throw ExitCode(2)
        }
        let glyphs: Glyphs = ascii || !terminal.isUTF8 ? .ascii : .unicode
        let state = AppState(plan: workspace.plan, figures: figures, asOf: asOf ?? workspace.defaultAsOf(figures),
                             language: global.language, glyphs: glyphs)
        let status = RunLoop(state: state, store: store, terminal: terminal).run()
        terminal.close()
        if status != 0 { throw ExitCode(status) }
    }
}
