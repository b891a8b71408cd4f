import Foundation
import InnoTestSupport
import Testing

/// The dashboard's terminal under hardship: a crash, a storm of resizes, a window shrunk to
/// almost nothing. The quit signals (Ctrl-C, Ctrl-\, SIGTERM, SIGHUP, SIGQUIT) and crash
/// signals, sent from outside, are in `DashboardTerminalTests`.
@Suite(.enabled(if: TmuxSession.isAvailable, "tmux is not installed"))
struct TerminalHardshipTests {
    /// 50 resizes within two seconds, to sizes from too small to large: the dashboard keeps
    /// running and ends up drawing exactly what it draws when started at the final size.
    @Test func fiftyResizesInTwoSecondsEndOnTheScreenOfAFreshStart() throws {
        let tmux = try TmuxSession(width: 80, height: 24, arguments: ["--as-of", "2020"])
        #expect(tmux.waitFor(text: "R&D expenditure"))
        let pid = try #require(tmux.pid)
        var random = SeededRandom(seed: 50_2016)
        let start = Date()
        for index in 0..<50 {
            let width = 10 + Int(random.next() % 171)   // 10 to 180 columns
            let height = 3 + Int(random.next() % 58)    // 3 to 60 lines
            tmux.resize(width: width, height: height)
            let next = start.addingTimeInterval(Double(index + 1) * 0.038)
            if next > Date() { Thread.sleep(until: next) }
        }
        tmux.resize(width: 100, height: 30)
        #expect(Date().timeIntervalSince(start) < 2.5, "the resizes took \(Date().timeIntervalSince(start)) s")

        let fresh = try TmuxSession(width: 100, height: 30, arguments: ["--as-of", "2020"])
        #expect(fresh.waitFor(text: "R&D expenditure"))
        #expect(fresh.waitFor { $0.components(separatedBy: "\n").last { !$0.isEmpty }?.contains("q quit") == true })
        let expected = fresh.capture()
        #expect(tmux.waitFor { $0 == expected }, "\(tmux.capture())\n--- a fresh start:\n\(expected)")
        #expect(tmux.display("#{cursor_x},#{cursor_y}") == fresh.display("#{cursor_x},#{cursor_y}"))
        #expect(kill(pid, 0) == 0, "still running")
        tmux.press("q")
        #expect(tmux.waitForExit() == 0)
        fresh.press("q")
        _ = fresh.waitForExit()
    }

    /// A window shrunk to 20×5 says it is too small (as far as it fits), and grown back
    /// shows the same screen as before, selection and cursor included.
    @Test func shrunkToTwentyByFiveAndBackItShowsTheSameScreen() throws {
        let tmux = try TmuxSession(width: 80, height: 24, arguments: ["--as-of", "2020"])
        #expect(tmux.waitFor(text: "R&D expenditure"))
        tmux.press("j", "e", "l")
        #expect(tmux.waitFor(text: "New figures"))
        Thread.sleep(forTimeInterval: 0.1)
        let before = tmux.capture()
        let cursor = tmux.display("#{cursor_x},#{cursor_y}")
        tmux.resize(width: 20, height: 5)
        #expect(tmux.waitFor { $0.hasPrefix("Terminal too small") }, "\(tmux.capture())")
        #expect(tmux.lines.allSatisfy { $0.count <= 20 })
        tmux.resize(width: 80, height: 24)
        #expect(tmux.waitFor { $0 == before }, "\(tmux.capture())\n--- before:\n\(before)")
        #expect(tmux.display("#{cursor_x},#{cursor_y}") == cursor)
        tmux.press("q")
        #expect(tmux.waitForExit() == 0)
    }
}
