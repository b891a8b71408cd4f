import ArgumentParser
import InnoCore

/// `innodash redo`: makes again the latest undone change.
struct RedoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "redo",
        abstract: "Make again the latest change that was undone.",
        discussion: "Redo is possible until another change is made after the undo, as in an editor."
    )

    @OptionGroup var global: GlobalOptions

    func run() throws {
        let workspace = try Workspace(global)
        let store = workspace.store
        guard let redo = try Workspace.orExit(.ioError, { () throws(StoreError) in try store.redo() }) else {
            Output.line("nothing to redo")
            return
        }
        let rows = try Workspace.orExit(.ioError) { () throws(StoreError) in try store.revisions(inChange: redo.change) }
        Output.line("redone: " + ChangeText.describe(change: rows, catalog: workspace.catalog))
    }
}
