/// The dashboard's colours, by role. The terminal backend uses the ANSI colours (on the
/// terminal's own background); the SVG, HTML and ANSI exports use the same ANSI colours,
/// or the RGB values on the export's background, so a file looks like the screen.
///
/// Colour never carries meaning alone: every status also has its glyph and its word.
public enum Palette {
    /// One of the 8 basic ANSI colours; nil is the terminal's default foreground.
    public enum ANSIColor: Int, Sendable, Hashable {
        case black = 0, red, green, yellow, blue, magenta, cyan, white
    }

    public struct Colour: Sendable, Hashable {
        /// The terminal colour, nil for the default foreground.
        public var ansi: ANSIColor?
        /// Whether the bright variant (or, where there is none, dim) is meant.
        public var bright: Bool
        /// `#rrggbb` on the export background.
        public var rgb: String
    }

    /// The background of exported images and pages.
    public static let background = "#1d2230"
    /// The default foreground of exported images and pages.
    public static let foreground = "#d9dee8"

    public static func colour(_ role: Role) -> Colour {
        switch role {
        case .normal, .label, .input: Colour(ansi: nil, bright: false, rgb: foreground)
        case .title: Colour(ansi: nil, bright: true, rgb: "#ffffff")
        case .heading, .key: Colour(ansi: .cyan, bright: false, rgb: "#7fc8d8")
        case .dim, .barTrack: Colour(ansi: .black, bright: true, rgb: "#7d8799")
        case .good: Colour(ansi: .green, bright: false, rgb: "#8fcf7f")
        case .warning: Colour(ansi: .yellow, bright: false, rgb: "#e6c06a")
        case .bad, .error: Colour(ansi: .red, bright: false, rgb: "#ee7b7b")
        case .neutral: Colour(ansi: nil, bright: false, rgb: "#aab3c2")
        case .barFill: Colour(ansi: nil, bright: false, rgb: foreground)
        case .goalMarker: Colour(ansi: .white, bright: true, rgb: "#ffffff")
        case .projection: Colour(ansi: .cyan, bright: false, rgb: "#7fc8d8")
        case .selection: Colour(ansi: nil, bright: false, rgb: foreground)
        }
    }
}
