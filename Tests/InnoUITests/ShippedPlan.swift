import Foundation
import InnoCore
import InnoDashboard
import InnoStore
import InnoDraw
import InnoUI

/// The shipped plan and figures, and helpers to drive the dashboard with keys and read
/// its screens as text.
enum ShippedPlan {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let resources = root.appendingPathComponent("Sources/innodash/Resources")

    static let plan: Plan = {
        try! PlanLoader.load(contentsOf: resources.appendingPathComponent("targets.json"), displayName: "targets.json")
    }()

    static let figures: FigureSet = {
        FigureSet(try! FiguresCSV.read(contentsOf: resources.appendingPathComponent("chongqing-published.csv"), catalog: PlanCatalog([plan]), displayName: "figures"))
    }()

    static func state(asOf: Int = 2020, language: Language = .en, glyphs: Glyphs = .unicode) -> AppState {
        AppState(plan: plan, figures: figures, asOf: asOf, language: language, glyphs: glyphs)
    }
}

/// A dashboard in a test: the state, a store, and the program's own `EffectRunner`
/// performing the effects against it, as the terminal loop does; exports go to a folder of
/// the test's own, removed with the harness.
final class Harness {
    var state: AppState
    let store: InMemoryFigureStore
    let runner: EffectRunner
    var width: Int
    var height: Int
    private(set) var quit = false
    /// Where `x` writes the summary.
    let exportFolder: URL

    init(asOf: Int = 2020, language: Language = .en, glyphs: Glyphs = .unicode, width: Int = 80, height: Int = 24) {
        state = ShippedPlan.state(asOf: asOf, language: language, glyphs: glyphs)
        store = InMemoryFigureStore(figures: ShippedPlan.figures.all, clock: { Date(timeIntervalSince1970: 0) })
        exportFolder = FileManager.default.temporaryDirectory.appendingPathComponent("innodash-ui-\(UUID().uuidString)")
        try! FileManager.default.createDirectory(at: exportFolder, withIntermediateDirectories: true)
        runner = EffectRunner(store: store, exportFolder: exportFolder.path)
        self.width = width
        self.height = height
    }

    deinit {
        try? FileManager.default.removeItem(at: exportFolder)
    }

    /// Sends keys; the runner performs each effect against the store.
    @discardableResult
    func press(_ keys: Key...) -> [Effect] {
        var all: [Effect] = []
        for key in keys { all += send(.key(key)) }
        return all
    }

    /// Types each character of a text as a key.
    @discardableResult
    func type(_ text: String) -> [Effect] {
        var all: [Effect] = []
        for c in text { all += send(.key(.character(c))) }
        return all
    }

    private func send(_ event: Event) -> [Effect] {
        let effects = runner.send(event, to: &state, screen: (width, height))
        if effects.contains(.quit) { quit = true }
        return effects
    }

    /// The files `x` wrote, by name.
    var exportedFiles: [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: exportFolder.path)) ?? []).sorted()
    }

    var canvas: Canvas { DashboardView.render(state, width: width, height: height) }
    var lines: [String] { canvas.lines }
    var screen: String { lines.joined(separator: "\n") }
}
