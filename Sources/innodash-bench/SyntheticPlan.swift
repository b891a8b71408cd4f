import Foundation
import InnoTestSupport

/// A made-up plan of any size with 30 years of figures per target, the same for the same
/// size and seed: provinces as groups (at most 31, as in China), each target one of a
/// dozen real indicator kinds with its Chinese name and unit. Written as a plan file and a
/// figures CSV in the shipped forms, so that the innodash binary and VisiData read exactly
/// what the in-process measurements use.
///
/// Mix of targets: 8 in 10 numeric with a goal (due 2030, a few due 2020 so that some are
/// achieved or missed), 1 in 10 an indicator, 1 in 10 a milestone. One target in five has
/// its latest figure preliminary.
struct SyntheticPlan {
    static let firstYear = 1996
    static let lastYear = 2025  // 30 years of figures
    static let planID = "synthetic-plan"

    let targetCount: Int
    let seed: UInt64

    var groupCount: Int { max(1, min(31, targetCount / 5)) }
    var figureCount: Int { targetCount * (Self.lastYear - Self.firstYear + 1) }

    /// The plan file, as `targets.json` is written.
    func planJSON() -> Data {
        var random = SeededRandom(seed: seed ^ UInt64(targetCount))
        let groups = (0..<groupCount).map { g in
            [
                "id": "p\(pad(g + 1, 2))",
                "name": ["en": "Province \(pad(g + 1, 2))", "zh": "省份\(pad(g + 1, 2))"],
            ] as [String: Any]
        }
        let targets = (0..<targetCount).map { i in target(i, &random).json }
        let plan: [String: Any] = [
            "plan": [
                "id": Self.planID,
                "title": ["en": "Synthetic plan of \(targetCount) targets", "zh": "合成规划（\(targetCount)项目标）"],
                "region": ["en": "Synthetic", "zh": "合成"],
                "source": "innodash-bench, seed \(seed)",
            ],
            "groups": groups,
            "targets": targets,
        ]
        return try! JSONSerialization.data(withJSONObject: plan, options: [.sortedKeys])
    }

    /// The figures, `target,year,value,preliminary,source,note`, a target's years in order.
    func figuresCSV() -> Data {
        var random = SeededRandom(seed: seed ^ UInt64(targetCount))
        var text = "target,year,value,preliminary,source,note\n"
        text.reserveCapacity(figureCount * 48)
        for i in 0..<targetCount {
            let t = target(i, &random)
            for (year, value) in t.series {
                let preliminary = t.preliminaryLast && year == Self.lastYear ? "yes" : "no"
                text += "\(t.id),\(year),\(value),\(preliminary),Synthetic bulletin \(year),\n"
            }
        }
        return Data(text.utf8)
    }

    private func pad(_ n: Int, _ width: Int) -> String {
        let digits = String(n)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }

