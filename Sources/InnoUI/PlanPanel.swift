import InnoCore
import InnoDraw

/// The Overview's Plan panel: the plan's title, region and as-of year, the time elapsed of
/// the plan (from its earliest baseline year to its latest deadline), and for every group
/// its targets counted by status, as glyphs with counts and as a stacked bar of the
/// status glyphs, so the counts read without colour. The group on screen is marked.
enum PlanPanel {
    /// The panel's lines for a width, most wanted first: when the panel is short, the
    /// blank lines go, then the legend of the glyphs, the region line, the bars.
    static func lines(_ state: AppState, width: Int, height: Int, legend withLegend: Bool = true) -> [PanelLine] {
        let l = state.language
        let g = state.glyphs
        let plan = state.plan
        let title = TextWrap.lines(plan.info.title[l], width: width).prefix(2).map { PanelLine($0, Style(.title, bold: true)) }
        // The title on one line, cut short with an ellipsis, for a short panel.
        let shortTitle = [PanelLine(DisplayWidth.truncate(plan.info.title[l], to: width, ellipsis: g.ellipsis), Style(.title, bold: true))]
        let region = PanelLine(plan.info.region[l] + g.separator + Strings.asOf(state.asOf, l), Style(.label))
        let time = timeLine(state, width: width)
        let order = state.glyphOrder
        let groups = state.groups.enumerated().map { i, group in
            groupLines(group, state.counts(inGroup: group.id, order: order), current: i == state.groupIndex, state, width: width)
        }
        let withBars = groups.flatMap { [$0.heading, $0.bar] }
        let withoutBars = groups.map(\.heading)
        let legend = TextWrap.flow(legendItems(state, order: order), separator: "  ", width: width).map { PanelLine($0, Style(.dim)) }
        let withLegend: [[PanelLine]] = withLegend ? [
            title + [region] + time + [.blank] + withBars + [.blank] + legend,
            title + [region] + time + [.blank] + withBars + legend,
            title + [region] + time + withBars + legend,
        ] : []
        let choices: [[PanelLine]] = withLegend + [
            title + [region] + time + [.blank] + withBars,
            title + time + [.blank] + withBars,
            title + time + withBars,
            shortTitle + time + withBars,
            title + time + withoutBars,
            shortTitle + time + withoutBars,
        ]
        return choices.first { $0.count <= height } ?? choices.last!
    }

    /// What each glyph counted in the panel stands for: `✓ met/on track`.
    static func legendItems(_ state: AppState, order: [[Status]]) -> [String] {
        let present = Set(state.statusCounts.values.flatMap { $0.filter { $0.value > 0 }.keys })
        return order.compactMap { statuses in
            let shown = statuses.filter(present.contains)
            guard !shown.isEmpty else { return nil }
            return state.glyphs.status(shown[0]) + " " + shown.map { $0.word(state.language) }.joined(separator: "/")
        }
    }

    /// How many lines the panel wants at a width: all but the legend of the glyphs, which
    /// it shows when it is given more.
    static func wantedHeight(_ state: AppState, width: Int) -> Int {
        lines(state, width: width, height: .max, legend: false).count
    }

    /// The time from the plan's first baseline year to its last deadline, with the share
    /// of it gone as of the year on screen: `Time 2015 ▬▬▬⋅⋅⋅ 2025 50%`.
    static func timeLine(_ state: AppState, width: Int) -> [PanelLine] {
        let first = state.planBaselineYear ?? state.years.lowerBound
        guard let last = state.planEndYear, last > first else { return [] }
        let share = min(1, max(0, Double(state.asOf - first) / Double(last - first)))
        let label = state.language.text("Time", "时间") + " \(first) "
        let end = " \(last) " + DisplayWidth.pad(Formatting.percent(share), to: 4, alignRight: true)
        let barWidth = max(0, width - DisplayWidth.of(label) - DisplayWidth.of(end))
        let filled = Int((share * Double(barWidth)).rounded())
        var line = PanelLine(label, Style(.label))
        line.append(String(repeating: state.glyphs.barFill, count: filled), Style(.normal))
        line.append(String(repeating: state.glyphs.barTrack, count: barWidth - filled), Style(.barTrack))
        line.append(end, Style(.label))
        return [line]
    }

