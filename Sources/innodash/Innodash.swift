import ArgumentParser

/// `innodash`: the dashboard with no subcommand, and the commands for scripts. Its `main()`
/// is in CommandLineEntry.swift.
@main
struct Innodash: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "innodash",
        abstract: "Track innovation-policy targets against yearly figures, and flag the gaps.",
        discussion: """
            With no subcommand, opens the dashboard on the plans and figures. A new database holds \
            the shipped plans: Chongqing's 2015-2020 innovation-driven development plan, China's \
            14th Five-Year Plan innovation targets and Chongqing's 14th-plan S&T target, with \
            their published figures.
            """,
        subcommands: [
            Dashboard.self, SummaryCommand.self, RecordCommand.self, HistoryCommand.self, UndoCommand.self, RedoCommand.self,
            ImportCommand.self, ExportCommand.self, CheckCommand.self, ValidateCommand.self, PlanCommand.self, CompareCommand.self,
            DraftCommand.self, FiguresFromCommand.self, ScenarioCommand.self, ChangesCommand.self,
            DatabaseCommand.self,
        ],
        defaultSubcommand: Dashboard.self
    )
}
