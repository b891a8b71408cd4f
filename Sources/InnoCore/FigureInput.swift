import Foundation

/// Why a typed or imported value was refused, in words that say what is expected: in
/// English (the command line's language), and in Chinese for the entry grid's Chinese
/// screen where the reason has been written in both.
public struct InputError: Error, Sendable, Equatable, CustomStringConvertible {
    public var message: String
    /// The reason in Chinese; the English one where none was written.
    public var zh: String

    public init(_ message: String, zh: String? = nil) {
        self.message = message
        self.zh = zh ?? message
    }

    public var description: String { message }

    public subscript(language: Language) -> String {
        language == .zh ? zh : message
    }
}

/// The one set of rules for values people type or import: the command line, CSV import
/// and the dashboard's entry grid all read numbers, years and yes/no through it.
public enum FigureInput {
    /// A value as it is typed and as the figures CSV writes it: every digit it has, no
    /// thousands separators, no exponent (`0.00001`, not `1e-05`), `yes`/`no` for a
    /// milestone. `value(_:for:)` reads it back to the same value.
    public static func text(_ value: Double, of target: Target?) -> String {
        if target?.kind == .milestone { return Target.milestoneReached(value) ? "yes" : "no" }
        return ExactDecimal.text(value)
    }

    /// Reads a value for a target. Accepts `2.11`, `2.11%`, `1,234.5`, ` 2.11 `, full-width
    /// digits and signs (`２.１１％`); for milestones yes/no, 是/否, achieved, 1/0.
    public static func value(_ text: String, for target: Target) throws(InputError) -> Double {
        let cleaned = normalize(text)
        if cleaned.isEmpty {
            throw target.kind == .milestone
                ? InputError("empty; type yes or no", zh: "未填写；请输入 是 或 否")
                : InputError("empty; type a number such as 2.11", zh: "未填写；请输入数字，如 2.11")
        }
        if target.kind == .milestone {
            switch cleaned.lowercased() {
            case "yes", "y", "1", "true", "achieved", "done", "是", "已实现", "完成": return 1
            case "no", "n", "0", "false", "not achieved", "否", "未实现": return 0
            default: throw InputError("\(Quote.of(text)) is not yes or no; a milestone is recorded as yes (是, achieved) or no (否)",
                                      zh: "\(Quote.of(text)) 不是 是/否；里程碑记为 是（已实现）或 否")
            }
        }
        var number = cleaned
        var hasPercentSign = false
        if number.hasSuffix("%") {
            number.removeLast()
            number = number.trimmingCharacters(in: .whitespaces)
            hasPercentSign = true
        }
        if hasPercentSign && target.unit?.en != "%" {
            throw InputError("\(Quote.of(text)) is a percentage, but this target is measured in \(target.unit?.en ?? ""); type the number alone",
                             zh: "\(Quote.of(text)) 是百分数，但该目标的单位是 \(target.unit?.zh ?? "")；请只输入数字")
        }
        let value: Double
        switch parseDecimal(number) {
        case .number(let number): value = number
        case .notFinite:
            throw InputError("\(Quote.of(text)) is not a finite number; type the figure itself, such as 2.11",
                             zh: "\(Quote.of(text)) 不是有限的数；请输入数值本身，如 2.11")
        case .badGrouping:
            throw InputError("\(Quote.of(text)) is not a number: commas separate thousands, as in 1,234.5",
                             zh: "\(Quote.of(text)) 不是数字：逗号只用于千位分隔，如 1,234.5")
        case .tooLarge:
            throw InputError("\(Quote.of(text)) is too large for a figure; type a number below 1,000,000,000,000,000",
                             zh: "\(Quote.of(text)) 过大；请输入小于 1,000,000,000,000,000 的数")
        case .notANumber:
            throw InputError("\(Quote.of(text)) is not a number; type digits with an optional decimal point, such as 2.11 or 1,234.5",
                             zh: "\(Quote.of(text)) 不是数字；请输入数字，可带小数点，如 2.11 或 1,234.5")
        }
        if target.isPercentage && (value < 0 || value > 100) {
            throw InputError("\(number)% is not a share; expected a percentage from 0 to 100",
                             zh: "\(number)% 不是比重；应为 0 到 100 之间的百分数")
        }
        if !target.isPercentage && value < 0 && target.isCount {
            throw InputError("\(number) is negative; a count cannot be below 0", zh: "\(number) 是负数；计数不能小于 0")
        }
        return value
    }

    /// The years innodash accepts, for a figure, a plan's deadline and baseline, and an
    /// assessment's as-of year.
    public static let acceptedYears = 1900...2100

