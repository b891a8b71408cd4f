import InnoCore
import InnoDraw

/// Every key, in sections, scrolled with j/k when the terminal is short.
enum HelpScreen {
    static func lines(_ state: AppState) -> [(keys: String, action: String, isHeading: Bool)] {
        var lines: [(String, String, Bool)] = []
        for (section, keys) in DashboardStrings.help(state.language) {
            if !lines.isEmpty { lines.append(("", "", false)) }
            lines.append((section, "", true))
            for hint in keys { lines.append((hint.keys, hint.action, false)) }
        }
        return lines
    }

    static func draw(_ state: AppState, in area: Area, into canvas: inout Canvas) {
        let all = lines(state)
        let keyWidth = all.filter { !$0.isHeading }.map { DisplayWidth.of($0.keys) }.max() ?? 0
        // Scrolled no further than the last screenful.
        let first = min(state.helpScroll, max(0, all.count - area.height))
        for (i, line) in all.dropFirst(first).prefix(area.height).enumerated() {
            let y = area.y + i
            if line.isHeading {
                canvas.put(line.keys, x: 0, y: y, style: Style(.heading, bold: true, underline: true))
            } else {
                canvas.put(line.keys, x: 2, y: y, style: Style(.key, bold: true))
                canvas.put(line.action, x: 4 + keyWidth, y: y, style: .normal, maxWidth: area.width - 4 - keyWidth)
            }
        }
        if all.count > area.height {
            let more = state.language.text("j/k scroll", "j/k 滚动")
            canvas.put(more, x: area.width - DisplayWidth.of(more), y: area.y, style: Style(.dim))
        }
    }
}
