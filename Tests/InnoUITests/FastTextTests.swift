import Foundation
import InnoCore
import InnoDraw
import InnoTestSupport
import Testing

/// The quick ways a frame writes numbers and measures text give what the plain ways give.
@Suite struct FastTextTests {
    /// `Formatting.value` as it was first written (string splitting and reversing).
    static func valueAsFirstWritten(_ value: Double, decimals: Int) -> String {
        let rounded = String(format: "%.\(decimals)f", value)
        let negative = rounded.hasPrefix("-")
        let body = negative ? String(rounded.dropFirst()) : rounded
        let parts = body.split(separator: ".", maxSplits: 1)
        var integer = String(parts[0])
        if integer.count > 3 {
            var grouped = ""
            for (i, digit) in integer.reversed().enumerated() {
                if i > 0 && i % 3 == 0 { grouped.append(",") }
                grouped.append(digit)
            }
            integer = String(grouped.reversed())
        }
        let fraction = parts.count > 1 ? "." + parts[1] : ""
        let text = integer + fraction
        return negative && text.contains(where: { $0 != "0" && $0 != "." && $0 != "," }) ? "-" + text : text
    }

    @Test func valuesAreWrittenAsTheFirstVersionWroteThem() {
        var random = SeededRandom(seed: 7)
        let edges: [Double] = [0, -0.0, -0.001, 0.005, 999, 1000, -1000, 999_999.5, 1e15, 1e21, -1e21, .nan, .infinity, -.infinity]
        let values = edges + (0..<3_000).map { _ in
            Double.random(in: -1...1, using: &random) * pow(10, Double(Int.random(in: -4...13, using: &random)))
        }
        for value in values {
            for decimals in 0...4 {
                #expect(Formatting.value(value, decimals: decimals) == Self.valueAsFirstWritten(value, decimals: decimals), "\(value), \(decimals)")
            }
        }
    }

    @Test func aTextIsAsWideAsItsCharacters() {
        var random = SeededRandom(seed: 8)
        let pieces = ["R&D", " ", "2,063", "研发", "投入", "e\u{301}", "\t", "\r\n", "\n", "\u{1B}", "🙂", "ｶ", "%", "~", "\u{7F}", "\u{200B}"]
        for _ in 0..<2_000 {
            let text = (0..<Int.random(in: 0...8, using: &random)).map { _ in pieces.randomElement(using: &random)! }.joined()
            #expect(DisplayWidth.of(text) == text.reduce(0) { $0 + DisplayWidth.of($1) }, "\(text.debugDescription)")
            #expect(DisplayWidth.of(text.dropFirst()) == text.dropFirst().reduce(0) { $0 + DisplayWidth.of($1) })
        }
    }
}
