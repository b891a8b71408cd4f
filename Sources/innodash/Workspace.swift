import ArgumentParser
import Foundation
import InnoCore
import InnoPostgres
import InnoReport
import InnoStore

/// What a command works on: the plans, the plan it is about, and the store of the figures,
/// opened once from the options.
///
/// The database holds the plans (the three shipped ones in a new database, and any the
/// analyst adds); `--targets FILE` registers its plan on first use and refuses a file that
/// changed since (`plan add --replace` accepts the change); `--plan ID` picks a registered
/// plan. With `--figures FILE.csv` there is no database: the plans are the shipped ones and
/// the `--targets` one.
struct Workspace {
    /// The database used when no `--db` is given, in the working directory.
    static let defaultDatabase = "innodash.sqlite"

    /// The database of the options: `--db`, else `INNODASH_DB`, else the default file. A
    /// `postgres://` URL names a team database on a PostgreSQL server.
    static func database(_ options: GlobalOptions) -> String {
        options.db ?? ProcessInfo.processInfo.environment["INNODASH_DB"].flatMap { $0.isEmpty ? nil : $0 } ?? defaultDatabase
    }

    /// Every plan: the database's, or the shipped and `--targets` ones with `--figures`.
    var catalog: PlanCatalog
    /// The plan the command is about: `--plan`, else `--targets`, else the default one.
    var plan: Plan
    /// The figures: the SQLite database (`--db`, else ./innodash.sqlite), or the figures of
    /// a CSV file held in memory when `--figures` is given.
    var store: any FigureStore
    /// The database's plans; nil with `--figures`.
    var registry: (any PlanRegistry)?
    /// Whether the figures come from the database (false with `--figures`).
    var isDatabase: Bool { registry != nil }
    /// The files an `--output` never replaces: the database in use and its journals, the
    /// plan file.
    var keptFiles: [ExportFile.KeptFile]
    /// The plan `--plan` or `--targets` asked for, if any: without one, a target id is
    /// looked up in every plan.
    var askedPlanID: String?

    private init(catalog: PlanCatalog, plan: Plan, store: any FigureStore, registry: (any PlanRegistry)?,
                 keptFiles: [ExportFile.KeptFile], askedPlanID: String?) {
        self.catalog = catalog
        self.plan = plan
        self.store = store
        self.registry = registry
        self.keptFiles = keptFiles
        self.askedPlanID = askedPlanID
    }

    /// The workspace of the options; `figures`: the CSV file of `--figures`, if given.
    init(_ options: GlobalOptions, figures: String? = nil) throws {
        self = try Self.open(options, figures: figures, reading: false).workspace
    }

    /// The workspace and its current figures, read on another thread while the plans are
    /// read (a large plan takes long for both: BENCHMARKS.md).
    static func openReadingFigures(_ options: GlobalOptions, figures path: String? = nil) throws -> (Workspace, FigureSet) {
        let (workspace, figures) = try open(options, figures: path, reading: true)
        return (workspace, figures!)
    }

