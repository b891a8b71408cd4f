import ArgumentParser
import InnoCore
import InnoDraw
import InnoUI

/// `innodash check`: for scripts, the targets that are off track, and exit status 1 if any.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "List the targets that are off track; exit status 1 when there is any.",
        discussion: """
            Off track: insufficient-progress, moving-away, missed, or no-deadline-figure (past \
            the deadline without a figure for it). One line per target: id, \
            status code and name. Exit status 0 when no target is off track. With --binding, \
            only binding targets (约束性, "binding": true in the plan) count.
            """
    )

    @Flag(name: .long, help: "Only binding targets (约束性): exit status 1 only when a binding target is off track.")
    var binding = false

    @OptionGroup var global: GlobalOptions

    @OptionGroup var figuresFile: FiguresFileOption

    @OptionGroup var asOf: AsOfOption

    func run() throws {
        let (workspace, figures) = try Workspace.openReadingFigures(global, figures: figuresFile.figures)
        let year = asOf.year ?? workspace.defaultAsOf(figures)
        if binding { workspace.noteWhenNoBindingTarget() }
        let offTrack = Assessor.assess(plan: workspace.plan, figures: figures, asOf: year)
            .filter { $0.status.isOffTrack && (!binding || $0.target.isBinding) }
        guard !offTrack.isEmpty else { return }
        let idWidth = offTrack.map { DisplayWidth.of($0.target.id) }.max() ?? 0
        let codeWidth = offTrack.map { DisplayWidth.of($0.status.code) }.max() ?? 0
        for assessment in offTrack {
            let id = DisplayWidth.pad(assessment.target.id, to: idWidth)
            let code = DisplayWidth.pad(assessment.status.code, to: codeWidth)
            Output.line("\(id)  \(code)  \(SafeText.oneLine(assessment.target.name[global.language]))")
        }
        throw CommandFailure(.offTrack, nil)
    }
}
