import Foundation

/// A plan as a database keeps it: the plan file's bytes as they were registered (the file
/// stays the source of truth for wording; the copy lets a database open its plans without
/// their files, and tells when a file changed since), where it came from, and whether it
/// ships with innodash.
public struct StoredPlan: Sendable, Hashable {
    public var id: String
    /// The plan file's bytes.
    public var content: Data
    /// The path the plan was registered from, as the analyst named it; empty for a shipped plan.
    public var file: String
    public var isShipped: Bool

    public init(id: String, content: Data, file: String, isShipped: Bool) {
        self.id = id
        self.content = content
        self.file = file
        self.isShipped = isShipped
    }
}

/// A registered plan without its file's bytes: enough to tell whether a plan file is the
/// one registered, without reading megabytes of a large plan at every start.
public struct RegisteredPlan: Sendable, Hashable {
    public var id: String
    /// The path the plan was registered from; empty for a shipped plan.
    public var file: String
    public var isShipped: Bool
    /// The SHA-256 of the plan file's bytes.
    public var digest: Data

    public init(id: String, file: String, isShipped: Bool, digest: Data) {
        self.id = id
        self.file = file
        self.isShipped = isShipped
        self.digest = digest
    }
}

/// The plans a figures database holds. Removing a plan never removes a figure: figures
/// belong to series, which other plans (or a later plan) may track.
public protocol PlanRegistry: AnyObject {
    /// The registered plans, in the order they were registered.
    func registeredPlans() throws(StoreError) -> [StoredPlan]
    /// The registered plans in the same order, without their bytes.
    func registeredPlanList() throws(StoreError) -> [RegisteredPlan]
    /// The plan read from a file whose bytes have the SHA-256 `digest`, as kept by the build
    /// of innodash `reader` names; nil when none is kept (the file's bytes are then read).
    func readPlan(digest: Data, reader: String) -> Plan?
    /// Keeps a registered plan as read, so that the next start need not read its file.
    /// Best effort: a plan not kept is read from its bytes next time.
    func keepReadPlan(_ plan: Plan, digest: Data, reader: String)
    /// Registers a plan, or replaces the registered plan with its id.
    func register(_ plan: StoredPlan) throws(StoreError)
    /// Removes a plan; false when no plan has the id.
    @discardableResult func removePlan(id: String) throws(StoreError) -> Bool
}

extension PlanRegistry {
    /// A store that keeps no plan as read (the team database) reads every plan from its bytes.
    public func readPlan(digest: Data, reader: String) -> Plan? { nil }
    public func keepReadPlan(_ plan: Plan, digest: Data, reader: String) {}
}

/// A store whose whole revision log and plans can be read, and written as they are into an
/// empty store: what `innodash db copy` moves between SQLite and PostgreSQL. The figures
/// follow from the log (each is the last state its rows leave), so copying the log with its
/// ids copies figures, history, undo and redo exactly.
public protocol CopyableStore: FigureStore, PlanRegistry {
    /// Every revision, oldest first.
    func allRevisions() throws(StoreError) -> [Revision]
    /// Whether the store holds no revision and no plan.
    func isEmpty() throws(StoreError) -> Bool
    /// Writes `revisions` (with their ids, changes and times), `plans` and the what-if
    /// figures of `scenario`, in order, as one transaction, into an empty store.
    func appendCopy(of revisions: [Revision], plans: [StoredPlan], scenario: FigureSet) throws(StoreError)
}
