import Foundation
import Testing

/// The real `innodash` in a real (tmux) terminal.
@Suite(.enabled(if: TmuxSession.isAvailable, "tmux is not installed"))
struct DashboardTerminalTests {
    @Test func startsOnTheOverviewWithTheCursorOnTheSelectedRow() throws {
        let tmux = try TmuxSession(arguments: ["--as-of", "2020"])
        #expect(tmux.waitFor(text: "R&D expenditure"), "\(tmux.capture())")
        let lines = tmux.lines
        #expect(lines[0].hasPrefix("Overview  2020 goals (1/4)  as of 2020"))
        #expect(lines[3].hasPrefix("╎► ✔ achieved"))
        #expect(tmux.display("#{cursor_flag} #{cursor_x},#{cursor_y}") == "1 1,3")
        tmux.press("j")
        #expect(tmux.waitFor { $0.components(separatedBy: "\n")[4].hasPrefix("╎►") })
        #expect(tmux.display("#{cursor_x},#{cursor_y}") == "1,4")
        tmux.press("q")
        #expect(tmux.waitForExit() == 0)
    }

    @Test func movesOpensTheDetailEntersAFigureWithKeysAndQuits() throws {
        let tmux = try TmuxSession(arguments: ["--as-of", "2020"])
        #expect(tmux.waitFor(text: "R&D expenditure"))
        tmux.press("j", "j", "Enter")
        #expect(tmux.waitFor(text: "tech_progress"), "\(tmux.capture())")
        tmux.press("e", "l")
        #expect(tmux.waitFor(text: "tech_progress 2021: no figure"), "\(tmux.capture())")
        tmux.type("61.5")
        tmux.press("Enter")
        #expect(tmux.waitFor(text: "Saved Tech progress contribution to growth 2021: 61.5."), "\(tmux.capture())")
        tmux.press("]", "o")
        #expect(tmux.waitFor(text: "61.5 (2021)"), "\(tmux.capture())")
        tmux.press("q")
        #expect(tmux.waitForExit() == 0)
    }

    @Test func aFigureEnteredWithKeysIsInTheHistoryAfterQuitting() throws {
        let tmux = try TmuxSession(arguments: ["--as-of", "2020"])
        #expect(tmux.waitFor(text: "R&D expenditure"))
        tmux.press("j", "j", "e", "l")
        #expect(tmux.waitFor(text: "tech_progress 2021: no figure"))
        tmux.type("61.5")
        tmux.press("Enter")
        #expect(tmux.waitFor(text: "Saved"))
        tmux.press("q")
        #expect(tmux.waitForExit() == 0)
        // In the session's directory, where the dashboard kept its database.
        let command = "cd \(TmuxSession.quote(tmux.directory.path)) && \(TmuxSession.quote(TmuxSession.binary.path)) history tech_progress"
        let history = try TmuxSession.run("/bin/sh", ["-c", command], environment: ["LANG": "C.UTF-8", "PATH": "/usr/bin:/bin"])
        #expect(history.status == 0)
        #expect(history.output.contains("2021") && history.output.contains("61.5"), "\(history.output)")
    }

    @Test func xOnTheSummarySavesWhatIsOnScreenAsSVGWithoutReplacingAFile() throws {
        let tmux = try TmuxSession(width: 90, height: 26, arguments: ["--as-of", "2020"])
        #expect(tmux.waitFor(text: "R&D expenditure"))
        tmux.press("s")
        #expect(tmux.waitFor(text: "vs goal"), "\(tmux.capture())")
        tmux.press("x")
        #expect(tmux.waitFor(text: "Saved the summary as innodash-summary-2020-en.svg"), "\(tmux.capture())")
        tmux.press("x")
        #expect(tmux.waitFor(text: "Saved the summary as innodash-summary-2020-en-2.svg"), "\(tmux.capture())")
        let svg = try #require(tmux.file("innodash-summary-2020-en.svg"))
        #expect(svg.hasPrefix("<?xml") || svg.hasPrefix("<svg"))
        #expect(svg.contains("R&amp;D expenditure / GDP"))
        #expect(svg.contains("width=\"\(90)") || svg.contains("viewBox"))
        tmux.press("q")
        #expect(tmux.waitForExit() == 0)
    }

