import Foundation
import InnoCore

/// The current figures as a file: CSV in the columns of the shipped published figures
/// (which `innodash import` reads back to the same figures), or JSON.
///
/// Figures come in the plan's target order, then by year; figures of targets the plan no
/// longer has come last, by id. Values are written exactly (`FigureInput.text`), milestones
/// as yes or no, so export → import into an empty database → export gives the same bytes.
/// Texts (target, source, note) that a spreadsheet would run as a formula are guarded as in
/// every CSV innodash writes (`CSVWriter`); import takes the guard off again.
public enum FiguresExport {
    public static func csv(_ figures: FigureSet, plan: Plan) -> String {
        var file = CSVWriter(columns: FiguresCSV.columns, lineEnd: .lf)
        for figure in ordered(figures, plan: plan) {
            file.append([
                .text(figure.targetID), .number(String(figure.year)), .number(FigureInput.text(figure.value, of: plan.target(id: figure.targetID))),
                .text(figure.isPreliminary ? "yes" : "no"), .text(figure.source), .text(figure.note),
            ])
        }
        return file.text
    }

    public static func json(_ figures: FigureSet, plan: Plan) -> String {
        let entries = ordered(figures, plan: plan).map { figure in
            JSONFigure(
                target: figure.targetID, year: figure.year, value: figure.value, preliminary: figure.isPreliminary,
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
        var target: String
        var year: Int
        var value: Double
        var preliminary: Bool
        var revised: Bool
        var source: String
        var note: String
        var enteredAt: String?
    }

    static func ordered(_ figures: FigureSet, plan: Plan) -> [Figure] {
        let planned = plan.targets.flatMap { figures.series($0.id) }
        let known = Set(plan.targets.map(\.id))
        return planned + figures.all.filter { !known.contains($0.targetID) }
    }
}
