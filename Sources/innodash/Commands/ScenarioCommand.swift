import ArgumentParser
import Foundation
import InnoCore
import InnoDraw

/// `innodash scenario list|set|clear`: what-if figures for future years, kept apart from
/// the official ones (never exported, never in the revision log), and the status each
/// target would have with them.
struct ScenarioCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "scenario",
        abstract: "What if: figures for years without an official one, and the status the targets would have.",
        discussion: "The dashboard's entry grid types them too (w). They are never exported as official figures.",
        subcommands: [ScenarioList.self, ScenarioSet.self, ScenarioClear.self],
        defaultSubcommand: ScenarioList.self
    )
}

struct ScenarioList: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: "List the scenario's figures and the status of each target with and without them.")

    @OptionGroup var global: GlobalOptions
    @OptionGroup var asOf: AsOfOption

    func run() throws {
        let (workspace, figures) = try Workspace.openReadingFigures(global)
        let store = workspace.store
        let scenario = try Workspace.orExit(.ioError) { () throws(StoreError) in try store.scenario() }
        let l = global.language
        guard scenario.count > 0 else {
            Output.line(l.text("the scenario is empty: `innodash scenario set TARGET YEAR VALUE`, or w in the entry grid", "情景为空：`innodash scenario set TARGET YEAR VALUE`，或在录入表中按 w"))
            return
        }
        for figure in scenario.all {
            let target = workspace.catalog.anyTarget(tracking: figure.series)
            let official = figures.figure(figure.series, year: figure.year) != nil ? l.text("  (an official figure came out: it counts)", "  （已有正式数据，以正式数据为准）") : ""
            Output.line("\(figure.series) \(figure.year): \(FigureInput.text(figure.value, of: target))\(official)")
        }
        let year = asOf.year ?? workspace.defaultAsOf(figures)
        for plan in workspace.askedPlanID == nil ? workspace.catalog.plans : [workspace.plan] {
            for target in plan.targets {
                guard let with = ScenarioAssessment.assess(target, figures: figures, scenario: scenario, asOf: year) else { continue }
                let without = Assessor.assess(target, in: figures, asOf: year)
                Output.line("\(plan.info.id)/\(target.id): \(without.status.word(l)) (\(year)) → " + l.text("with the scenario", "按情景") + " \(with.status.word(l)) (\(with.asOf))"
                            + (with.midterm.map { ", " + $0.word(l) } ?? ""))
            }
        }
    }
}

struct ScenarioSet: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "set", abstract: "Set a scenario figure (a year without an official figure).")

    @OptionGroup var global: GlobalOptions

    @Argument(help: ArgumentHelp("The target's id or a series, as for record.", valueName: "target"))
    var target: String
    @Argument(help: ArgumentHelp("The year.", valueName: "year"))
    var year: String
    @Argument(help: ArgumentHelp("The what-if value.", valueName: "value"))
    var value: String

    func run() throws {
        let workspace = try Workspace(global)
        let (series, target) = try workspace.lookUpSeries(self.target)
        let year = try Workspace.orExit(.dataError) { () throws(InputError) in try FigureInput.year(self.year) }
        let value = try Workspace.orExit(.dataError) { () throws(InputError) in try FigureInput.value(self.value, for: target) }
        let store = workspace.store
        if try Workspace.orExit(.ioError, { () throws(StoreError) in try store.entry(series: series, year: year) }) != nil {
            throw CommandFailure(.dataError, "\(series) \(year) has an official figure; a scenario figure is for a year without one")
        }
        try Workspace.orExit(.ioError) { () throws(StoreError) in try store.setScenario(series: series, year: year, value: value) }
        Output.line("scenario: \(series) \(year): \(FigureInput.text(value, of: target)) (what if; not an official figure)")
    }
}

struct ScenarioClear: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "clear", abstract: "Clear the whole scenario (official figures stay).")

    @OptionGroup var global: GlobalOptions

    func run() throws {
        let workspace = try Workspace(global)
        let store = workspace.store
        let cleared = try Workspace.orExit(.ioError) { () throws(StoreError) in try store.clearScenario() }
        Output.line("cleared \(cleared) scenario figure\(cleared == 1 ? "" : "s"); the official figures are as they were")
    }
}
