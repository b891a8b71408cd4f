import Foundation
import InnoCore

/// Suggested names, ids and units of a drafted target: suggestions the analyst edits.
enum TargetNaming {
    /// Words that start a clause but name nothing: a time, an aspiration, a verb of doing.
    static let fillers = ["力争", "争取", "确保", "年内", "今年", "明年", "实现", "全面", "要", "将", "使", "到", "至"]

    /// The clause without its leading time phrase and fillers, and without a trailing 的.
    static func strip(_ text: String) -> String {
        var name = text
        // 到2020年, 2025年前: the year is the deadline, not the name.
        if let match = name.firstMatch(of: /^[到至在]?(19|20)\d\d年(底|末)?前?[，,]?/) { name.removeSubrange(match.range) }
        var changed = true
        while changed {
            changed = false
            for filler in fillers where name.hasPrefix(filler) && name.count > filler.count {
                name.removeFirst(filler.count)
                changed = true
            }
            if let match = name.firstMatch(of: /^[到至在]?(19|20)\d\d年(底|末)?前?[，,]?/) { name.removeSubrange(match.range); changed = true }
        }
        while name.hasSuffix("的") || name.hasSuffix("为") || name.hasSuffix("是") { name.removeLast() }
        return name
    }

    /// The name of a numeric target: what comes before its comparing word (全社会R&D经费支出
    /// of …支出超过GDP的2%), else the whole clause before the number.
    static func name(before: String, reading: WordingRules.ComparatorReading) -> String {
        var subject = before
        if !reading.words.isEmpty, let range = before.range(of: reading.words, options: .backwards) {
            let head = String(before[..<range.lowerBound])
            if !strip(head).isEmpty { subject = head }
        }
        let name = strip(subject)
        return name.isEmpty ? strip(before).isEmpty ? "(name)" : strip(before) : name
    }

    static let units: [String: (String, Bool)] = [
        "%": ("%", false), "个百分点": ("percentage points", false), "亿元": ("100M yuan", false), "万元": ("10k yuan", false),
        "元": ("yuan", false), "亿美元": ("100M USD", false), "万美元": ("10k USD", false), "件": ("items", true), "家": ("units", true),
        "人": ("people", true), "人次": ("person-times", true), "台套": ("sets", true), "台": ("sets", true), "套": ("sets", true),
        "个": ("items", true), "项": ("items", true), "所": ("institutions", true), "名": ("people", true), "户": ("households", true),
        "篇": ("papers", true), "座": ("items", true), "TB": ("TB", false), "GB": ("GB", false), "PB": ("PB", false),
        "件/万人": ("per 10k", true), "人/万人": ("per 10k", true), "家/万人": ("per 10k", true),
    ]

    static func unitEnglish(_ unit: String) -> String { units[unit]?.0 ?? unit }
    static func isCount(_ unit: String) -> Bool { units[unit]?.1 ?? false }

    /// Words of a name and the part of an id they suggest.
    static let glossary: [(String, String)] = [
        ("R&D", "rd"), ("研发", "rd"), ("研究与试验发展", "rd"), ("两江新区", "liangjiang"), ("永川", "yongchuan"),
        ("发明专利", "invention_patents"), ("专利", "patents"), ("万人", "per_10k"), ("技术进步", "tech_progress"),
        ("科技进步", "tech_progress"), ("贡献率", "contribution"), ("战略性新兴产业", "emerging"), ("高新技术企业", "high_tech_enterprises"),
        ("科技型企业", "tech_enterprises"), ("规上企业", "industrial_firms"), ("规模以上", "industrial_firms"), ("企业", "enterprises"),
        ("技术合同", "tech_contracts"), ("交易", "transactions"), ("基金", "funds"), ("众创空间", "maker_spaces"),
        ("高新区", "hightech_zone"), ("示范区", "demo_zone"), ("核心区", "core_area"), ("孵化", "incubators"),
        ("研发机构", "rd_institutions"), ("机构", "institutions"), ("人才", "talent"), ("人员", "staff"), ("文献", "literature"),
        ("仪器", "instruments"), ("中心", "centres"), ("GDP", "gdp"), ("生产总值", "gdp"), ("强度", "intensity"),
        ("经费", "expenditure"), ("产值", "output"), ("增加值", "value_added"), ("平台", "platform"), ("基础研究", "basic_research"),
        ("数字经济", "digital_economy"), ("高价值", "high_value"),
    ]

    /// A suggested id: the glossary's words for the name, and the deadline (rd_intensity_2020),
    /// unique in the draft.
    static func uniqueID(for target: DraftTarget, used: inout Set<String>) -> String {
        var parts: [String] = []
        var rest = target.name.zh
        while !rest.isEmpty, parts.count < 3 {
            if let (word, part) = glossary.first(where: { rest.hasPrefix($0.0) }) {
                if !parts.contains(part) { parts.append(part) }
                rest.removeFirst(word.count)
            } else {
                rest.removeFirst()
            }
        }
        if parts.isEmpty { parts = [target.kind == .milestone ? "milestone" : "target"] }
        let base = parts.joined(separator: "_") + "_\(target.deadline)"
        var id = base
        var number = 2
        while used.contains(id) { id = base + "_\(number)"; number += 1 }
        used.insert(id)
        return id
    }

    static let regions: [(String, String)] = [
        ("重庆", "Chongqing"), ("北京", "Beijing"), ("上海", "Shanghai"), ("天津", "Tianjin"), ("广东", "Guangdong"),
        ("深圳", "Shenzhen"), ("江苏", "Jiangsu"), ("浙江", "Zhejiang"), ("四川", "Sichuan"), ("成都", "Chengdu"), ("湖北", "Hubei"),
        ("武汉", "Wuhan"), ("山东", "Shandong"), ("河南", "Henan"), ("湖南", "Hunan"), ("福建", "Fujian"), ("安徽", "Anhui"),
        ("陕西", "Shaanxi"), ("河北", "Hebei"), ("辽宁", "Liaoning"), ("贵州", "Guizhou"), ("云南", "Yunnan"), ("广西", "Guangxi"),
        ("江西", "Jiangxi"), ("山西", "Shanxi"), ("吉林", "Jilin"), ("黑龙江", "Heilongjiang"), ("甘肃", "Gansu"),
        ("内蒙古", "Inner Mongolia"), ("新疆", "Xinjiang"), ("海南", "Hainan"), ("宁夏", "Ningxia"), ("青海", "Qinghai"), ("西藏", "Tibet"),
    ]

    /// The region the text names most, else nil (the analyst fills it in).
    static func region(in text: String) -> LocalizedText? {
        let counts = regions.map { region in (region, text.components(separatedBy: region.0).count - 1) }
        guard let best = counts.max(by: { $0.1 < $1.1 }), best.1 > 0 else {
            if text.contains("全国") { return LocalizedText(en: "China", zh: "全国") }
            return nil
        }
        return LocalizedText(en: best.0.1, zh: best.0.0)
    }

    /// The text's title: its first paragraph when short.
    static func title(_ folded: FoldedText, _ layout: TextLayout) -> String? {
        guard let first = layout.paragraphs.first, first.count <= 60 else { return nil }
        return folded.quote(first)
    }
}
