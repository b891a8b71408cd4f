import InnoDraw
import Testing

/// The constraint layout, as tables of (constraints, area) -> rectangles.
@Suite struct LayoutTests {
    struct Split: CustomTestStringConvertible, Sendable {
        var constraints: [Constraint]
        var total: Int
        var spacing = 0
        var sizes: [Int]
        var testDescription: String { "\(constraints) in \(total) -> \(sizes)" }
    }

    static let splits: [Split] = [
        Split(constraints: [.length(10), .fill(1)], total: 30, sizes: [10, 20]),
        Split(constraints: [.fill(1), .length(10)], total: 30, sizes: [20, 10]),
        Split(constraints: [.fill(1), .fill(2)], total: 30, sizes: [10, 20]),
        Split(constraints: [.fill(1), .fill(1)], total: 31, sizes: [15, 16]),
        Split(constraints: [.percentage(25), .fill(1)], total: 80, sizes: [20, 60]),
        Split(constraints: [.min(5), .length(10)], total: 30, sizes: [20, 10]),
        Split(constraints: [.min(5), .fill(1)], total: 30, sizes: [5, 25]),
        Split(constraints: [.length(10), .length(10)], total: 30, sizes: [10, 10]),
        // Too little room: the last parts give way first.
        Split(constraints: [.length(10), .length(10)], total: 15, sizes: [10, 5]),
        Split(constraints: [.length(10), .min(8), .fill(1)], total: 12, sizes: [10, 2, 0]),
        Split(constraints: [.length(4), .fill(1), .length(4)], total: 20, spacing: 1, sizes: [4, 10, 4]),
        Split(constraints: [.length(3)], total: 0, sizes: [0]),
    ]

    @Test(arguments: splits)
    func constraintsSplitALength(_ split: Split) {
        let parts = Layout.sizes(split.constraints, total: split.total, spacing: split.spacing)
        #expect(parts.map(\.size) == split.sizes)
        // Parts follow each other, `spacing` apart.
        for (a, b) in zip(parts, parts.dropFirst()) {
            #expect(b.offset == a.offset + a.size + split.spacing)
        }
    }

    @Test func verticalAndHorizontalSplitsGiveRectangles() {
        let area = Rect(x: 2, y: 1, width: 40, height: 20)
        #expect(Layout.vertical([.length(5), .fill(1)], in: area) == [
            Rect(x: 2, y: 1, width: 40, height: 5), Rect(x: 2, y: 6, width: 40, height: 15),
        ])
        #expect(Layout.horizontal([.percentage(50), .fill(1)], in: area, spacing: 2) == [
            Rect(x: 2, y: 1, width: 19, height: 20), Rect(x: 23, y: 1, width: 19, height: 20),
        ])
        #expect(area.inset(1) == Rect(x: 3, y: 2, width: 38, height: 18))
    }

    struct ColumnCase: CustomTestStringConvertible, Sendable {
        var width: Int
        var widths: [Int?]
        var testDescription: String { "\(width) -> \(widths)" }
    }

    /// A status (10), a name (wants 20, may shrink to 8, grows to 30), a figure (8), an
    /// optional gap (6, drops second), an optional bar (7, drops first, grows to 20), 2 apart.
    static let table = [
        Layout.Column(width: 10),
        Layout.Column(width: 20, least: 8, most: 30, grow: 1),
        Layout.Column(width: 8),
        Layout.Column(width: 6, drop: 2),
        Layout.Column(width: 7, most: 20, drop: 1, grow: 2),
    ]

    static let columnCases: [ColumnCase] = [
        ColumnCase(width: 59, widths: [10, 20, 8, 6, 7]),
        ColumnCase(width: 70, widths: [10, 30, 8, 6, 8]),
        ColumnCase(width: 100, widths: [10, 30, 8, 6, 20]),
        ColumnCase(width: 58, widths: [10, 28, 8, 6, nil]),
        ColumnCase(width: 50, widths: [10, 20, 8, 6, nil]),
        ColumnCase(width: 49, widths: [10, 27, 8, nil, nil]),
        ColumnCase(width: 41, widths: [10, 19, 8, nil, nil]),
        ColumnCase(width: 20, widths: [10, 8, 8, nil, nil]),
    ]

    @Test(arguments: columnCases)
    func optionalColumnsDropInTheirOrderAndTheRoomLeftGoesToTheGrowingOnes(_ c: ColumnCase) {
        #expect(Layout.columns(Self.table, width: c.width, gap: 2) == c.widths)
    }
}
