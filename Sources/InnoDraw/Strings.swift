import InnoCore

/// Words of the interface in both languages, looked up by what they are for.
public enum Strings {
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
        public var status, target, latest, goal, bar, barShort, gap, needed, projection: String
    }

    public static func columns(_ language: Language) -> Columns {
        switch language {
        case .en:
            Columns(status: "Status", target: "Target", latest: "Latest", goal: "Goal",
                    bar: "Latest vs goal", barShort: "vs goal", gap: "Gap", needed: "Needed", projection: "Projected")
        case .zh:
            Columns(status: "状态", target: "目标", latest: "最新值", goal: "目标值",
                    bar: "最新值与目标", barShort: "对比", gap: "差距", needed: "所需增速", projection: "期末预测")
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

    /// The status glyphs, each with its word, for the legend.
    public static func statusLegend(_ statuses: [Status], _ glyphs: Glyphs, _ language: Language) -> [String] {
        statuses.map { "\(glyphs.status($0)) \($0.word(language))" }
    }
}
