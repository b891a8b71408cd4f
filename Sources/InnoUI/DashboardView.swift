import InnoCore
import InnoDraw

/// Draws the dashboard: the screen on view with its header line, message line and key
/// hints, into a grid of cells the size of the terminal. Pure: the same state and size
/// always give the same grid.
public enum DashboardView {
    /// The smallest terminal every screen fits: the overview's columns at 60, and its
    /// header, table header, seven rows, details, legend, message and key line at 15.
    public static let minimumWidth = 60
    public static let minimumHeight = 15

    public static func render(_ state: AppState, width: Int, height: Int) -> Canvas {
        guard width >= minimumWidth, height >= minimumHeight else {
            return tooSmall(state, width: width, height: height)
        }
        if state.screen == .summary {
            return summary(state, width: width, height: height)
        }
        var canvas = Canvas(width: width, height: height)
        drawHeader(state, into: &canvas)
        // The header line, the screen, the message line and the key hints.
        let body = Layout.vertical([.length(1), .fill(1), .length(1), .length(1)],
                                   in: Rect(x: 0, y: 0, width: width, height: height))[1]
        switch state.screen {
        case .overview: OverviewScreen.draw(state, in: body, into: &canvas)
        case .detail: DetailScreen.draw(state, in: body, into: &canvas)
        case .entry: EntryScreen.draw(state, in: body, into: &canvas)
        case .help: HelpScreen.draw(state, in: body, into: &canvas)
        case .compare: CompareScreen.draw(state, in: body, into: &canvas)
        case .review: ReviewScreen.draw(state, in: body, into: &canvas)
        case .since: SinceScreen.draw(state, in: body, into: &canvas)
        case .summary: break
        }
        drawMessageLine(state, into: &canvas)
        drawFooter(state, into: &canvas)
        return canvas
    }

    /// The Summary screen is the summary view itself: no key hints, no cursor, no frame.
    static func summary(_ state: AppState, width: Int, height: Int) -> Canvas {
        var canvas = state.summaryView.render(width: width, height: height)
        canvas.cursor = nil
        if let message = state.message {
            canvas.fill(" ", x: 0, y: height - 1, count: width)
            canvas.put(message.text, x: 0, y: height - 1, style: Style(message.isError ? .error : .dim))
        }
        return canvas
    }

    /// A terminal below the minimum: say so, in as many lines as it takes.
    static func tooSmall(_ state: AppState, width: Int, height: Int) -> Canvas {
        var canvas = Canvas(width: width, height: height)
        let text = DashboardStrings.tooSmall(width: width, height: height, minWidth: minimumWidth, minHeight: minimumHeight, state.language)
        let lines = TextWrap.lines(text, width: max(1, width))
        let top = max(0, (height - lines.count) / 2)
        for (i, line) in lines.enumerated() {
            canvas.put(line, x: 0, y: top + i, style: Style(.warning, bold: true))
        }
        return canvas
    }

    /// Row 0: which screen, which group, which year, and the region.
    static func drawHeader(_ state: AppState, into canvas: inout Canvas) {
        let l = state.language
        var x = canvas.put(DashboardStrings.screenName(state.screen, l), x: 0, y: 0, style: Style(.title, bold: true))
        x += 2
        if let group = state.group {
            let position = "(\(state.groupIndex + 1)/\(state.groups.count))"
            x = canvas.put(group.name[l], x: x, y: 0, style: Style(.heading, bold: true))
            x = canvas.put(" " + position, x: x, y: 0, style: Style(.dim))
            x += 2
        }
        x = canvas.put(Strings.asOf(state.asOf, l), x: x, y: 0, style: Style(.label, bold: true))
        let region = state.plan.info.region[l]
        let regionX = canvas.width - DisplayWidth.of(region)
        if regionX > x + 2 {
            canvas.put(region, x: regionX, y: 0, style: Style(.dim))
        }
    }

    /// The line above the key hints: a prompt being typed, else the latest message.
    static func drawMessageLine(_ state: AppState, into canvas: inout Canvas) {
        let y = canvas.height - 2
        let l = state.language
        if let prompt = state.prompt {
            let label: String
            switch prompt {
            case .search: label = l.text("Search: ", "搜索：")
            case .source: label = l.text("Source for the figures you type: ", "录入数值的来源：")
            case .note: label = l.text("Note: ", "备注：")
            }
            let x = canvas.put(label, x: 0, y: y, style: Style(.key, bold: true))
            // The end of a long text stays in view, where the typing is.
            let room = max(1, canvas.width - x - 1)
            let shown = DisplayWidth.tail(prompt.text, to: room)
            let end = canvas.put(shown, x: x, y: y, style: Style(.input, underline: true))
            canvas.cursor = (end, y)
            return
        }
        if let message = state.message {
            canvas.put(message.text, x: 0, y: y, style: Style(message.isError ? .error : .good, bold: message.isError))
        }
    }

    /// The last line: the keys of this screen. A hint that does not fit is left out whole.
    static func drawFooter(_ state: AppState, into canvas: inout Canvas) {
        let y = canvas.height - 1
        let hints = DashboardStrings.footer(state.screen, editing: state.entry.editing != nil && state.screen == .entry, state.language)
        var x = 0
        for hint in hints {
            let needed = DisplayWidth.of(hint.keys) + 1 + DisplayWidth.of(hint.action)
            if x + needed > canvas.width { break }
            x = canvas.put(hint.keys, x: x, y: y, style: Style(.key, bold: true))
            x = canvas.put(" " + hint.action, x: x, y: y, style: Style(.dim))
            x += 2
        }
    }
}

/// A rectangle of the screen that a screen draws in.
typealias Area = Rect
