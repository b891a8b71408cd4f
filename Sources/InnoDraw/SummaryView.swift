import InnoCore

/// The screenshot-ready summary of a plan: title, region, as-of year, every target with
/// its status, latest figure, goal and bar, a legend and the source line. No key hints,
/// no cursor, no frame characters, so a copy with the mouse takes only the content.
///
/// The dashboard's Summary screen and the exports (`innodash summary`) draw this same view.
public struct SummaryView: Sendable {
    public var plan: Plan
    public var assessments: [Assessment]
    public var asOf: Int
    public var language: Language
    public var glyphs: Glyphs
    /// The groups to show, in order; all of the plan's when nil.
    public var groupIDs: [String]?
    /// The targets assessed with the scenario's what-if figures, by id: shown beside the
    /// official status, never in its place.
    public var scenario: [String: Assessment] = [:]

    public init(plan: Plan, assessments: [Assessment], asOf: Int, language: Language, glyphs: Glyphs = .unicode, groupIDs: [String]? = nil) {
        self.plan = plan
        self.assessments = assessments
        self.asOf = asOf
        self.language = language
        self.glyphs = glyphs
        self.groupIDs = groupIDs
    }

    /// The narrowest width the summary is drawn at.
    public static let minimumWidth = 60

    private var groups: [(group: TargetGroup, rows: [Assessment])] {
        let ids = groupIDs ?? plan.groups.map(\.id)
        return ids.compactMap { id in
            guard let group = plan.groups.first(where: { $0.id == id }) else { return nil }
            let rows = assessments.filter { $0.target.group == id }
            return rows.isEmpty ? nil : (group, rows)
        }
    }

    /// The rows the summary needs at this width, so a caller can size a canvas or a page.
    public func height(width: Int) -> Int {
        render(width: width, height: nil).height
    }

    /// Draws the summary `width` columns wide; as tall as it needs when `height` is nil,
    /// else clipped to `height` rows.
    public func render(width: Int, height: Int? = nil) -> Canvas {
        var lines: [[Segment]] = []

        lines.append([Segment(plan.info.title[language], Style(.title, bold: true))])
        let shownGroups = groups
        let shownRows = shownGroups.flatMap(\.rows)
        let subtitle = [plan.info.region[language], Strings.asOf(asOf, language), Strings.targetCount(shownRows.count, language)]
        lines.append([Segment(subtitle.joined(separator: glyphs.separator), Style(.label))])
        for (group, rows) in shownGroups {
            lines.append([])
            lines.append([Segment(group.name[language], Style(.heading, bold: true, underline: true))])
            // Each group is a table of its own, its columns sized to its rows.
            let layout = Layout(width: width, rows: rows, language: language, glyphs: glyphs)
            lines.append(layout.header())
            for assessment in rows {
                lines.append(layout.row(assessment))
            }
            if layout.midtermWidth == 0, let midterm = Strings.midtermLine(rows, language) {
                for text in TextWrap.lines(midterm, width: width) {
                    lines.append([Segment(text, Style(.label))])
                }
            }
        }
        let whatIf = shownRows.compactMap { row in scenario[row.target.id].map { (row, $0) } }
        if !whatIf.isEmpty {
            lines.append([])
            lines.append([Segment(Strings.scenarioHeading(language), Style(.projection, bold: true))])
            for (row, with) in whatIf {
                let text = "  " + glyphs.status(row.status) + " " + row.status.word(language) + " → " + glyphs.status(with.status) + " "
                    + with.status.word(language) + " (\(with.asOf))" + (with.midterm.map { ", " + $0.word(language) } ?? "") + "  " + row.target.name[language]
                lines.append([Segment(text, Style(.projection))])
            }
        }
        if shownRows.contains(where: \.isBorderline) {
            for text in TextWrap.lines(Strings.borderlineLegend(language), width: width) {
                lines.append([Segment(text, Style(.dim))])
            }
        }
        lines.append([])
        let shown = Status.allCases.filter { status in shownRows.contains { $0.status == status } }
        // Legends break between items, so that a glyph stays with its words.
        for legend in [Strings.statusLegend(shown, glyphs, language), Strings.barLegend(glyphs, language)] {
            for text in TextWrap.flow(legend, separator: "  ", width: width) {
                lines.append([Segment(text, Style(.dim))])
            }
        }
        for text in TextWrap.lines(Strings.source(language) + plan.info.source, width: width) {
            lines.append([Segment(text, Style(.dim))])
        }

        var canvas = Canvas(width: width, height: height ?? lines.count)
        for (y, segments) in lines.enumerated() where y < canvas.height {
            var x = 0
            for segment in segments {
                if let column = segment.column { x = column }
                let drawn = DisplayWidth.truncate(segment.text, to: max(0, (segment.width ?? width) ), ellipsis: glyphs.ellipsis)
                let text = segment.alignRight ? DisplayWidth.pad(drawn, to: segment.width ?? 0, alignRight: true) : drawn
                x = canvas.put(text, x: x, y: y, style: segment.style, maxWidth: width - x)
            }
        }
        return canvas
    }
}

/// A piece of a line: text at a column, in a style, cut to a width.
struct Segment {
    var text: String
    var style: Style
    var column: Int?
    var width: Int?
    var alignRight = false

    init(_ text: String, _ style: Style = .normal, column: Int? = nil, width: Int? = nil, alignRight: Bool = false) {
        self.text = text
        self.style = style
        self.column = column
        self.width = width
        self.alignRight = alignRight
    }
}