    private static func open(_ options: GlobalOptions, figures path: String?, reading: Bool) throws -> (workspace: Workspace, figures: FigureSet?) {
        if path != nil && options.db != nil {
            throw CommandFailure(.usage, "--figures and --db both name where the figures are; give one of them")
        }
        // The plan file is read on another thread while the database is opened and its figures
        // read: for a large plan both take long (BENCHMARKS.md). A database that exists already
        // may keep the plan as this build read it before (a new one is not opened twice).
        let database = database(options)
        let keptIn = path == nil && !PostgresLocation.isURL(database) && FileManager.default.fileExists(atPath: database) ? database : nil
        let planFile = options.targets.map { file in BackgroundWork { try loadPlanFile(file, keptIn: keptIn) } }
        let shipped = try ShippedResources.loadPlans()
        let kept = keptFiles(options, isDatabase: path == nil)

        if let path {
            let given = try planFile?.wait()
            var catalog = PlanCatalog(shipped)
            if let given { catalog.add(given.plan) }
            let plan = try select(options, given: given?.plan, in: catalog)
            let figures = try orExit(.dataError) { () throws(CSVImportError) in
                try FiguresCSV.read(contentsOf: URL(fileURLWithPath: path), catalog: catalog, inPlan: options.plan ?? given?.plan.info.id, displayName: path)
            }
            let store = InMemoryFigureStore(figures: figures)
            let workspace = Workspace(catalog: catalog, plan: plan, store: store, registry: nil, keptFiles: kept,
                                      askedPlanID: options.plan ?? given?.plan.info.id)
            return (workspace, reading ? store.figures() : nil)
        }

        let store: any CopyableStore
        do {
            store = try openDatabase(database, given: { try planFile?.wait() }, shipped: shipped)
        } catch {
            _ = try planFile?.wait()  // a plan file that cannot be read is the first thing to fix
            throw error
        }
        let figures: FigureSet?
        do {
            figures = reading ? try store.figures() : nil
        } catch {
            throw CommandFailure(.ioError, "could not read the figures: " + error.message)
        }
        // The registered plans are listed while the plan file may still be being read; a plan
        // file that cannot be read is still the first error told.
        let stored: [RegisteredPlan]
        do {
            stored = try store.registeredPlanList()
        } catch {
            _ = try planFile?.wait()
            throw CommandFailure(.ioError, error.description)
        }
        let given = try planFile?.wait()
        var catalog = try registeredPlans(stored, in: store, name: database, shipped: shipped, given: given)
        if let given {
            let wasRegistered = catalog.plan(id: given.plan.info.id) != nil
            try register(given, in: store, catalog: &catalog, database: database)
            // Read from its file this time: kept for the next start (a new plan is kept as it is registered).
            if wasRegistered, !given.wasKept, let reader = planReader { store.keepReadPlan(given.plan, digest: given.digest, reader: reader) }
        }
        let plan = try select(options, given: given?.plan, in: catalog)
        // A --targets file that changed was refused above; a plan chosen otherwise is checked.
        if given == nil { noticeChangedFile(of: plan, in: store) }
        let workspace = Workspace(catalog: catalog, plan: plan, store: store, registry: store, keptFiles: kept,
                                  askedPlanID: options.plan ?? given?.plan.info.id)
        return (workspace, figures)
    }

    /// A plan file read, with its bytes, as `--targets` or `plan add` give it.
    struct PlanFile: Sendable {
        var plan: Plan
        var stored: StoredPlan
        /// The SHA-256 of `stored.content`.
        var digest: Data
        /// Whether the plan was found kept as read in the database, not read from the bytes.
        var wasKept: Bool
    }

    /// Which build of innodash read a plan kept in a database (`ReadPlans`): the kept form's
    /// layout, and this program file's size and time of change, so that a plan read by any
    /// other build (whose reading of a plan file may differ) is read from its file again.
    /// Nil where the program file cannot be looked at: then no plan is kept.
    static let planReader: String? = {
        var info = stat()
        guard stat("/proc/self/exe", &info) == 0 else { return nil }
        return "plan codec \(PlanCodec.format); program of \(info.st_size) bytes changed at \(info.st_mtim.tv_sec).\(info.st_mtim.tv_nsec)"
    }()

