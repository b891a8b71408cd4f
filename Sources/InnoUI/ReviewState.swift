import InnoCore

/// Figures proposed from a text (`innodash figures-from TEXT --review`), each for the
/// analyst to accept or skip before anything is saved; the accepted ones are saved as one
/// change, which `u` takes back.
public struct ReviewState: Sendable, Equatable {
    /// One proposal: the figure, what the database holds, the sentence it comes from, and
    /// why it is doubtful, if it is.
    public struct Row: Sendable, Equatable {
        public var targetID: String
        public var update: FigureUpdate
        /// The value the database holds for the series and year, if any.
        public var stored: Double?
        public var sentence: String
        public var doubts: [String]
        public var accepted: Bool

        /// A new figure or a revision that is not doubtful starts accepted; a figure the
        /// database already holds, or a doubtful one, starts skipped: accepting it is the
        /// analyst's call.
        public init(targetID: String, update: FigureUpdate, stored: Double?, sentence: String, doubts: [String]) {
            self.targetID = targetID
            self.update = update
            self.stored = stored
            self.sentence = sentence
            self.doubts = doubts
            self.accepted = doubts.isEmpty && stored != update.value
        }

        /// Whether saving it changes the value the database holds.
        public var isEqual: Bool { stored == update.value }
    }

    /// The text the figures come from, as the analyst named it.
    public var file: String
    public var rows: [Row]
    public var selected = 0
    /// Whether the accepted rows were saved.
    public var isSaved = false

    public init(file: String, rows: [Row]) {
        self.file = file
        self.rows = rows
    }

    /// The updates of the accepted rows, in order.
    public var accepted: [FigureUpdate] {
        rows.filter(\.accepted).map(\.update)
    }
}