    /// Reads a year between 1900 and 2100 (`2020`, `２０２０`, `2020年`).
    public static func year(_ text: String) throws(InputError) -> Int {
        var cleaned = normalize(text)
        if cleaned.hasSuffix("年") { cleaned.removeLast() }
        guard cleaned.allSatisfy(\.isASCIIDigit), let year = Int(cleaned) else {
            throw InputError("\(Quote.of(text)) is not a year; type four digits such as 2020")
        }
        guard acceptedYears.contains(year) else {
            throw InputError("\(year) is outside the years innodash accepts; expected \(acceptedYears.lowerBound) to \(acceptedYears.upperBound)")
        }
        return year
    }

    /// Reads yes/no answers such as the preliminary flag of a CSV row.
    public static func flag(_ text: String) throws(InputError) -> Bool {
        switch normalize(text).lowercased() {
        case "", "no", "n", "false", "0", "否", "final": return false
        case "yes", "y", "true", "1", "是", "preliminary", "初步": return true
        default: throw InputError("\(Quote.of(text)) is not yes or no")
        }
    }

    /// Full-width forms folded to ASCII (NFKC), surrounding white space removed.
    static func normalize(_ text: String) -> String {
        // The usual case, plain ASCII that starts and ends with a visible character, is
        // already normal: no folding, no trimming (a large import reads it a million times).
        let bytes = text.utf8
        if let first = bytes.first, let last = bytes.last, isVisibleASCII(first), isVisibleASCII(last),
           bytes.allSatisfy({ $0 < 0x80 }) {
            return text
        }
        let folded = bytes.allSatisfy { $0 < 0x80 } ? text : text.precomposedStringWithCompatibilityMapping
        return folded.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    private static func isVisibleASCII(_ byte: UInt8) -> Bool {
        byte > 0x20 && byte < 0x7F
    }

    /// What reading a plain decimal gave.
    enum DecimalReading: Equatable {
        case number(Double)
        case notANumber
        /// NaN or infinity, in words or as ∞.
        case notFinite
        /// Commas that do not group thousands.
        case badGrouping
        /// 10^15 or more: beyond any figure, and beyond exact decimal digits in a Double.
        case tooLarge
    }

    /// A plain decimal: optional sign, digits with optional thousands separators, optional
    /// fraction. Refuses NaN, infinity, exponents, hex and anything else `Double` would take.
    static func parseDecimal(_ text: String) -> DecimalReading {
        if let plain = plainDecimal(text) { return plain }
        var body = Substring(text)
        var negative = false
        if let first = body.first, first == "-" || first == "+" || first == "−" {
            negative = first != "+"
            body = body.dropFirst()
        }
        if ["nan", "inf", "infinity", "∞"].contains(body.lowercased()) { return .notFinite }
        let parts = body.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
        let integer = parts[0]
        let fraction = parts.count > 1 ? parts[1] : ""
        let digits = integer.filter { $0 != "," }
        guard !(digits.isEmpty && fraction.isEmpty), digits.allSatisfy(\.isASCIIDigit), fraction.allSatisfy(\.isASCIIDigit) else {
            return .notANumber
        }
        if integer.contains(",") {
            let groups = integer.split(separator: ",", omittingEmptySubsequences: false)
            guard (1...3).contains(groups[0].count), groups.dropFirst().allSatisfy({ $0.count == 3 }) else { return .badGrouping }
        }
        guard let magnitude = Double((digits.isEmpty ? "0" : digits) + "." + (fraction.isEmpty ? "0" : fraction)) else {
            return .notANumber
        }
        guard magnitude < 1e15 else { return .tooLarge }
        // -0 is stored as 0, so that it exports and compares as 0.
        return .number(negative && magnitude != 0 ? -magnitude : magnitude)
    }

    /// The common form `123` or `123.45` (digits on both sides of at most one point), read
    /// at once; nil for anything else, which `parseDecimal` reads in full.
    private static func plainDecimal(_ text: String) -> DecimalReading? {
        var digitsBefore = 0
        var digitsAfter = 0
        var seenPoint = false
        for byte in text.utf8 {
            if byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") {
                if seenPoint { digitsAfter += 1 } else { digitsBefore += 1 }
            } else if byte == UInt8(ascii: "."), !seenPoint {
                seenPoint = true
            } else {
                return nil
            }
        }
        guard digitsBefore > 0, !seenPoint || digitsAfter > 0, let magnitude = Double(text) else { return nil }
        return magnitude < 1e15 ? .number(magnitude) : .tooLarge
    }
}

private extension Character {
    var isASCIIDigit: Bool { isASCII && isNumber }
}
