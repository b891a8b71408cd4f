/// Chinese numerals as bulletins and plans write them: 二, 两, 十二, 三千五百, 一万二千,
/// 二点五. Rules small and named, after Duckling's Chinese numerals.
public enum ChineseNumber {
    static let digits: [Character: Int] = ["零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5,
                                           "六": 6, "七": 7, "八": 8, "九": 9]
    static let smallUnits: [Character: Int] = ["十": 10, "百": 100, "千": 1000]
    static let bigUnits: [Character: Double] = ["万": 10_000, "亿": 100_000_000]

    /// Whether the character can be part of a Chinese numeral.
    static func isNumeral(_ c: Character) -> Bool {
        digits[c] != nil || smallUnits[c] != nil || bigUnits[c] != nil || c == "点"
    }

    /// The value of a numeral written in Chinese characters (`十二` → 12, `百分之` not
    /// included), or nil when the characters are no numeral.
    public static func value(_ text: [Character]) -> Double? {
        guard !text.isEmpty, text.contains(where: { digits[$0] != nil || smallUnits[$0] != nil }) else { return nil }
        var total = 0.0
        var section = 0.0
        var number = -1.0
        var index = 0
        while index < text.count {
            let c = text[index]
            if let d = digits[c] {
                number = Double(d)
            } else if let unit = smallUnits[c] {
                section += (number < 0 ? 1 : number) * Double(unit)
                number = -1
            } else if let big = bigUnits[c] {
                total = (total + section + max(number, 0)) * big
                section = 0
                number = -1
            } else if c == "点" {
                let fraction = text[(index + 1)...]
                guard !fraction.isEmpty, fraction.allSatisfy({ digits[$0] != nil }) else { return nil }
                let decimal = Double("0." + fraction.map { String(digits[$0]!) }.joined()) ?? 0
                return total + section + max(number, 0) + decimal
            } else {
                return nil
            }
            index += 1
        }
        return total + section + max(number, 0)
    }
}
