import Foundation

/// A figure as the analyst enters it: the value with where it comes from.
public struct FigureEntry: Sendable, Hashable {
    public var targetID: String
    public var year: Int
    public var value: Double
    public var source: String
    public var note: String
    public var isPreliminary: Bool

    public init(targetID: String, year: Int, value: Double, source: String = "", note: String = "", isPreliminary: Bool = false) {
        self.targetID = targetID
        self.year = year
        self.value = value
        self.source = source
        self.note = note
        self.isPreliminary = isPreliminary
    }
}

/// One row of the append-only revision log: what changed, from what to what, and when.
public struct Revision: Sendable, Hashable {
    public enum Action: String, Sendable, Hashable, CaseIterable {
        /// A figure for a target and year that had none.
        case enter
        /// A new value for a figure that existed.
        case revise
        /// A figure cleared.
        case delete
        /// A figure that came with an imported file.
        case `import`
        /// A change taken back; `undoes` names it.
        case undo
        /// An undone change made again; `undoes` names the undo it reverses.
        case redo
    }

    public var id: Int64
    public var targetID: String
    public var year: Int
    public var action: Action
    public var oldValue: Double?
    public var newValue: Double?
    public var source: String
    public var note: String
    public var isPreliminary: Bool
    public var at: Date
    /// For undo and redo rows: the revision they reverse.
    public var undoes: Int64?

    public init(
        id: Int64, targetID: String, year: Int, action: Action, oldValue: Double?, newValue: Double?,
        source: String = "", note: String = "", isPreliminary: Bool = false, at: Date, undoes: Int64? = nil
    ) {
        self.id = id
        self.targetID = targetID
        self.year = year
        self.action = action
        self.oldValue = oldValue
        self.newValue = newValue
        self.source = source
        self.note = note
        self.isPreliminary = isPreliminary
        self.at = at
        self.undoes = undoes
    }
}

/// Why the store refused or failed a change, in words the analyst can act on.
public struct StoreError: Error, Sendable, Equatable, CustomStringConvertible {
    public var message: String

    public init(_ message: String) {
        self.message = message
    }

    public var description: String { message }
}

/// Where figures live and how they change. Every change is one transaction with its row in
/// the revision log, so nothing typed is overwritten without a way back; undo and redo
/// walk that log. The SQLite store implements it for real use; the in-memory store serves
/// figures read from a CSV file and tests of the screens.
public protocol FigureStore: AnyObject {
    /// The current figures: the newest revision of each target and year.
    func figures() throws(StoreError) -> FigureSet
    /// Enters or revises a figure. Returns the revision it wrote.
    @discardableResult func record(_ entry: FigureEntry) throws(StoreError) -> Revision
    /// Clears a figure. Returns the revision it wrote, or nil when there was none to clear.
    @discardableResult func delete(targetID: String, year: Int) throws(StoreError) -> Revision?
    /// Takes back the latest change not yet undone. Returns the undo revision, or nil.
    @discardableResult func undo() throws(StoreError) -> Revision?
    /// Makes again the latest undone change, if nothing was changed since. Returns the redo revision, or nil.
    @discardableResult func redo() throws(StoreError) -> Revision?
    /// The revision log of a target (of one year when given), oldest first.
    func history(targetID: String, year: Int?) throws(StoreError) -> [Revision]
}
