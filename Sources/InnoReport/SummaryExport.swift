import InnoCore
import InnoDraw

/// The formats `innodash summary` writes.
public enum SummaryFormat: String, Sendable, CaseIterable {
    /// The summary grid as plain text.
    case text
    /// The grid with terminal colours (ANSI escape sequences).
    case ansi
    /// A Markdown table per group, for a report.
    case markdown
    /// One row per target with every number of the assessment.
    case csv
    /// Every number of the assessment, for scripts.
    case json
    /// The grid as an image.
    case svg
    /// The grid as a self-contained web page.
    case html

    /// Whether the format draws the summary grid, and so takes a width and a height.
    public var drawsGrid: Bool {
        switch self {
        case .text, .ansi, .svg, .html: true
        case .markdown, .csv, .json: false
        }
    }

    /// The file name extension of the format.
    public var fileExtension: String {
        switch self {
        case .text: "txt"
        case .ansi: "ans"
        case .markdown: "md"
        default: rawValue
        }
    }
}

/// A group id that the plan does not have.
public struct UnknownGroupError: Error, Sendable, Equatable, CustomStringConvertible {
    public var id: String
    public var known: [String]

    public var description: String {
        "the plan has no group \"\(id)\"; use one of: \(known.joined(separator: ", ")), or all"
    }
}

/// The summary in any of its formats, from one description of what to show. The grid
/// formats draw `SummaryView`, the dashboard's Summary screen; the others write the
/// assessment itself.
public struct SummaryExport: Sendable {
    /// What to show: the plan, the assessments of all its targets, the as-of year, the
    /// language, the glyphs and the groups.
    public var view: SummaryView

    public init(view: SummaryView) {
        self.view = view
    }

    public init(plan: Plan, assessments: [Assessment], asOf: Int, language: Language, glyphs: Glyphs = .unicode, groupIDs: [String]? = nil,
                scenario: [String: Assessment] = [:]) {
        var view = SummaryView(plan: plan, assessments: assessments, asOf: asOf, language: language, glyphs: glyphs, groupIDs: groupIDs)
        view.scenario = scenario
        self.init(view: view)
    }

    private var plan: Plan { view.plan }
    private var asOf: Int { view.asOf }
    private var language: Language { view.language }

    /// The groups a `--group` value selects: one id of the plan, or nil for `all`.
    public static func groupIDs(for selection: String, in plan: Plan) throws(UnknownGroupError) -> [String]? {
        if selection.lowercased() == "all" { return nil }
        guard plan.groups.contains(where: { $0.id == selection }) else {
            throw UnknownGroupError(id: selection, known: plan.groups.map(\.id))
        }
        return [selection]
    }

    /// The assessments of the groups shown, in the plan's order of groups.
    public var shownAssessments: [Assessment] {
        let ids = view.groupIDs ?? plan.groups.map(\.id)
        return ids.flatMap { id in view.assessments.filter { $0.target.group == id } }
    }

    /// The summary grid `width` columns wide (at least the view's minimum); as tall as it
    /// needs, or cut or padded with blank rows to `height`.
    public func canvas(width: Int, height: Int? = nil) -> Canvas {
        view.render(width: max(width, SummaryView.minimumWidth), height: height)
    }

    /// The name of the image or page: the plan's title and the as-of year.
    public var title: String {
        plan.info.title[language] + (language == .zh ? "，" : ", ") + Strings.asOf(asOf, language)
    }

    /// The summary in a format; `width` and `height` apply to the grid formats, `colour`
    /// to ANSI.
    public func render(_ format: SummaryFormat, width: Int, height: Int? = nil, colour: Bool = true) -> String {
        switch format {
        case .text:
            SummaryText.render(canvas(width: width, height: height))
        case .ansi:
            ANSIRenderer.render(canvas(width: width, height: height), colour: colour)
        case .svg:
            SVGRenderer.render(canvas(width: width, height: height), title: title)
        case .html:
            HTMLRenderer.render(canvas(width: width, height: height), title: title, language: language == .zh ? "zh-Hans" : "en")
        case .markdown:
            MarkdownSummary.render(plan: plan, assessments: shownAssessments, asOf: asOf, language: language, glyphs: view.glyphs, groupIDs: view.groupIDs)
        case .csv:
            SummaryCSV.render(assessments: shownAssessments, asOf: asOf, language: language, scenario: view.scenario)
        case .json:
            SummaryJSON.render(plan: plan, assessments: shownAssessments, asOf: asOf, language: language, scenario: view.scenario)
        }
    }
}