    /// Reads a plan file; one that cannot be used ends the command (exit 65) with what is
    /// wrong in it. The shipped plan given by its path (or a copy) is the shipped plan.
    /// `keptIn`: a database that may keep the plan as this build read the same bytes before.
    static func loadPlanFile(_ path: String, keptIn database: String? = nil) throws -> PlanFile {
        let data: Data
        do {
            data = try FileContents.read(path, atMost: PlanLoader.maximumFileSize)
        } catch {
            let hint = error == .tooLarge(limit: PlanLoader.maximumFileSize) ? "a plan file is a few kilobytes; " : ""
            throw CommandFailure(.dataError, PlanError(file: path, location: "", message: "cannot read the plan file (\(error.reason)); \(hint)check the path of the plan file").description)
        }
        let digest = ReadPlans.digest(of: data)
        let kept = database.flatMap { database in planReader.flatMap { ReadPlans.lookUp(databaseAt: database, digest: digest, reader: $0) } }
        let plan = try kept ?? orExit(.dataError) { () throws(PlanError) in try PlanLoader.load(data: data, file: path) }
        if ShippedResources.isShipped(plan), let shipped = ShippedResources.shipped(id: plan.info.id) {
            return PlanFile(plan: plan, stored: StoredPlan(id: plan.info.id, content: shipped.content, file: "", isShipped: true),
                            digest: ReadPlans.digest(of: shipped.content), wasKept: kept != nil && shipped.content == data)
        }
        return PlanFile(plan: plan, stored: StoredPlan(id: plan.info.id, content: data, file: path, isShipped: false), digest: digest, wasKept: kept != nil)
    }

    /// Opens (or creates, or migrates) the database. A new one gets the shipped plans and
    /// figures, unless it is opened for another plan (`--targets`), which it then holds alone.
    /// `given`: the `--targets` plan, asked for only when the database is new or old (an
    /// existing one is opened while the plan file is still being read).
    static func openDatabase(_ path: String, given: @escaping () throws -> PlanFile?, shipped: [Plan]) throws -> any CopyableStore {
        let forShipped = { try given().map(\.stored.isShipped) ?? true }
        var seedFailure: CSVImportError?
        let opening = StoreOpening(
            plans: { try forShipped() ? ShippedResources.stored : [] },
            seeding: {
                guard try forShipped() else { return [] }
                do throws(CSVImportError) {
                    return try ShippedResources.figures(PlanCatalog(shipped))
                } catch {
                    seedFailure = error
                    throw error
                }
            },
            legacyPlan: { id in
                if let given = try? given(), given.plan.info.id == id { return (given.plan, given.stored) }
                guard let index = shipped.firstIndex(where: { $0.info.id == id }) else { return nil }
                return (shipped[index], ShippedResources.stored[index])
            },
            seedsLegacyPlan: { $0 == ShippedResources.defaultPlanID }
        )
        let store: SQLiteFigureStore
        do {
            if PostgresLocation.isURL(path) { return try PostgresFigureStore(url: path, opening: opening) }
            store = try SQLiteFigureStore(path: path, opening: opening)
        } catch {
            if let seedFailure { throw CommandFailure(.software, seedFailure.description) }
            throw CommandFailure(error.isDataError ? .dataError : .ioError, error.message)
        }
        if let migration = store.migration {
            Output.progress("\(path) was made by an earlier innodash: its \(migration.figures) figures and \(migration.revisions) revisions now belong to series (a region and an indicator), which several plans can share; a copy of the file as it was is kept at \(migration.backupPath)")
        }
        return store
    }

    /// The database's plans, read. A shipped plan follows the program: when this innodash
    /// ships another version of it, that version is registered in its place.
    /// The `--targets` plan, already read, is not read again when its file is what the
    /// database holds, and a plan kept as read is not read from its bytes (a large plan
    /// takes long to read); one read from its bytes is kept for the next start.
    private static func registeredPlans(_ list: [RegisteredPlan], in store: any CopyableStore, name: String, shipped: [Plan], given: PlanFile?) throws -> PlanCatalog {
        var plans: [Plan] = []
        var contents: [String: Data]?
        for entry in list {
            if entry.isShipped, let index = ShippedResources.plans.firstIndex(where: { $0.id == entry.id }) {
                if entry.digest != ReadPlans.digest(of: ShippedResources.plans[index].content) {
                    try orExit(.ioError) { () throws(StoreError) in try store.register(ShippedResources.stored[index]) }
                }
                plans.append(shipped[index])
                continue
            }
            if let given, given.stored.id == entry.id, given.digest == entry.digest {
                plans.append(given.plan)
                continue
            }
            if let reader = planReader, let kept = store.readPlan(digest: entry.digest, reader: reader) {
                plans.append(kept)
                continue
            }
            if contents == nil {
                contents = try orExit(.ioError) { () throws(StoreError) in
                    Dictionary(try store.registeredPlans().map { ($0.id, $0.content) }, uniquingKeysWith: { first, _ in first })
                }
            }
            let file = entry.file.isEmpty ? "the plan \"\(entry.id)\" in \(name)" : "\(entry.file) (as registered in \(name))"
            let plan = try orExit(.dataError) { () throws(PlanError) in try PlanLoader.load(data: contents?[entry.id] ?? Data(), file: file) }
            if let reader = planReader { store.keepReadPlan(plan, digest: entry.digest, reader: reader) }
            plans.append(plan)
        }
        return PlanCatalog(plans)
    }