    @Test func resizingRedrawsAtTheNewSize() throws {
        let tmux = try TmuxSession(width: 120, height: 30, arguments: ["--as-of", "2020"])
        #expect(tmux.waitFor(text: "Gap"), "\(tmux.capture())")
        let before = tmux.capture()
        tmux.resize(width: 60, height: 15)
        #expect(tmux.waitFor { screen in
            let lines = screen.components(separatedBy: "\n")
            return !screen.contains("Gap") && lines[0].hasPrefix("Overview") && lines[14].hasPrefix("j/k move")
        }, "\(tmux.capture())")
        #expect(tmux.lines.allSatisfy { $0.count <= 60 })
        tmux.resize(width: 120, height: 30)
        #expect(tmux.waitFor { $0 == before }, "\(tmux.capture())\n---\n\(before)")
        tmux.press("q")
        #expect(tmux.waitForExit() == 0)
    }

    /// The panels in the real terminal: the chart follows the selection, and a resize from
    /// 250x70 to 60x15 and back redraws them at each size.
    @Test func theSelectedTargetsPanelFollowsTheSelectionAndThePanelsFollowTheSize() throws {
        let tmux = try TmuxSession(width: 250, height: 70, arguments: ["--as-of", "2020"])
        #expect(tmux.waitFor(text: "╶╌ R&D expenditure / GDP ╌"), "\(tmux.capture())")
        #expect(tmux.capture().contains("╶╌ Plan ╌") && tmux.capture().contains(" Facts "), "\(tmux.capture())")
        tmux.press("j")
        #expect(tmux.waitFor(text: "╶╌ Industrial firms' R&D intensity ╌"), "\(tmux.capture())")
        #expect(tmux.display("#{cursor_x},#{cursor_y}") == "1,4")
        let before = tmux.capture()
        tmux.resize(width: 60, height: 15)
        #expect(tmux.waitFor { screen in
            let lines = screen.components(separatedBy: "\n")
            return lines.count >= 15 && lines[0].hasPrefix("Overview") && lines[14].hasPrefix("j/k move") && screen.contains(" Plan ")
        }, "\(tmux.capture())")
        #expect(tmux.lines.allSatisfy { $0.count <= 60 })
        tmux.resize(width: 250, height: 70)
        #expect(tmux.waitFor { $0 == before }, "\(tmux.capture())\n---\n\(before)")
        tmux.press("q")
        #expect(tmux.waitForExit() == 0)
    }

    @Test func aTerminalBelowTheMinimumSaysSoAndRecovers() throws {
        let tmux = try TmuxSession(arguments: ["--as-of", "2020"])
        #expect(tmux.waitFor(text: "R&D expenditure"))
        tmux.resize(width: 40, height: 10)
        #expect(tmux.waitFor(text: "Terminal too small: 40x10."), "\(tmux.capture())")
        tmux.resize(width: 80, height: 24)
        #expect(tmux.waitFor { $0.hasPrefix("Overview") && $0.contains("R&D expenditure") }, "\(tmux.capture())")
        tmux.press("q")
        #expect(tmux.waitForExit() == 0)
    }

    /// Whether any SGR sequence sets a foreground or background colour (39 and 49, back
    /// to the default colours, set none).
    static func hasColour(_ screen: String) -> Bool {
        var colours = Set<String>()
        for range in [30...38, 40...48, 90...97, 100...107] {
            for code in range { colours.insert(String(code)) }
        }
        return screen.components(separatedBy: "\u{1B}[").dropFirst().contains { sequence in
            guard let end = sequence.firstIndex(where: { !"0123456789;".contains($0) }), sequence[end] == "m" else { return false }
            return sequence[..<end].split(separator: ";").contains { colours.contains(String($0)) }
        }
    }

    @Test func colourIsDrawnByDefault() throws {
        let tmux = try TmuxSession(arguments: ["--as-of", "2020"])
        #expect(tmux.waitFor(text: "R&D expenditure"))
        #expect(Self.hasColour(tmux.capture(escapes: true)))
        tmux.press("q")
        _ = tmux.waitForExit()
    }

    @Test(arguments: [(["--no-color"], [String: String]()), ([], ["NO_COLOR": "1"]), ([], ["TERM": "xterm-mono"])])
    func noColourIsDrawnUnderNoColorOrTheFlag(arguments: [String], environment: [String: String]) throws {
        let tmux = try TmuxSession(arguments: ["--as-of", "2020"] + arguments, environment: environment)
        #expect(tmux.waitFor(text: "R&D expenditure"))
        tmux.press("e")
        #expect(tmux.waitFor(text: "New figures"))
        let screen = tmux.capture(escapes: true)
        #expect(!Self.hasColour(screen), "\(screen.debugDescription)")
        #expect(screen.contains("\u{1B}[7m") || screen.contains(";7m"), "the selection still shows, in reverse video")
        tmux.press("q")
        _ = tmux.waitForExit()
    }

    @Test(arguments: [(["--ascii"], [String: String]()), ([], ["LANG": "C"])])
    func asciiAndACLocaleDrawNoFrameBlockOrGlyphCharacter(arguments: [String], environment: [String: String]) throws {
        let tmux = try TmuxSession(arguments: ["--as-of", "2018"] + arguments, environment: environment)
        #expect(tmux.waitFor(text: "R&D expenditure"))
        let unicodeGlyphs = Set("▬⋅◦⋯⁞✦╌►✔✓✗✘∙")
        for key in ["o", "d", "e", "s", "?"] {
            tmux.press("o", key)
            Thread.sleep(forTimeInterval: 0.15)
            let screen = tmux.capture()
            let drawn = screen.unicodeScalars.filter { (0x2500...0x259F).contains($0.value) }
            #expect(drawn.isEmpty && !screen.contains { unicodeGlyphs.contains($0) }, "\(key):\n\(screen)")
            if environment["LANG"] == "C" {
                let ascii = screen.unicodeScalars.allSatisfy { $0.isASCII }
                #expect(ascii, "\(key):\n\(screen)")
            }
        }
        tmux.press("o", "q")
        #expect(tmux.waitForExit() == 0)
    }

    /// A Chinese analyst's LANG names a UTF-8 locale that this machine may not have
    /// installed (containers rarely do): the terminal still speaks UTF-8, so Chinese shows.
    @Test func aUTF8LocaleThatIsNotInstalledStillShowsChinese() throws {
        let tmux = try TmuxSession(arguments: ["--as-of", "2020"], environment: ["LANG": "zh_CN.UTF-8"])
        #expect(tmux.waitFor(text: "全社会R&D经费支出占GDP比重"), "\(tmux.capture())")
        #expect(tmux.lines[3].hasPrefix("╎► ✔ 已实现"))
        tmux.press("q")
        #expect(tmux.waitForExit() == 0)
    }

    /// A terminal that really cannot show Chinese gets a "?" for every column a character
    /// would take, so the columns still line up.
    @Test func chineseOnAnASCIITerminalKeepsItsColumns() throws {
        let tmux = try TmuxSession(arguments: ["--as-of", "2020", "--lang", "zh"], environment: ["LANG": "C"])
        #expect(tmux.waitFor(text: "2.11 (2020)"), "\(tmux.capture())")
        let rows = tmux.lines[3...8]
        #expect(rows.first?.hasPrefix("|> # ??????  ") == true, "\(tmux.capture())")
        // Every row is plain ASCII now, so characters are columns: the years line up.
        let yearColumns = rows.compactMap { row in row.range(of: "(20").map { row.distance(from: row.startIndex, to: $0.lowerBound) } }
        #expect(yearColumns.count == 4 && Set(yearColumns).count == 1, "\(tmux.capture())")
        tmux.press("q")
        #expect(tmux.waitForExit() == 0)
    }

    /// Ctrl-C and Ctrl-\ typed, SIGTERM, SIGHUP and SIGQUIT sent: the dashboard ends at
    /// once with 128 + the signal, and the terminal is as it was before (SIGQUIT is a quit
    /// signal like the others, not a crash: see TESTING.md §3).
    /// Keys whose escape sequences the terminal description does not list (Ctrl-Home, a
    /// kitty-style Ctrl-9) are dropped whole: they must not act as Esc, `[` (a year back) …
    @Test func anUnknownEscapeSequenceIsIgnoredWhole() throws {
        let tmux = try TmuxSession(arguments: ["--as-of", "2020"])
        #expect(tmux.waitFor(text: "R&D expenditure"))
        tmux.press("d")
        #expect(tmux.waitFor(text: "Detail"))
        tmux.type("\u{1B}[1;5H")
        tmux.type("\u{1B}[57;5u")
        tmux.press("j")
        #expect(tmux.waitFor(text: "enterprise_rd_intensity"), "\(tmux.capture())")
        #expect(tmux.lines[0].hasPrefix("Detail  2020 goals (1/4)  as of 2020"), "\(tmux.capture())")
        tmux.press("q")
        #expect(tmux.waitForExit() == 0)
    }

    @Test(arguments: [("C-c", 130), ("C-\\", 131), ("TERM", 143), ("HUP", 129), ("QUIT", 131)])
    func aQuitSignalLeavesTheTerminalAsItWas(signal: String, status: Int) throws {
        let tmux = try TmuxSession(arguments: ["--as-of", "2020"])
        #expect(tmux.waitFor(text: "R&D expenditure"))
        tmux.press("e")  // a different screen, the cursor on a cell
        #expect(tmux.waitFor(text: "New figures"))
        #expect(tmux.display("#{alternate_on} #{keypad_cursor_flag}") == "1 1", "the dashboard changed the modes")
        switch signal {
        case "TERM", "HUP", "QUIT":
            let pid = try #require(tmux.pid)
            kill(pid, signal == "TERM" ? SIGTERM : signal == "HUP" ? SIGHUP : SIGQUIT)
        default:
            tmux.press(signal)
        }
        #expect(tmux.waitForExit() == status, "\(signal)\n\(tmux.capture())")
        #expect(tmux.file("stty-before") == tmux.file("stty-after"))
        #expect(tmux.file("stty-before")?.isEmpty == false)
        #expect(tmux.modes == tmux.normalModes)
    }

    /// A crash (a Swift trap is SIGILL on x86-64) gives the terminal back before the
    /// program dies of it. The Swift runtime's backtracer then prints on the normal screen
    /// and does not stop at its 30-second prompt ("Press space to interact"), with
    /// SWIFT_BACKTRACE unset as an analyst has it. The crash comes from outside, so that
    /// nothing in the shipped program is there only for this test.
    @Test(arguments: [("SEGV", SIGSEGV), ("ILL", SIGILL), ("ABRT", SIGABRT)])
    func aCrashLeavesTheTerminalAsItWasWithoutWaitingAtAPrompt(name: String, signal: Int32) throws {
        let tmux = try TmuxSession(arguments: ["--as-of", "2020"])
        #expect(tmux.waitFor(text: "R&D expenditure"))
        let pid = try #require(tmux.pid)
        let sent = Date()
        kill(pid, signal)
        #expect(tmux.waitForExit(timeout: 15) == 128 + Int(signal), "\(name)\n\(tmux.capture())")
        #expect(Date().timeIntervalSince(sent) < 15)
        #expect(tmux.file("stty-before") == tmux.file("stty-after"))
        #expect(tmux.file("stty-before")?.isEmpty == false)
        #expect(tmux.modes == tmux.normalModes)
        let screen = tmux.capture()
        #expect(!screen.contains("R&D expenditure"), "the dashboard's frame is gone with the alternate screen:\n\(screen)")
    }

    @Test func whenStdoutIsNotATerminalItPointsToTheSummary() throws {
        let result = try TmuxSession.run(TmuxSession.binary.path, [], environment: ["LANG": "C.UTF-8", "TERM": "xterm-256color"])
        #expect(result.status == 2)
        #expect(result.output.isEmpty)
        #expect(result.error.contains("innodash summary"), "\(result.error)")
    }

    @Test func idleItUsesNoProcessorTime() throws {
        let tmux = try TmuxSession(arguments: ["--as-of", "2020"])
        #expect(tmux.waitFor(text: "R&D expenditure"))
        let pid = try #require(tmux.pid)
        Thread.sleep(forTimeInterval: 0.3)  // let start-up work finish
        let before = try #require(Self.cpuTicks(pid))
        Thread.sleep(forTimeInterval: 2)
        let after = try #require(Self.cpuTicks(pid))
        #expect(after == before, "used \(after - before) ticks while idle")
        tmux.press("q")
        #expect(tmux.waitForExit() == 0)
    }

    /// utime + stime of a process, in clock ticks, from /proc/PID/stat.
    static func cpuTicks(_ pid: Int32) -> Int? {
        guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
              let close = stat.lastIndex(of: ")") else { return nil }
        let fields = stat[stat.index(after: close)...].split(separator: " ")
        // Fields after the name start at 3 (state); utime is 14 and stime 15.
        guard fields.count > 13, let user = Int(fields[11]), let system = Int(fields[12]) else { return nil }
        return user + system
    }

    @Test func chineseTypedInASearchArrivesWholeAndEscCancelsPromptly() throws {
        let tmux = try TmuxSession(arguments: ["--as-of", "2020", "--lang", "zh"])
        #expect(tmux.waitFor(text: "全社会R&D经费支出占GDP比重"))
        tmux.press("/")
        tmux.type("发明专利")
        #expect(tmux.waitFor(text: "搜索：发明专利"), "\(tmux.capture())")
        #expect(tmux.waitFor(text: "监测指标 (4/4)"), "\(tmux.capture())")
        let started = Date()
        tmux.press("Escape")
        #expect(tmux.waitFor(text: "2020年目标 (1/4)"), "\(tmux.capture())")
        #expect(Date().timeIntervalSince(started) < 0.8, "Esc took \(Date().timeIntervalSince(started)) s")
        tmux.press("q")
        #expect(tmux.waitForExit() == 0)
    }

    @Test func chineseNamesAlignInARealTerminal() throws {
        let tmux = try TmuxSession(arguments: ["--as-of", "2020", "--lang", "zh"])
        #expect(tmux.waitFor(text: "全社会R&D经费支出占GDP比重"), "\(tmux.capture())")
        let rows = tmux.lines[3...7]
        // Display columns before the goal: CJK ideographs and full-width forms take two.
        func width(_ c: Character) -> Int {
            let v = c.unicodeScalars.first!.value
            return (0x2E80...0x9FFF).contains(v) || (0xFF00...0xFF60).contains(v) ? 2 : 1
        }
        let columns = rows.map { line in line.prefix { $0 != ">" }.reduce(0) { $0 + width($1) } }
        #expect(Set(columns).count == 1, "\(rows.joined(separator: "\n"))")
        tmux.press("q")
        #expect(tmux.waitForExit() == 0)
    }
}