    /// A group's heading (its name, the counts by status) and its stacked bar.
    static func groupLines(_ group: TargetGroup, _ counts: [(Status, Int)], current: Bool, _ state: AppState,
                           width: Int) -> (heading: PanelLine, bar: PanelLine) {
        let g = state.glyphs
        let countsText = counts.map { g.status($0.0) + "\($0.1)" }.joined(separator: " ")
        let mark = current ? g.cursor + " " : "  "
        let nameRoom = max(4, width - 2 - DisplayWidth.of(countsText) - 1)
        let name = DisplayWidth.pad(DisplayWidth.truncate(group.name[state.language], to: nameRoom, ellipsis: g.ellipsis), to: nameRoom)
        var heading = PanelLine(mark, Style(.key, bold: true))
        heading.append(name + " ", Style(current ? .heading : .label, bold: current))
        for (i, (status, count)) in counts.enumerated() {
            heading.append((i > 0 ? " " : "") + g.status(status) + "\(count)", Style(Theme.role(for: status)))
        }
        // The bar: each status a run of its glyph, as long as its share of the group.
        var bar = PanelLine("  ", .normal)
        let total = counts.map(\.1).reduce(0, +)
        let room = max(0, width - 2)
        var drawn = 0, before = 0
        for (status, count) in counts {
            before += count
            let end = total > 0 ? Int((Double(before) / Double(total) * Double(room)).rounded()) : 0
            let run = max(count > 0 ? 1 : 0, end - drawn)
            bar.append(String(repeating: g.status(status), count: run), Style(Theme.role(for: status)))
            drawn += run
        }
        return (heading, bar)
    }

    static func draw(_ state: AppState, in rect: Rect, into canvas: inout Canvas) {
        let inside = Box.draw(state.language.text("Plan", "规划"), in: rect, into: &canvas, glyphs: state.glyphs)
        PanelLine.draw(lines(state, width: inside.width, height: inside.height), in: inside, ellipsis: state.glyphs.ellipsis, into: &canvas)
    }
}

/// A line of a panel: runs of text, each with its style.
struct PanelLine {
    var runs: [(text: String, style: Style)]

    init(_ text: String, _ style: Style) {
        runs = [(text, style)]
    }

    static let blank = PanelLine("", .normal)

    mutating func append(_ text: String, _ style: Style) {
        runs.append((text, style))
    }

    /// Draws lines from the top of `rect`, as many as fit, each cut to its width with
    /// `ellipsis` where a text does not fit whole (so a cut source never reads as complete).
    static func draw(_ lines: [PanelLine], in rect: Rect, ellipsis: String, into canvas: inout Canvas) {
        for (i, line) in lines.prefix(rect.height).enumerated() {
            var x = rect.x
            for run in line.runs where x < rect.right {
                let text = DisplayWidth.truncate(run.text, to: rect.right - x, ellipsis: ellipsis)
                x = canvas.put(text, x: x, y: rect.y + i, style: run.style, maxWidth: rect.right - x)
            }
        }
    }
}

extension AppState {
    /// The statuses of a group's targets by glyph (in `glyphOrder`), with no target left
    /// out: statuses that share a glyph (met and on track) are counted together, in the
    /// colour of the most of them, so that glyph and count say the same without colour.
    func counts(inGroup groupID: String, order: [[Status]]) -> [(Status, Int)] {
        let counts = statusCounts[groupID] ?? [:]
        return order.compactMap { statuses in
            let count = statuses.map { counts[$0] ?? 0 }.reduce(0, +)
            // Coloured as the most of them are.
            let most = statuses.max { (counts[$0] ?? 0) < (counts[$1] ?? 0) }!
            return count > 0 ? (most, count) : nil
        }
    }

    /// The statuses by glyph, in the order the Plan panel counts them: each glyph where
    /// its first status is in `Status` (good, then moderate, bad, unknown).
    var glyphOrder: [[Status]] {
        var order: [[Status]] = []
        for status in Status.allCases {
            if let i = order.firstIndex(where: { glyphs.status($0[0]) == glyphs.status(status) }) {
                order[i].append(status)
            } else {
                order.append([status])
            }
        }
        return order
    }
}
