import Foundation
import InnoCore

/// How numbers, goals and rates are written on every screen and in every export.
public enum Formatting {
    /// A value with the target's decimals and thousands separators: `2.11`, `50,000`.
    public static func value(_ value: Double, decimals: Int) -> String {
        // The bytes of printf's digits, grouped by threes with commas before the point.
        let printed = Array(PrintfNumber.fixed(value, decimals: decimals).utf8)
        let negative = printed.first == UInt8(ascii: "-")
        let body = printed[(negative ? 1 : 0)...]
        let point = body.firstIndex(of: UInt8(ascii: ".")) ?? body.endIndex
        let integer = body[..<point]
        var text: [UInt8] = []
        text.reserveCapacity(printed.count + integer.count / 3 + 1)
        for (i, digit) in integer.enumerated() {
            if i > 0 && (integer.count - i) % 3 == 0 { text.append(UInt8(ascii: ",")) }
            text.append(digit)
        }
        text += body[point...]
        // A negative value that rounds to zero is written without its sign: `0.00`, not `-0.00`.
        let isZero = text.allSatisfy { $0 == UInt8(ascii: "0") || $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: ",") }
        return (negative && !isZero ? "-" : "") + String(decoding: text, as: UTF8.self)
    }

    /// A value with `decimals`, or more where rounding would make it look equal to a
    /// boundary it is not, or on the other side of one: 1.999 against a goal of 2 is
    /// `1.999`, not `2.00`, and a gap of 0.001 is `0.001`, not `0.00`. So a number on the
    /// screen never contradicts the status beside it. This is the one rule for it: every
    /// screen and export writes values, gaps and projections through it.
    /// Arithmetic noise is not a difference: a projection of 121.00000000000001 on a goal of
    /// 121 is `121` (the value is taken at the engine's `Precision` when it comes near).
    public static func value(_ value: Double, decimals: Int, apartFrom boundaries: [Double]) -> String {
        let plain = Self.value(value, decimals: decimals)
        guard value.isFinite, !boundaries.isEmpty else { return plain }
        func keepsApart(_ text: String, _ value: Double) -> Bool {
            let shown = Double(text.filter { $0 != "," }) ?? value
            return boundaries.allSatisfy { side(of: shown, from: $0) == side(of: value, from: $0) }
        }
        if keepsApart(plain, value) { return plain }
        let exact = Precision.rounded(value)
        for places in decimals...max(decimals, 15) {
            let text = Self.value(exact, decimals: places)
            if keepsApart(text, exact) { return text }
        }
        return plain
    }

    private static func side(of value: Double, from boundary: Double) -> Int {
        value < boundary ? -1 : value > boundary ? 1 : 0
    }

    /// A number of a target (a figure, a projection) with its decimals, kept apart from the
    /// goal by `value(_:decimals:apartFrom:)`.
    public static func number(_ value: Double, of target: Target) -> String {
        Self.value(value, decimals: target.decimals, apartFrom: target.goal.map { [$0.value] } ?? [])
    }

    /// The gap to the goal, in the target's unit: never `0.00` while there is one.
    public static func gap(_ gap: Double, of target: Target) -> String {
        value(gap, decimals: target.decimals, apartFrom: [0])
    }

    /// The ratio `R` of actual to required growth with two decimals, kept apart from the
    /// class thresholds at the precision the engine classifies it.
    public static func ratio(_ ratio: Double) -> String {
        value(Precision.rounded(ratio), decimals: 2, apartFrom: [Assessor.onTrackRatio, Assessor.moderateRatio, 0])
    }

    /// A figure of a target: its value, or yes/no for a milestone.
    public static func figure(_ value: Double, of target: Target, language: Language) -> String {
        if target.kind == .milestone {
            return Target.milestoneReached(value) ? (language == .zh ? "是" : "yes") : (language == .zh ? "否" : "no")
        }
        return number(value, of: target)
    }

    /// The unit as written after a number: `%` sticks to it, other units take a space, and
    /// a unit that is itself a scale (`100M yuan`) goes in brackets: `100 (100M yuan)`.
    public static func withUnit(_ number: String, _ unit: LocalizedText?, language: Language) -> String {
        guard let unit = unit?[language], !unit.isEmpty else { return number }
        if unit == "%" { return number + "%" }
        if unit.first?.isNumber == true { return number + " (" + unit + ")" }
        return number + " " + unit
    }

    /// The goal as the plan states it: `> 2%`, `>= 50 件/万人`; without trailing zeros.
    /// Comparators are written in ASCII (`>=`): `≥` is East Asian ambiguous-width.
    public static func goal(of target: Target, language: Language) -> String {
        let zh = language == .zh
        switch target.form {
        case .level: break
        case .averageGrowth(let goal, _):
            let stated = goal.comparator.rawValue + " " + trimmed(value(goal.value, decimals: target.decimals)) + "%"
            return zh ? "年均 " + stated : stated + "/yr avg"
        case .cumulativeChange(let goal):
            let stated = goal.comparator.rawValue + " " + trimmed(value(goal.value, decimals: target.decimals)) + "%"
            let year = target.baseline.map { String($0.year) } ?? ""
            return zh ? "较\(year)年 " + stated : stated + " vs \(year)"
        case .relative(let comparator):
            if let name = target.referenceName { return comparator.rawValue + " " + name[language] }
            return comparator.rawValue + " " + (target.reference ?? "") + (zh ? "水平" : " level")
        }
        guard let goal = target.goal else {
            if target.kind == .milestone { return language == .zh ? "实现" : "done" }
            return target.direction == .up ? (language == .zh ? "越高越好" : "higher") : (language == .zh ? "越低越好" : "lower")
        }
        let symbol: String
        switch goal.comparator {
        case .above: symbol = ">"
        case .atLeast: symbol = ">="
        case .below: symbol = "<"
        case .atMost: symbol = "<="
        }
        var number = value(goal.value, decimals: target.decimals)
        if number.contains(".") {
            while number.hasSuffix("0") { number.removeLast() }
            if number.hasSuffix(".") { number.removeLast() }
        }
        return symbol + " " + withUnit(number, target.unit, language: language)
    }

    /// A number without trailing zeros after its decimal point: `7.50` → `7.5`.
    private static func trimmed(_ number: String) -> String {
        guard number.contains(".") else { return number }
        var text = number
        while text.hasSuffix("0") { text.removeLast() }
        if text.hasSuffix(".") { text.removeLast() }
        return text
    }

    /// A yearly rate: `+4.96%/yr` for compound rates, `+12.5/yr` in the unit for linear ones;
    /// kept apart from `bounds` (in the rate's units) as values are from their goal, so an
    /// indicator growing 1.04 %/yr, significant progress, shows as `+1.04%`, not `+1.0%`.
    public static func rate(_ rate: Double?, kind: RateKind?, decimals: Int, language: Language,
                            perYear: Bool = true, apartFrom bounds: [Double] = []) -> String {
        guard let rate, rate.isFinite else { return "-" }
        let suffix = perYear ? (language == .zh ? "/年" : "/yr") : ""
        let classified = bounds.isEmpty ? rate : Precision.rounded(rate)
        switch kind ?? .compound {
        case .compound:
            let number = value(classified * 100, decimals: 1, apartFrom: bounds.map { Precision.rounded($0 * 100) })
            return (number.hasPrefix("-") ? "" : rate < 0 ? "-" : "+") + number + "%" + suffix
        case .linear:
            return (rate >= 0 ? "+" : "") + value(classified, decimals: decimals, apartFrom: bounds) + suffix
        }
    }

    /// The actual rate of an assessment, kept apart from its class bounds when an indicator.
    public static func actualRate(of a: Assessment, language: Language, perYear: Bool = true) -> String {
        rate(a.actualRate, kind: a.rateKind, decimals: a.target.decimals, language: language, perYear: perYear,
             apartFrom: Assessor.indicatorBounds(a))
    }

    /// A share as a whole percentage: `75%`.
    public static func percent(_ share: Double?) -> String {
        guard let share, share.isFinite else { return "-" }
        return PrintfNumber.fixed(share * 100, decimals: 0) + "%"
    }
}
