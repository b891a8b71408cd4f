import Foundation
import InnoCore
import InnoStore
import NIOCore
import PostgresNIO

/// The figures store on a PostgreSQL server, for a team: the SQLite store's tables in the
/// schema `innodash`, the same append-only revision log (enforced by a trigger), undo and
/// redo by the same rules (`RevisionPlanner`, `UndoWalk`), each change one transaction
/// that also records its author (the database role) and notifies the other clients
/// (`LISTEN`/`NOTIFY`), so that every open dashboard shows it at once.
///
/// Changes are made one at a time (an advisory lock), so two analysts recording at the
/// same moment both get their revision, and the later one is the figure.
public final class PostgresFigureStore: CopyableStore {
    public let location: PostgresLocation
    /// Whether opening created the schema (with the opening's plans and figures).
    public private(set) var wasCreated = false
    let session: PostgresSession
    let clock: () -> Date

    /// Connects to the database at `url`, creating innodash's schema when missing with the
    /// plans and figures of `opening`. `environment` gives the password (`PGPASSWORD`, the
    /// password file), as libpq reads it.
    public convenience init(url: String, opening: StoreOpening = StoreOpening(), environment: [String: String] = ProcessInfo.processInfo.environment,
                            clock: @escaping () -> Date = Date.init) throws(StoreOpenError) {
        let location: PostgresLocation
        do {
            location = try PostgresLocation.parse(url, environment: environment)
        } catch {
            throw StoreOpenError(.cannotOpen, error.message)
        }
        try self.init(location: location, opening: opening, environment: environment, clock: clock)
    }

    public init(location: PostgresLocation, opening: StoreOpening = StoreOpening(), environment: [String: String] = ProcessInfo.processInfo.environment,
                clock: @escaping () -> Date = Date.init) throws(StoreOpenError) {
        self.location = location
        self.clock = clock
        let lookup = PasswordFile.password(for: location, environment: environment)
        if let warning = lookup.warning { FileHandle.standardError.write(Data(("warning: " + warning + "\n").utf8)) }
        session = PostgresSession(location: location, password: lookup.password)
        do {
            try session.connect()
            wasCreated = try prepare(opening)
        } catch {
            throw StoreOpenError(.cannotOpen, error.message)
        }
        session.notifications.reset()
    }

    /// Called (on another thread) when another client changed the figures: how the
    /// dashboard wakes without a key press.
    public var onChangeElsewhere: (@Sendable () -> Void)? {
        get { session.notifications.onNotification }
        set { session.notifications.onNotification = newValue }
    }

    // MARK: Setting up

    /// Migrates the schema and loads a new database, under the migration lock. Returns
    /// whether the database was new. A database set up already is only read (a read-only
    /// role can open it).
    private func prepare(_ opening: StoreOpening) throws(StoreError) -> Bool {
        if try isSetUp() { return false }
        return try session.transaction(doing: .migrating) { () throws(StoreError) -> Bool in
            try session.query("SELECT pg_advisory_xact_lock(\(PostgresSchema.migrationLock))", doing: .migrating)
            try session.script("""
                CREATE SCHEMA IF NOT EXISTS innodash;
                CREATE TABLE IF NOT EXISTS innodash.migration (name text PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now());
                """)
            let applied = Set(try session.query("SELECT name FROM innodash.migration").map { row throws(StoreError) in try decode(String.self, row, 0) })
            let known = Set(PostgresSchema.migrations.map(\.name))
            if let newer = applied.subtracting(known).sorted().first {
                throw StoreError("the innodash schema in \(location.database) was set up by a newer innodash (migration \(newer)); use that version")
            }
            for migration in PostgresSchema.migrations where !applied.contains(migration.name) {
                try session.script(migration.sql)
                try session.query("INSERT INTO innodash.migration (name) VALUES (\(migration.name))", doing: .migrating)
            }
            guard try session.query("SELECT 1 FROM innodash.meta WHERE key = 'created_at'").isEmpty else { return false }
            let time = clock()
            try session.query("INSERT INTO innodash.meta (key, value) VALUES ('created_at', \(ISO8601DateFormatter().string(from: time)))", doing: .migrating)
            let registered = Set(try registeredPlansNow().map(\.id))
            let seed: [FigureEntry], plans: [StoredPlan]
            do {
                plans = try opening.plans()
                seed = try opening.seeding()
            } catch {
                throw StoreError("could not read the figures a new database starts with: \(error)")
            }
            for plan in plans where !registered.contains(plan.id) { try insertPlan(plan, at: time) }
            // One import, planned in order: a figure the seed gives twice (preliminary, then final) is revised.
            let rows = RevisionPlanner.importRows(seed.map(FigureUpdate.init), current: { (_: SeriesID, _: Int) -> FigureEntry? in nil },
                                                  firstID: try nextID(), at: time)
            try write(rows)
            return true
        }
    }

