import Foundation
import InnoCore
import InnoReport
import InnoUI

/// The dashboard's loop: draw, wait for a key or a signal (no polling), turn keys into
/// events, let `Update` change the state, perform the effects it asks for against the
/// figure store, and feed the store's answers back as events.
final class RunLoop {
    private var state: AppState
    private let store: any FigureStore
    private let terminal: TerminalScreen

    init(state: AppState, store: any FigureStore, terminal: TerminalScreen) {
        self.state = state
        self.store = store
        self.terminal = terminal
    }

    /// Runs until the analyst quits or a signal asks to; returns the exit status:
    /// 0, or 128 plus the signal's number.
    func run() -> Int32 {
        draw()
        var emptyWakes = 0
        while true {
            if let signal = terminal.quitSignal { return 128 + signal }
            let wake = terminal.wait()
            if let signal = terminal.quitSignal { return 128 + signal }
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
                    if send(.key(key)) == .quit { return 0 }
                }
            }
            // Input said ready but held nothing, again and again: the terminal is gone. (Once
            // can be half of a character that arrived in two reads.)
            emptyWakes = wake == .input && !readSomething ? emptyWakes + 1 : 0
            if wake == .closed || emptyWakes >= 3 { return 0 }
            draw()
        }
    }

    private enum Outcome { case goOn, quit }

    private func send(_ event: Event) -> Outcome {
        for effect in Update.update(&state, event) {
            if effect == .quit { return .quit }
            if let answer = perform(effect), send(answer) == .quit { return .quit }
        }
        return .goOn
    }

    /// Reads the figures again when another process changed them (another dashboard on the
    /// same database, `innodash record` or `import`). A failed read leaves the figures as
    /// they were; the next change reports the store's trouble.
    private func reloadIfChangedElsewhere() {
        guard store.changedElsewhere(), let figures = try? store.figures() else { return }
        _ = send(.figuresChanged(figures))
    }

    /// Does what an effect asks; the store's answer, or why it refused, comes back as an event.
    private func perform(_ effect: Effect) -> Event? {
        do throws(StoreError) {
            switch effect {
            case .save(let entry):
                let revision = try store.record(entry)
                return .stored(request: effect, revision: revision, figures: try store.figures())
            case let .delete(targetID, year):
                let revision = try store.delete(targetID: targetID, year: year)
                return .stored(request: effect, revision: revision, figures: try store.figures())
            case .undo:
                let revision = try store.undo()
                return .stored(request: effect, revision: revision, figures: try store.figures())
            case .redo:
                let revision = try store.redo()
                return .stored(request: effect, revision: revision, figures: try store.figures())
            case .exportSVG(let view):
                return saveSVG(of: view)
            case .quit:
                return nil
            }
        } catch {
            return .storeFailed(request: effect, message: error.message)
        }
    }

    /// Writes the Summary screen, as it is on screen, to a new SVG file in the working
    /// directory (never over an existing file) and says its name.
    private func saveSVG(of view: SummaryView) -> Event {
        let size = terminal.size
        let canvas = view.render(width: size.width, height: size.height)
        do {
            let path = try ExportFile.writeNew(
                SVGRenderer.render(canvas, title: SummaryExport(view: view).title), folder: FileManager.default.currentDirectoryPath,
                baseName: ExportFile.summaryBaseName(asOf: view.asOf, language: view.language), extension: "svg"
            )
            return .notice(DashboardStrings.savedSVG((path as NSString).lastPathComponent, view.language), isError: false)
        } catch {
            return .notice(DashboardStrings.svgNotSaved(error.description, view.language), isError: true)
        }
    }

    private func draw() {
        let size = terminal.size
        terminal.draw(DashboardView.render(state, width: size.width, height: size.height))
    }
}
