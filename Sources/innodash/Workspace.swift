import ArgumentParser
import Foundation
import InnoCore
import InnoStore

/// What a command works on: the plan and its figures, loaded once from the options.
struct Workspace {
    var plan: Plan
    var figures: FigureSet
    var isShippedPlan: Bool

    init(_ options: GlobalOptions) throws {
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
            figures = FigureSet(try Self.orExit(65) { () throws(CSVImportError) in
                try FiguresCSV.read(contentsOf: URL(fileURLWithPath: path), plan: plan, displayName: path)
            })
        } else if isShippedPlan {
            let url = try ShippedResources.url(for: "chongqing-published.csv")
            figures = FigureSet(try Self.orExit(70) { () throws(CSVImportError) in
                try FiguresCSV.read(contentsOf: url, plan: plan, displayName: "the shipped figures")
            })
        } else {
            figures = FigureSet()
        }
    }

    /// The as-of year when none is given: the latest year with a figure, else the plan's end.
    var defaultAsOf: Int {
        figures.latestYear ?? plan.endYear ?? Calendar.current.component(.year, from: Date())
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

/// Prints a message for the user on standard error, prefixed with the program's name.
func printError(_ message: String) {
    FileHandle.standardError.write(Data("innodash: \(message)\n".utf8))
}
