import ArgumentParser
import Foundation
import InnoCore
import InnoReport
import InnoStore

/// What a command works on: the plan and the store of its figures, opened once from the
/// options.
struct Workspace {
    /// The database used when no `--db` is given, in the working directory.
    static let defaultDatabase = "innodash.sqlite"
    /// The plan whose published figures ship with innodash.
    static let shippedPlanID = "cq-innovation-2020"

    var plan: Plan
    /// The figures: the SQLite database (`--db`, else ./innodash.sqlite), or the figures of
    /// a CSV file held in memory when `--figures` is given.
    var store: any FigureStore
    var isShippedPlan: Bool
    /// Whether the figures come from the database (false with `--figures`).
    var isDatabase: Bool
    /// The files an `--output` never replaces: the database in use and its journals, the
    /// plan file.
    var keptFiles: [ExportFile.KeptFile]

    /// The workspace of the options; `figures`: the CSV file of `--figures`, if given.
    init(_ options: GlobalOptions, figures: String? = nil) throws {
        try Self.refuseFiguresAndDatabase(options, figures: figures)
        (plan, isShippedPlan) = try Self.loadPlan(options)
        if let path = figures {
            let plan = self.plan
            let figures = try Self.orExit(.dataError) { () throws(CSVImportError) in
                try FiguresCSV.read(contentsOf: URL(fileURLWithPath: path), plan: plan, displayName: path)
            }
            store = InMemoryFigureStore(figures: figures)
            isDatabase = false
        } else {
            store = try Self.openDatabase(options.db ?? Self.defaultDatabase, plan: plan, isShippedPlan: isShippedPlan)
            isDatabase = true
        }
        keptFiles = Self.keptFiles(options, isDatabase: isDatabase)
    }

    private init(plan: Plan, isShippedPlan: Bool, store: SQLiteFigureStore, options: GlobalOptions) {
        self.plan = plan
        self.isShippedPlan = isShippedPlan
        self.store = store
        isDatabase = true
        keptFiles = Self.keptFiles(options, isDatabase: true)
    }

    private static func keptFiles(_ options: GlobalOptions, isDatabase: Bool) -> [ExportFile.KeptFile] {
        var files: [ExportFile.KeptFile] = []
        if isDatabase {
            let database = options.db ?? defaultDatabase
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

    /// The workspace and its current figures. When the database already exists, its
    /// figures are read on another thread while the plan file is read, which the
    /// dashboard's first frame would otherwise wait for one after the other (a large plan
    /// takes long for both: BENCHMARKS.md).
    static func openReadingFigures(_ options: GlobalOptions, figures path: String? = nil) throws -> (Workspace, FigureSet) {
        try refuseFiguresAndDatabase(options, figures: path)
        // Anything unusual (no database yet, another plan's, damaged) takes the plain way,
        // which says what is wrong.
        guard path == nil, let store = try? SQLiteFigureStore(existingAt: options.db ?? defaultDatabase) else {
            let workspace = try Workspace(options, figures: path)
            return (workspace, try workspace.figures())
        }
        let reader = store.figureReader  // a value: what goes to the other thread
        let reading = BackgroundWork { try reader.figures() }
        let (plan, isShippedPlan) = try loadPlan(options)
        guard plan.info.id == store.planID else {
            let workspace = try Workspace(options, figures: path)
            return (workspace, try workspace.figures())
        }
        let figures: FigureSet
        do {
            figures = try reading.wait()
        } catch {
            throw CommandFailure(.ioError, "could not read the figures: " + ((error as? StoreError)?.message ?? "\(error)"))
        }
        return (Workspace(plan: plan, isShippedPlan: isShippedPlan, store: store, options: options), figures)
    }

    private static func refuseFiguresAndDatabase(_ options: GlobalOptions, figures: String?) throws {
        if figures != nil && options.db != nil {
            throw CommandFailure(.usage, "--figures and --db both name where the figures are; give one of them")
        }
    }

    /// The plan of `--targets`, else the shipped one; a plan file that cannot be used ends
    /// the command (exit 65) with what is wrong in it.
    private static func loadPlan(_ options: GlobalOptions) throws -> (Plan, isShipped: Bool) {
        if let path = options.targets {
            let plan = try orExit(.dataError) { () throws(PlanError) in try PlanLoader.load(contentsOf: URL(fileURLWithPath: path), displayName: path) }
            // The shipped plan given by its path (or a copy of it) is the shipped plan.
            return (plan, plan.info.id == shippedPlanID && ShippedResources.isShippedPlan(plan))
        }
        return (try orExit(.dataError) { () throws(PlanError) in try PlanLoader.load(data: ShippedResources.plan, file: ShippedResources.planName) }, true)
    }

    /// Opens (or creates) the database for the plan. A new database for the shipped plan
    /// starts with the shipped figures, which are read only then.
    private static func openDatabase(_ path: String, plan: Plan, isShippedPlan: Bool) throws -> SQLiteFigureStore {
        // Why the shipped figures could not be read, if that is why opening failed.
        var seedFailure: CSVImportError?
        let seeding = { () throws -> [FigureEntry] in
            guard isShippedPlan && plan.info.id == shippedPlanID else { return [] }
            do throws(CSVImportError) {
                return try FiguresCSV.read(data: ShippedResources.figures, file: ShippedResources.figuresName, plan: plan).map(FigureEntry.init)
            } catch {
                seedFailure = error
                throw error
            }
        }
        do {
            return try SQLiteFigureStore(path: path, planID: plan.info.id, seeding: seeding)
        } catch {
            if let seedFailure { throw CommandFailure(.software, seedFailure.description) }
            throw CommandFailure(error.isDataError ? .dataError : .ioError, error.message)
        }
    }

    /// The current figures; a store that cannot be read ends the command with its message.
    func figures() throws -> FigureSet {
        try Self.orExit(.ioError) { () throws(StoreError) in try store.figures() }
    }

    /// The as-of year when none is given: the latest year with a figure, else the plan's end.
    /// Pass the figures when the command has them: reading them again costs as much as the
    /// first time (300,000 figures for a large plan).
    func defaultAsOf(_ figures: FigureSet? = nil) -> Int {
        (figures ?? (try? store.figures()))?.latestYear ?? plan.endYear ?? Calendar.current.component(.year, from: Date())
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
