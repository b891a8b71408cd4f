import ArgumentParser
import Foundation
import InnoCore
import InnoStore
import InnoText
import InnoUI

/// `innodash figures-from TEXT`: figures for the plan's targets proposed from a bulletin
/// or news text; saved only with --accept.
struct FiguresFromCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "figures-from",
        abstract: "Propose figures for the plan's targets from a bulletin or news text; --accept saves them.",
        discussion: """
            One line per proposal: target, year, value, what the database holds (new, equal, or \
            revision of the stored value), and the sentence it comes from. A figure goes to the \
            target whose Chinese name or alias (the plan's `aliases`) the sentence names, every word \
            counted; a sentence about another region (全国 for a city's plan) is passed over. A doubtful \
            match says why and is never saved by --accept: record it with `innodash record` if it is right. \
            A change (比上年提高0.2个百分点) gives the derived figure of the year before, with a note. \
            Nothing is saved without --accept, which saves the new figures and revisions as one change \
            (`innodash undo` takes it back). Exit status 1 when the text gives no figure for the plan.
            """
    )

    @OptionGroup var global: GlobalOptions

    @Argument(help: ArgumentHelp("The bulletin or news text: a .txt or .html file.", valueName: "text"))
    var file: String

    @Option(help: ArgumentHelp("The year of the figures when a sentence does not say.", valueName: "year"))
    var year: Int?

    @Option(help: ArgumentHelp("The publication, put before each sentence in the figures' source.", valueName: "text"))
    var source: String?

    @Flag(help: "Save the proposals that are not doubtful, as one change.")
    var accept = false

    @Flag(help: "Open the dashboard on the proposals: accept or skip each (doubtful ones too), then save the accepted as one change.")
    var review = false

    func validate() throws {
        if accept && review { throw ValidationError("--accept and --review both say what to save; give one of them") }
        if let year, !FigureInput.acceptedYears.contains(year) {
            throw ValidationError("--year \(year) is outside the years innodash accepts; expected \(FigureInput.acceptedYears.lowerBound) to \(FigureInput.acceptedYears.upperBound)")
        }
    }

    func run() throws {
        if review { try Dashboard.checkTerminal() }
        let decoded = try TextInput.read(file)
        let workspace = try Workspace(global)
        let figures = try workspace.figures()
        // Every plan of the database (or --plan's): a sentence about 全国 goes to the national
        // plan's series, one about 全市 to the city's; a series two plans track is read once.
        let plans = workspace.askedPlanID == nil ? workspace.catalog.plans : [workspace.plan]
        var found: [(plan: Plan, proposal: FigureProposal)] = []
        var skipped: [String] = []
        var seen: [String: Int] = [:]  // series and year: where in `found`
        for plan in plans {
            let reading = FigureReader.read(decoded.text, plan: plan, year: year) { id, year in
                plan.target(id: id).flatMap { figures.figure($0.series, year: year)?.value }
            }
            for proposal in reading.proposals {
                guard let series = plan.target(id: proposal.targetID)?.series else { continue }
                let key = "\(series) \(proposal.year)"
                if let index = seen[key] {
                    // One proposal a series and year: a sure match over a doubtful one.
                    if found[index].proposal.isDoubtful && !proposal.isDoubtful { found[index] = (plan, proposal) }
                    continue
                }
                seen[key] = found.count
                found.append((plan, proposal))
            }
            skipped += reading.skipped.filter { !skipped.contains($0) }
        }
        for line in skipped where !found.contains(where: { line.hasPrefix($0.proposal.sentence) }) {
            Output.progress("skipped: " + line)
        }
        guard !found.isEmpty else {
            let which = plans.count == 1 ? "the targets of \(plans[0].info.id)" : "the targets of any plan"
            throw CommandFailure(.offTrack, "\(file): no figure found for \(which): no sentence names a target (or its aliases) with a value; nothing saved")
        }
        var updates: [FigureUpdate] = []
        var rows: [ReviewState.Row] = []
        for (plan, proposal) in found {
            let target = plan.target(id: proposal.targetID)
            let series = target?.series ?? SeriesID(region: plan.info.regionID, indicator: proposal.targetID)
            let stored = figures.figure(series, year: proposal.year)
            let state: String
            if let stored {
                state = stored.value == proposal.value ? "equal" : "revision of \(FigureInput.text(stored.value, of: target))"
            } else {
                state = "new"
            }
            let named = plans.count == 1 ? proposal.targetID : "\(plan.info.id)/\(proposal.targetID)"
            var line = "\(named)  \(proposal.year)  \(FigureInput.text(proposal.value, of: target))  \(state)"
            if proposal.isDoubtful { line += "  doubtful: " + proposal.doubts.joined(separator: "; ") }
            if let note = proposal.note { line += "  note: " + note }
            line += "  「\(proposal.sentence)」"
            let sentence = proposal.sentence
            let update = FigureUpdate(series: series, year: proposal.year, value: proposal.value,
                                      source: source.map { "\($0): \(sentence)" } ?? sentence, note: proposal.note)
            rows.append(ReviewState.Row(targetID: proposal.targetID, update: update, stored: stored?.value, sentence: sentence, doubts: proposal.doubts))
            if review { continue }
            Output.line(line)
            if !proposal.isDoubtful, state != "equal" { updates.append(update) }
        }
        if review {
            let year = rows.map(\.update.year).max() ?? workspace.defaultAsOf(figures)
            try Dashboard.show(workspace, figures: figures, asOf: max(year, workspace.defaultAsOf(figures)), language: global.language,
                               ascii: false, noColor: false) { state in
                state.review = ReviewState(file: file, rows: rows)
                state.screen = .review
            }
            return
        }
        guard accept else {
            if !updates.isEmpty { Output.progress("nothing saved: `--accept` saves the \(updates.count) that are new or revise a figure and are not doubtful") }
            return
        }
        let store = workspace.store
        let written = try Workspace.orExit(.ioError) { () throws(StoreError) in try store.importFigures(updates) }
        guard !written.isEmpty else {
            Output.line("saved nothing: every figure is already in the database")
            return
        }
        let added = written.count { $0.oldValue == nil }
        Output.line("saved \(written.count) figure\(written.count == 1 ? "" : "s") as one change: \(added) new, \(written.count - added) revised; `innodash undo` takes it back")
    }
}
