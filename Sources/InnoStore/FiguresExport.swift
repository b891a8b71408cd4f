import Foundation
import InnoCore

/// The current figures of every series as a file: CSV in the columns of the shipped
/// published figures (which `innodash import` reads back to the same figures), or JSON.
///
/// Series come in the order the plans track them, then by year; series no plan tracks come
/// last, by id. Values are written exactly (`FigureInput.text`), milestones
/// as yes or no, so export → import into an empty database → export gives the same bytes.
/// Texts (target, source, note) that a spreadsheet would run as a formula are guarded as in
/// every CSV innodash writes (`CSVWriter`); import takes the guard off again.
public enum FiguresExport {
    public static func csv(_ figures: FigureSet, catalog: PlanCatalog) -> String {
        var file = CSVWriter(columns: FiguresCSV.columns, lineEnd: .lf)
        for figure in ordered(figures, catalog: catalog) {
            file.append([
                .text(figure.series.region), .text(figure.series.indicator), .number(String(figure.year)),
                .number(FigureInput.text(figure.value, of: catalog.anyTarget(tracking: figure.series))),
                .text(figure.isPreliminary ? "yes" : "no"), .text(figure.source), .text(figure.note),
            ])
        }
        return file.text
    }

    public static func json(_ figures: FigureSet, catalog: PlanCatalog) -> String {
        let entries = ordered(figures, catalog: catalog).map { figure in
            JSONFigure(
                region: figure.series.region, indicator: figure.series.indicator, year: figure.year, value: figure.value, preliminary: figure.isPreliminary,
                revised: figure.isRevised, source: figure.source, note: figure.note,
                enteredAt: figure.enteredAt.map(StoredDate.iso8601)
            )
        }
        let encoder = JSONEncoder()
        // Sorted keys: the same figures always give the same bytes.
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        // Encoding plain values cannot fail; a failure would be a programming error.
        let data = (try? encoder.encode(entries)) ?? Data("[]".utf8)
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    struct JSONFigure: Encodable {
        var region: String
        var indicator: String
        var year: Int
        var value: Double
        var preliminary: Bool
        var revised: Bool
        var source: String
        var note: String
        var enteredAt: String?
    }

    static func ordered(_ figures: FigureSet, catalog: PlanCatalog) -> [Figure] {
        let tracked = catalog.seriesIDs
        let known = Set(tracked)
        return tracked.flatMap { figures.series($0) } + figures.all.filter { !known.contains($0.series) }
    }
}