    /// One target and its figures, drawn from the random stream in a fixed order.
    private func target(_ i: Int, _ random: inout SeededRandom) -> SyntheticTarget {
        let kind = Self.kinds[i % Self.kinds.count]
        let province = i % groupCount + 1
        let id = "p\(pad(province, 2)).t\(pad(i + 1, 5))"
        let start = random.uniform(kind.start)
        let growth = random.uniform(-0.03...0.08)
        var series: [(Int, String)] = []
        var value = start
        let milestoneYear = Self.firstYear + 4 + Int(random.next() % 34)  // 2000…2033
        for year in Self.firstYear...Self.lastYear {
            let noise = random.uniform(-0.02...0.02)
            value = max(0, value * (1 + growth + noise))
            if kind.isPercentage { value = min(100, value) }
            series.append((year, String(format: "%.\(kind.decimals)f", value)))
        }
        let role = i % 10
        var json: [String: Any] = [
            "id": id, "group": "p\(pad(province, 2))",
            "name": ["en": "\(kind.en) (\(id))", "zh": "\(kind.zh)（\(id)）"],
            "source": "synthetic",
        ]
        if role == 9 {
            json["kind"] = "milestone"
            json["deadline"] = 2030
            json["quote"] = "到2030年\(kind.zh)达到国内领先水平"
            series = (Self.firstYear...Self.lastYear).map { ($0, $0 >= milestoneYear ? "yes" : "no") }
        } else {
            json["kind"] = "numeric"
            json["unit"] = ["en": kind.unitEN, "zh": kind.unitZH]
            if kind.isCount { json["count"] = true }
            json["decimals"] = kind.decimals
            json["baseline"] = ["year": 2015]
            if role == 8 {
                json["direction"] = growth >= 0 || random.next() % 2 == 0 ? "up" : "down"
            } else {
                let deadline = role == 7 ? 2020 : 2030
                var goal = value * random.uniform(0.8...1.6)
                if kind.isPercentage { goal = min(99, goal) }
                json["comparator"] = [">", ">=", ">=", "<="][i % 4]
                json["value"] = (goal * 100).rounded() / 100
                json["deadline"] = deadline
                json["quote"] = "到\(deadline)年\(kind.zh)达到\(String(format: "%.2f", goal))\(kind.unitZH)"
            }
        }
        return SyntheticTarget(id: id, json: json, series: series, preliminaryLast: i % 5 == 0 && role != 9)
    }

    /// Indicator kinds of real innovation plans, with a plausible starting value.
    struct Kind {
        var en, zh, unitEN, unitZH: String
        var decimals: Int
        var start: ClosedRange<Double>
        var isPercentage: Bool { unitEN == "%" }
        /// Counts and rates of counts, which the plan marks `"count": true`.
        var isCount: Bool { ["enterprises", "spaces", "per 10k"].contains(unitEN) }
    }

    static let kinds: [Kind] = [
        Kind(en: "R&D expenditure / GDP", zh: "全社会R&D经费支出占GDP比重", unitEN: "%", unitZH: "%", decimals: 2, start: 0.5...2.5),
        Kind(en: "Industrial firms' R&D intensity", zh: "规上企业研发投入强度", unitEN: "%", unitZH: "%", decimals: 2, start: 0.3...1.5),
        Kind(en: "Tech progress contribution", zh: "技术进步贡献率", unitEN: "%", unitZH: "%", decimals: 1, start: 30...55),
        Kind(en: "Valid patents per 10k people", zh: "万人有效专利拥有量", unitEN: "per 10k", unitZH: "件/万人", decimals: 1, start: 1...20),
        Kind(en: "High-tech enterprises", zh: "高新技术企业数", unitEN: "enterprises", unitZH: "家", decimals: 0, start: 100...3000),
        Kind(en: "Technology transactions", zh: "技术合同成交额", unitEN: "100M yuan", unitZH: "亿元", decimals: 2, start: 5...200),
        Kind(en: "Emerging industries share", zh: "战略性新兴产业产值占比", unitEN: "%", unitZH: "%", decimals: 1, start: 5...25),
        Kind(en: "Researchers per 10k workers", zh: "每万名就业人员研发人员", unitEN: "per 10k", unitZH: "人年/万人", decimals: 1, start: 10...60),
        Kind(en: "Maker spaces", zh: "众创空间数", unitEN: "spaces", unitZH: "家", decimals: 0, start: 5...200),
        Kind(en: "Venture capital raised", zh: "创业投资募资额", unitEN: "100M yuan", unitZH: "亿元", decimals: 2, start: 1...80),
        Kind(en: "Science-literate citizens", zh: "公民具备科学素质比例", unitEN: "%", unitZH: "%", decimals: 2, start: 2...8),
    ]
}

/// A target of the synthetic plan: its plan-file object and its figures as CSV text.
private struct SyntheticTarget {
    var id: String
    var json: [String: Any]
    var series: [(year: Int, value: String)]
    var preliminaryLast: Bool
}
