/// What a cell means, not how it looks: a theme maps roles to colours and attributes
/// (htop's way), so screens and exporters never name a colour.
public enum Role: String, Sendable, Hashable, CaseIterable {
    case normal, title, heading, dim, label
    case good, warning, bad, neutral
    case barFill, barTrack, goalMarker, projection
    case selection, input, error, key
}

/// A cell's style: its role plus attributes that read without colour.
public struct Style: Sendable, Hashable {
    public var role: Role
    public var bold: Bool
    public var underline: Bool
    public var reverse: Bool

    public init(_ role: Role = .normal, bold: Bool = false, underline: Bool = false, reverse: Bool = false) {
        self.role = role
        self.bold = bold
        self.underline = underline
        self.reverse = reverse
    }

    public static let normal = Style()
}

/// One terminal cell. A wide character fills its cell and marks the next as its
/// continuation, which holds no text.
public struct Cell: Sendable, Hashable {
    /// The character drawn here (with any combining marks); empty in a continuation cell.
    public var text: String
    /// 1, or 2 for a wide character; 0 in the continuation cell after a wide character.
    public var width: Int
    public var style: Style

    public static let blank = Cell(text: " ", width: 1, style: .normal)

    public var isContinuation: Bool { width == 0 }
}

/// A grid of cells that views draw into and that the terminal backend and the exporters
/// read. Drawing clips to the grid and never leaves half of a wide character.
public struct Canvas: Sendable, Hashable {
    public let width: Int
    public let height: Int
    public private(set) var cells: [Cell]
    /// Where the hardware cursor should sit (the focused row or cell), if anywhere.
    public var cursor: (x: Int, y: Int)? {
        get { cursorPosition.map { ($0.x, $0.y) } }
        set { cursorPosition = newValue.map { Position(x: $0.x, y: $0.y) } }
    }
    private var cursorPosition: Position?

    private struct Position: Sendable, Hashable {
        var x: Int
        var y: Int
    }

    public init(width: Int, height: Int) {
        self.width = max(0, width)
        self.height = max(0, height)
        self.cells = Array(repeating: .blank, count: self.width * self.height)
    }

    public subscript(x: Int, y: Int) -> Cell {
        cells[y * width + x]
    }

    /// Draws text from column `x` of row `y`, clipped to `maxWidth` columns and the grid.
    /// Control characters, bidirectional overrides and other invisible format characters
    /// are dropped, so text from a file cannot move the cursor or reorder the screen; a line
    /// break or tab (in a note of two lines) is a space, so its words stay apart.
    /// Returns the column after the last character drawn.
    @discardableResult
    public mutating func put(_ text: String, x: Int, y: Int, style: Style = .normal, maxWidth: Int? = nil) -> Int {
        guard y >= 0, y < height else { return x }
        let limit = min(width, x + (maxWidth ?? width))
        var column = x
        for character in text {
            guard let cleaned = Self.drawable(character) else { continue }
            let w = DisplayWidth.of(cleaned)
            guard w > 0 else { continue }
            if column + w > limit { break }
            if column >= 0 {
                clearWide(at: column, y: y)
                if w == 2 { clearWide(at: column + 1, y: y) }
                cells[y * width + column] = Cell(text: String(cleaned), width: w, style: style)
                if w == 2 { cells[y * width + column + 1] = Cell(text: "", width: 0, style: style) }
            }
            column += w
        }
        return column
    }

    /// Fills `count` cells of row `y` from `x` with one character of width 1.
    public mutating func fill(_ character: Character, x: Int, y: Int, count: Int, style: Style = .normal) {
        guard count > 0 else { return }
        put(String(repeating: character, count: count), x: x, y: y, style: style, maxWidth: count)
    }

    /// The rows as plain text, trailing spaces removed: how tests and the text export see it.
    public var lines: [String] {
        (0..<height).map { line($0) }
    }

    public func line(_ y: Int) -> String {
        var text = ""
        for x in 0..<width {
            text += self[x, y].text
        }
        while text.last == " " { text.removeLast() }
        return text
    }

    /// Writing over half of a wide character blanks its other half.
    private mutating func clearWide(at x: Int, y: Int) {
        guard x >= 0, x < width else { return }
        let index = y * width + x
        if cells[index].isContinuation, x > 0 {
            cells[index - 1] = .blank
        } else if cells[index].width == 2, x + 1 < width {
            cells[index + 1] = .blank
        }
        cells[index] = .blank
    }

    /// The character with what cannot be drawn safely removed, or nil when nothing is left.
    static func drawable(_ character: Character) -> Character? {
        if character.isNewline || character == "\t" { return " " }
        var kept = String.UnicodeScalarView()
        for scalar in character.unicodeScalars {
            switch scalar.properties.generalCategory {
            case .control, .format, .lineSeparator, .paragraphSeparator, .surrogate, .unassigned, .privateUse:
                continue
            case .nonspacingMark, .enclosingMark, .spacingMark:
                if !kept.isEmpty { kept.append(scalar) }  // a mark with no base is dropped
            default:
                if kept.isEmpty {
                    kept.append(scalar)
                } else if DisplayWidth.of(scalar) == 0 {
                    kept.append(scalar)  // variation selectors and the like stay with their base
                }
                // Further visible scalars of a cluster (emoji sequences) are dropped: ncurses
                // would give them columns of their own.
            }
        }
        return kept.isEmpty ? nil : Character(String(kept))
    }
}
