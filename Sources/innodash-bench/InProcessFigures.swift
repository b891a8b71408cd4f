import Foundation
import InnoCore
import InnoStore

/// The figures measured by calling the libraries directly, as the innodash binary does,
/// without a process start in the way.
enum InProcessFigures {
    /// What the plan and its database hold, loaded once for the other measurements.
    struct Loaded {
        var plan: Plan
        var figures: FigureSet
        /// The as-of year innodash opens on: the latest year with a figure.
        var asOf: Int
    }

    static func load(_ workload: Workload) throws -> Loaded {
        let plan = try PlanLoader.load(contentsOf: URL(fileURLWithPath: workload.planPath))
        let store = try SQLiteFigureStore(path: workload.databasePath)
        let figures = try store.figures()
        return Loaded(plan: plan, figures: figures, asOf: figures.latestYear ?? plan.endYear ?? 2025)
    }

    /// Opening the plan file and the database and reading every figure, as a command does.
    static func openAndLoad(_ workload: Workload, runs: Int) throws -> [Double] {
        var count = 0
        let samples = try Measure.repeated(runs) {
            count = try load(workload).figures.count
        }
        guard count > 0 else { throw BenchError("the database of \(workload.name) holds no figures") }
        return samples
    }

    /// The two parts of opening apart: reading the plan file, and opening the database and
    /// reading its figures.
    static func openingHalves(_ workload: Workload, runs: Int) throws -> (plan: [Double], figures: [Double]) {
        let url = URL(fileURLWithPath: workload.planPath)
        var planID = ""
        let plan = try Measure.repeated(runs) {
            planID = try PlanLoader.load(contentsOf: url).info.id
        }
        let figures = try Measure.repeated(runs) {
            _ = (planID, try SQLiteFigureStore(path: workload.databasePath).figures())
        }
        return (plan, figures)
    }

    /// Assessing every target of the plan as of the latest year.
    static func assessAll(_ loaded: Loaded, runs: Int) -> [Double] {
        var assessed = 0
        let samples = Measure.repeated(runs) {
            assessed += Assessor.assess(plan: loaded.plan, figures: loaded.figures, asOf: loaded.asOf).count
        }
        precondition(assessed > 0)
        return samples
    }

    /// The two halves of an import, apart: reading the CSV file (parsing and checking every
    /// row), and writing its figures to a new database in one transaction.
    static func importHalves(_ workload: Workload, runs: Int) throws -> (read: [Double], write: [Double]) {
        let plan = try PlanLoader.load(contentsOf: URL(fileURLWithPath: workload.planPath))
        let url = URL(fileURLWithPath: workload.csvPath)
        var entries: [FigureEntry] = []
        let read = try Measure.repeated(runs, warmUp: 0) {
            entries = try FiguresCSV.read(contentsOf: url, catalog: PlanCatalog([plan])).map(FigureEntry.init)
        }
        let path = workload.directory + "/in-process-import.sqlite"
        var write: [Double] = []
        for _ in 0..<runs {
            for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
            let store = try SQLiteFigureStore(path: path)
            write.append(try Measure.milliseconds { try store.importFigures(entries) })
        }
        for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
        return (read, write)
    }
}
