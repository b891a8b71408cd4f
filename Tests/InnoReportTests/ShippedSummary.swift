import Foundation
import InnoCore
import InnoReport
import InnoStore

/// The shipped plan and published figures, read from the sources as the program ships
/// them, and a few hand-made plans for the edge cases.
enum ShippedSummary {
    static let repository = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let resources = repository.appendingPathComponent("Sources/innodash/Resources")

    static func plan() throws -> Plan {
        try PlanLoader.load(contentsOf: resources.appendingPathComponent("targets.json"))
    }

    static func figures(for plan: Plan) throws -> FigureSet {
        FigureSet(try FiguresCSV.read(contentsOf: resources.appendingPathComponent("chongqing-published.csv"), catalog: PlanCatalog([plan])))
    }

    /// The summary of the shipped plan and figures as of a year.
    static func export(_ language: Language, asOf: Int = 2020, groupIDs: [String]? = nil) throws -> SummaryExport {
        let plan = try plan()
        let assessments = Assessor.assess(plan: plan, figures: try figures(for: plan), asOf: asOf)
        return SummaryExport(plan: plan, assessments: assessments, asOf: asOf, language: language, groupIDs: groupIDs)
    }

    /// A plan whose texts try to break out of every format: markup, a formula, a table
    /// separator, line breaks, a control character and a bidirectional override.
    static func hostileExport(language: Language = .en) -> SummaryExport {
        let names = [
            "<script>&\"",
            "=HYPERLINK(\"http://x\")",
            "a | b\nsecond line\r\nthird",
            "bell\u{07} and \u{202E}override",
            "-1+2",
            "@SUM(A1)",
        ]
        let targets = names.enumerated().map { index, name in
            Target(id: "t\(index)", group: "g", kind: .numeric, name: LocalizedText(en: name, zh: name),
                   unit: LocalizedText(en: "%", zh: "%"), goal: Goal(.atLeast, 50), decimals: 1, deadline: 2020,
                   baseline: Baseline(year: 2015), quote: "q", source: "s")
        }
        let plan = Plan(
            info: PlanInfo(id: "p", title: LocalizedText(en: "Plan <b>&amp;</b>", zh: "计划<b>"),
                           region: LocalizedText(en: "Region's \"best\"", zh: "地区"), source: "<source> & 'quotes'"),
            groups: [TargetGroup(id: "g", name: LocalizedText(en: "Group <i>", zh: "组<i>"))],
            targets: targets
        )
        let figures = FigureSet(plan.targets.flatMap { [
            Figure(series: $0.series, year: 2015, value: 40),
            Figure(series: $0.series, year: 2018, value: 38),
        ] })
        return SummaryExport(plan: plan, assessments: Assessor.assess(plan: plan, figures: figures, asOf: 2018), asOf: 2018, language: language)
    }
}
