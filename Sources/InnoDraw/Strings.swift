import InnoCore

/// Words of the interface in both languages, looked up by what they are for.
public enum Strings {
    /// The heading of the statuses a scenario would give.
    public static func scenarioHeading(_ l: Language) -> String {
        l.text("With the scenario (what-if figures, not official):", "按情景（假设数值，非正式数据）：")
    }

    public static func asOf(_ year: Int, _ language: Language) -> String {
        language == .zh ? "截至\(year)年" : "as of \(year)"
    }

    public static func targetCount(_ count: Int, _ language: Language) -> String {
        language == .zh ? "\(count)项目标" : "\(count) targets"
    }

    public static func source(_ language: Language) -> String {
        language == .zh ? "来源：" : "Source: "
    }

    public struct Columns: Sendable {
        public var status, target, latest, goal, bar, barShort, gap, needed, projection, midterm: String
    }

    public static func columns(_ language: Language) -> Columns {
        switch language {
        case .en:
            Columns(status: "Status", target: "Target", latest: "Latest", goal: "Goal",
                    bar: "Latest vs goal", barShort: "vs goal", gap: "Gap", needed: "Needed", projection: "Projected",
                    midterm: "Mid-term")
        case .zh:
            Columns(status: "状态", target: "目标", latest: "最新值", goal: "目标值",
                    bar: "最新值与目标", barShort: "对比", gap: "差距", needed: "所需增速", projection: "期末预测",
                    midterm: "中期评估")
        }
    }

    /// The legend under a summary: what the bar's marks mean, each mark with its words.
    public static func barLegend(_ glyphs: Glyphs, _ language: Language) -> [String] {
        switch language {
        case .en:
            ["\(glyphs.barFill) latest", "\(glyphs.goalMarker) goal", "\(glyphs.projectionMarker) projected at the deadline at the current pace"]
        case .zh:
            ["\(glyphs.barFill) 最新值", "\(glyphs.goalMarker) 目标", "\(glyphs.projectionMarker) 按目前增速推算的期末值"]
        }
    }

    /// The mark after a borderline status (`Borderline`): ASCII, so never of ambiguous width.
    public static let borderlineMark = "*"

    /// A status word with the borderline mark when the assessment is a close call.
    public static func status(_ assessment: Assessment, _ glyphs: Glyphs, _ language: Language) -> String {
        glyphs.status(assessment.status) + " " + assessment.status.word(language) + (assessment.isBorderline ? " " + borderlineMark : "")
    }

    /// The line naming the targets of each mid-term class, for a summary too narrow for the
    /// class's own column: `Mid-term: behind: Strategic emerging industries; achieved early: …`.
    public static func midtermLine(_ assessments: [Assessment], _ language: Language) -> String? {
        let parts = MidtermClass.allCases.compactMap { midterm -> String? in
            let names = assessments.filter { $0.midterm == midterm }.map { $0.target.name[language] }
            guard !names.isEmpty else { return nil }
            return midterm.word(language) + (language == .zh ? "：" : ": ") + names.joined(separator: language == .zh ? "、" : ", ")
        }
        guard !parts.isEmpty else { return nil }
        return columns(language).midterm + (language == .zh ? "：" : ": ") + parts.joined(separator: language == .zh ? "；" : "; ")
    }

    /// The mark of a binding target (约束性): `B`, or `约` in Chinese.
    public static func bindingMark(_ language: Language) -> String {
        language == .zh ? "约" : "B"
    }

    /// The legend of the binding mark.
    public static func bindingLegend(_ language: Language) -> String {
        language == .zh ? "约 约束性指标" : "B binding (约束性)"
    }

    /// The legend of the borderline mark.
    public static func borderlineLegend(_ language: Language) -> String {
        switch language {
        case .en: "\(borderlineMark) borderline: near a class boundary, or within rounding of the goal"
        case .zh: "\(borderlineMark) 临界：接近分类界限，或与目标值之差在舍入范围内"
        }
    }

    /// The status glyphs, each with its word, for the legend.
    public static func statusLegend(_ statuses: [Status], _ glyphs: Glyphs, _ language: Language) -> [String] {
        statuses.map { "\(glyphs.status($0)) \($0.word(language))" }
    }
}
