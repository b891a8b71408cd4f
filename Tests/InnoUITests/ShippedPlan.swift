import Foundation
import InnoCore
import InnoStore
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
        FigureSet(try! FiguresCSV.read(contentsOf: resources.appendingPathComponent("chongqing-published.csv"), plan: plan, displayName: "figures"))
    }()

    static func state(asOf: Int = 2020, language: Language = .en, glyphs: Glyphs = .unicode) -> AppState {
        AppState(plan: plan, figures: figures, asOf: asOf, language: language, glyphs: glyphs)
    }
}

/// A dashboard in a test: the state, a store the effects run against, and the screen.
final class Harness {
    var state: AppState
    let store: InMemoryFigureStore
    var width: Int
    var height: Int
    private(set) var quit = false
    private(set) var exported: [SummaryView] = []

    init(asOf: Int = 2020, language: Language = .en, glyphs: Glyphs = .unicode, width: Int = 80, height: Int = 24) {
        state = ShippedPlan.state(asOf: asOf, language: language, glyphs: glyphs)
        store = InMemoryFigureStore(figures: ShippedPlan.figures.all, clock: { Date(timeIntervalSince1970: 0) })
        self.width = width
        self.height = height
    }

    /// Sends keys; each effect runs against the store as the program's run loop does.
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
        let effects = Update.update(&state, event)
        for effect in effects {
            let answer: Event?
            switch effect {
            case .save(let entry):
                answer = .stored(request: effect, revision: store.record(entry), figures: store.figures())
            case let .delete(targetID, year):
                answer = .stored(request: effect, revision: store.delete(targetID: targetID, year: year), figures: store.figures())
            case .undo:
                answer = .stored(request: effect, revision: store.undo(), figures: store.figures())
            case .redo:
                answer = .stored(request: effect, revision: store.redo(), figures: store.figures())
            case .exportSVG(let view):
                exported.append(view)
                answer = nil
            case .quit:
                quit = true
                answer = nil
            }
            if let answer { _ = send(answer) }
        }
        return effects
    }

    var canvas: Canvas { DashboardView.render(state, width: width, height: height) }
    var lines: [String] { canvas.lines }
    var screen: String { lines.joined(separator: "\n") }
}
