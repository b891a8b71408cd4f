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
            return state.since != nil && revision != nil ? [.readRevisions] : []
        case let .storeFailed(request, message, unreachable):
            StoreFeedback.failed(request, message, unreachable: unreachable, &state)
            return []
        case .retryUnsaved:
            return StoreFeedback.retry(&state)
        case let .saveConflict(request, theirs, figures):
            StoreFeedback.conflict(request, theirs: theirs, figures: figures, &state)
            return []
        case let .notice(text, isError):
            state.message = Message(text, isError: isError)
            return []
        case .scenarioChanged(let scenario):
            state.scenario = scenario
            let l = state.language
            if case let .save(targetID, year, move) = state.pending, state.entry.editing?.targetID == targetID, state.entry.editing?.year == year {
                state.entry.editing = nil
                EntryKeys.moveAfterSave(move, &state)
            }
            state.pending = nil
            state.unsaved = nil
            state.message = Message(l.text("Scenario saved (what if; not an official figure).", "情景数值已保存（假设，非正式数据）。"))
            return []
        case .figuresChanged(let figures):
            // What is being typed stays; the years shown stay within the years there are.
            state.figures = figures
            state.asOf = min(max(state.asOf, state.years.lowerBound), state.years.upperBound)
            state.entry.year = min(max(state.entry.year, state.entryYears.lowerBound), state.entryYears.upperBound)
            return state.since != nil ? [.readRevisions] : []
        case let .revisionsRead(log, defaultPoint):
            // The point stays where the analyst put it; a new log keeps it.
            let point = state.since?.point ?? defaultPoint
            state.since = SinceState(log: log, point: point)
            state.since?.scroll = 0
            state.screen = .since
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
        case .compare:
            if key == .escape || key == .character("c") { state.screen = .overview; return [] }
        case .review:
            if let effects = ReviewKeys.handle(key, &state) { return effects }
        case .since:
            if let effects = SinceKeys.handle(key, &state) { return effects }
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
        case .character("v"):
            showPlan(by: 1, &state)
        case .character("V"):
            showPlan(by: -1, &state)
        case .character("c"):
            compare(&state)
        case .character("b"):
            return [.readRevisions]
        case .character("/"):
            state.prompt = .search(query: "", groupIndex: state.groupIndex, row: state.row)
        case .character("n"):
            Search.next(&state)
        default:
            break
        }
        return []
    }

    /// `v` / `V`: the next or previous plan of the database, named in the message line.
    static func showPlan(by delta: Int, _ state: inout AppState) {
        let plans = state.catalog.plans
        let l = state.language
        guard plans.count > 1, let index = plans.firstIndex(where: { $0.info.id == state.plan.info.id }) else {
            state.message = Message(l.text("The database holds this plan only.", "数据库中只有这一个规划。"))
            return
        }
        let next = ((index + delta) % plans.count + plans.count) % plans.count
        state.show(plans[next])
        state.message = Message(l.text("Plan \(next + 1) of \(plans.count): ", "规划 \(next + 1)/\(plans.count)：") + plans[next].info.title[l])
    }

    /// `c`: the selected target's indicator in every region with a series of it.
    static func compare(_ state: inout AppState) {
        guard let target = state.selectedTarget else { return }
        guard state.comparison != nil else {
            let l = state.language
            state.message = Message(l.text("No other region has a series of \(target.series.indicator): nothing to compare.",
                                           "其他地区没有\(target.series.indicator)的数据序列，无从比较。"))
            return
        }
        state.screen = .compare
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
