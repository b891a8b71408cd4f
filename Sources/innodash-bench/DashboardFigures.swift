import InnoCore
import InnoDraw
import InnoUI

/// The dashboard as the benchmark sees it in process: the state innodash opens on, the
/// frame it composes, and the text of that frame's last row (how the terminal harness
/// knows the binary's first frame is complete).
enum DashboardFigures {
    /// The state the binary opens on with LANG=C.UTF-8: the overview of the first group,
    /// as of the latest year with a figure, in English, with Unicode glyphs.
    static func openingState(_ loaded: InProcessFigures.Loaded) -> AppState {
        AppState(plan: loaded.plan, figures: loaded.figures, asOf: loaded.asOf, language: Language(locale: "C.UTF-8"), glyphs: .unicode)
    }

    /// Composing one overview frame of `width`×`height` into a grid of cells, from a state
    /// made fresh each time (so nothing composed for one frame is reused by the next).
    static func overviewFrame(_ loaded: InProcessFigures.Loaded, width: Int, height: Int, runs: Int) -> [Double] {
        var cells = 0
        let samples = Measure.repeated(runs) {
            let state = openingState(loaded)
            cells += DashboardView.render(state, width: width, height: height).cells.count
        }
        precondition(cells > 0)
        return samples
    }

    /// The lines of the opening frame at `width`×`height`, as text.
    static func openingFrame(_ loaded: InProcessFigures.Loaded, width: Int, height: Int) -> [String] {
        DashboardView.render(openingState(loaded), width: width, height: height).lines
    }

    /// The last row with text of the opening frame at `width`×`height`.
    static func lastRowText(_ loaded: InProcessFigures.Loaded, width: Int, height: Int) -> String {
        openingFrame(loaded, width: width, height: height).last { !$0.trimmingCharacters(in: .whitespaces).isEmpty } ?? ""
    }
}
