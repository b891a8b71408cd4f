import ArgumentParser

/// `innodash`: the dashboard with no subcommand, and the commands for scripts. Its `main()`
/// is in CommandLineEntry.swift.
@main
struct Innodash: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "innodash",
        abstract: "Track innovation-policy targets against yearly figures, and flag the gaps.",
        discussion: """
            With no subcommand, opens the dashboard on the plan and figures. The shipped plan is \
            Chongqing's 2015-2020 innovation-driven development plan.
            """,
        subcommands: [
            Dashboard.self, SummaryCommand.self, RecordCommand.self, HistoryCommand.self, UndoCommand.self, RedoCommand.self,
            ImportCommand.self, ExportCommand.self, CheckCommand.self, ValidateCommand.self, DraftCommand.self, FiguresFromCommand.self,
        ],
        defaultSubcommand: Dashboard.self
    )
}
