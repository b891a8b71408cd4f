import Foundation
import InnoCore

/// How a plan's wording is read: one small named rule for each word, so that the corpus
/// can pin each down. The words are matched on folded text (simplified, half-width).
public enum WordingRules {
    /// A comparator read from the words around a quantity, with what the analyst should know.
    public struct ComparatorReading: Sendable, Equatable {
        public var comparator: InnoCore.Comparator
        /// The words it was read from (empty for a bare quantity).
        public var words: String
        public var note: String?
    }

    /// Words before the number, the nearest first, and what they mean.
    static let comparatorsBefore: [(String, InnoCore.Comparator, String?)] = [
        ("不超过", .atMost, nil), ("不高于", .atMost, nil), ("控制在", .atMost, nil), ("低于", .below, "\"低于\" (below) read as strictly below"),
        ("不低于", .atLeast, nil), ("不少于", .atLeast, nil), ("超过", .above, "\"超过\" (exceeds) read as strictly above: the goal itself does not meet it"),
        ("高于", .above, "\"高于\" (higher than) read as strictly above"), ("突破", .above, "\"突破\" (break through) read as strictly above"),
        ("达到", .atLeast, nil), ("提高到", .atLeast, nil), ("提升到", .atLeast, nil), ("提升至", .atLeast, nil),
        ("提高至", .atLeast, nil), ("增加到", .atLeast, nil), ("增长到", .atLeast, nil), ("力争达", .atLeast, nil),
        ("降低到", .atMost, nil), ("降至", .atMost, nil), ("下降到", .atMost, nil), ("减少到", .atMost, nil), ("达", .atLeast, nil),
    ]

    /// Words after the quantity.
    static let comparatorsAfter: [(String, InnoCore.Comparator, String?)] = [
        ("以上", .atLeast, nil), ("及以上", .atLeast, nil), ("以下", .atMost, nil), ("以内", .atMost, nil),
        ("左右", .atLeast, "\"左右\" (about) read as at least; the plan gives no tolerance"),
    ]

    /// Rule `comparator`: the words right after the quantity win (30%以上), then the nearest
    /// comparator word before it in its clause (超过GDP的2%); a bare quantity (聚集科技人才
    /// 50000人) is read as at least, and says so.
    public static func comparator(before: String, after: String) -> ComparatorReading {
        for (word, comparator, note) in comparatorsAfter where after.hasPrefix(word) {
            return ComparatorReading(comparator: comparator, words: word, note: note)
        }
        var best: (Int, String, InnoCore.Comparator, String?)?
        for (word, comparator, note) in comparatorsBefore {
            guard let range = before.range(of: word, options: .backwards) else { continue }
            let position = before.distance(from: before.startIndex, to: range.upperBound)
            // The longest word at the nearest position: 不低于 over 低于.
            if best == nil || position > best!.0 || (position == best!.0 && word.count > best!.1.count) {
                best = (position, word, comparator, note)
            }
        }
        if let best { return ComparatorReading(comparator: best.2, words: best.1, note: best.3) }
        return ComparatorReading(comparator: .atLeast, words: "", note: "no comparing word: the quantity read as at least")
    }

    /// Rule `aspiration`: words that mark a goal the plan strives for.
    static let aspirationWords = ["力争", "争取", "确保", "目标", "预期", "计划", "到", "将"]

    /// Rule `achievement`: words that report what is done, not what is aimed at (已入驻,
    /// 目前, 实施了, 成功, 正在). A clause with them states no target.
    static let achievementWords = ["已", "目前", "成功", "正在", "截至", "截止", "累计完成", "同比"]

    public static func reportsAchievement(_ clause: String) -> Bool {
        if achievementWords.contains(where: clause.contains) { return true }
        // 了 after a verb (实施了, 印发了), but not 为了 or 了解.
        return clause.contains("了") && !clause.contains("为了") && !clause.contains("了解")
    }

    /// Rule `limit`: a rule's limit (出资比例最高不超过40%, 可提取不低于50%) is no target.
    public static func isRuleLimit(_ before: String) -> Bool {
        let tail = String(before.suffix(8))
        return ["最高", "最低", "可提取", "可按", "原则上", "一般不"].contains(where: tail.contains)
    }

    /// 力争 kept in the note: the target is an aspiration.
    public static func aspirationNote(_ sentenceUpToQuantity: String) -> String? {
        sentenceUpToQuantity.contains("力争") ? "\"力争\" (strive to): the plan states it as an aspiration" : nil
    }
}

/// What a quantity measures: a level by the deadline, average yearly growth (年均增长), a
/// cumulative change from the base (累计降低), or a change from the year before. The ONE
/// place that maps wording to the target kinds of the plan format (`DraftPlanJSON` writes
/// `average-growth` and `cumulative-change`).
public enum WordedForm: String, Sendable, Equatable {
    case level
    case averageGrowth = "average-growth"
    case cumulativeChange = "cumulative-change"
    case yearlyChange = "yearly-change"

    static let words: [(String, WordedForm)] = [
        ("年均增长", .averageGrowth), ("年均增速", .averageGrowth), ("年均提高", .averageGrowth), ("年均递增", .averageGrowth),
        ("年均下降", .averageGrowth), ("年均降低", .averageGrowth),
        ("累计降低", .cumulativeChange), ("累计下降", .cumulativeChange), ("累计提高", .cumulativeChange), ("累计增长", .cumulativeChange),
        ("累计减少", .cumulativeChange), ("比上年提高", .yearlyChange), ("比上年增长", .yearlyChange), ("每年提高", .yearlyChange),
    ]

    /// Rule `form`: the form the nearest words before the quantity give.
    public static func reading(before: String, quantity: Quantity) -> WordedForm {
        let tail = String(before.suffix(10))
        var best: (Int, WordedForm)?
        for (word, form) in words {
            if let range = tail.range(of: word, options: .backwards) {
                let position = tail.distance(from: tail.startIndex, to: range.upperBound)
                if best == nil || position > best!.0 { best = (position, form) }
            }
        }
        if let best { return best.1 }
        return quantity.isPointChange ? .yearlyChange : .level
    }

    /// Whether a decrease is meant (年均下降, 累计降低): the plan's number is a reduction.
    public static func isDecrease(before: String) -> Bool {
        let tail = String(before.suffix(10))
        return ["下降", "降低", "减少"].contains(where: tail.contains)
    }

    /// What the analyst must check in a draft target of this form.
    public var draftNote: String? {
        switch self {
        case .level: nil
        case .averageGrowth: "kind average-growth (年均): measure \"level\" assumed (the figures are levels whose growth is computed); make it \"growth-rate\" when the figures are each year's growth rate; base year taken as five years before the deadline"
        case .cumulativeChange: "kind cumulative-change (累计): the change from the base figure, in % of it; base year taken as five years before the deadline"
        case .yearlyChange: "a change from the year before, not a level: the goal needs the base figure"
        }
    }
}
