import InnoCore

/// The words of a target's name found in a sentence, so that a figure goes to the target it
/// is about: every word of the name (or of one of its aliases) must be there, and a word
/// the sentence adds that narrows the measure (发明 for invention patents, 规上 for
/// industrial firms) makes the match doubtful unless another target has that word.
public enum TermMatcher {
    /// The vocabulary, longest first when read; words of one meaning share a term.
    static let vocabulary: [(String, String)] = [
        ("研究与试验发展", "研发"), ("R&D", "研发"), ("研发", "研发"), ("科技研发", "研发"), ("规模以上", "规上"), ("规上", "规上"),
        ("每万人口", "万人"), ("每万人", "万人"), ("万人", "万人"), ("万名", "万人"), ("技术进步", "技术进步"), ("科技进步", "科技进步"),
        ("战略性新兴产业", "战略性新兴产业"), ("高新技术企业", "高新技术企业"), ("高新技术产业", "高新技术产业"), ("高新技术", "高新技术"),
        ("技术合同", "技术合同"), ("成交额", "成交额"), ("交易额", "交易"), ("交易", "交易"), ("经费", "经费"), ("支出", "支出"),
        ("投入", "投入"), ("强度", "强度"), ("GDP", "GDP"), ("地区生产总值", "GDP"), ("生产总值", "GDP"), ("比重", "比重"), ("占比", "比重"),
        ("全社会", "全社会"), ("工业", "工业"), ("企业", "企业"), ("贡献率", "贡献率"), ("产值", "产值"), ("增加值", "增加值"),
        ("有效", "有效"), ("发明", "发明"), ("专利", "专利"), ("拥有量", "拥有量"), ("高价值", "高价值"), ("平台", "平台"), ("聚集", "聚集"),
        ("科技型", "科技型"), ("科技", "科技"), ("机构", "机构"), ("文献", "文献"), ("仪器", "仪器"), ("设备", "设备"), ("成果", "成果"),
        ("参股", "参股"), ("基金", "基金"), ("规模", "规模"), ("人才", "人才"), ("人员", "人员"), ("新培育", "新培育"), ("基础研究", "基础研究"),
        ("数字经济", "数字经济"), ("核心产业", "核心产业"), ("众创空间", "众创空间"), ("孵化器", "孵化器"), ("研发机构", "研发机构"),
        ("政府", "政府"), ("财政", "财政"), ("地方", "地方"), ("高校", "高校"), ("增长", "增长"), ("增速", "增长"), ("制造业", "制造业"),
        ("服务业", "服务业"), ("产业", "产业"), ("开放共享", "共享"), ("共享", "共享"),
    ].sorted { $0.0.count > $1.0.count }

    /// Words that narrow a measure: present in the sentence but not in the name, they make
    /// the match doubtful.
    static let narrowing: Set<String> = ["规上", "企业", "工业", "发明", "有效", "高价值", "基础研究", "高新技术企业", "高新技术产业",
                                         "科技型", "政府", "财政", "地方", "高校", "制造业", "服务业", "增长", "增加值", "产值", "技术合同"]

    /// The terms of a folded text: vocabulary words, read longest first.
    public static func terms(_ text: String) -> Set<String> {
        var found: Set<String> = []
        let chars = Array(text)
        var i = 0
        while i < chars.count {
            if let (word, term) = vocabulary.first(where: { QuantityReader.starts(chars, i, $0.0) }) {
                found.insert(term)
                i += word.count
            } else {
                i += 1
            }
        }
        return found
    }

    /// A target whose name or alias a clause names.
    public struct Match: Sendable {
        public var target: Target
        public var variant: String
        public var score: Int
        public var extraNarrowing: [String]
    }

    /// The targets the clause names, best first.
    public static func matches(_ clause: String, plan: Plan) -> [Match] {
        let clauseTerms = terms(clause)
        var matches: [Match] = []
        for target in plan.targets where target.kind == .numeric {
            var best: Match?
            for variant in [target.name.zh] + target.aliases {
                let folded = String(FoldedText(variant).folded)
                let variantTerms = terms(folded)
                let verbatim = clause.contains(folded)
                guard verbatim || (!variantTerms.isEmpty && variantTerms.isSubset(of: clauseTerms)) else { continue }
                let score = variantTerms.reduce(0) { $0 + $1.count } + (verbatim ? folded.count : 0)
                if best == nil || score > best!.score {
                    let allTerms = ([target.name.zh] + target.aliases).reduce(into: Set<String>()) { $0.formUnion(terms(String(FoldedText($1).folded))) }
                    let extra = clauseTerms.subtracting(allTerms).intersection(narrowing).sorted()
                    best = Match(target: target, variant: variant, score: score, extraNarrowing: extra)
                }
            }
            if let best { matches.append(best) }
        }
        // A target that covers the narrowing words of the sentence wins over one that does
        // not, whatever the length of the words matched (规上企业研发投入强度 over 研发投入强度).
        return matches.sorted { ($0.extraNarrowing.count, -$0.score) < ($1.extraNarrowing.count, -$1.score) }
    }
}
