import ArgumentParser
import Foundation
import InnoCore
import InnoText

/// `innodash draft PLAN_TEXT`: a draft plan file read from a policy text, for the analyst
/// to review.
struct DraftCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "draft",
        abstract: "Draft a plan file from a policy text (UTF-8 or GB18030, plain or HTML).",
        discussion: """
            Every clause that states a quantity to reach or a milestone to achieve becomes a target, \
            with its words as the quote, the comparator read from the wording (超过 >, 达到/以上 >=, \
            以下/不超过 <=), the value and unit as written and the deadline (到2020年; 年内: the year \
            of the text's date; none: the nearest earlier time phrase of the paragraph, else the \
            text's last year). Each doubtful reading is in the target's note and on standard error. \
            Ids are suggestions and English names are left to fill in; check the draft with \
            `innodash validate FILE` once reviewed. Exit status 1 when the text states no target.
            """
    )

    @Argument(help: ArgumentHelp("The policy text: a .txt or .html file.", valueName: "plan-text"))
    var file: String

    @Option(help: ArgumentHelp("The year of the text, for 年内 (this year) when the text has no date.", valueName: "year"))
    var year: Int?

    @OptionGroup var output: OutputFileOptions

    func validate() throws {
        if let year, !FigureInput.acceptedYears.contains(year) {
            throw ValidationError("--year \(year) is outside the years innodash accepts; expected \(FigureInput.acceptedYears.lowerBound) to \(FigureInput.acceptedYears.upperBound)")
        }
    }

    func run() throws {
        let decoded = try TextInput.read(file)
        let currentYear = year ?? Calendar(identifier: .gregorian).component(.year, from: Date())
        let draft = PlanDrafter.draft(decoded.text, document: (file as NSString).lastPathComponent, currentYear: currentYear, textYear: year)
        guard !draft.targets.isEmpty else {
            throw CommandFailure(.offTrack, "\(file): no target found: no sentence states a quantity to reach or a milestone by a year; nothing written")
        }
        for doubt in draft.doubts { Output.progress("note: " + doubt) }
        let text = DraftPlanJSON.text(draft)
        if output.isStandardOutput {
            Output.write(text)
        } else {
            try output.write(text, keeping: [])
            let years = draft.deadlines.map(String.init).joined(separator: ", ")
            Output.progress("wrote \(draft.targets.count) draft target\(draft.targets.count == 1 ? "" : "s") (due \(years)) to \(output.output!); review each, fill in the English names, then `innodash validate \(output.output!)`")
        }
    }
}
