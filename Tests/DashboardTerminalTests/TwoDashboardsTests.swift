import Foundation
import Testing

/// Two analysts (or two windows) with dashboards on one database: what one saves, the
/// other shows at its next key, without a restart, and neither loses a figure.
@Suite(.enabled(if: TmuxSession.isAvailable, "tmux is not installed"))
struct TwoDashboardsTests {
    @Test func aFigureSavedInOneDashboardShowsInTheOtherAtItsNextKey() throws {
        let folder = try TemporaryFolder()
        let database = folder.path("shared.sqlite")
        let arguments = ["--as-of", "2020", "--db", database]

        let a = try TmuxSession(arguments: arguments)
        #expect(a.waitFor(text: "R&D expenditure"))
        let b = try TmuxSession(arguments: arguments)
        #expect(b.waitFor(text: "R&D expenditure"))
        for tmux in [a, b] {
            tmux.press("j", "j", "e", "l")
            #expect(tmux.waitFor(text: "tech_progress 2021: no figure"), "\(tmux.capture())")
        }

        // A saves; B, untouched, still shows the cell empty; its next key (Ctrl-L) shows the figure.
        a.type("61.5")
        a.press("Enter")
        #expect(a.waitFor(text: "Saved Tech progress contribution to growth 2021: 61.5."), "\(a.capture())")
        Thread.sleep(forTimeInterval: 0.1)
        #expect(b.capture().contains("tech_progress 2021: no figure"))
        b.press("C-l")
        #expect(b.waitFor(text: "tech_progress 2021: 61.5"), "\(b.capture())")

        // B saves the next year; A, at an ordinary key (moving back up), shows both.
        b.press("l")
        #expect(b.waitFor(text: "tech_progress 2022: no figure"), "\(b.capture())")
        b.type("62")
        b.press("Enter")
        #expect(b.waitFor(text: "Saved Tech progress contribution to growth 2022: 62"), "\(b.capture())")
        a.press("k")
        #expect(a.waitFor(text: "tech_progress 2021: 61.5"), "\(a.capture())")
        a.press("l")
        #expect(a.waitFor(text: "tech_progress 2022: 62"), "\(a.capture())")
        // The overview of each assesses with both figures.
        for tmux in [a, b] {
            tmux.press("o", "]", "]")
            #expect(tmux.waitFor(text: "62.0 (2022)"), "\(tmux.capture())")
            tmux.press("q")
            #expect(tmux.waitForExit() == 0)
        }

        let history = try folder.innodash(["history", "tech_progress", "--db", database])
        #expect(history.status == 0, "\(history.error)")
        let rows = history.output.split(separator: "\n").filter { $0.contains("enter") }
        #expect(rows.count == 2, "\(history.output)")
        #expect(rows.contains { $0.contains("2021") && $0.contains("61.5") } && rows.contains { $0.contains("2022") && $0.contains("62") },
                "\(history.output)")
    }
}
