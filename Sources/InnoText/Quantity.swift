/// A number with its unit as a text writes it: `2.11%`, `526.79亿元`, `1.2万件`,
/// `百分之二`, `0.2个百分点`, `１８.９%`.
public struct Quantity: Sendable, Equatable {
    /// Where the number is written, its multiplier (万, 亿) included: `1.2万` of `1.2万件`.
    public var numberRange: Range<Int>
    /// Where the whole quantity is, unit included.
    public var range: Range<Int>
    /// The value in `unit`: 万 and 亿 before a count multiply (1.2万件 → 12000 件); 亿元 and
    /// 万元 stay units (526.79亿元 → 526.79 亿元).
    public var value: Double
    /// The unit in its simplified form: `%`, `个百分点`, `亿元`, `件`, `TB`…; empty for none.
    public var unit: String
    /// Digits after the point as written.
    public var decimals: Int
    /// 余 or 多 after the number: "more than", as in 9000余项.
    public var isApproximateFloor: Bool
    /// How the reading went beyond the letter of the text (40T read as 40 TB).
    public var remarks: [String]

    /// Whether the value is a change in points (个百分点), not a level.
    public var isPointChange: Bool { unit == "个百分点" || unit == "百分点" }
    public var isPercent: Bool { unit == "%" }
}

/// Where a year is written: 2020年, with what comes before and after it.
public struct YearMention: Sendable, Equatable {
    public var year: Int
    public var range: Range<Int>
}

/// Reads the quantities and years of a folded text. Each rule is small and named; the
/// corpus in Tests/InnoTextTests is their specification.
public enum QuantityReader {
    /// Units in the order they are tried (the longest first), each as the text writes it,
    /// with the unit it is read as.
    static let units: [(written: String, unit: String)] = [
        ("个百分点", "个百分点"), ("百分点", "个百分点"), ("%", "%"), ("‰", "‰"),
        ("亿美元", "亿美元"), ("万美元", "万美元"), ("亿元", "亿元"), ("万元", "万元"), ("元", "元"),
        ("台套", "台套"), ("台(套)", "台套"), ("人次", "人次"), ("人年", "人年"), ("件", "件"), ("家", "家"),
        ("个", "个"), ("项", "项"), ("所", "所"), ("名", "名"), ("户", "户"), ("台", "台"), ("套", "套"),
        ("篇", "篇"), ("座", "座"), ("人", "人"), ("TB", "TB"), ("PB", "PB"), ("GB", "GB"), ("T", "TB"),
        ("平方米", "平方米"), ("公里", "公里"), ("吨", "吨"), ("倍", "倍"),
    ]

    /// Every quantity with a unit in `chars`, left to right. Years (2020年) and numbers
    /// glued to letters (3D打印, G5) are not quantities; a number with no unit is skipped.
    public static func quantities(in chars: [Character]) -> [Quantity] {
        var found: [Quantity] = []
        var i = 0
        while i < chars.count {
            guard let (quantity, next) = quantity(in: chars, at: i) else { i += 1; continue }
            if let quantity { found.append(quantity) }
            i = max(next, i + 1)
        }
        return found
    }

    /// The years written in `chars` (a four-digit number from 1900 to 2100 before 年).
    public static func years(in chars: [Character]) -> [YearMention] {
        var found: [YearMention] = []
        var i = 0
        while i + 4 < chars.count {
            if (i == 0 || !chars[i - 1].isASCIIDigit), chars[i..<(i + 4)].allSatisfy(\.isASCIIDigit),
               let year = Int(String(chars[i..<(i + 4)])), (1900...2100).contains(year) {
                var end = i + 4
                // 2015—2020年: the first year of a span is a year too.
                if chars[end] == "年" || isSpanToYear(chars, end) {
                    if chars[end] == "年" { end += 1 }
                    found.append(YearMention(year: year, range: i..<end))
                    i = end
                    continue
                }
            }
            i += 1
        }
        return found
    }

    static func isSpanToYear(_ chars: [Character], _ at: Int) -> Bool {
        guard at < chars.count, "—-–~～至到".contains(chars[at]) else { return false }
        let start = at + 1
        return start + 4 < chars.count && chars[start..<(start + 4)].allSatisfy(\.isASCIIDigit) && chars[start + 4] == "年"
    }

