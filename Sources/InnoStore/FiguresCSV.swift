import Foundation
import InnoCore

/// Why a CSV file of figures was refused: the line, the column and the reason.
public struct CSVImportError: Error, Sendable, Equatable, CustomStringConvertible {
    public var file: String
    public var line: Int?
    public var column: String?
    public var message: String

    public init(file: String, line: Int? = nil, column: String? = nil, message: String) {
        self.file = file
        self.line = line
        self.column = column
        self.message = message
    }

    public var description: String {
        var place = file
        if let line { place += ":\(line)" }
        if let column { place += " (column \(column))" }
        return "\(place): \(message)"
    }
}

/// Reads files of figures in the form of the shipped published figures:
/// `region,indicator,year,value,preliminary,source,note`, one row per published figure,
/// oldest publication first (a later row for the same series and year is a revision). Files
/// of the first release, `target,year,...`, still read: each target id is looked up in every
/// plan (`PlanCatalog.lookUpTarget`). Quotes are read strictly (`CSVRows`); the texts lose
/// the guard against formulas that the figures export puts on them (`FormulaGuard`).
public enum FiguresCSV {
    public static let columns = ["region", "indicator", "year", "value", "preliminary", "source", "note"]
    /// The columns of the first release's files, which name a target instead of a series.
    public static let targetColumns = ["target", "year", "value", "preliminary", "source", "note"]
    static let requiredColumns = ["region", "indicator", "year", "value"]
    static let requiredTargetColumns = ["target", "year", "value"]
    /// The largest file read: a million figures take about 50 MB.
    public static let maximumFileSize = 256 * 1_048_576

    /// Reads every row or none: the first bad row stops the read with its line and column.
    /// A column the file leaves out gives no source, no note, final.
    public static func read(contentsOf url: URL, catalog: PlanCatalog, inPlan planID: String? = nil, displayName: String? = nil) throws(CSVImportError) -> [Figure] {
        try updates(contentsOf: url, catalog: catalog, inPlan: planID, displayName: displayName).map(figure)
    }

    public static func read(data: Data, file: String, catalog: PlanCatalog, inPlan planID: String? = nil) throws(CSVImportError) -> [Figure] {
        try updates(data: data, file: file, catalog: catalog, inPlan: planID).map(figure)
    }

    /// Reads every row or none, as updates for an import: a column the file leaves out
    /// (`source`, `note`, `preliminary`) is nil in every update, and keeps what is stored.
    public static func updates(contentsOf url: URL, catalog: PlanCatalog, inPlan planID: String? = nil, displayName: String? = nil) throws(CSVImportError) -> [FigureUpdate] {
        let name = displayName ?? url.path
        let data: Data
        do {
            data = try FileContents.read(url.path, atMost: maximumFileSize)
        } catch {
            throw CSVImportError(file: name, message: "cannot read the file (\(error.reason)); check the path and that it is readable")
        }
        return try updates(data: data, file: name, catalog: catalog, inPlan: planID)
    }

    public static func updates(data: Data, file: String, catalog: PlanCatalog, inPlan planID: String? = nil) throws(CSVImportError) -> [FigureUpdate] {
        guard var text = String(validating: data, as: UTF8.self) else {
            let line = invalidUTF8Line(data)
            throw CSVImportError(file: file, line: line, message: "the text is not UTF-8; save the file as UTF-8 (CSV UTF-8 in a spreadsheet)")
        }
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        var reader = CSVRows(text)
        func nextRow(_ header: [String]?) throws(CSVImportError) -> [String]? {
            do {
                return try reader.next()
            } catch {
                if error.line == 1, let other = otherShape(text, file: file) { throw other }
                throw syntaxError(error, file: file, header: header)
            }
        }
        guard let headerRow = try nextRow(nil) else {
            throw CSVImportError(file: file, line: 1, message: "no header row; expected the columns \(columns.joined(separator: ","))")
        }
        let header = headerRow.map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
        let namesTargets = header.contains("target") && !header.contains("region") && !header.contains("indicator")
        for column in namesTargets ? requiredTargetColumns : requiredColumns where !header.contains(column) {
            if let other = otherShape(text, file: file) { throw other }
            throw CSVImportError(file: file, line: 1, column: column, message: "the column \"\(column)\" is missing; expected the columns \(columns.joined(separator: ",")) (or, as files of the first release, \(targetColumns.joined(separator: ",")))")
        }
        // Where each column is, found once rather than for every row.
        let targetColumn = header.firstIndex(of: "target"), yearColumn = header.firstIndex(of: "year")
        let regionColumn = header.firstIndex(of: "region"), indicatorColumn = header.firstIndex(of: "indicator")
        let valueColumn = header.firstIndex(of: "value"), preliminaryColumn = header.firstIndex(of: "preliminary")
        let sourceColumn = header.firstIndex(of: "source"), noteColumn = header.firstIndex(of: "note")
        /// A field of the row ("" past its end).
        func field(_ row: [String], _ column: Int) -> String {
            column < row.count ? row[column] : ""
        }
        /// A text field, without the guard against formulas that the figures export puts on it.
        func textField(_ row: [String], _ column: Int) -> String {
            FormulaGuard.unguarded(field(row, column))
        }

        var updates: [FigureUpdate] = []
        var targets: [String: (SeriesID, Target)] = [:]  // as typed, looked up once each
        while let row = try nextRow(header) {
            let line = reader.rowLine
            if row.allSatisfy(isBlank) { continue }
            if row.count > header.count {
                throw CSVImportError(file: file, line: line, message: "\(row.count) fields where the header has \(header.count); quote fields that contain commas")
            }
            func fail(_ column: String, _ error: InputError) -> CSVImportError {
                CSVImportError(file: file, line: line, column: column, message: error.message)
            }
            let series: SeriesID, target: Target
            let typed = namesTargets
                ? (targetColumn.map { textField(row, $0) } ?? "")
                : (regionColumn.map { textField(row, $0) } ?? "") + "/" + (indicatorColumn.map { textField(row, $0) } ?? "")
            if let known = targets[typed] {
                (series, target) = known
            } else {
                do {
                    (series, target) = try catalog.lookUpSeries(typed, inPlan: planID)
                } catch {
                    throw fail(namesTargets ? "target" : "region/indicator", error)
                }
                targets[typed] = (series, target)
            }
            let year: Int
            do { year = try FigureInput.year(yearColumn.map { field(row, $0) } ?? "") } catch { throw fail("year", error) }
            let value: Double
            do { value = try FigureInput.value(valueColumn.map { field(row, $0) } ?? "", for: target) } catch { throw fail("value", error) }
            var preliminary: Bool?
            if let preliminaryColumn {
                do { preliminary = try FigureInput.flag(field(row, preliminaryColumn)) } catch { throw fail("preliminary", error) }
            }
            updates.append(FigureUpdate(
                series: series, year: year, value: value,
                source: sourceColumn.map { textField(row, $0) }, note: noteColumn.map { textField(row, $0) }, isPreliminary: preliminary
            ))
        }
        return updates
    }