    /// Registers the `--targets` plan on first use; refuses a file that changed since it
    /// was registered, saying what changed.
    private static func register(_ file: PlanFile, in store: any CopyableStore, catalog: inout PlanCatalog, database: String) throws {
        if let registered = catalog.plan(id: file.plan.info.id) {
            if registered == file.plan { return }
            let changes = PlanChanges.describe(from: registered, to: file.plan)
            throw CommandFailure(.dataError, "\(file.stored.file.isEmpty ? "the plan file" : file.stored.file) changed since the plan \"\(file.plan.info.id)\" was registered in \(database):\n  " + changes.joined(separator: "\n  ") + "\nto accept the change: innodash plan add \(file.stored.file.isEmpty ? "FILE" : file.stored.file) --replace")
        }
        let alone = catalog.plans.isEmpty
        try PlanAdding.add(file, to: store, catalog: &catalog, replacing: false)
        // A database made for this plan needs no word; one that holds others is told.
        if !alone { Output.progress("registered the plan \"\(file.plan.info.id)\" from \(file.stored.file) in \(database)") }
    }

    /// The plan a command is about: `--plan`, else `--targets`, else the default plan, else
    /// the first registered one.
    private static func select(_ options: GlobalOptions, given: Plan?, in catalog: PlanCatalog) throws -> Plan {
        if let id = options.plan {
            let plan = try orExit(.usage) { () throws(InputError) in try catalog.lookUpPlan(id) }
            if let given, given.info.id != plan.info.id {
                throw CommandFailure(.usage, "--plan \(id) and --targets \(options.targets ?? "") name two plans; give one of them")
            }
            return plan
        }
        if let given { return catalog.plan(id: given.info.id) ?? given }
        guard let plan = catalog.plan(id: ShippedResources.defaultPlanID) ?? catalog.plans.first else {
            throw CommandFailure(.dataError, "the database holds no plan; add one with `innodash plan add FILE`, or open it with --targets FILE")
        }
        return plan
    }

    /// Says so when the file a plan was registered from has changed since: the registered
    /// version is used until `plan add --replace` accepts the change.
    private static func noticeChangedFile(of plan: Plan, in store: any CopyableStore) {
        guard let stored = try? store.registeredPlanList().first(where: { $0.id == plan.info.id }), !stored.file.isEmpty,
              let data = try? FileContents.read(stored.file, atMost: PlanLoader.maximumFileSize), ReadPlans.digest(of: data) != stored.digest,
              let current = try? PlanLoader.load(data: data, file: stored.file), current != plan else { return }
        let count = PlanChanges.describe(from: plan, to: current).count
        Output.progress("note: \(stored.file) changed since the plan \"\(plan.info.id)\" was registered (\(count) change\(count == 1 ? "" : "s")); the registered version is used; `innodash plan add \(stored.file) --replace` accepts the change")
    }

