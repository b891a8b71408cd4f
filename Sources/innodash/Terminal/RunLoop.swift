import Foundation
import InnoCore
import InnoDashboard
import InnoDraw
import InnoUI

/// The dashboard's loop: draw, wait for a key or a signal (no polling), turn keys into
/// events, and let the `EffectRunner` have `Update` change the state and perform what it
/// asks for against the figure store.
final class RunLoop {
    private var state: AppState
    private let runner: EffectRunner
    private let terminal: TerminalScreen

    init(state: AppState, store: any FigureStore, terminal: TerminalScreen) {
        self.state = state
        runner = EffectRunner(store: store, exportFolder: FileManager.default.currentDirectoryPath)
        self.terminal = terminal
    }

    /// Runs until the analyst quits or a signal asks to; returns the signal's number, or
    /// nil when the analyst quit (or the terminal went away).
    func run() -> Int32? {
        draw()
        var emptyWakes = 0
        while true {
            if let signal = terminal.quitSignal { return signal }
            // A value the database could not be reached to save is tried again after a while.
            let wake = terminal.wait(timeout: state.unsaved?.retryDelay)
            if let signal = terminal.quitSignal { return signal }
            if wake == .timeout {
                if send(.retryUnsaved) == .quit { return nil }
                draw()
                continue
            }
            // Woken without a key: another client of a team database changed the figures.
            if wake == .signal { reloadIfChangedElsewhere() }
            var readSomething = false
            while let input = terminal.read() {
                // Before the first key acts: it acts on the figures as they are now.
                if !readSomething { reloadIfChangedElsewhere() }
                readSomething = true
                switch input {
                case .resize:
                    terminal.redrawAll()
                case .key(let key):
                    if key == .control("l") { terminal.redrawAll() }  // Ctrl-L: redraw, and reload as any key
                    if send(.key(key)) == .quit { return nil }
                }
            }
            // Input said ready but held nothing, again and again: the terminal is gone. (Once
            // can be half of a character that arrived in two reads.)
            emptyWakes = wake == .input && !readSomething ? emptyWakes + 1 : 0
            if wake == .closed || emptyWakes >= 3 { return nil }
            draw()
        }
    }

    private enum Outcome { case goOn, quit }

    private func send(_ event: Event) -> Outcome {
        let size = terminal.size
        return runner.send(event, to: &state, screen: (size.width, size.height)).contains(.quit) ? .quit : .goOn
    }

    /// Reads the figures again when another process changed them (another dashboard on the
    /// same database, `innodash record` or `import`). A failed read leaves the figures as
    /// they were; the next change reports the store's trouble.
    private func reloadIfChangedElsewhere() {
        guard runner.store.changedElsewhere(), let figures = try? runner.store.figures() else { return }
        _ = send(.figuresChanged(figures))
        if let scenario = try? runner.store.scenario() { state.scenario = scenario }
    }

    private func draw() {
        let size = terminal.size
        terminal.draw(DashboardView.render(state, width: size.width, height: size.height))
    }
}
