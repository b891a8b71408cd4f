import Foundation

/// The figure a measurement must reach: at most `limit`, and for the first frame also at
/// most `ratioLimit` times VisiData's.
struct Goal: Encodable {
    var limit: Double
    var ratioLimit: Double?

    func text(unit: String) -> String {
        let base = limit == 0 ? "0 \(unit)" : "≤ \(Report.number(limit)) \(unit)"
        guard let ratioLimit else { return base }
        return base + " and ≥ \(Report.number(1 / ratioLimit))× faster than VisiData"
    }
}

/// One figure for one plan: every run's value, the median, VisiData's beside it when the
/// same harness measured it, and the goal.
struct FigureResult: Encodable {
    var plan: String
    var figure: String
    var unit: String
    var samples: [Double]
    var median: Double
    var visiDataSamples: [Double]?
    var visiDataMedian: Double?
    var goal: Goal?

    init(plan: String, figure: String, unit: String, samples: [Double], visiData: [Double]? = nil, goal: Goal? = nil) {
        self.plan = plan
        self.figure = figure
        self.unit = unit
        self.samples = samples
        self.median = Measure.median(samples)
        self.visiDataSamples = visiData
        self.visiDataMedian = visiData.map(Measure.median)
        self.goal = goal
    }

    /// innodash's median over VisiData's: 0.1 is ten times faster.
    var ratio: Double? {
        guard let visiDataMedian, visiDataMedian > 0 else { return nil }
        return median / visiDataMedian
    }

    /// Whether the goal is reached; nil when the figure has none.
    var reached: Bool? {
        guard let goal else { return nil }
        var ok = median <= goal.limit
        if let ratioLimit = goal.ratioLimit {
            ok = ok && (ratio.map { $0 <= ratioLimit } ?? false)
        }
        return ok
    }

    enum CodingKeys: String, CodingKey {
        case plan, figure, unit, samples, median, visiDataSamples, visiDataMedian, goal, ratio, reached
    }

    func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(plan, forKey: .plan)
        try c.encode(figure, forKey: .figure)
        try c.encode(unit, forKey: .unit)
        try c.encode(samples.map(Report.rounded), forKey: .samples)
        try c.encode(Report.rounded(median), forKey: .median)
        try c.encodeIfPresent(visiDataSamples?.map(Report.rounded), forKey: .visiDataSamples)
        try c.encodeIfPresent(visiDataMedian.map(Report.rounded), forKey: .visiDataMedian)
        try c.encodeIfPresent(goal, forKey: .goal)
        try c.encodeIfPresent(ratio.map(Report.rounded), forKey: .ratio)
        try c.encodeIfPresent(reached, forKey: .reached)
    }
}

/// The benchmark's output: a Markdown table on standard output (the one BENCHMARKS.md
/// shows) and a JSON file with every run.
struct Report: Encodable {
    var date: String
    var command: String
    var runs: Int
    var machine: Machine
    var innodash: String
    var visiData: String?
    var notes: [String]
    var results: [FigureResult]

    func markdownTable() -> String {
        var lines = [
            "| plan | figure | innodash (median) | VisiData (median) | innodash / VisiData | figure to reach | reached |",
            "|---|---|---:|---:|---:|---|---|",
        ]
        for r in results {
            let vd = r.visiDataMedian.map { Self.number($0) + " " + r.unit } ?? ""
            let ratio = r.ratio.map { String(format: "%.3f", $0) } ?? ""
            let goal = r.goal.map { $0.text(unit: r.unit) } ?? ""
            let reached = r.reached.map { $0 ? "yes" : "**no**" } ?? ""
            lines.append("| \(r.plan) | \(r.figure) | \(Self.number(r.median)) \(r.unit) | \(vd) | \(ratio) | \(goal) | \(reached) |")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    func json() throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return try encoder.encode(self)
    }

    /// A figure as people read it: three significant digits at most, no needless decimals.
    static func number(_ value: Double) -> String {
        if value.isNaN { return "n/a" }
        if value == value.rounded() && abs(value) < 1e9 { return String(Int(value)) }
        if abs(value) >= 100 { return String(format: "%.0f", value) }
        if abs(value) >= 10 { return String(format: "%.1f", value) }
        if abs(value) >= 0.01 { return String(format: "%.2f", value) }
        return String(format: "%.3f", value)
    }

    static func rounded(_ value: Double) -> Double {
        (value * 1000).rounded() / 1000
    }
}
