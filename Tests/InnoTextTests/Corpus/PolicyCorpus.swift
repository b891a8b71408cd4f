import InnoCore

/// Policy sentences and the targets they state: the specification of `innodash draft`.
/// A target is (comparator, value, unit, deadline); a deadline of nil is not checked.
struct ExpectedTarget: Hashable {
    var comparator: String?
    var value: Double?
    var unit: String?
    var deadline: Int?
    var milestone: Bool { comparator == nil }

    static func numeric(_ comparator: String, _ value: Double, _ unit: String, _ deadline: Int?) -> ExpectedTarget {
        ExpectedTarget(comparator: comparator, value: value, unit: unit, deadline: deadline)
    }

    static func milestone(_ deadline: Int) -> ExpectedTarget {
        ExpectedTarget(comparator: nil, value: nil, unit: nil, deadline: deadline)
    }
}

/// The year the policy texts of the corpus are read in (for 年内 when a text has no date).
let corpusYear = 2021

let policyCorpus: [(String, [ExpectedTarget])] = [
    ("到2025年，全社会研发经费投入强度达到2.6%。", [.numeric(">=", 2.6, "%", 2025)]),
    ("到2020年实现全社会R&D经费支出超过GDP的2%。", [.numeric(">", 2, "%", 2020)]),
    ("到2025年，每万人口发明专利拥有量达到12件。", [.numeric(">=", 12, "件/万人", 2025)]),
    ("力争到2025年高新技术企业数量突破1.2万家。", [.numeric(">", 12000, "家", 2025)]),
    ("到2025年，技术合同成交额达到1000亿元以上。", [.numeric(">=", 1000, "亿元", 2025)]),
    ("到2025年，研发人员总量达到20万人。", [.numeric(">=", 200_000, "人", 2025)]),
    ("到2025年，科技进步贡献率达到65%左右。", [.numeric(">=", 65, "%", 2025)]),
    ("“十四五”期间，全社会研发经费投入年均增长7%以上。", [.numeric(">=", 7, "%", nil)]),
    ("到2025年，单位地区生产总值能耗累计降低13.5%。", [.numeric(">=", 13.5, "%", 2025)]),
    ("到2025年，基础研究经费占研发经费比重不低于8%。", [.numeric(">=", 8, "%", 2025)]),
    ("到2025年，规上工业企业研发投入强度提高到1.8%。", [.numeric(">=", 1.8, "%", 2025)]),
    ("到2025年，数字经济核心产业增加值占GDP比重达到百分之十。", [.numeric(">=", 10, "%", 2025)]),
    ("力争年内新认定高新技术企业500家。", [.numeric(">=", 500, "家", 2021)]),
    ("到2030年，全市科技型企业达到１.５万家。", [.numeric(">=", 15000, "家", 2030)]),
    ("到2025年，新建研发平台200个。", [.numeric(">=", 200, "个", 2025)]),
    ("到2025年，建成国家级创新型城市。", [.milestone(2025)]),
    ("到2022年，两江新区升级为国家自主创新示范区。", [.milestone(2022)]),
    ("到2025年，单位GDP二氧化碳排放控制在0.5吨以下。", [.numeric("<=", 0.5, "吨", 2025)]),
    ("到2025年，全省研发经费投入强度力争达到2.5%，高新技术企业达到1.5万家。",
     [.numeric(">=", 2.5, "%", 2025), .numeric(">=", 15000, "家", 2025)]),
    ("到2025年，全市研發經費投入強度達到2.8%。", [.numeric(">=", 2.8, "%", 2025)]),
    ("2019年，全市研发投入强度为1.99%。", []),
    ("目前已建成国家级高新区4个。", []),
    ("政府引导基金出资比例最高不超过40%。", []),
    ("在3D打印等领域培育一批企业。", []),
    ("科研人员可提取不低于50%的收益。", []),
    ("到2025年，研发经费投入年均增长10%以上。", [.numeric(">=", 10, "%", 2025)]),
    ("到2025年，全市技术合同成交额突破500亿元。", [.numeric(">", 500, "亿元", 2025)]),
    ("到2025年，孵化器数量不少于150家。", [.numeric(">=", 150, "家", 2025)]),
    ("到2025年，新增国家重点实验室5个左右。", [.numeric(">=", 5, "个", 2025)]),
    ("到2025年，实现万人有效发明专利拥有量达到15件。", [.numeric(">=", 15, "件/万人", 2025)]),
    ("到２０２５年，高新技术企业营业收入达到１８.９万亿元。", [.numeric(">=", 189_000, "亿元", 2025)]),
    ("2025年前，全市R&D人员达到5万人以上，其中研究人员2万人。",
     [.numeric(">=", 50000, "人", 2025), .numeric(">=", 20000, "人", 2025)]),
    ("到2025年，争取创建3个国家级创新平台，永川高新区升级为国家级高新区。",
     [.numeric(">=", 3, "个", 2025), .milestone(2025)]),
    ("去年全市新增高新技术企业1000家，比上年增长20%。", []),
]
