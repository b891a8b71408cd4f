import InnoCore

/// The characters screens draw with. The Unicode set uses no East Asian ambiguous-width
/// character, so a CJK terminal that draws those two columns wide keeps the layout; the
/// ASCII set is for `--ascii` and terminals without a UTF-8 locale.
public struct Glyphs: Sendable, Hashable {
    public var barFill: Character
    public var barTrack: Character
    public var goalMarker: Character
    public var projectionMarker: Character
    public var ellipsis: String
    public var separator: String
    public var missingYears: String
    public var revised: String
    public var preliminary: String
    public var chartPoint: Character
    public var chartGoal: Character
    public var chartProjection: Character
    public var cursor: String
    /// A panel's frame: its sides, then its corners (top left, top right, bottom left,
    /// bottom right). The Unicode frame is dashed: the solid box-drawing lines are East
    /// Asian ambiguous-width, and a CJK terminal would draw them two columns wide.
    public var frameHorizontal: Character
    public var frameVertical: Character
    public var frameCorners: [Character]
    /// Whether graphs draw with braille dots (else with plain characters, one point a cell).
    public var braille: Bool
    private var status: [Status: String]

    public func status(_ status: Status) -> String { self.status[status] ?? "?" }

    public static let unicode = Glyphs(
        barFill: "▬", barTrack: "⋅", goalMarker: "|", projectionMarker: "◦",
        ellipsis: "⋯", separator: " | ", missingYears: "⁞", revised: "r", preliminary: "p",
        chartPoint: "✦", chartGoal: "╌", chartProjection: "⋅", cursor: "►",
        frameHorizontal: "╌", frameVertical: "╎", frameCorners: ["╶", "╴", "╶", "╴"], braille: true,
        status: [
            .achieved: "✔", .achievedLate: "✔", .met: "✓", .onTrack: "✓", .significantProgress: "✓",
            .moderateProgress: "~", .insufficientProgress: "✗", .movingAway: "✘",
            .missed: "✘", .moderateMovementAway: "✗", .significantMovementAway: "✘",
            .notMet: "∙", .noData: "?", .noDeadlineFigure: "?", .pending: "⋯", .noTrend: "∙",
        ]
    )

    public static let ascii = Glyphs(
        barFill: "#", barTrack: ".", goalMarker: "|", projectionMarker: "o",
        ellipsis: "~", separator: " | ", missingYears: "!", revised: "r", preliminary: "p",
        chartPoint: "*", chartGoal: "-", chartProjection: ".", cursor: ">",
        frameHorizontal: "-", frameVertical: "|", frameCorners: ["+", "+", "+", "+"], braille: false,
        status: [
            .achieved: "#", .achievedLate: "#", .met: "+", .onTrack: "+", .significantProgress: "+",
            .moderateProgress: "~", .insufficientProgress: "-", .movingAway: "x",
            .missed: "x", .moderateMovementAway: "-", .significantMovementAway: "x",
            .notMet: ".", .noData: "?", .noDeadlineFigure: "?", .pending: ".", .noTrend: ".",
        ]
    )
}