    private func isSetUp() throws(StoreError) -> Bool {
        let rows = try session.query("SELECT to_regclass('innodash.migration') IS NOT NULL AND to_regclass('innodash.meta') IS NOT NULL")
        guard try rows.first.map({ row throws(StoreError) in try decode(Bool.self, row, 0) }) == true else { return false }
        let applied = Set(try session.query("SELECT name FROM innodash.migration").map { row throws(StoreError) in try decode(String.self, row, 0) })
        guard Set(PostgresSchema.migrations.map(\.name)).isSubset(of: applied) else { return false }
        if let newer = applied.subtracting(PostgresSchema.migrations.map(\.name)).sorted().first {
            throw StoreError("the innodash schema in \(location.database) was set up by a newer innodash (migration \(newer)); use that version")
        }
        return try !session.query("SELECT 1 FROM innodash.meta WHERE key = 'created_at'").isEmpty
    }

    // MARK: Reading

    public func figures() throws(StoreError) -> FigureSet {
        let rows = try session.query("""
            SELECT f.region, f.indicator, f.year, f.value, f.source, f.note, f.preliminary, f.entered_at,
                   EXISTS (SELECT 1 FROM innodash.revision r WHERE r.region = f.region AND r.indicator = f.indicator AND r.year = f.year
                           AND r.new_value IS NOT NULL AND r.new_value <> f.value)
            FROM innodash.figure f ORDER BY f.region, f.indicator, f.year
            """)
        var set = FigureSet()
        var pending: [Figure] = []
        for row in rows {
            let figure = try figure(row)
            if let last = pending.last, last.series != figure.series {
                set.insert(pending, of: last.series)
                pending.removeAll(keepingCapacity: true)
            }
            pending.append(figure)
        }
        if let last = pending.last { set.insert(pending, of: last.series) }
        return set
    }

    public func series(_ series: SeriesID) throws(StoreError) -> [Figure] {
        try session.query("""
            SELECT f.region, f.indicator, f.year, f.value, f.source, f.note, f.preliminary, f.entered_at,
                   EXISTS (SELECT 1 FROM innodash.revision r WHERE r.region = f.region AND r.indicator = f.indicator AND r.year = f.year
                           AND r.new_value IS NOT NULL AND r.new_value <> f.value)
            FROM innodash.figure f WHERE f.region = \(series.region) AND f.indicator = \(series.indicator) ORDER BY f.year
            """).map { row throws(StoreError) in try figure(row) }
    }

    public func entry(series: SeriesID, year: Int) throws(StoreError) -> FigureEntry? {
        try currentFigure(series, year)
    }

    public func history(series: SeriesID, year: Int?) throws(StoreError) -> [Revision] {
        let rows: [PostgresRow]
        if let year {
            rows = try session.query("SELECT \(unescaped: PostgresSchema.revisionColumns) FROM innodash.revision WHERE region = \(series.region) AND indicator = \(series.indicator) AND year = \(year) ORDER BY id")
        } else {
            rows = try session.query("SELECT \(unescaped: PostgresSchema.revisionColumns) FROM innodash.revision WHERE region = \(series.region) AND indicator = \(series.indicator) ORDER BY id")
        }
        return try rows.map { row throws(StoreError) in try revision(row) }
    }

