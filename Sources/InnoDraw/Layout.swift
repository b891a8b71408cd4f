/// A rectangle of the screen that a view draws in.
public struct Rect: Sendable, Hashable, CustomStringConvertible {
    public var x: Int
    public var y: Int
    public var width: Int
    public var height: Int

    public init(x: Int, y: Int, width: Int, height: Int) {
        self.x = x
        self.y = y
        self.width = max(0, width)
        self.height = max(0, height)
    }

    public var right: Int { x + width }
    public var bottom: Int { y + height }

    /// The rectangle less `margin` cells on every side (the inside of a box).
    public func inset(_ margin: Int) -> Rect {
        Rect(x: x + margin, y: y + margin, width: width - 2 * margin, height: height - 2 * margin)
    }

    public var description: String { "\(x),\(y) \(width)x\(height)" }
}

/// How much of a split one part asks for (ratatui's constraints).
public enum Constraint: Sendable, Hashable {
    /// Exactly this many cells, while there is room.
    case length(Int)
    /// At least this many; grows with what the fills leave over.
    case min(Int)
    /// This share of the whole, in per cent.
    case percentage(Int)
    /// What the other parts leave, shared among the fills by weight.
    case fill(Int)
}

/// Splits a rectangle into parts by constraints, as ratatui's `Layout` does: lengths and
/// percentages get their size, minimums at least theirs, and what is left goes to the
/// fills by weight (to the minimums when there is no fill). When the parts ask for more
/// than there is, the last ones give way first. Every layout of the dashboard goes through
/// here, so no screen computes its rectangles by hand.
public enum Layout {
    public static func vertical(_ constraints: [Constraint], in rect: Rect, spacing: Int = 0) -> [Rect] {
        sizes(constraints, total: rect.height, spacing: spacing).map {
            Rect(x: rect.x, y: rect.y + $0.offset, width: rect.width, height: $0.size)
        }
    }

    public static func horizontal(_ constraints: [Constraint], in rect: Rect, spacing: Int = 0) -> [Rect] {
        sizes(constraints, total: rect.width, spacing: spacing).map {
            Rect(x: rect.x + $0.offset, y: rect.y, width: $0.size, height: rect.height)
        }
    }

    /// The offset and size of each part along a length of `total` cells.
    public static func sizes(_ constraints: [Constraint], total: Int, spacing: Int = 0) -> [(offset: Int, size: Int)] {
        guard !constraints.isEmpty else { return [] }
        let available = max(0, total - spacing * (constraints.count - 1))
        var sizes = constraints.map { constraint -> Int in
            switch constraint {
            case .length(let n), .min(let n): Swift.max(0, n)
            case .percentage(let p): available * Swift.max(0, p) / 100
            case .fill: 0
            }
        }
        // Too much asked: the last parts give way.
        var excess = sizes.reduce(0, +) - available
        for i in sizes.indices.reversed() where excess > 0 {
            let given = Swift.min(sizes[i], excess)
            sizes[i] -= given
            excess -= given
        }
        let left = available - sizes.reduce(0, +)
        let fills = constraints.indices.compactMap { i -> (Int, Int)? in
            if case .fill(let weight) = constraints[i] { return (i, Swift.max(1, weight)) }
            return nil
        }
        let growing = fills.isEmpty
            ? constraints.indices.compactMap { i -> (Int, Int)? in
                if case .min = constraints[i] { return (i, 1) }
                return nil
            }
            : fills
        if left > 0, !growing.isEmpty {
            let weights = growing.map(\.1).reduce(0, +)
            var given = 0
            for (n, (i, weight)) in growing.enumerated() {
                // The last part takes the rounding, so the parts fill the length exactly.
                let share = n == growing.count - 1 ? left - given : left * weight / weights
                sizes[i] += share
                given += share
            }
        }
        var offset = 0
        return sizes.map { size in
            defer { offset += size + spacing }
            return (offset, size)
        }
    }

    /// A table column: the width it wants, how narrow it may get when nothing else gives,
    /// how wide it may grow, and whether and when it drops out when the width runs out.
    public struct Column: Sendable, Hashable {
        /// The width it takes before any optional column is dropped for it.
        public var width: Int
        /// The narrowest it is ever drawn, once every optional column is gone.
        public var least: Int
        /// The widest it grows with room to spare.
        public var most: Int
        /// Nil for a column always shown; else optional columns drop in rising order
        /// (1 drops first).
        public var drop: Int?
        /// Nil for a column that never grows; else the room left over goes to the growing
        /// columns in rising order, each up to `most`.
        public var grow: Int?

        public init(width: Int, least: Int? = nil, most: Int? = nil, drop: Int? = nil, grow: Int? = nil) {
            self.width = Swift.max(0, width)
            self.least = Swift.min(self.width, least ?? width)
            self.most = Swift.max(self.width, most ?? width)
            self.drop = drop
            self.grow = grow
        }
    }

    /// The widths of a row of columns `gap` apart in `total` cells: nil for a column dropped.
    /// Optional columns drop in their order until the rest fit at their width; if they still
    /// do not, columns shrink towards their least width, the last first; the room left over
    /// goes to the growing columns in their order.
    public static func columns(_ columns: [Column], width total: Int, gap: Int) -> [Int?] {
        var shown = columns.map { _ in true }
        func needed() -> Int {
            let kept = columns.indices.filter { shown[$0] }
            return kept.map { columns[$0].width }.reduce(0, +) + gap * Swift.max(0, kept.count - 1)
        }
        let dropOrder = columns.indices.filter { columns[$0].drop != nil }.sorted { columns[$0].drop! < columns[$1].drop! }
        for i in dropOrder where needed() > total {
            shown[i] = false
        }
        var widths = columns.map(\.width)
        var excess = needed() - total
        for i in columns.indices.reversed() where excess > 0 && shown[i] {
            let given = Swift.min(widths[i] - columns[i].least, excess)
            widths[i] -= given
            excess -= given
        }
        let kept = columns.indices.filter { shown[$0] }
        var left = total - kept.map { widths[$0] }.reduce(0, +) - gap * Swift.max(0, kept.count - 1)
        let growOrder = columns.indices.filter { shown[$0] && columns[$0].grow != nil }.sorted { columns[$0].grow! < columns[$1].grow! }
        for i in growOrder where left > 0 {
            let given = Swift.min(columns[i].most - widths[i], left)
            widths[i] += given
            left -= given
        }
        return columns.indices.map { shown[$0] ? widths[$0] : nil }
    }
}
