/// Why a figures database could not be opened, with what to do about it. The file is left
/// as it was found.
public struct StoreOpenError: Error, Sendable, Equatable, CustomStringConvertible {
    public enum Reason: Sendable, Equatable {
        /// The path names a folder.
        case isFolder
        /// The folder the new database would go in does not exist.
        case missingFolder
        /// A new database cannot be created there (read-only, no permission).
        case cannotCreate
        /// The file cannot be read or written.
        case cannotOpen
        /// The file is not an innodash database (another program's, or not SQLite at all).
        case notInnodash
        /// The file is an SQLite database that is damaged.
        case damaged
        /// The database was made by a newer innodash.
        case newerSchema
        /// The database holds the figures of another plan.
        case otherPlan
        /// Another process held the database for longer than the busy timeout.
        case busy
    }

    public var reason: Reason
    public var message: String

    public init(_ reason: Reason, _ message: String) {
        self.reason = reason
        self.message = message
    }

    public var description: String { message }

    /// Whether the file's content is at fault (exit 65) rather than the place it is in.
    public var isDataError: Bool {
        [.notInnodash, .damaged, .newerSchema, .otherPlan].contains(reason)
    }
}
