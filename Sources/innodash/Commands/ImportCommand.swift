import ArgumentParser
import Foundation
import InnoCore
import InnoStore

/// `innodash import FILE.csv`: loads a file of figures as one change, all or nothing.
struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Load figures from a CSV file, all or nothing, as one change.",
        discussion: """
            Columns: region,indicator,year,value,preliminary,source,note (region, indicator, year and \
            value are required; a column left out keeps the stored source, note or flag of a figure \
            the file revises), as `innodash export` writes them. Files of the first release, \
            target,year,value,..., still import: each target id is looked up in every plan (or in \
            --plan). A later row for the same series and year revises an earlier one. One bad row and nothing is imported: the message names the line, the \
            column and why. `innodash undo` takes the whole import back.
            """
    )

    @OptionGroup var global: GlobalOptions

    @Argument(help: ArgumentHelp("The CSV file (UTF-8).", valueName: "file.csv"))
    var file: String

    /// Files with at least this many rows say that they are being imported.
    static let largeImport = 10_000

    func run() throws {
        let workspace = try Workspace(global)
        let catalog = workspace.catalog, planID = workspace.askedPlanID
        let figures = try Workspace.orExit(.dataError) { () throws(CSVImportError) in
            try FiguresCSV.updates(contentsOf: URL(fileURLWithPath: file), catalog: catalog, inPlan: planID, displayName: file)
        }
        if figures.count >= Self.largeImport {
            Output.progress("importing \(figures.count) figures from \(file)…")
        }
        let store = workspace.store
        let rows = try Workspace.orExit(.ioError) { () throws(StoreError) in try store.importFigures(figures) }
        let added = rows.count { $0.oldValue == nil }
        let revised = rows.count - added
        let unchanged = figures.count - rows.count
        var summary = "imported \(rows.count) figure\(rows.count == 1 ? "" : "s") from \(file): \(added) new, \(revised) revised"
        if revised > 0 { summary += " (\(ChangeText.changedParts(of: rows)))" }
        if unchanged > 0 { summary += ", \(unchanged) unchanged" }
        if !rows.isEmpty { summary += "; `innodash undo` takes the whole import back" }
        Output.line(summary)
    }
}