    private static func keptFiles(_ options: GlobalOptions, isDatabase: Bool) -> [ExportFile.KeptFile] {
        var files: [ExportFile.KeptFile] = []
        if isDatabase {
            let database = database(options)
            files.append(ExportFile.KeptFile(path: database, what: "the figures database in use"))
            for journal in ["-wal", "-shm", "-journal"] {
                files.append(ExportFile.KeptFile(path: database + journal, what: "a journal of the figures database in use"))
            }
        }
        if let plan = options.targets {
            files.append(ExportFile.KeptFile(path: plan, what: "the plan file in use (--targets)"))
        }
        return files
    }

    /// The series a command names (`region/indicator` or a target id), in the asked plan
    /// when there is one, else in every plan.
    func lookUpSeries(_ typed: String) throws -> (series: SeriesID, target: Target) {
        let catalog = self.catalog, planID = askedPlanID
        return try Self.orExit(.dataError) { () throws(InputError) in try catalog.lookUpSeries(typed, inPlan: planID) }
    }

    /// With `--binding`, says on standard error when the plan has no binding target: an
    /// empty table or a clean `check` would otherwise read as "nothing off track".
    func noteWhenNoBindingTarget() {
        guard !plan.targets.contains(where: \.isBinding) else { return }
        Output.progress("note: the plan \"\(plan.info.id)\" has no binding (约束性) target; every target is anticipatory (预期性)")
    }

    /// The current figures; a store that cannot be read ends the command with its message.
    func figures() throws -> FigureSet {
        try Self.orExit(.ioError) { () throws(StoreError) in try store.figures() }
    }

    /// The as-of year when none is given: the latest year with a figure of the plan's
    /// series, else the plan's end. Pass the figures when the command has them: reading
    /// them again costs as much as the first time (300,000 figures for a large plan).
    func defaultAsOf(_ figures: FigureSet? = nil) -> Int {
        guard let figures = figures ?? (try? store.figures()) else { return plan.endYear ?? Calendar.current.component(.year, from: Date()) }
        // By position: a target is not copied whole to read its series (ten thousand of them).
        let latest = plan.targets.indices.lazy.compactMap { figures.series(plan.targets[$0].series).last?.year }.max()
        return latest ?? plan.endYear ?? Calendar.current.component(.year, from: Date())
    }

    /// Runs a loader; on failure prints its message and exits with `code`.
    static func orExit<T, E: Error & CustomStringConvertible>(_ status: ExitStatus, _ body: () throws(E) -> T) throws(CommandFailure) -> T {
        do {
            return try body()
        } catch {
            throw CommandFailure(status, error.description)
        }
    }
}

/// Adding a plan to a database: the checks made first (a plan id already registered with
/// other targets, a series shared with another plan in another unit), each refusal a clear
/// message with nothing changed.
enum PlanAdding {
    static func add(_ file: Workspace.PlanFile, to registry: any PlanRegistry, catalog: inout PlanCatalog, replacing: Bool) throws {
        var files: [String: String] = [:]
        for registered in (try? registry.registeredPlanList()) ?? [] { files[registered.id] = registered.file }
        if let conflict = catalog.unitConflict(adding: file.plan, file: file.stored.file.isEmpty ? "the shipped plan" : file.stored.file, files: files) {
            throw CommandFailure(.dataError, conflict + ". Nothing was changed.")
        }
        if let registered = catalog.plan(id: file.plan.info.id), !replacing, registered != file.plan {
            let changes = PlanChanges.describe(from: registered, to: file.plan)
            throw CommandFailure(.dataError, "the database already holds a plan \"\(file.plan.info.id)\" with other targets:\n  " + changes.joined(separator: "\n  ") + "\nto replace it: innodash plan add \(file.stored.file) --replace (its figures stay). Nothing was changed.")
        }
        try Workspace.orExit(.ioError) { () throws(StoreError) in try registry.register(file.stored) }
        if let reader = Workspace.planReader { registry.keepReadPlan(file.plan, digest: file.digest, reader: reader) }
        catalog.add(file.plan)
    }
}
