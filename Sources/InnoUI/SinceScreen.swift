import Foundation
import InnoCore
import InnoDraw

/// What the "Since …" screen (`b`) holds: the revision log as the store gave it, and the
/// point the changes are counted from (after the revision `point`).
public struct SinceState: Sendable, Equatable {
    /// The whole revision log, oldest first.
    public var log: [Revision]
    /// The changes are those after this revision id (0: every one).
    public var point: Int64
    public var scroll = 0

    public init(log: [Revision], point: Int64) {
        self.log = log
        self.point = point
    }

    /// The point a day count before `now`: after the last revision before the first change of
    /// those days (the whole log when every change is that recent; the latest revision when
    /// none is).
    public static func defaultPoint(in log: [Revision], now: Date, days: Int = 30) -> Int64 {
        let start = now.addingTimeInterval(-Double(days) * 86_400)
        guard let first = log.first(where: { $0.at > start }) else { return log.last?.id ?? 0 }
        return first.change - 1
    }

    /// The point moved by one change: back (`delta` < 0) takes one more change in, forward
    /// one fewer. Changes are the log's `change` groups.
    public func moved(by delta: Int) -> Int64 {
        var starts: [Int64] = []  // the first and last row id of each change, oldest first
        var ends: [Int64] = []
        var current: Int64?
        for row in log {
            if row.change == current {
                ends[ends.count - 1] = row.id
            } else {
                starts.append(row.id)
                ends.append(row.id)
                current = row.change
            }
        }
        // The change whose rows end at or before the point, and the one after it.
        let before = ends.lastIndex { $0 <= point }
        if delta < 0 {
            guard let i = before else { return point }
            return starts[i] - 1
        }
        let next = (before ?? -1) + 1
        return next < ends.count ? ends[next] : point
    }

    /// The rows after the point.
    public var rows: [Revision] { log.filter { $0.id > point } }

    /// The revision at the point, if any.
    public var pointRevision: Revision? { log.last { $0.id == point } }
}

/// "Since …": every target of the database's plans whose status or mid-term class changed
/// after a revision, with the reasons, as `innodash changes` lists them. A full-screen list.
enum SinceScreen {
    static func changes(_ state: AppState, _ since: SinceState) -> [BriefingChange] {
        let rows = since.rows
        let before = BriefingChanges.figures(state.figures, walkingBack: rows)
        return BriefingChanges.compare(plans: state.catalog.plans, before: before, after: state.figures, between: rows)
    }

    static func lines(_ state: AppState) -> [PanelLine] {
        guard let since = state.since else { return [] }
        let l = state.language
        let time = since.pointRevision.map { revision -> String in
            let formatter = DateFormatter()
            formatter.locale = Locale(identifier: "en_US_POSIX")
            formatter.dateFormat = "yyyy-MM-dd HH:mm"
            return formatter.string(from: revision.at)
        }
        let label = since.point == 0 ? l.text("the first revision", "第一条修订") : l.text("revision \(since.point)", "修订\(since.point)") + (time.map { l.text(" (\($0))", "（\($0)）") } ?? "")
        let found = changes(state, since)
        var lines: [PanelLine] = []
        let heading = found.isEmpty
            ? l.text("No target changed status since \(label)", "自\(label)以来，没有目标的评估状态发生变化")
            : l.text("\(found.count) target\(found.count == 1 ? "" : "s") changed status since \(label)", "自\(label)以来，\(found.count)个目标的评估状态有变化")
        lines.append(PanelLine(heading, Style(.heading, bold: true)))
        lines.append(PanelLine(l.text("[ ] move the point by a change (default: 30 days back); for a note: innodash changes",
                                      "[ ] 按一次修改移动起点（默认30天前）；简报用 innodash changes"), Style(.dim)))
        var plan: String?
        for change in found {
            if plan != change.plan.id {
                plan = change.plan.id
                lines.append(.blank)
                lines.append(PanelLine(change.plan.title[l], Style(.title, bold: true)))
            }
            var line = PanelLine(state.glyphs.status(change.after.status) + " ", Style(Theme.role(for: change.after.status), bold: true))
            line.append(change.target.name[l] + (l == .en ? ": " : "："), Style(.normal, bold: true))
            line.append(unambiguous(change.movement(l)), .normal)
            lines.append(line)
            for reason in change.reasons {
                lines.append(PanelLine("    " + unambiguous(reason.sentence(for: change.target, language: l)), Style(.label)))
            }
        }
        if found.contains(where: { $0.before.isBorderline || $0.after.isBorderline }) {
            lines += [.blank, PanelLine(Strings.borderlineLegend(l), Style(.dim))]
        }
        return lines
    }

    /// The text without East Asian ambiguous-width characters (`→`, `—`), which a CJK
    /// terminal draws two cells wide: the screens never use them.
    static func unambiguous(_ text: String) -> String {
        text.replacingOccurrences(of: "→", with: "->").replacingOccurrences(of: "—", with: "-")
    }

    static func draw(_ state: AppState, in area: Area, into canvas: inout Canvas) {
        let all = lines(state)
        let first = min(state.since?.scroll ?? 0, max(0, all.count - area.height))
        PanelLine.draw(Array(all.dropFirst(first)), in: Rect(x: area.x, y: area.y, width: area.width, height: area.height),
                       ellipsis: state.glyphs.ellipsis, into: &canvas)
    }
}

/// Keys on the "Since …" screen: move the point, scroll, leave.
enum SinceKeys {
    static func handle(_ key: Key, _ state: inout AppState) -> [Effect]? {
        guard var since = state.since else { return nil }
        switch key {
        case .character("["): since.point = since.moved(by: -1); since.scroll = 0
        case .character("]"): since.point = since.moved(by: 1); since.scroll = 0
        case .character("j"), .down: since.scroll += 1
        case .character("k"), .up: since.scroll = max(0, since.scroll - 1)
        case .escape, .character("b"): state.screen = .overview; return []
        default: return nil
        }
        since.scroll = min(since.scroll, max(0, SinceScreen.lines(state).count - 1))
        state.since = since
        return []
    }
}
