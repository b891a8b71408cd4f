import InnoCore

/// Bulletin and news sentences and the figures they give for the targets of `corpusPlan`:
/// the specification of `innodash figures-from`. (text, --year, expected (target, year, value)).
struct ExpectedFigure: Hashable {
    var target: String
    var year: Int
    var value: Double
}

let bulletinCorpus: [(String, Int?, [ExpectedFigure])] = [
    ("2020年，全市科技研发投入强度为2.11%。", nil, [.init(target: "rd_gdp", year: 2020, value: 2.11)]),
    ("2022年，全市R&D经费投入强度2.36%，比上年提高0.2个百分点。", nil,
     [.init(target: "rd_gdp", year: 2022, value: 2.36), .init(target: "rd_gdp", year: 2021, value: 2.16)]),
    ("2021年末，全市每万人口发明专利拥有量为１３.２件。", nil, [.init(target: "invention_patents_per_10k", year: 2021, value: 13.2)]),
    ("2021年，规模以上工业企业研发经费投入强度为1.65%。", nil, [.init(target: "enterprise_rd_intensity", year: 2021, value: 1.65)]),
    ("2021年，全国研发经费投入强度为2.44%。", nil, []),
    ("2021年，全市技术合同成交额526.79亿元。", nil, [.init(target: "tech_contracts", year: 2021, value: 526.79)]),
    ("2021年，全市高新技术企业达到5108家。", nil, [.init(target: "high_tech_enterprises", year: 2021, value: 5108)]),
    ("2021年全市研发人员达到1.2万人。", nil, [.init(target: "rd_staff", year: 2021, value: 12000)]),
    ("2020年，全市研發經費投入強度達到2.11%。", nil, [.init(target: "rd_gdp", year: 2020, value: 2.11)]),
    ("2020年，全市发明专利授权量1.2万件。", nil, []),
    ("2020年，全市有效专利拥有量达到15.6万件。", nil, []),
    ("全市R&D经费投入强度为百分之二。", 2019, [.init(target: "rd_gdp", year: 2019, value: 2)]),
    ("2023年，全市研发投入强度比上年提高0.1个百分点。", nil, [.init(target: "rd_gdp", year: 2023, value: 2.46)]),
    ("北京市2021年研发投入强度为6.53%。", nil, []),
    ("2021年，全市高新技术产业增加值增长12.5%。", nil, []),
    ("2021年，全市研发经费支出686.6亿元，投入强度2.36%。", nil, [.init(target: "rd_gdp", year: 2021, value: 2.36)]),
    ("2021年，全市研发经费投入强度为2.16%，规上工业企业研发投入强度为1.7%。", nil,
     [.init(target: "rd_gdp", year: 2021, value: 2.16), .init(target: "enterprise_rd_intensity", year: 2021, value: 1.7)]),
    ("截至2022年底，全市每万人口发明专利拥有量达到14.1件。", nil, [.init(target: "invention_patents_per_10k", year: 2022, value: 14.1)]),
    ("2021年，全市科技进步贡献率达到59.5%。", nil, [.init(target: "tech_progress", year: 2021, value: 59.5)]),
    ("2021年，全市技术合同成交额比上年增长20.3%。", nil, []),
    ("2022年，全市技術合同成交額達到800億元。", nil, [.init(target: "tech_contracts", year: 2022, value: 800)]),
]

/// The plan the bulletin corpus is read against: a city's targets with their aliases.
let corpusPlan: Plan = {
    func numeric(_ id: String, _ zh: String, _ unit: String, aliases: [String] = [], count: Bool = false) -> Target {
        Target(id: id, group: "g", kind: .numeric, name: LocalizedText(en: id, zh: zh), unit: LocalizedText(en: unit, zh: unit),
               isCount: count, direction: .up, source: "corpus", aliases: aliases)
    }
    return Plan(
        info: PlanInfo(id: "corpus", title: LocalizedText(en: "Corpus", zh: "语料"), region: LocalizedText(en: "Chongqing", zh: "重庆"), source: "corpus"),
        groups: [TargetGroup(id: "g", name: LocalizedText(en: "G", zh: "G"))],
        targets: [
            numeric("rd_gdp", "全社会R&D经费支出占GDP比重", "%", aliases: ["研发投入强度", "R&D经费投入强度", "研发经费投入强度", "科技研发投入强度"]),
            numeric("enterprise_rd_intensity", "规上企业研发投入强度", "%", aliases: ["规模以上工业企业研发投入强度"]),
            numeric("patents_per_10k", "万人有效专利拥有量", "件/万人", count: true),
            numeric("invention_patents_per_10k", "万人发明专利拥有量", "件/万人", aliases: ["每万人口发明专利拥有量"], count: true),
            numeric("tech_contracts", "技术合同成交额", "亿元"),
            numeric("high_tech_enterprises", "高新技术企业", "家", count: true),
            numeric("rd_staff", "研发人员", "人", count: true),
            numeric("tech_progress", "技术进步贡献率", "%", aliases: ["科技进步贡献率"]),
        ]
    )
}()

/// The stored figures the corpus's changes are derived from.
let corpusStored: [String: Double] = ["rd_gdp/2022": 2.36]
