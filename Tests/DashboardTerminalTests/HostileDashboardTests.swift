import Foundation
import InnoDraw
import Testing

/// A plan and figures whose every text carries terminal commands and invisible characters,
/// shown on every screen of the dashboard in both languages, with every byte it writes to
/// the terminal recorded: nothing the text carries reaches the terminal as a command, and
/// the columns still line up.
@Suite(.enabled(if: TmuxSession.isAvailable, "tmux is not installed"))
struct HostileDashboardTests {
    static let esc = "\u{1B}"

    /// Terminal commands (clear the screen, set the title, write the clipboard, a DCS
    /// request the terminal answers, a cursor-position request, mouse reporting on), the C1
    /// command start U+009B, bidirectional overrides and isolates, zero-width characters,
    /// piled-up combining marks, and texts of 10,000 characters.
    static let hostile = [
        "clear\(esc)[2J\(esc)[Hscreen",
        "title\(esc)]0;pwned\u{07} clip\(esc)]52;c;ZXZpbA==\u{07}",
        "dcs\(esc)P1$qm\(esc)\\ dsr\(esc)[6n mouse\(esc)[?1000h title report\(esc)[21t",
        "c1\u{9B}31m red\u{7F}\u{08}\u{08}\rCR\ttab",
        "bidi \u{202E}txet desrever\u{202C} \u{2066}isolate\u{2069}\u{200F}",
        "zero\u{200B}width\u{200D}joiner\u{FEFF}",
        "zalgo e" + String(repeating: "\u{301}", count: 50) + " \u{301}x",
        String(repeating: "长", count: 10_000),
        String(repeating: "A", count: 10_000),
    ]

    static func json(_ text: String) -> String {
        String(decoding: try! JSONEncoder().encode(text), as: UTF8.self)
    }

    /// One target per hostile text, in every text field a plan has.
    static func plan() -> String {
        let targets = hostile.enumerated().map { index, text in
            """
            {"id": "t\(index)", "group": "g", "kind": "numeric", "name": {"en": \(json("name " + text)), "zh": \(json("名" + text))},
             "unit": {"en": \(json(String(text.prefix(12)) + "%")), "zh": "%"}, "comparator": ">=", "value": 50, "decimals": 1,
             "deadline": 2020, "baseline": {"year": 2015}, "quote": \(json(text)), "source": \(json(text)), "note": \(json(text))}
            """
        }
        return """
            {"plan": {"id": "p", "title": {"en": \(json("Plan " + hostile[0])), "zh": \(json("规划" + hostile[1]))},
                      "region": {"en": \(json(hostile[4])), "zh": "区"}, "source": \(json(hostile[2]))},
             "groups": [{"id": "g", "name": {"en": \(json("Group " + hostile[2])), "zh": \(json("组" + hostile[0]))}}],
             "targets": [\(targets.joined(separator: ",\n"))]}
            """
    }

    /// Two figures of each target, their sources and notes hostile.
    static func figures() -> String {
        func field(_ text: String) -> String { "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\"" }
        var csv = "target,year,value,preliminary,source,note\n"
        for (index, text) in hostile.enumerated() {
            csv += "t\(index),2015,40,no,\(field(text)),\(field(text + "\nsecond line"))\n"
            csv += "t\(index),2018,38,yes,\(field(text)),\(field(text))\n"
        }
        return csv
    }

