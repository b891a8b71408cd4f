import InnoCore
import InnoDraw

/// The dashboard's one way to change: a pure function of the state and an event, which
/// returns the I/O it wants done as `Effect`s. Every keystroke can be tested without a
/// terminal.
public enum Update {
    public static func update(_ state: inout AppState, _ event: Event) -> [Effect] {
        switch event {
        case .key(let key):
            return handle(key, &state)
        case let .stored(request, revision, series):
            for (series, figures) in series {
                state.replaceSeries(series, with: figures)
            }
            StoreFeedback.stored(request, revision, &state)
            return []
        case let .storeFailed(request, message):
            StoreFeedback.failed(request, message, &state)
            return []
        case let .saveConflict(request, theirs, figures):
            StoreFeedback.conflict(request, theirs: theirs, figures: figures, &state)
            return []
        case let .notice(text, isError):
            state.message = Message(text, isError: isError)
            return []
        case .figuresChanged(let figures):
            // What is being typed stays; the years shown stay within the years there are.
            state.figures = figures
            state.asOf = min(max(state.asOf, state.years.lowerBound), state.years.upperBound)
            state.entry.year = min(max(state.entry.year, state.entryYears.lowerBound), state.entryYears.upperBound)
            return []
        }
    }

    static func handle(_ key: Key, _ state: inout AppState) -> [Effect] {
        if state.prompt != nil {
            return PromptKeys.handle(key, &state)
        }
        if state.screen == .entry, state.entry.editing != nil {
            return EntryKeys.handleEditing(key, &state)
        }
        // A message stays until the next key.
        state.message = nil
        switch state.screen {
        case .help:
            return HelpKeys.handle(key, &state)
        case .entry:
            if let effects = EntryKeys.handle(key, &state) { return effects }
        case .summary:
            if key == .character("x") { return [.exportSVG(state.summaryRequest)] }
            if key == .escape { state.screen = .overview; return [] }
        case .detail:
            if key == .escape { state.screen = .overview; return [] }
        case .overview:
            break
        }
        return handleCommon(key, &state)
    }

    /// Keys that do the same on every screen.
    static func handleCommon(_ key: Key, _ state: inout AppState) -> [Effect] {
        switch key {
        case .character("q"):
            return [.quit]
        case .character("o"):
            state.screen = .overview
        case .character("d"):
            state.screen = .detail
        case .enter:
            if state.screen == .overview { state.screen = .detail }
        case .character("e"):
            state.screen = .entry
        case .character("s"):
            state.screen = .summary
        case .character("?"):
            state.screenBeforeHelp = state.screen
            state.helpScroll = 0
            state.screen = .help
        case .character("j"), .down:
            moveRow(by: 1, &state)
        case .character("k"), .up:
            moveRow(by: -1, &state)
        case .home:
            state.row = 0
        case .end:
            state.row = max(0, state.targets.count - 1)
        case .character("g"), .tab:
            switchGroup(by: 1, &state)
        case .backTab:
            switchGroup(by: -1, &state)
        case .character("["):
            moveAsOf(by: -1, &state)
        case .character("]"):
            moveAsOf(by: 1, &state)
        case .character("L"):
            state.language = state.language == .en ? .zh : .en
        case .character("/"):
            state.prompt = .search(query: "", groupIndex: state.groupIndex, row: state.row)
        case .character("n"):
            Search.next(&state)
        default:
            break
        }
        return []
    }

    static func moveRow(by delta: Int, _ state: inout AppState) {
        let count = state.targets.count
        guard count > 0 else { return }
        state.row = min(max(state.row + delta, 0), count - 1)
    }

    static func switchGroup(by delta: Int, _ state: inout AppState) {
        let count = state.groups.count
        guard count > 0 else { return }
        state.groupIndex = ((state.groupIndex + delta) % count + count) % count
        state.row = 0
    }

    static func moveAsOf(by delta: Int, _ state: inout AppState) {
        let years = state.years
        let year = min(max(state.asOf + delta, years.lowerBound), years.upperBound)
        if year == state.asOf {
            let edge = delta < 0 ? state.language.text("first", "最早") : state.language.text("last", "最晚")
            state.message = Message(state.language.text("\(year) is the \(edge) year of the plan and its figures",
                                                        "\(year)年已是规划和数据的\(edge)年份"))
        }
        state.asOf = year
    }
}

/// Keys on the help screen: scroll, or leave.
enum HelpKeys {
    static func handle(_ key: Key, _ state: inout AppState) -> [Effect] {
        switch key {
        case .character("?"), .escape, .character("q"), .enter:
            state.screen = state.screenBeforeHelp
        case .character("o"), .character("d"), .character("e"), .character("s"):
            return Update.handleCommon(key, &state)
        case .character("j"), .down:
            state.helpScroll = min(state.helpScroll + 1, HelpScreen.lines(state).count - 1)
        case .character("k"), .up:
            state.helpScroll = max(0, state.helpScroll - 1)
        case .pageDown, .character(" "):
            state.helpScroll = min(state.helpScroll + 10, HelpScreen.lines(state).count - 1)
        case .pageUp:
            state.helpScroll = max(0, state.helpScroll - 10)
        case .character("L"):
            state.language = state.language == .en ? .zh : .en
        default:
            break
        }
        return []
    }
}
