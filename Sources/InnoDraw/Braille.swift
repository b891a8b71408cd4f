/// A grid of braille dots, 2 wide and 4 high per cell, as btop and ratatui draw graphs
/// with: a point set at (dot x, dot y) lights one of the eight dots of its cell. Braille
/// patterns are narrow in every terminal (not East Asian ambiguous-width).
public struct BrailleGrid: Sendable {
    public let columns: Int
    public let rows: Int
    private var bits: [UInt8]

    /// A grid of `columns` x `rows` cells.
    public init(columns: Int, rows: Int) {
        self.columns = max(0, columns)
        self.rows = max(0, rows)
        bits = Array(repeating: 0, count: self.columns * self.rows)
    }

    public var dotWidth: Int { columns * 2 }
    public var dotHeight: Int { rows * 4 }

    /// The bit of each dot in a cell, by (x, y): the Unicode braille numbering.
    private static let dotBits: [[UInt8]] = [[0x01, 0x02, 0x04, 0x40], [0x08, 0x10, 0x20, 0x80]]

    /// Lights the dot at (x, y), 0 at the top left; dots off the grid are ignored.
    public mutating func set(_ x: Int, _ y: Int) {
        guard x >= 0, y >= 0, x < dotWidth, y < dotHeight else { return }
        bits[(y / 4) * columns + x / 2] |= Self.dotBits[x % 2][y % 4]
    }

    /// A straight line of dots from one dot to another; with `every` > 1, one dot in
    /// `every` (a dotted line).
    public mutating func line(from a: (x: Int, y: Int), to b: (x: Int, y: Int), every: Int = 1) {
        let steps = max(abs(b.x - a.x), abs(b.y - a.y))
        guard steps > 0 else { return set(a.x, a.y) }
        for i in stride(from: 0, through: steps, by: max(1, every)) {
            let t = Double(i) / Double(steps)
            set(a.x + Int((Double(b.x - a.x) * t).rounded()), a.y + Int((Double(b.y - a.y) * t).rounded()))
        }
    }

    /// The character of a cell, nil where no dot is lit.
    public func character(column: Int, row: Int) -> Character? {
        guard column >= 0, row >= 0, column < columns, row < rows else { return nil }
        let value = bits[row * columns + column]
        guard value != 0 else { return nil }
        return Character(Unicode.Scalar(0x2800 + UInt32(value))!)
    }
}

/// A series in one row of cells, one value a cell, as a bar of 1 to 4 braille dots high
/// (or `_ - = #` in ASCII): the shape of a trend beside a table row.
public enum Sparkline {
    static let braille: [Character] = ["⣀", "⣤", "⣶", "⣿"]
    static let ascii: [Character] = ["_", "-", "=", "#"]

    /// One character per value, from low to high between the series' own least and most;
    /// a missing value is a space.
    public static func text(_ values: [Double?], ascii: Bool) -> String {
        let known = values.compactMap { $0 }.filter(\.isFinite)
        guard let lo = known.min(), let hi = known.max() else { return String(repeating: " ", count: values.count) }
        let levels = ascii ? Self.ascii : Self.braille
        return String(values.map { value -> Character in
            guard let value, value.isFinite else { return " " }
            let share = hi > lo ? (value - lo) / (hi - lo) : 0.5
            return levels[min(levels.count - 1, Int(share * Double(levels.count - 1) + 0.5))]
        })
    }
}
