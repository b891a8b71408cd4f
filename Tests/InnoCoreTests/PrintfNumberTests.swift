import Foundation
import InnoCore
import InnoTestSupport
import Testing

/// Every number on a screen is written by `PrintfNumber`: it must write what
/// `String(format:)` writes, to the last digit and the rounding of halves.
@Suite struct PrintfNumberTests {
    static let edges: [Double] = [
        0, -0.0, 0.5, 1.5, 2.5, -2.5, 0.125, 0.0625, 1.005, 2.675, 123456.785, 1e-7, -1e-7, 9.999999, 99.995,
        1e15, 1e20, 1.7976931348623157e308, -1.7976931348623157e308, 4.9e-324, .nan, .infinity, -.infinity,
    ]

    @Test func fixedDecimalsAreWhatStringFormatWrites() {
        var random = SeededRandom(seed: 5)
        let values = Self.edges + (0..<3_000).map { _ in
            Double.random(in: -1...1, using: &random) * pow(10, Double(Int.random(in: -8...12, using: &random)))
        }
        for value in values {
            for decimals in 0...8 {
                #expect(PrintfNumber.fixed(value, decimals: decimals) == String(format: "%.\(decimals)f", value), "\(value), \(decimals) decimals")
            }
        }
        // A number longer than the first buffer.
        #expect(PrintfNumber.fixed(1e300, decimals: 15) == String(format: "%.15f", 1e300))
    }

    @Test func significantDigitsAreWhatStringFormatWrites() {
        var random = SeededRandom(seed: 6)
        let values = Self.edges + (0..<3_000).map { _ in Double.random(in: -1e6...1e6, using: &random) / Double.random(in: 1...1e6, using: &random) }
        for value in values {
            for digits in [1, 6, 12, 17] {
                #expect(PrintfNumber.significant(value, digits: digits) == String(format: "%.\(digits)g", value), "\(value), \(digits) digits")
            }
        }
    }
}
