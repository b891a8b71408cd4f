import ArgumentParser
import Foundation
import InnoCore
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

    init(_ options: GlobalOptions) throws {
        if options.figures != nil && options.db != nil {
            printError("--figures and --db both name where the figures are; give one of them")
            throw ExitCode(64)
        }
        if let path = options.targets {
            plan = try Self.orExit(65) { () throws(PlanError) in try PlanLoader.load(contentsOf: URL(fileURLWithPath: path), displayName: path) }
            isShippedPlan = false
        } else {
            let url = try ShippedResources.url(for: "targets.json")
            plan = try Self.orExit(65) { () throws(PlanError) in try PlanLoader.load(contentsOf: url, displayName: "the shipped targets.json") }
            isShippedPlan = true
        }
        let plan = self.plan
        if let path = options.figures {
            let figures = try Self.orExit(65) { () throws(CSVImportError) in
                try FiguresCSV.read(contentsOf: URL(fileURLWithPath: path), plan: plan, displayName: path)
            }
            store = InMemoryFigureStore(figures: figures)
            isDatabase = false
        } else {
            var seed: [FigureEntry] = []
            if isShippedPlan && plan.info.id == Self.shippedPlanID {
                let url = try ShippedResources.url(for: "chongqing-published.csv")
                seed = try Self.orExit(70) { () throws(CSVImportError) in
                    try FiguresCSV.read(contentsOf: url, plan: plan, displayName: "the shipped figures")
                }.map(FigureEntry.init)
            }
            let path = options.db ?? Self.defaultDatabase
            do {
                store = try SQLiteFigureStore(path: path, planID: plan.info.id, seed: seed)
            } catch {
                printError(error.message)
                throw ExitCode(error.isDataError ? 65 : 74)
            }
            isDatabase = true
        }
    }

    /// The current figures; a store that cannot be read ends the command with its message.
    func figures() throws -> FigureSet {
        try Self.orExit(74) { () throws(StoreError) in try store.figures() }
    }

    /// The as-of year when none is given: the latest year with a figure, else the plan's end.
    /// Pass the figures when the command has them: reading them again costs as much as the
    /// first time (300,000 figures for a large plan).
    func defaultAsOf(_ figures: FigureSet? = nil) -> Int {
        (figures ?? (try? store.figures()))?.latestYear ?? plan.endYear ?? Calendar.current.component(.year, from: Date())
    }

    /// Ends a command that changes figures when they come from a CSV file (`--figures`),
    /// which is read, never written.
    func requireDatabase(for command: String) throws {
        guard isDatabase else {
            printError("\(command) changes the figures database; --figures only reads a CSV file. Drop --figures (use --db PATH for another database)")
            throw ExitCode(64)
        }
    }

    /// Runs a loader; on failure prints its message and exits with `code`.
    static func orExit<T, E: Error & CustomStringConvertible>(_ code: Int32, _ body: () throws(E) -> T) throws -> T {
        do {
            return try body()
        } catch {
            printError(error.description)
            throw ExitCode(code)
        }
    }
}

/// Prints a message for the user on standard error, prefixed with the program's name
/// (through `Output`, so no control character quoted from a file reaches the terminal).
func printError(_ message: String) {
    Output.error(message)
}