    @Test func hostileTextOnEveryScreenSendsNoCommandToTheTerminalAndKeepsTheColumns() throws {
        let folder = try TemporaryFolder()
        try folder.write("plan.json", Self.plan())
        try folder.write("figures.csv", Self.figures())
        let options = ["--targets", folder.path("plan.json"), "--db", folder.path("f.sqlite")]
        let load = try folder.innodash(["import", "figures.csv"] + options)
        #expect(load.status == 0, "\(load.error)")

        let tmux = try TmuxSession(width: 100, height: 30, arguments: ["--as-of", "2018"] + options, recordOutput: true)
        _ = try? tmux.tmux(["set-option", "-g", "set-clipboard", "on"])  // an OSC 52 that got through would fill a buffer
        let title = tmux.display("#{pane_title}")
        #expect(tmux.waitFor(text: "name clear"), "\(tmux.capture())")
        var screens: [String: String] = [:]
        for language in ["en", "zh"] {
            screens["overview \(language)"] = tmux.capture()
            for screen in ["d", "e"] {
                tmux.step(screen)
                for row in 0..<Self.hostile.count {
                    screens["\(screen) t\(row) \(language)"] = tmux.capture()
                    if row < Self.hostile.count - 1 { tmux.step("j") }
                }
                tmux.step("g")  // the first row again (the group's first target)
            }
            // The figure of 2015 in the grid, with its note of two lines.
            tmux.press("Left", "Left", "Left")
            #expect(tmux.waitFor(text: "t0 2015: 40.0"), "\(tmux.capture())")
            screens["entry 2015 \(language)"] = tmux.capture()
            tmux.step("s")
            screens["summary \(language)"] = tmux.capture()
            tmux.step("?")
            screens["help \(language)"] = tmux.capture()
            tmux.step("Escape")
            tmux.step("o")
            tmux.step("L")
        }
        tmux.press("q")
        #expect(tmux.waitForExit() == 0)

        let output = tmux.output
        #expect(output.count > 10_000, "recorded \(output.count) bytes")
        for problem in Self.commandsNotFromCurses(in: output) {
            Issue.record("the dashboard wrote \(problem)")
        }
        #expect(tmux.display("#{pane_title}") == title, "the window title changed")
        #expect((try? tmux.tmux(["list-buffers"]))?.isEmpty == true, "a clipboard write got through")

        for (name, screen) in screens {
            let lines = screen.components(separatedBy: "\n").dropLast()  // capture-pane ends each line
            #expect(lines.count == 30, "\(name): a line broke")
            #expect(lines.allSatisfy { DisplayWidth.of($0) <= 100 }, "\(name)\n\(screen)")
            #expect(!screen.contains("pwned") || screen.contains("0;pwned"), "\(name)")
        }
        // A note of two lines keeps its words apart.
        #expect(screens["entry 2015 en"]?.contains("Note: clear[2J[Hscreen second line") == true, "\(screens["entry 2015 en"] ?? "")")
        // The overview's columns: the goal of every target starts in the same column.
        for language in ["en", "zh"] {
            let overview = try #require(screens["overview \(language)"])
            let rows = overview.components(separatedBy: "\n")[3..<(3 + Self.hostile.count)]
            #expect(rows.allSatisfy { $0.contains(">= 50") }, "\(overview)")
            let columns = Set(rows.map { DisplayWidth.of($0[..<$0.range(of: ">= 50")!.lowerBound]) })
            #expect(columns.count == 1, "\(language):\n\(rows.joined(separator: "\n"))")
        }
        // The entry grid's year columns: the figure of 2018 ends where the header's 2018 does.
        for language in ["en", "zh"] {
            let grid = try #require(screens["e t0 \(language)"])
            let lines = grid.components(separatedBy: "\n")
            let header = try #require(lines.first { $0.contains("2018") && $0.contains("2015") })
            let end = DisplayWidth.of(header[..<header.range(of: "2018")!.upperBound])
            let rows = lines.filter { $0.contains("40.0") && $0.contains("38.0") }
            #expect(rows.count == Self.hostile.count, "\(grid)")
            for row in rows {
                #expect(DisplayWidth.of(row[..<row.range(of: "38.0")!.upperBound]) == end, "\(language):\n\(grid)")
            }
        }
    }

    /// The check finds each command of the hostile texts, written raw.
    @Test func theCheckOfTheBytesFindsEveryCommandInTheRawText() {
        let found = Self.commandsNotFromCurses(in: Data(Self.hostile.joined().utf8)).joined(separator: "\n")
        for expected in ["ESC \"]\"", "ESC \"P\"", "ESC[6n", "ESC[?1000h", "ESC[21t", "U+9B", "U+202E", "U+2066", "U+200B", "U+FEFF", "control byte 7"] {
            #expect(found.contains(expected), "\(expected) not found in:\n\(found)")
        }
        #expect(Self.commandsNotFromCurses(in: Data("\u{1B}[?1049h\u{1B}[22;0;0t\u{1B}[1;30r\u{1B}[H\u{1B}[2J\u{1B}(B\u{1B}[0;1;7m长\u{1B}[?25l".utf8)).isEmpty)
    }

