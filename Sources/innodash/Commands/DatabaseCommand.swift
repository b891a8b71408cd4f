import ArgumentParser
import Foundation
import InnoCore
import InnoPostgres
import InnoStore

/// `innodash db`: moving the figures between an SQLite file and a PostgreSQL server.
struct DatabaseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "db",
        abstract: "Move a figures database: from an SQLite file to a team's PostgreSQL server, and back.",
        subcommands: [DatabaseCopyCommand.self]
    )
}

/// `innodash db copy --from X --to Y`: every revision (with its id, time and author), and so
/// every figure, history, undo and redo, and every plan, into an empty database.
struct DatabaseCopyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "copy",
        abstract: "Copy figures, revisions, plans and the scenario exactly into an empty database.",
        discussion: """
            Each side is an SQLite file or a postgres://USER@HOST[:PORT]/DATABASE URL (the password \
            from PGPASSWORD or ~/.pgpass). The target must hold nothing yet (a new file, or a \
            database innodash has not loaded); one that holds figures or plans is refused and left \
            as it is. Revisions copied from SQLite have no author; copied to SQLite, they lose it \
            (an SQLite file keeps none).
            """
    )

    @Option(help: ArgumentHelp("The database to copy: an SQLite file or a postgres:// URL.", valueName: "db"))
    var from: String

    @Option(help: ArgumentHelp("The empty database to copy into: an SQLite file (created) or a postgres:// URL.", valueName: "db"))
    var to: String

    func run() throws {
        if !PostgresLocation.isURL(from), !FileManager.default.fileExists(atPath: from) {
            throw CommandFailure(.ioError, "\(from) does not exist; name the SQLite file (or postgres:// URL) to copy from")
        }
        let source = try Workspace.openDatabase(from, given: { nil }, shipped: try ShippedResources.loadPlans())
        let target: any CopyableStore
        do {
            target = PostgresLocation.isURL(to) ? try PostgresFigureStore(url: to) : try SQLiteFigureStore(path: to)
        } catch {
            throw CommandFailure(error.isDataError ? .dataError : .ioError, error.message)
        }
        let (revisions, plans, scenario) = try Workspace.orExit(.ioError) { () throws(StoreError) in
            (try source.allRevisions(), try source.registeredPlans(), try source.scenario())
        }
        try Workspace.orExit(.ioError) { () throws(StoreError) in
            guard try target.isEmpty() else { throw StoreError("\(to) already holds figures or plans; copy into an empty database (nothing was changed)") }
            try target.appendCopy(of: revisions, plans: plans, scenario: scenario)
        }
        let figures = try Workspace.orExit(.ioError) { () throws(StoreError) in try target.figures().count }
        let what = scenario.count == 0 ? "" : ", \(scenario.count) scenario figure\(scenario.count == 1 ? "" : "s")"
        Output.line("copied \(revisions.count) revision\(revisions.count == 1 ? "" : "s") (\(figures) figure\(figures == 1 ? "" : "s"))\(what) and \(plans.count) plan\(plans.count == 1 ? "" : "s") from \(from) to \(to)")
    }
}
