import ArgumentParser
import InnoCore
import InnoDraw
import InnoUI

/// `innodash history TARGET [YEAR]`: the revision log of a target, oldest first.
struct HistoryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "history",
        abstract: "Show every change to a target's figures: when, what, old and new value, source.",
        discussion: "Nothing entered is ever lost: each revision, delete, import, undo and redo is listed here."
    )

    @OptionGroup var global: GlobalOptions

    @Argument(help: ArgumentHelp("The target's id, such as rd_gdp (looked up in every plan unless --plan names one), or a series, such as china/rd_intensity.", valueName: "target"))
    var target: String

    @Argument(help: ArgumentHelp("Only this year's figure.", valueName: "year"))
    var year: String?

    func run() throws {
        let workspace = try Workspace(global)
        let (series, target) = try workspace.lookUpSeries(self.target)
        let year = try self.year.map { text in try Workspace.orExit(.dataError) { () throws(InputError) in try FigureInput.year(text) } }
        let store = workspace.store
        let log = try Workspace.orExit(.ioError) { () throws(StoreError) in try store.history(series: series, year: year) }
        let language = global.language
        let unit = target.unit.map { " (\($0[language]))" } ?? ""
        Output.line("\(series): \(SafeText.oneLine(target.name[language]))\(SafeText.oneLine(unit))")
        guard !log.isEmpty else {
            Output.line(year.map { "no figure has been recorded for \($0) yet" } ?? "no figure has been recorded yet")
            return
        }
        Output.line(HistoryTable.render(log, target: target))
    }
}

/// The revision log as a table aligned by display width (sources are often Chinese), with
/// each note on a line of its own under its row. A source or note is shown on one line
/// (its line breaks as spaces), so that it cannot break the table. A store that knows who
/// made each change (a team database on PostgreSQL) adds the column "by".
enum HistoryTable {
    static func render(_ log: [Revision], target: Target) -> String {
        let showsAuthor = log.contains { $0.author != nil }
        let header = ["#", "time", "year", "action", "old → new", "remark"] + (showsAuthor ? ["by"] : []) + ["source"]
        // A redo row names the undo it reverses; what the analyst wants is the change made
        // again, which that undo row names.
        let undoneBy = Dictionary(log.filter { $0.action == .undo }.map { ($0.change, $0.undoes) }, uniquingKeysWith: { first, _ in first })
        let rows = log.map { revision -> [String] in
            let change = "\(ChangeText.value(revision.oldValue, of: target)) → \(ChangeText.value(revision.newValue, of: target))"
            var remarks: [String] = []
            if revision.newValue != nil && revision.isPreliminary { remarks.append("preliminary") }
            if let undoes = revision.undoes {
                if revision.action == .undo {
                    remarks.append("undoes #\(undoes)")
                } else if let redone = undoneBy[undoes] ?? nil {
                    remarks.append("redoes #\(redone)")
                } else {
                    remarks.append("reverses undo #\(undoes)")
                }
            }
            return [String(revision.id), ChangeText.time(revision.at), String(revision.year), revision.action.rawValue,
                    change, remarks.joined(separator: ", ")] + (showsAuthor ? [SafeText.oneLine(revision.author ?? "-")] : [])
                + [SafeText.oneLine(revision.source)]
        }
        let widths = header.indices.map { column in
            ([header] + rows).map { DisplayWidth.of($0[column]) }.max() ?? 0
        }
        let sourceColumn = widths.dropLast().reduce(0) { $0 + $1 + 2 }
        func line(_ cells: [String]) -> String {
            let padded = cells.enumerated().map { column, cell in
                column == cells.count - 1 ? cell : DisplayWidth.pad(cell, to: widths[column], alignRight: column == 0)
            }
            return padded.joined(separator: "  ").trimmingTrailingSpaces()
        }
        var lines = [line(header)]
        for (revision, row) in zip(log, rows) {
            lines.append(line(row))
            if !revision.note.isEmpty && revision.newValue != nil {
                lines.append(String(repeating: " ", count: sourceColumn) + "note: " + SafeText.oneLine(revision.note))
            }
        }
        return lines.joined(separator: "\n")
    }
}

private extension String {
    func trimmingTrailingSpaces() -> String {
        var text = self
        while text.last == " " { text.removeLast() }
        return text
    }
}