    /// The quantity starting at `start`: nil when no number starts there; (nil, end) when
    /// a number is there but is no quantity (a year, a code, a number without unit).
    static func quantity(in chars: [Character], at start: Int) -> (Quantity?, Int)? {
        var i = start
        var value: Double
        var decimals = 0
        // Rule: 百分之二, 百分之2.5: a percentage in words.
        if starts(chars, i, "百分之") {
            let numberStart = i + 3
            if let (v, d, end) = arabic(chars, numberStart) {
                value = v; decimals = d; i = end
            } else {
                var end = numberStart
                while end < chars.count, ChineseNumber.isNumeral(chars[end]) { end += 1 }
                guard let v = ChineseNumber.value(Array(chars[numberStart..<end])) else { return nil }
                value = v; i = end
                decimals = chars[numberStart..<end].firstIndex(of: "点").map { end - $0 - 1 } ?? 0
            }
            return (Quantity(numberRange: start..<i, range: start..<i, value: value, unit: "%", decimals: decimals,
                             isApproximateFloor: false, remarks: []), i)
        }
        if let (v, d, end) = arabic(chars, i) {
            // Rule: a number glued to a letter is a name (3D打印, G20, B2B), not a quantity.
            if start > 0, chars[start - 1].isASCIILetter { return (nil, end) }
            if start > 0, chars[start - 1] == "." || chars[start - 1].isASCIIDigit { return (nil, end) }
            // Rule: the second end of a range (30%-60%, 3至5家) is no single value either.
            if start > 1, "-—–~～至".contains(chars[start - 1]), chars[start - 2].isASCIIDigit || chars[start - 2] == "%" { return (nil, end) }
            value = v; decimals = d; i = end
            // Rule: a year is no value (2020年, 2015—2020年).
            if d == 0, end - start == 4, (1900...2100).contains(Int(v)), end < chars.count,
               chars[end] == "年" || isSpanToYear(chars, end) {
                return (nil, end + 1)
            }
        } else if ChineseNumber.isNumeral(chars[i]), chars[i] != "点" {
            // Rule: 第二 is an ordinal; a Chinese numeral counts only before a unit.
            if start > 0, chars[start - 1] == "第" { return (nil, start + 1) }
            var end = i
            while end < chars.count, ChineseNumber.isNumeral(chars[end]) { end += 1 }
            var numeral = Array(chars[i..<end])
            // 千家万户, 百花: a numeral needs a digit, or to start with 十 (十二, 十家).
            guard numeral.first == "十" || numeral.contains(where: { ChineseNumber.digits[$0] != nil }) else { return (nil, end) }
            // 五万元: 万 belongs to the unit 万元; 两万件: a multiplier, read below.
            while let last = numeral.last, ChineseNumber.bigUnits[last] != nil, numeral.count > 1 { numeral.removeLast(); end -= 1 }
            guard let v = ChineseNumber.value(numeral) else { return (nil, end) }
            value = v; i = end
            decimals = numeral.firstIndex(of: "点").map { numeral.count - $0 - 1 } ?? 0
        } else {
            return nil
        }
        // Rule: 万 and 亿 multiply a count (1.2万件); before 元 they are part of the unit.
        var multiplier = 1.0
        var remarks: [String] = []
        if i < chars.count, let big = ChineseNumber.bigUnits[chars[i]] {
            if starts(chars, i, "万亿元") {
                multiplier = 10_000
                i += 1
            } else if i + 1 < chars.count, chars[i + 1] == "元" || starts(chars, i + 1, "美元") {
                // the unit rule below reads 亿元 / 万元
            } else {
                multiplier = big
                i += 1
            }
        }
        let numberEnd = i
        var isFloor = false
        if i < chars.count, chars[i] == "余" || chars[i] == "多" {
            isFloor = true
            i += 1
        }
        // Rule: the unit follows the number (a space between is allowed).
        var unitStart = i
        while unitStart < chars.count, chars[unitStart] == " " { unitStart += 1 }
        for (written, unit) in units where starts(chars, unitStart, written) {
            let end = unitStart + written.count
            // T of 40T is a unit; T of 3Tech is not.
            if written.first!.isASCIILetter, end < chars.count, chars[end].isASCIILetter { continue }
            if written == "T" { remarks.append("\"\(String(chars[start..<end]))\" read as terabytes (TB)") }
            if multiplier != 1, unit == "%" || unit == "个百分点" { return (nil, end) }
            // Rule: a range (30%-60%) is no single value.
            if isRange(chars, after: end) { return (nil, end) }
            return (Quantity(numberRange: start..<numberEnd, range: start..<end, value: value * multiplier, unit: unit,
                             decimals: decimals, isApproximateFloor: isFloor, remarks: remarks), end)
        }
        return (nil, numberEnd)
    }

    static func isRange(_ chars: [Character], after end: Int) -> Bool {
        guard end + 1 < chars.count, "-—–~～至".contains(chars[end]) else { return false }
        return chars[end + 1].isASCIIDigit
    }

    /// An Arabic number at `start`: digits, thousands commas, one decimal point. Returns
    /// the value, its decimals and where it ends.
    static func arabic(_ chars: [Character], _ start: Int) -> (Double, Int, Int)? {
        guard start < chars.count, chars[start].isASCIIDigit else { return nil }
        var i = start
        var digits = ""
        var decimals = 0
        var seenPoint = false
        while i < chars.count {
            let c = chars[i]
            if c.isASCIIDigit {
                digits.append(c)
                if seenPoint { decimals += 1 }
            } else if c == ",", !seenPoint, i + 3 < chars.count, chars[(i + 1)...(i + 3)].allSatisfy(\.isASCIIDigit),
                      i + 4 >= chars.count || !chars[i + 4].isASCIIDigit {
                // a thousands separator: 1,234
            } else if c == ".", !seenPoint, i + 1 < chars.count, chars[i + 1].isASCIIDigit {
                seenPoint = true
                digits.append(".")
            } else {
                break
            }
            i += 1
        }
        guard digits.count <= 18, let value = Double(digits) else { return nil }
        return (value, decimals, i)
    }

    static func starts(_ chars: [Character], _ at: Int, _ prefix: String) -> Bool {
        var i = at
        for c in prefix {
            guard i < chars.count, chars[i] == c else { return false }
            i += 1
        }
        return true
    }
}

extension Character {
    var isASCIIDigit: Bool { isASCII && isNumber }
    var isASCIILetter: Bool { isASCII && isLetter }
}