    /// A figure read on its own, with nothing stored under it.
    private static func figure(_ update: FigureUpdate) -> Figure {
        let entry = RevisionPlanner.resolve(update, over: nil)
        return Figure(series: entry.series, year: entry.year, value: entry.value, source: entry.source, note: entry.note,
                      isPreliminary: entry.isPreliminary)
    }

    /// What a file that fails as figures CSV on its first line is instead, when it is
    /// plainly something else: JSON (such as the JSON export), or fields separated by
    /// semicolons or tabs (as spreadsheets save CSV in some languages).
    private static func otherShape(_ text: String, file: String) -> CSVImportError? {
        let start = text.drop { $0.isWhitespace || $0.isNewline }
        if start.first == "[" || start.first == "{" {
            return CSVImportError(file: file, message: "this is JSON; import takes the CSV export (export --format csv)")
        }
        let firstLine = text.prefix { !$0.isNewline }
        for (separator, name) in [(";", "semicolons"), ("\t", "tabs")] {
            let names = firstLine.split(separator: separator, omittingEmptySubsequences: false).map {
                $0.trimmingCharacters(in: CharacterSet(charactersIn: "\" ")).lowercased()
            }
            if requiredColumns.allSatisfy(names.contains) || requiredTargetColumns.allSatisfy(names.contains) {
                let expected = names.contains("target") ? targetColumns : columns
                return CSVImportError(file: file, line: 1, message: "this file separates fields with \(name); save it as comma-separated CSV, with the columns \(expected.joined(separator: ","))")
            }
        }
        return nil
    }

    /// A quote where CSV allows none, with its line, column and what to write instead.
    private static func syntaxError(_ error: CSVSyntaxError, file: String, header: [String]?) -> CSVImportError {
        let column = header.flatMap { error.field < $0.count ? $0[error.field] : nil }
        let message: String
        switch error.kind {
        case .unclosedQuote:
            message = "the quote at character \(error.character) opens a field that is never closed, so the rest of the file would be read as that one field; end the field with a quote (a quote inside a field is written twice: \"\")"
        case .quoteInPlainField:
            message = "a quote at character \(error.character) in a field that does not start with one; put the whole field in quotes and write the quote inside it twice (\"a \"\"b\"\" c\")"
        case .textAfterClosingQuote:
            let opened = error.openedAt.map { " (opened at line \($0.line), character \($0.character))" } ?? ""
            message = "the quote at character \(error.character) closes the quoted field\(opened), but the field goes on after it; write a quote inside a quoted field twice (\"\")"
        }
        return CSVImportError(file: file, line: error.line, column: column, message: message)
    }

    private static func isBlank(_ field: String) -> Bool {
        if let first = field.utf8.first, first > 0x20 && first < 0x7F { return false }
        return field.trimmingCharacters(in: .whitespaces).isEmpty
    }

    private static func invalidUTF8Line(_ data: Data) -> Int {
        var line = 1
        var start = data.startIndex
        for (offset, byte) in data.enumerated() where byte == UInt8(ascii: "\n") {
            let end = data.startIndex + offset
            if String(validating: data[start..<end], as: UTF8.self) == nil { return line }
            line += 1
            start = end + 1
        }
        return line
    }
}
