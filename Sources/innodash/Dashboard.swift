import ArgumentParser

/// `innodash` with no subcommand: the interactive dashboard.
struct Dashboard: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dashboard",
        abstract: "Open the interactive dashboard (the default command)."
    )

    @OptionGroup var global: GlobalOptions

    func run() throws {
        // The terminal dashboard is not built yet; until it is, show the summary.
        var summary = SummaryCommand()
        summary.global = global
        try summary.run()
    }
}
