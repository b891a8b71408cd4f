import ArgumentParser
import InnoCore

/// `innodash undo`: takes back the latest change (a whole import at once).
struct UndoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "undo",
        abstract: "Take back the latest change to the figures (a whole import at once).",
        discussion: "The undo is itself recorded in the history; `innodash redo` makes the change again. Works across restarts."
    )

    @OptionGroup var global: GlobalOptions

    func run() throws {
        let workspace = try Workspace(global)
        let store = workspace.store
        guard let undo = try Workspace.orExit(.ioError, { () throws(StoreError) in try store.undo() }) else {
            Output.line("nothing to undo")
            return
        }
        let rows = try Workspace.orExit(.ioError) { () throws(StoreError) in try store.revisions(inChange: undo.change) }
        Output.line("undone: " + ChangeText.describe(change: rows, catalog: workspace.catalog))
    }
}
