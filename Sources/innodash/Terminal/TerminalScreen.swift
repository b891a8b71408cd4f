import CNcurses
import Foundation
import InnoDraw
import InnoUI

/// The terminal under ncurses: set up as htop's CRT.c does, drawn from a canvas (ncurses
/// sends only what changed), read as `Key`s, and always given back as it was found.
/// The only code that calls curses; all of it on the main thread.
final class TerminalScreen {
    /// Whether the locale's character set is UTF-8: glyphs and CJK text only then.
    let isUTF8: Bool
    private let usesColour: Bool
    private var pairs: [Role: (pair: Int16, extra: attr_t)] = [:]
    private var isOpen = false

    enum Input {
        case key(Key)
        case resize
    }

    enum Wake {
        case input, closed, signal, timeout
    }

    /// Starts curses on the terminal. `colour` false draws no colour at all
    /// (NO_COLOR, --no-color); a terminal without colours gets none either.
    init(colour: Bool) throws(TerminalError) {
        isUTF8 = innodash_setlocale_is_utf8() != 0
        guard innodash_install_signal_handlers() == 0 else {
            throw TerminalError("could not set up signal handling: \(String(cString: strerror(errno)))")
        }
        if getenv("ESCDELAY") == nil { set_escdelay(25) }
        guard let screen = innodash_newterm() else {
            let term = ProcessInfo.processInfo.environment["TERM"] ?? "(unset)"
            throw TerminalError("TERM=\(term) is not a terminal type ncurses knows; try TERM=xterm-256color, or use `innodash summary`")
        }
        _ = set_term(screen)
        innodash_set_curses_active(1)
        isOpen = true
        cbreak()  // Ctrl-C and Ctrl-Z stay signals
        noecho()
        nonl()
        keypad(innodash_stdscr(), true)
        nodelay(innodash_stdscr(), true)  // keys are read after `wait` says they are there
        usesColour = colour && has_colors()
        if usesColour {
            start_color()
            use_default_colors()
            definePairs()
        }
    }

    /// Gives the terminal back: normal screen, cursor visible, modes as before.
    func close() {
        guard isOpen else { return }
        isOpen = false
        curs_set(1)
        endwin()
        innodash_set_curses_active(0)
    }

    deinit { close() }

    var size: (width: Int, height: Int) {
        (Int(innodash_cols()), Int(innodash_lines()))
    }

    /// The quit signal (SIGINT, SIGTERM, SIGHUP, SIGQUIT) that arrived, if any.
    var quitSignal: Int32? {
        let signal = innodash_quit_signal()
        return signal == 0 ? nil : signal
    }

    /// Waits, without using the processor, for a key or a signal, or at most `timeout`
    /// seconds (nil: no timeout).
    func wait(timeout: Double? = nil) -> Wake {
        switch innodash_wait(timeout.map { Int32(($0 * 1000).rounded()) } ?? -1) {
        case 1: .input
        case 2: .closed
        case 3: .timeout
        default: .signal
        }
    }

    /// Wakes `wait()` from any thread (it then returns `.signal`): how a change made by
    /// another client of a team database reaches the dashboard without a key press.
    static func wake() {
        innodash_wake()
    }

    /// The next key or resize already waiting, or nil.
    func read() -> Input? {
        var value: UInt32 = 0
        let result = innodash_read_key(&value)
        if result == ERR { return nil }
        if result == innodash_key_code_yes() {
            if Int32(value) == KEY_RESIZE { return .resize }
            return KeyCodes.special(Int32(value)).map { .key($0) } ?? read()
        }
        if value == 27, skipUnknownEscapeSequence() { return read() }
        return KeyCodes.character(value).map { .key($0) } ?? read()
    }

    /// After an Esc: when the bytes already waiting are the rest of an escape sequence
    /// ncurses did not know (Home and End under a TERM that does not describe them, say),
    /// reads and drops the whole sequence, so it does not act as Esc, `[`, `1`, `~`.
    /// Returns false, leaving the input as it was, for an Esc pressed alone.
    private func skipUnknownEscapeSequence() -> Bool {
        var next: UInt32 = 0
        guard innodash_read_key(&next) != ERR else { return false }
        guard next == UInt32(UInt8(ascii: "[")) || next == UInt32(UInt8(ascii: "O")) else {
            _ = innodash_unread_key(next)
            return false
        }
        if next == UInt32(UInt8(ascii: "O")) {
            _ = innodash_read_key(&next)  // SS3: one final character
            return true
        }
        // CSI: parameter and intermediate bytes, then one final byte from @ to ~.
        while innodash_read_key(&next) != ERR, !(0x40...0x7E).contains(next) {}
        return true
    }

    /// Puts a canvas on the terminal: every cell into ncurses' picture of the screen,
    /// then one refresh, which sends only the difference.
    func draw(_ canvas: Canvas) {
        for y in 0..<canvas.height {
            for x in 0..<canvas.width {
                let cell = canvas[x, y]
                if cell.isContinuation { continue }
                var scalars = cell.text.unicodeScalars.map(\.value)
                if scalars.isEmpty { scalars = [0x20] }
                let (pair, extra) = attributes(for: cell.style)
                if !isUTF8, scalars.contains(where: { $0 > 0x7E }) {
                    // A terminal that cannot show it gets one "?" per column it would take.
                    for column in 0..<cell.width {
                        _ = innodash_put_cell(Int32(y), Int32(x + column), [0x3F], 1, extra, pair)
                    }
                    continue
                }
                _ = innodash_put_cell(Int32(y), Int32(x), scalars, Int32(scalars.count), extra, pair)
            }
        }
        if let cursor = canvas.cursor {
            curs_set(1)
            move(Int32(cursor.y), Int32(cursor.x))
        } else {
            curs_set(0)
        }
        refresh()
    }

    /// After a resize, ncurses' picture is redrawn whole.
    func redrawAll() {
        innodash_redraw_all()
    }

    private func attributes(for style: Style) -> (Int16, attr_t) {
        var attrs = innodash_a_normal()
        var pair: Int16 = 0
        if usesColour, let entry = pairs[style.role] {
            pair = entry.pair
            attrs |= entry.extra
        } else if !usesColour, style.role == .dim || style.role == .barTrack {
            attrs |= innodash_a_dim()
        }
        if style.bold { attrs |= innodash_a_bold() }
        if style.underline { attrs |= innodash_a_underline() }
        if style.reverse { attrs |= innodash_a_reverse() }
        return (pair, attrs)
    }

    /// One colour pair per role, on the terminal's own background.
    private func definePairs() {
        let many = innodash_colors() >= 16
        for (index, role) in Role.allCases.enumerated() {
            let colour = Palette.colour(role)
            let number = Int16(index + 1)
            var foreground: Int16 = -1
            var extra = innodash_a_normal()
            if let ansi = colour.ansi {
                foreground = Int16(ansi.rawValue)
                if colour.bright {
                    if many {
                        foreground += 8
                    } else if ansi == .black {
                        foreground = -1
                        extra = innodash_a_dim()
                    } else {
                        extra = innodash_a_bold()
                    }
                }
            } else if colour.bright {
                extra = innodash_a_bold()
            }
            if init_pair(number, foreground, -1) != ERR {
                pairs[role] = (number, extra)
            }
        }
    }
}

/// Why the terminal could not be used, for the analyst.
struct TerminalError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
