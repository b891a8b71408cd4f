import Foundation

/// The precision at which the engine's derived numbers (the ratio `R`, growth rates) are
/// compared with the class thresholds and written in exports: 12 significant digits.
///
/// Figures are decimals of a few digits, but their binary arithmetic is not exact:
/// `(109.5/100) − 1` over `√1.21 − 1` is 0.94999…, not 0.95, and 101/100 − 1 is
/// 0.010000000000000009. Twelve digits keep every difference the figures can carry and drop
/// that noise, so that the number printed is the number classified.
public enum Precision {
    public static let significantDigits = 12

    /// `value` rounded to `significantDigits` significant digits; not finite values as they are.
    public static func rounded(_ value: Double) -> Double {
        guard value.isFinite else { return value }
        return Double(PrintfNumber.significant(value, digits: significantDigits)) ?? value
    }

    /// `rounded(value) >= bound`, for a bound of at most 12 significant digits (a class
    /// threshold). Rounding keeps order, so only a value just below the bound needs it: the
    /// usual case formats no number (ten thousand targets are assessed on every change).
    public static func isAtLeast(_ value: Double, _ bound: Double) -> Bool {
        if value >= bound { return true }
        return bound - value <= nearness(bound) && rounded(value) >= bound
    }

    /// `rounded(value) > bound`, for a bound of at most 12 significant digits.
    public static func isAbove(_ value: Double, _ bound: Double) -> Bool {
        if value <= bound { return false }
        return value - bound > nearness(bound) || rounded(value) > bound
    }

    /// Far wider than what rounding to 12 digits moves a value near `bound`.
    private static func nearness(_ bound: Double) -> Double {
        abs(bound) * 1e-9 + Double.leastNormalMagnitude
    }
}
