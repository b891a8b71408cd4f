import InnoCore
import InnoDraw

/// A key as the dashboard understands it, whatever terminal it came from. The terminal
/// backend turns ncurses key codes into these; tests write them directly.
public enum Key: Sendable, Hashable {
    /// A printable character, such as `q`, `2` or a full-width `２`.
    case character(Character)
    /// A control key, such as Ctrl-U: the letter, lower case.
    case control(Character)
    case up, down, left, right, home, end, pageUp, pageDown
    case enter, tab, backTab, escape, backspace, delete
}

/// What happened: a key, or the answer of the figure store to a change the dashboard asked for.
public enum Event: Sendable, Equatable {
    case key(Key)
    /// The store made the change `request` asked for. `revision` is what it wrote (nil
    /// when there was nothing to do, such as undo with nothing to undo); `series` holds,
    /// for each target the change touched, its figures as they are now.
    case stored(request: Effect, revision: Revision?, series: [SeriesID: [Figure]])
    /// The store refused or failed the change `request` asked for; nothing was saved.
    /// `unreachable`: the store could not be reached (a team database's server down), so
    /// the same change may succeed later.
    case storeFailed(request: Effect, message: String, unreachable: Bool = false)
    /// Time to try again the save the store could not be reached for (`AppState.unsaved`):
    /// the run loop sends it after the delay the unsaved change asks for.
    case retryUnsaved
    /// The save `request` asked for was not made: while the analyst typed, someone else saved
    /// `theirs` (nil: cleared the figure) in that cell. `figures` is its series as the
    /// store has it now.
    case saveConflict(request: Effect, theirs: Double?, figures: [Figure])
    /// A message for the analyst from the program, such as the result of an export.
    case notice(String, isError: Bool)
    /// Someone else (another dashboard, `innodash record`) changed the figures in the
    /// store; these are the figures now.
    case figuresChanged(FigureSet)
    /// The scenario as the store now holds it, after a change to it.
    case scenarioChanged(FigureSet)
    /// The revision log, oldest first, and the point the "Since …" screen starts from by
    /// default (after the last revision before the last 30 days).
    case revisionsRead([Revision], defaultPoint: Int64)
}

extension Event {
    /// A printable character key.
    public static func char(_ character: Character) -> Event { .key(.character(character)) }
}