    public func revisions(inChange change: Int64) throws(StoreError) -> [Revision] {
        try session.query("SELECT \(unescaped: PostgresSchema.revisionColumns) FROM innodash.revision WHERE change = \(change) ORDER BY id")
            .map { row throws(StoreError) in try revision(row) }
    }

    public func revisions(after id: Int64) throws(StoreError) -> [Revision] {
        try session.query("SELECT \(unescaped: PostgresSchema.revisionColumns) FROM innodash.revision WHERE id > \(id) ORDER BY id")
            .map { row throws(StoreError) in try revision(row) }
    }

    public func revisions(since date: Date) throws(StoreError) -> [Revision] {
        try session.query("SELECT \(unescaped: PostgresSchema.revisionColumns) FROM innodash.revision WHERE at > \(date) ORDER BY id")
            .map { row throws(StoreError) in try revision(row) }
    }

    // MARK: The scenario

    public func scenario() throws(StoreError) -> FigureSet {
        let rows = try session.query("SELECT region, indicator, year, value FROM innodash.scenario ORDER BY region, indicator, year")
        var set = FigureSet()
        for row in rows {
            let cells = row.makeRandomAccess()
            set.insert(Figure(series: SeriesID(region: try cell(String.self, cells, 0), indicator: try cell(String.self, cells, 1)),
                              year: try cell(Int.self, cells, 2), value: try cell(Double.self, cells, 3), isScenario: true))
        }
        return set
    }

    public func setScenario(series: SeriesID, year: Int, value: Double?) throws(StoreError) {
        _ = try change { () throws(StoreError) in
            if let value {
                _ = try session.query("""
                    INSERT INTO innodash.scenario (region, indicator, year, value, at) VALUES (\(series.region), \(series.indicator), \(year), \(value), \(now()))
                    ON CONFLICT (region, indicator, year) DO UPDATE SET value = excluded.value, at = excluded.at
                    """, doing: .writing)
            } else {
                _ = try session.query("DELETE FROM innodash.scenario WHERE region = \(series.region) AND indicator = \(series.indicator) AND year = \(year)",
                                      doing: .writing)
            }
            return []
        }
    }

    @discardableResult
    public func clearScenario() throws(StoreError) -> Int {
        var cleared = 0
        _ = try change { () throws(StoreError) in
            cleared = try session.query("DELETE FROM innodash.scenario RETURNING year", doing: .writing).count
            return []
        }
        return cleared
    }

    /// Whether another client changed the figures since the last call: a notification
    /// heard, or a connection opened again after it was lost (what happened meanwhile was
    /// not heard). A lost connection is tried again here, so a dashboard finds the server
    /// back at its next key.
    public func changedElsewhere() -> Bool {
        // At most one try every few seconds: a server that does not answer would otherwise
        // hold every key for the connect timeout.
        if !session.isConnected, Date().timeIntervalSince(lastReconnect) > 3 {
            lastReconnect = Date()
            try? session.connect()
        }
        return session.notifications.take()
    }

    /// When `changedElsewhere` last tried to connect again.
    private var lastReconnect = Date.distantPast

    // MARK: Changing

    @discardableResult
    public func record(_ entry: FigureEntry) throws(StoreError) -> Revision {
        try change { () throws(StoreError) in
            [RevisionPlanner.record(entry, over: try currentFigure(entry.series, entry.year), firstID: try nextID(), at: now())]
        }[0]
    }

    @discardableResult
    public func record(_ update: FigureUpdate) throws(StoreError) -> Revision? {
        try change { () throws(StoreError) in
            let current = try currentFigure(update.series, update.year)
            return [RevisionPlanner.record(update, over: current, firstID: try nextID(), at: now())].compactMap { $0 }
        }.first
    }