    /// The terminal commands in `bytes` that ncurses does not send for this dashboard: every
    /// ESC must start a sequence ncurses uses (CSI with the modes it sets, a character set,
    /// keypad mode), and no OSC, DCS, SOS, PM or APC, no cursor-position or device request,
    /// no mouse reporting, no C1 control, no bidi control or invisible character, no BEL.
    static func commandsNotFromCurses(in bytes: Data) -> [String] {
        let data = [UInt8](bytes)
        var problems: [String] = []
        func context(_ index: Int) -> String {
            let slice = data[max(0, index - 20)..<min(data.count, index + 20)]
            return String(decoding: slice, as: UTF8.self).debugDescription
        }
        // Private modes ncurses sets for xterm-256color: cursor keys (1), cursor blink (12),
        // auto-wrap (7), cursor visible (25), alternate screen (1049), meta key (1034).
        let allowedPrivateModes: Set<String> = ["1", "7", "12", "25", "1049", "1034"]
        var index = 0
        while index < data.count {
            let byte = data[index]
            if byte == 0x1B, index + 1 < data.count {
                let next = data[index + 1]
                switch next {
                case UInt8(ascii: "["):
                    var end = index + 2
                    while end < data.count, !(0x40...0x7E).contains(data[end]) { end += 1 }
                    guard end < data.count else { index = end; continue }
                    let parameters = String(decoding: data[(index + 2)..<end], as: UTF8.self)
                    let final = Character(Unicode.Scalar(data[end]))
                    if parameters.hasPrefix("?") {
                        let modes = parameters.dropFirst().split(separator: ";").map(String.init)
                        if !"hl".contains(final) || !modes.allSatisfy(allowedPrivateModes.contains) {
                            problems.append("the private mode ESC[\(parameters)\(final) in \(context(index))")
                        }
                    } else if "nc".contains(final) || (final == "t" && !["22;0;0", "23;0;0"].contains(parameters)) {
                        // (22 and 23 t keep and restore the window title, around the alternate screen.)
                        problems.append("a device or window request ESC[\(parameters)\(final) in \(context(index))")
                    } else if !"mHJKXrABCDGdfLMPS@Tthl".contains(final) || parameters.contains(where: { !"0123456789;".contains($0) }) {
                        problems.append("the CSI sequence ESC[\(parameters)\(final) in \(context(index))")
                    }
                    index = end + 1
                    continue
                case UInt8(ascii: "("), UInt8(ascii: ")"):
                    index += 3
                    continue
                case UInt8(ascii: "="), UInt8(ascii: ">"), UInt8(ascii: "7"), UInt8(ascii: "8"), UInt8(ascii: "M"):
                    index += 2
                    continue
                default:
                    problems.append("ESC \(Character(Unicode.Scalar(next)).debugDescription) (OSC, DCS or another command) in \(context(index))")
                    index += 2
                    continue
                }
            }
            if byte < 0x20, ![0x08, 0x09, 0x0A, 0x0D, 0x1B].contains(byte) || byte == 0x7F {
                problems.append("the control byte \(byte) in \(context(index))")
            }
            index += 1
        }
        for scalar in String(decoding: bytes, as: UTF8.self).unicodeScalars {
            switch scalar.value {
            case 0x80...0x9F: problems.append("the C1 control U+\(String(scalar.value, radix: 16, uppercase: true))")
            case 0xFFFD: problems.append("bytes that are not UTF-8 (such as a raw C1 byte)")
            case 0x061C, 0x200B...0x200F, 0x2028...0x202E, 0x2060...0x2069, 0xFEFF:
                problems.append("the invisible or bidi character U+\(String(scalar.value, radix: 16, uppercase: true))")
            default: break
            }
        }
        return problems
    }
}

extension TmuxSession {
    /// Presses a key and waits (briefly) until the screen shows its effect, so every
    /// screen on the way is drawn.
    func step(_ key: String) {
        let before = capture()
        press(key)
        waitFor(1) { $0 != before }
    }
}
