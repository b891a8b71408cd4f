import ArgumentParser
import Foundation
import InnoCore
import InnoDraw

/// `innodash plan add|list|remove`: the plans a database holds.
struct PlanCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "plan",
        abstract: "Add, list or remove the plans of the database (figures belong to series and stay).",
        subcommands: [PlanList.self, PlanAdd.self, PlanRemove.self],
        defaultSubcommand: PlanList.self
    )
}

struct PlanList: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: "List the plans, their regions and the series their targets track.")

    @OptionGroup var global: GlobalOptions

    func run() throws {
        let workspace = try Workspace(global)
        let l = global.language
        let stored = (try? workspace.registry?.registeredPlans()) ?? []
        for plan in workspace.catalog.plans {
            let file = stored.first { $0.id == plan.info.id }.map { $0.isShipped ? l.text("shipped", "随程序提供") : $0.file } ?? ""
            let years = [plan.targets.compactMap(\.baseline?.year).min(), plan.endYear].compactMap { $0 }.map(String.init).joined(separator: "–")
            Output.line("\(plan.info.id)  \(SafeText.oneLine(plan.info.title[l]))")
            Output.line("    \(l.text("region", "地区")) \(plan.info.regionID) (\(SafeText.oneLine(plan.info.region[l])))  \(years)  \(plan.targets.count) \(l.text("targets", "项指标"))  \(SafeText.oneLine(file))")
            Output.line("    \(l.text("series", "序列")): " + plan.seriesIDs.map(\.description).joined(separator: ", "))
        }
        if workspace.catalog.plans.isEmpty { Output.line(l.text("no plan yet: innodash plan add FILE", "尚无规划：innodash plan add FILE")) }
    }
}

struct PlanAdd: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "add",
        abstract: "Register a plan file in the database.",
        discussion: """
            Refused, with nothing changed: a plan whose id is registered with other targets \
            (--replace accepts the new version, showing what changes; figures stay), and a \
            target that shares a series with another plan in another unit.
            """
    )

    @OptionGroup var global: GlobalOptions

    @Argument(help: ArgumentHelp("The plan file.", valueName: "file"))
    var file: String

    @Flag(help: "Replace the registered plan with this id by this file's version.")
    var replace = false

    func run() throws {
        var options = global
        options.targets = nil
        let workspace = try Workspace(options)
        guard let registry = workspace.registry else { return }
        let planFile = try Workspace.loadPlanFile(file)
        let id = planFile.plan.info.id
        var catalog = workspace.catalog
        let before = catalog.plan(id: id)
        if before == planFile.plan {
            Output.line("the plan \"\(id)\" is already registered as \(file) has it; nothing to do")
            return
        }
        try PlanAdding.add(planFile, to: registry, catalog: &catalog, replacing: replace)
        if let before {
            Output.line("replaced the plan \"\(id)\" by \(file):")
            for line in PlanChanges.describe(from: before, to: planFile.plan) { Output.line("  " + line) }
        } else {
            let series = planFile.plan.seriesIDs
            Output.line("added the plan \"\(id)\" from \(file): \(planFile.plan.targets.count) targets tracking \(series.count) series (\(series.prefix(6).map(\.description).joined(separator: ", "))\(series.count > 6 ? ", …" : ""))")
        }
    }
}

struct PlanRemove: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "remove", abstract: "Remove a plan from the database; its figures stay in their series.")

    @OptionGroup var global: GlobalOptions

    @Argument(help: ArgumentHelp("The plan's id (`innodash plan list`).", valueName: "id"))
    var id: String

    func run() throws {
        var options = global
        options.targets = nil
        options.plan = nil
        let workspace = try Workspace(options)
        guard let registry = workspace.registry else { return }
        let catalog = workspace.catalog
        let plan = try Workspace.orExit(.dataError) { () throws(InputError) in try catalog.lookUpPlan(id) }
        try Workspace.orExit(.ioError) { () throws(StoreError) in _ = try registry.removePlan(id: id) }
        Output.line("removed the plan \"\(id)\"; the figures of its \(plan.seriesIDs.count) series stay (`innodash plan add FILE` brings the plan back)")
    }
}
