/// A phrase that says by when: 到2020年, 2025年前, 年内.
public struct TimePhrase: Sendable, Equatable {
    public enum Kind: Sendable, Equatable {
        /// A year written out: 到2020年, 至2025年底, 2025年前, 2025年，.
        case year
        /// 年内, 今年: the year of the text's date.
        case thisYear
        /// 明年: the year after the text's date.
        case nextYear
    }
    public var kind: Kind
    /// The year for `.year`; for the others, filled in from the text's date.
    public var year: Int?
    public var range: Range<Int>
    /// The phrase as written.
    public var words: String
}

/// Finds time phrases and the text's own date. Rules small and named.
public enum TimePhrases {
    /// Every phrase that can set a deadline, in order. A year inside a title (《…(2015—2020年)》),
    /// after 从/自/比/较/与 or before 起/以来/比/的 is no deadline; nor is 2年内 (a period).
    public static func deadlines(in chars: [Character], textYear: Int?) -> [TimePhrase] {
        var phrases: [TimePhrase] = []
        let titles = titleRanges(chars)
        for mention in QuantityReader.years(in: chars) where chars[mention.range.upperBound - 1] == "年" {
            let r = mention.range
            if titles.contains(where: { $0.contains(r.lowerBound) }) { continue }
            let before = r.lowerBound > 0 ? chars[r.lowerBound - 1] : " "
            if "从自比较与和—-–~～".contains(before) { continue }
            let after = r.upperBound < chars.count ? chars[r.upperBound] : "。"
            // 2016年4月21日 is a date; 2020年起, 2020年以来, 2020年的 are no deadlines.
            if after.isASCIIDigit || "起以的比同".contains(after) { continue }
            var lower = r.lowerBound
            if lower > 0, "到至于在".contains(chars[lower - 1]) { lower -= 1 }
            phrases.append(TimePhrase(kind: .year, year: mention.year, range: lower..<r.upperBound, words: String(chars[lower..<r.upperBound])))
        }
        for (word, kind) in [("年内", TimePhrase.Kind.thisYear), ("今年", .thisYear), ("本年度", .thisYear), ("明年", .nextYear)] {
            var i = 0
            let w = Array(word)
            while i + w.count <= chars.count {
                if Array(chars[i..<(i + w.count)]) == w {
                    let before = i > 0 ? chars[i - 1] : " "
                    // Rule: 2年内, 三年内, 五年内 is a period, not this year.
                    let isPeriod = before.isASCIIDigit || ChineseNumber.isNumeral(before) || before == "个" || before == "周"
                    if !isPeriod {
                        let year = textYear.map { kind == .nextYear ? $0 + 1 : $0 }
                        phrases.append(TimePhrase(kind: kind, year: year, range: i..<(i + w.count), words: word))
                    }
                    i += w.count
                } else {
                    i += 1
                }
            }
        }
        return phrases.sorted { $0.range.lowerBound < $1.range.lowerBound }
    }

    /// The year of the text's date: the last date written as 2016年4月21日, else as
    /// 2016-04-21 or 21.04.2016; nil when there is none.
    public static func textYear(in chars: [Character]) -> Int? {
        var last: Int?
        for mention in QuantityReader.years(in: chars) where chars[mention.range.upperBound - 1] == "年" {
            var i = mention.range.upperBound
            var digits = 0
            while i < chars.count, chars[i].isASCIIDigit { i += 1; digits += 1 }
            if (1...2).contains(digits), i < chars.count, chars[i] == "月" { last = mention.year }
        }
        if let last { return last }
        let text = String(chars)
        for pattern in [#"(19|20)\d\d-[01]\d-[0-3]\d"#, #"[0-3]\d\.[01]\d\.(19|20)\d\d"#] {
            if let match = text.matches(of: try! Regex(pattern)).last {
                let digits = String(text[match.range]).filter(\.isNumber)
                return Int(pattern.hasPrefix("(") ? digits.prefix(4) : digits.suffix(4))
            }
        }
        return nil
    }

    /// The ranges inside 《》 and inside brackets that hold a year span: titles.
    static func titleRanges(_ chars: [Character]) -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        var open: Int?
        for (i, c) in chars.enumerated() {
            if c == "《" { open = i }
            if c == "》", let start = open { ranges.append(start..<(i + 1)); open = nil }
        }
        return ranges
    }
}
