import ArgumentParser
import Foundation
import InnoCore
import InnoDraw
import InnoReport

/// `innodash compare INDICATOR`: one indicator in every region that has a series of it, on
/// one chart and in one table, with the gap to the reference region each year and whether
/// it narrows.
struct CompareCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "compare",
        abstract: "Compare an indicator across regions: figures, the gap to the nation each year, and whether it narrows.",
        discussion: """
            The regions are those whose series of the indicator some plan tracks (rd_intensity: \
            chongqing and china). The gap is each region's figure minus the reference region's \
            (--against, default china). Formats as for `summary`.
            """
    )

    @OptionGroup var global: GlobalOptions

    @Argument(help: ArgumentHelp("The indicator, such as rd_intensity (or a series, chongqing/rd_intensity, or a target id).", valueName: "indicator"))
    var indicator: String

    @Option(help: ArgumentHelp("The region the others are measured against (default: china, else the first region).", valueName: "region"))
    var against: String?

    @Option(help: ArgumentHelp("Output format.", valueName: "format"))
    var format: SummaryFormat = .text

    @OptionGroup var asOf: AsOfOption

    @Option(parsing: .unconditional, help: ArgumentHelp("Width in columns of text, ansi, svg and html (default: 100; text: the terminal's, or 80).", valueName: "n"))
    var width: Int?

    @OptionGroup var file: OutputFileOptions

    @Flag(help: "Draw with ASCII characters only.")
    var ascii = false

    func validate() throws {
        if let width, !(ComparisonView.minimumWidth...1000).contains(width) {
            throw ValidationError("--width \(width) is out of range; expected \(ComparisonView.minimumWidth) to 1000 columns")
        }
    }

    func run() throws {
        let (workspace, figures) = try Workspace.openReadingFigures(global)
        let catalog = workspace.catalog
        let indicator = try Self.indicator(named: self.indicator, in: workspace)
        let regions = catalog.regions(of: indicator)
        guard regions.count >= 2 else {
            let other = Dictionary(grouping: catalog.seriesIDs, by: \.indicator).filter { $0.value.count >= 2 }.keys.sorted()
            throw CommandFailure(.dataError, "only \(regions.first ?? "no region") has a series of \(indicator); a comparison needs two regions" + (other.isEmpty ? "" : " (indicators in several regions: \(other.joined(separator: ", ")))"))
        }
        let reference = against ?? (regions.contains("china") ? "china" : regions[0])
        guard regions.contains(reference) else {
            throw CommandFailure(.usage, "--against \(reference): no series of \(indicator) in that region; the regions: \(regions.joined(separator: ", "))")
        }
        let target = catalog.anyTarget(tracking: SeriesID(region: reference, indicator: indicator))!
        let year = asOf.year ?? regions.compactMap { figures.series(SeriesID(region: $0, indicator: indicator)).last?.year }.max() ?? workspace.defaultAsOf(figures)
        let comparison = RegionComparison(indicator: indicator, regions: regions.map { ($0, catalog.regionName($0)) }, reference: reference,
                                          target: target, figures: figures, asOf: year)
        let view = ComparisonView(comparison: comparison, language: global.language, glyphs: ascii ? .ascii : .unicode)
        let text = ComparisonExport(view: view).render(format, width: width ?? defaultWidth, colour: !SummaryCommand.noColor)
        if !file.isStandardOutput {
            try file.write(text, keeping: workspace.keptFiles)
        } else if format == .ansi {
            Output.writeStyled(text)
        } else {
            Output.write(text)
        }
    }

    /// The indicator a command names: an indicator id some plan tracks, a series, or a
    /// target id (its series' indicator).
    static func indicator(named typed: String, in workspace: Workspace) throws -> String {
        let known = Set(workspace.catalog.seriesIDs.map(\.indicator))
        if known.contains(typed) { return typed }
        do {
            return try workspace.lookUpSeries(typed).series.indicator
        } catch {
            let nearest = nearestName(to: typed, among: known.sorted())
            throw CommandFailure(.dataError, "no plan tracks an indicator or target \(Quote.of(typed))" + (nearest.map { "; did you mean \"\($0)\"?" } ?? "; the indicators: " + known.sorted().joined(separator: ", ")))
        }
    }

    var defaultWidth: Int {
        guard format == .text else { return 100 }
        guard file.isStandardOutput else { return 80 }
        return TerminalSize.columns() ?? 80
    }
}
