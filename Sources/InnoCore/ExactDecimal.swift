/// A value written with the fewest digits that read back as exactly the same number, in
/// plain decimal notation (no exponent), as the input rules accept it: `1.57`, `25`,
/// `0.00001`, `1234567`. For exports and the revision history, where rounding to the
/// target's decimals would hide what was stored.
public enum ExactDecimal {
    public static func text(_ value: Double) -> String {
        guard value.isFinite else { return "\(value)" }
        if value == 0 { return "0" }
        // Swift's description is the shortest representation that round-trips.
        var text = "\(value)"
        var sign = ""
        if text.hasPrefix("-") {
            sign = "-"
            text.removeFirst()
        }
        if let e = text.firstIndex(where: { $0 == "e" || $0 == "E" }) {
            text = expand(mantissa: String(text[..<e]), exponent: Int(text[text.index(after: e)...]) ?? 0)
        }
        if text.hasSuffix(".0") { text.removeLast(2) }
        return sign + text
    }

    /// `1.5`, exponent `-5` → `0.000015`; `1.5`, `17` → `150000000000000000`.
    private static func expand(mantissa: String, exponent: Int) -> String {
        let parts = mantissa.split(separator: ".", maxSplits: 1)
        let integer = String(parts[0])
        let fraction = parts.count > 1 ? String(parts[1]) : ""
        var digits = integer + fraction
        var point = integer.count + exponent  // position of the decimal point in `digits`
        if point <= 0 {
            digits = String(repeating: "0", count: 1 - point) + digits
            point = 1
        }
        if point >= digits.count {
            return digits + String(repeating: "0", count: point - digits.count)
        }
        let index = digits.index(digits.startIndex, offsetBy: point)
        var fractionPart = String(digits[index...])
        while fractionPart.hasSuffix("0") { fractionPart.removeLast() }
        return String(digits[..<index]) + (fractionPart.isEmpty ? "" : "." + fractionPart)
    }
}
