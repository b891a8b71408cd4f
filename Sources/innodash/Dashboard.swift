import ArgumentParser
import Foundation
import InnoCore
import InnoDraw
import InnoPostgres
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

    @OptionGroup var asOf: AsOfOption

    func run() throws {
        try Self.checkTerminal()
        let (workspace, figures) = try Workspace.openReadingFigures(global, figures: figuresFile.figures)
        try Self.show(workspace, figures: figures, asOf: asOf.year ?? workspace.defaultAsOf(figures), language: global.language,
                      ascii: ascii, noColor: noColor)
    }

    /// Refuses to draw where standard input or output is not a terminal.
    static func checkTerminal() throws {
        guard isatty(STDOUT_FILENO) == 1 else {
            throw CommandFailure(.notATerminal, "the dashboard needs a terminal, and standard output is not one; for text, use `innodash summary` (or `innodash summary --format json`)")
        }
        guard isatty(STDIN_FILENO) == 1 else {
            throw CommandFailure(.notATerminal, "the dashboard reads keys from a terminal, and standard input is not one; for text, use `innodash summary`")
        }
    }

    /// Runs the dashboard on a workspace until the analyst leaves; `prepare` sets up the
    /// first screen (the review of `figures-from --review`).
    static func show(_ workspace: Workspace, figures: FigureSet, asOf: Int, language: Language, ascii: Bool, noColor: Bool,
                     prepare: (inout AppState) -> Void = { _ in }) throws {
        let store = workspace.store
        let environment = ProcessInfo.processInfo.environment
        let colour = !noColor && (environment["NO_COLOR"] ?? "").isEmpty
        let terminal: TerminalScreen
        do {
            terminal = try TerminalScreen(colour: colour)
        } catch {
            throw CommandFailure(.notATerminal, error.description)
        }
        let glyphs: Glyphs = ascii || !terminal.isUTF8 ? .ascii : .unicode
        var state = AppState(plan: workspace.plan, figures: figures, asOf: asOf, language: language, glyphs: glyphs, catalog: workspace.catalog)
        state.scenario = (try? store.scenario()) ?? FigureSet()
        prepare(&state)
        // A team database tells of another analyst's change at once: the loop wakes and reads it.
        (store as? PostgresFigureStore)?.onChangeElsewhere = { TerminalScreen.wake() }
        let signal = RunLoop(state: state, store: store, terminal: terminal).run()
        terminal.close()
        if let signal { throw CommandFailure(.signal(signal), nil) }
    }
}
