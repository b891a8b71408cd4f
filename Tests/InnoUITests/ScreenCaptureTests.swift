import Foundation
import InnoCore
import InnoDraw
import InnoUI
import Testing

/// The captures in `docs/screens/` (made by `scripts/capture-screens.sh` in tmux from the
/// real program) are what the dashboard draws now: every screen at 80x24 and 120x40, in
/// English and Chinese, reached with the keys the script sends, is compared line for line
/// with its capture, so the captures cannot drift from the program.
@Suite struct ScreenCaptureTests {
    static let folder = ShippedPlan.root.appendingPathComponent("docs/screens")

    /// Each capture, the keys the script sends for it (from the last screen), and its name.
    static let screens: [(name: String, keys: [Key])] = [
        ("overview", [.character("o"), .character("o")]),
        ("detail", [.character("o"), .character("d")]),
        ("entry", [.character("o"), .character("e")]),
        ("summary", [.character("o"), .character("s")]),
        ("help", [.character("o"), .character("?")]),
    ]

    @Test(arguments: Language.allCases, [(80, 24), (120, 40)])
    func everyScreenIsItsCaptureInDocsScreens(language: Language, size: (Int, Int)) throws {
        let h = Harness(asOf: 2020, language: language, width: size.0, height: size.1)
        for screen in Self.screens {
            for key in screen.keys { h.press(key) }
            try expectCapture(h, "\(screen.name)-\(language.rawValue)-\(size.0)x\(size.1).txt")
        }
        // A value the entry grid refuses stays in its cell, with the reason.
        h.press(.character("o"), .character("e"))
        h.type("12a")
        h.press(.enter)
        try expectCapture(h, "entry-refused-\(language.rawValue)-\(size.0)x\(size.1).txt")
    }

    @Test func theComparisonFindsAScreenThatDrifted() throws {
        let h = Harness(asOf: 2018)
        #expect(try Self.difference(h.lines, "overview-en-80x24.txt") != nil)
    }

    private func expectCapture(_ h: Harness, _ name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let difference = try Self.difference(h.lines, name)
        #expect(difference == nil, "\(difference ?? ""); run scripts/capture-screens.sh and review the change", sourceLocation: sourceLocation)
    }

    /// Where the lines first differ from the capture, nil when they are the same. tmux
    /// leaves out the empty lines at the foot of a screen (the summary's), so neither
    /// side's count them.
    static func difference(_ drawn: [String], _ name: String) throws -> String? {
        let text = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
        var captured = text.components(separatedBy: "\n")
        var lines = drawn
        while captured.last == "" { captured.removeLast() }
        while lines.last == "" { lines.removeLast() }
        for (i, pair) in zip(lines, captured).enumerated() where pair.0 != pair.1 {
            return "docs/screens/\(name) line \(i + 1):\n  drawn:    \(pair.0)\n  captured: \(pair.1)"
        }
        return lines.count == captured.count ? nil : "docs/screens/\(name): \(lines.count) lines drawn, \(captured.count) captured"
    }
}
