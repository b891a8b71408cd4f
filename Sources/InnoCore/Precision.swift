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
        return Double(String(format: "%.\(significantDigits)g", value)) ?? value
    }
}
