import InnoCore

/// A target as read from a policy text, for the analyst to review: every reading that is
/// not certain is in `notes`.
public struct DraftTarget: Sendable, Equatable {
    public enum Kind: String, Sendable { case numeric, milestone }
    public var id: String
    public var kind: Kind
    public var name: LocalizedText
    public var unit: LocalizedText?
    public var isCount: Bool
    public var goal: Goal?
    public var decimals: Int
    public var deadline: Int
    /// The words of the text that state the target, as written.
    public var quote: String
    /// The number as the text writes it (１８.９%, 1.2万家, 百分之二); empty for a milestone.
    public var written: String
    public var form: WordedForm
    /// Whether a growth or change is a fall (年均下降, 累计降低): the goal's value is its size.
    public var isDecrease: Bool = false
    public var notes: [String]
    /// Whether the deadline was taken from outside the sentence (its paragraph, the text's horizon).
    public var deadlineInferred: Bool
}

/// The draft of a plan read from a text: its targets grouped by deadline.
public struct PlanDraft: Sendable {
    public var targets: [DraftTarget]
    /// The year of the text's date, when it has one.
    public var textYear: Int?
    /// The last deadline the text names: where a target without a year is put.
    public var horizon: Int
    public var region: LocalizedText?
    public var title: String?
    /// The document the text comes from, as the analyst named it.
    public var document: String

    /// The doubtful readings, one line each, for standard error.
    public var doubts: [String] {
        targets.flatMap { target in target.notes.map { "\(target.id): \($0)" } }
    }

    /// The deadlines of the targets, earliest first: one group each.
    public var deadlines: [Int] { Array(Set(targets.map(\.deadline))).sorted() }
}
