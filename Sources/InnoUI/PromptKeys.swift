import InnoCore
import InnoDraw

/// Keys while a line is typed at the bottom of the screen: a search, a source or a note.
enum PromptKeys {
    static func handle(_ key: Key, _ state: inout AppState) -> [Effect] {
        guard let prompt = state.prompt else { return [] }
        var text = prompt.text
        switch key {
        case .escape:
            if case let .search(_, groupIndex, row) = prompt {
                state.groupIndex = groupIndex
                state.row = row
            }
            state.prompt = nil
            return []
        case .enter:
            state.prompt = nil
            return finish(prompt, &state)
        case .backspace:
            if !text.isEmpty { text.removeLast() }
        case .control("u"):
            text = ""
        case .character(let c):
            text.append(c)
        default:
            return []
        }
        state.prompt = prompt.with(text: text)
        if case .search = prompt {
            Search.jump(to: text, from: nil, &state)
        }
        return []
    }

    static func finish(_ prompt: Prompt, _ state: inout AppState) -> [Effect] {
        let l = state.language
        switch prompt {
        case .search(let query, _, _):
            state.lastSearch = query
            if !query.isEmpty, Search.matches(query, in: state).isEmpty {
                state.message = Message(l.text("No target name matches \"\(query)\".", "没有名称包含「\(query)」的目标。"), isError: true)
            }
            return []
        case .source(let text):
            state.entry.source = text.trimmingCharacters(in: .whitespaces)
            state.message = Message(state.entry.source.isEmpty
                ? l.text("Figures you type now keep their cell's source.", "此后录入的数值沿用单元格原有来源。")
                : l.text("Figures you type now get the source: \(state.entry.source)", "此后录入的数值来源：\(state.entry.source)"))
            return []
        case let .note(text, series, year):
            guard let figure = state.figures.figure(series, year: year) else { return [] }
            let note = text.trimmingCharacters(in: .whitespaces)
            guard note != figure.note else { return [] }
            state.pending = .change
            return [.save(FigureEntry(series: series, year: year, value: figure.value, source: figure.source,
                                      note: note, isPreliminary: figure.isPreliminary))]
        }
    }
}

extension Prompt {
    /// What has been typed so far.
    public var text: String {
        switch self {
        case .search(let query, _, _): query
        case .source(let text): text
        case .note(let text, _, _): text
        }
    }

    func with(text: String) -> Prompt {
        switch self {
        case let .search(_, groupIndex, row): .search(query: text, groupIndex: groupIndex, row: row)
        case .source: .source(text: text)
        case let .note(_, series, year): .note(text: text, series: series, year: year)
        }
    }
}

/// Finding targets by name, in English or Chinese, or by id.
enum Search {
    /// Every target whose name (either language) or id contains the query, ignoring case,
    /// as (group index, row) in the order the plan lists them.
    static func matches(_ query: String, in state: AppState) -> [(group: Int, row: Int)] {
        let needle = query.lowercased()
        guard !needle.isEmpty else { return [] }
        var found: [(Int, Int)] = []
        for (g, group) in state.groups.enumerated() {
            for (r, target) in state.plan.targets(inGroup: group.id).enumerated()
            where [target.name.en, target.name.zh, target.id].contains(where: { $0.lowercased().contains(needle) }) {
                found.append((g, r))
            }
        }
        return found
    }

    /// Selects the first match after `from` (wrapping), or the first match at all.
    static func jump(to query: String, from: (group: Int, row: Int)?, _ state: inout AppState) {
        let all = matches(query, in: state)
        guard let first = all.first else { return }
        var chosen = first
        if let from, let next = all.first(where: { ($0.group, $0.row) > (from.group, from.row) }) {
            chosen = next
        }
        state.groupIndex = chosen.group
        state.row = chosen.row
    }

    /// `n`: the next match of the last search.
    static func next(_ state: inout AppState) {
        guard let query = state.lastSearch, !query.isEmpty else {
            state.message = Message(state.language.text("Nothing searched yet: press / and type a name.", "尚未搜索：按 / 输入名称。"))
            return
        }
        if matches(query, in: state).isEmpty {
            state.message = Message(state.language.text("No target name matches \"\(query)\".", "没有名称包含「\(query)」的目标。"), isError: true)
            return
        }
        jump(to: query, from: (state.groupIndex, state.row), &state)
    }
}
