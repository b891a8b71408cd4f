import InnoCore
import InnoDraw

/// The entry grid: targets by years, like a spreadsheet.
public struct EntryState: Sendable, Equatable {
    /// The year of the selected column (the row is the dashboard's selected target).
    public var year: Int
    /// The value being typed into the selected cell, if any.
    public var editing: Editing?
    /// The source given to each figure typed from now on (`S`), such as the bulletin.
    public var source = ""
    /// Whether figures typed from now on are preliminary (`P`).
    public var preliminary = false
    /// `w`: values typed go to the scenario (what if), apart from the official figures.
    public var scenarioMode = false

    public init(year: Int) {
        self.year = year
    }

    /// A value being typed into a cell. A refused value stays here with the reason.
    public struct Editing: Sendable, Equatable {
        public var targetID: String
        /// Whether the value goes to the scenario (what if), not to the official figures.
        public var isScenario = false
        public var year: Int
        public var text: String
        public var error: String?
        /// The cell's value when typing began (`base` nil: it was empty), when known: a save
        /// is refused when the store holds another value by then (someone else saved one),
        /// showing both; Enter again saves over it.
        public var base: Double?
        public var knowsBase = false

        public init(targetID: String, year: Int, text: String, error: String? = nil) {
            self.targetID = targetID
            self.year = year
            self.text = text
            self.error = error
        }

        /// Editing that began over `base`, the value the cell showed.
        public init(targetID: String, year: Int, text: String, over base: Double?) {
            self.init(targetID: targetID, year: year, text: text)
            self.base = base
            knowsBase = true
        }
    }

    /// Where the selection goes after a value is committed.
    public enum Move: Sendable, Equatable {
        case down, right, left, stay
    }
}
