import ArgumentParser
import Foundation
import InnoCore

/// `innodash validate [FILE]`: checks a plan file without opening any figures.
struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Check a plan file: every rule of the plan format, without opening any figures.",
        discussion: """
            Prints "ok: N targets in M groups", or what is wrong and where (the JSON path of the \
            field, or the line and column of a syntax error) with exit status 65. Without FILE, \
            checks the plan given with --targets, else the shipped plan.
            """
    )

    @OptionGroup var global: GlobalOptions

    @Argument(help: ArgumentHelp("The plan file to check (default: --targets, else the shipped targets.json).", valueName: "file"))
    var file: String?

    func run() throws {
        let plan = try Workspace.orExit(.dataError) { () throws(PlanError) in
            if let path = file ?? global.targets {
                try PlanLoader.load(contentsOf: URL(fileURLWithPath: path), displayName: path)
            } else {
                try PlanLoader.load(data: ShippedResources.plans[0].content, file: ShippedResources.plans[0].name)
            }
        }
        let targets = plan.targets.count
        let groups = plan.groups.count
        Output.line("ok: \(targets) target\(targets == 1 ? "" : "s") in \(groups) group\(groups == 1 ? "" : "s")")
    }
}