    @discardableResult
    public func delete(series: SeriesID, year: Int) throws(StoreError) -> Revision? {
        try change { () throws(StoreError) in
            guard let old = try currentFigure(series, year) else { return [] }
            return [RevisionPlanner.delete(old, firstID: try nextID(), at: now())]
        }.first
    }

    @discardableResult
    public func importFigures(_ updates: [FigureUpdate]) throws(StoreError) -> [Revision] {
        try change { () throws(StoreError) in
            let current = try figures(ofSeries: Set(updates.map(\.series)))
            return RevisionPlanner.importRows(updates, current: { series, year in current[FigureKey(series: series, year: year)] },
                                              firstID: try nextID(), at: now())
        }
    }

    @discardableResult
    public func undo() throws(StoreError) -> Revision? {
        try change { () throws(StoreError) in
            var log = RevisionPages { (below, size) throws(StoreError) in try self.logPage(below: below, size: size) }
            let undone = try UndoWalk.changeToUndo(newestFirst: { () throws(StoreError) in try log.next() })
            let current = try figures(ofSeries: Set(undone.map(\.series)))
            return RevisionPlanner.reversal(of: undone, action: .undo, current: { current[FigureKey(series: $0, year: $1)] }, firstID: try nextID(), at: now())
        }.first
    }

    @discardableResult
    public func redo() throws(StoreError) -> Revision? {
        try change { () throws(StoreError) in
            var log = RevisionPages { (below, size) throws(StoreError) in try self.logPage(below: below, size: size) }
            let undo = try UndoWalk.changeToRedo(newestFirst: { () throws(StoreError) in try log.next() })
            let current = try figures(ofSeries: Set(undo.map(\.series)))
            return RevisionPlanner.reversal(of: undo, action: .redo, current: { current[FigureKey(series: $0, year: $1)] }, firstID: try nextID(), at: now())
        }.first
    }

    // MARK: Plans

    public func registeredPlans() throws(StoreError) -> [StoredPlan] {
        try registeredPlansNow()
    }

    /// The plans' bytes are read to make their digests: the team database keeps no plan as read.
    public func registeredPlanList() throws(StoreError) -> [RegisteredPlan] {
        try registeredPlansNow().map {
            RegisteredPlan(id: $0.id, file: $0.file, isShipped: $0.isShipped, digest: ReadPlans.digest(of: $0.content))
        }
    }

    public func register(_ plan: StoredPlan) throws(StoreError) {
        _ = try change { () throws(StoreError) in
            try insertPlan(plan, at: now())
            return []
        }
    }

    @discardableResult
    public func removePlan(id: String) throws(StoreError) -> Bool {
        var removed = false
        _ = try change { () throws(StoreError) in
            removed = try !session.query("DELETE FROM innodash.plan WHERE id = \(id) RETURNING id", doing: .writing).isEmpty
            return []
        }
        return removed
    }

    // MARK: Copying

    public func allRevisions() throws(StoreError) -> [Revision] {
        try session.query("SELECT \(unescaped: PostgresSchema.revisionColumns) FROM innodash.revision ORDER BY id").map { row throws(StoreError) in try revision(row) }
    }

    public func isEmpty() throws(StoreError) -> Bool {
        let noRevision = try session.query("SELECT 1 FROM innodash.revision LIMIT 1").isEmpty
        guard noRevision else { return false }
        return try session.query("SELECT 1 FROM innodash.plan LIMIT 1").isEmpty
    }

    public func appendCopy(of revisions: [Revision], plans: [StoredPlan], scenario: FigureSet) throws(StoreError) {
        _ = try change(copying: true) { () throws(StoreError) in
            guard try isEmpty() else { throw StoreError("\(location) already holds figures or plans; copy into an empty database") }
            let time = now()
            for plan in plans { try insertPlan(plan, at: time) }
            for figure in scenario.all {
                _ = try session.query("""
                    INSERT INTO innodash.scenario (region, indicator, year, value, at)
                    VALUES (\(figure.series.region), \(figure.series.indicator), \(figure.year), \(figure.value), \(time))
                    """, doing: .writing)
            }
            return revisions
        }
    }
}
