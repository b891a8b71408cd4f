import Foundation
import InnoCore
import InnoReport
import InnoDraw
import InnoUI

/// Performs what the dashboard asks for (`Effect`s) against the figure store and the file
/// system, and feeds each answer back through `Update`: the one runner that the terminal
/// loop and the tests both use.
public final class EffectRunner {
    public let store: any FigureStore
    /// Where the summary is exported to (the working directory in the program).
    public let exportFolder: String

    public init(store: any FigureStore, exportFolder: String) {
        self.store = store
        self.exportFolder = exportFolder
    }

    /// Lets `Update` handle an event, performs the effects it returns and handles their
    /// answers in turn. Returns every effect asked for on the way; `.quit` among them
    /// means the analyst asked to leave (it is not performed: the caller leaves).
    /// `screen` is the terminal's size, which an export draws the summary at.
    @discardableResult
    public func send(_ event: Event, to state: inout AppState, screen: (width: Int, height: Int)) -> [Effect] {
        var asked: [Effect] = []
        for effect in Update.update(&state, event) {
            asked.append(effect)
            if effect == .quit { return asked }
            if let answer = perform(effect, state: state, screen: screen) {
                asked += send(answer, to: &state, screen: screen)
                if asked.contains(.quit) { return asked }
            }
        }
        return asked
    }

    /// Does what an effect asks; the store's answer, or why it refused, comes back as an
    /// event. A change answers with the series of the targets it touched, not every figure.
    public func perform(_ effect: Effect, state: AppState, screen: (width: Int, height: Int)) -> Event? {
        do throws(StoreError) {
            switch effect {
            case .save(let entry):
                if let conflict = try conflict(saving: entry, state: state) { return conflict }
                return try stored(effect, try store.record(entry))
            case let .setScenario(series, year, value):
                try store.setScenario(series: series, year: year, value: value)
                return .scenarioChanged(try store.scenario())
            case .importFigures(let updates):
                return try stored(effect, try store.importFigures(updates).first)
            case let .delete(series, year):
                return try stored(effect, try store.delete(series: series, year: year))
            case .undo:
                return try stored(effect, try store.undo())
            case .redo:
                return try stored(effect, try store.redo())
            case .exportSVG(let request):
                return exportSVG(state.summaryView(request), screen: screen)
            case .readRevisions:
                let log = try store.revisions(after: 0)
                return .revisionsRead(log, defaultPoint: SinceState.defaultPoint(in: log, now: Date()))
            case .quit:
                return nil
            }
        } catch {
            return .storeFailed(request: effect, message: error.message, unreachable: error.isUnreachable)
        }
    }

    /// When the cell being saved was typed over a value the store no longer holds (another
    /// analyst saved in it meanwhile), the conflict to show instead of saving over theirs.
    private func conflict(saving entry: FigureEntry, state: AppState) throws(StoreError) -> Event? {
        guard let editing = state.entry.editing, editing.knowsBase, editing.year == entry.year,
              state.plan.target(id: editing.targetID)?.series == entry.series else { return nil }
        let theirs = try store.entry(series: entry.series, year: entry.year)?.value
        guard theirs != editing.base, theirs != entry.value else { return nil }
        return .saveConflict(request: .save(entry), theirs: theirs, figures: try store.series(entry.series))
    }

    /// The answer to a change: the revision and the figures now of each series it touched
    /// (an undone import touches many; its rows share the revision's change).
    private func stored(_ request: Effect, _ revision: Revision?) throws(StoreError) -> Event {
        guard let revision else { return .stored(request: request, revision: nil, series: [:]) }
        var touched: Set<SeriesID> = [revision.series]
        if request == .undo || request == .redo || { if case .importFigures = request { true } else { false } }() {
            touched.formUnion(try store.revisions(inChange: revision.change).map(\.series))
        }
        var figures: [SeriesID: [Figure]] = [:]
        for id in touched {
            figures[id] = try store.series(id)
        }
        return .stored(request: request, revision: revision, series: figures)
    }

    /// Writes the summary, as the Summary screen draws it at this size, to a new SVG file
    /// in the export folder (never over an existing file) and says its name.
    private func exportSVG(_ view: SummaryView, screen: (width: Int, height: Int)) -> Event {
        let canvas = view.render(width: screen.width, height: screen.height)
        do {
            let path = try ExportFile.writeNew(
                SVGRenderer.render(canvas, title: SummaryExport(view: view).title), folder: exportFolder,
                baseName: ExportFile.summaryBaseName(asOf: view.asOf, language: view.language), extension: "svg"
            )
            return .notice(DashboardStrings.savedSVG((path as NSString).lastPathComponent, view.language), isError: false)
        } catch {
            return .notice(DashboardStrings.svgNotSaved(error.description, view.language), isError: true)
        }
    }
}
