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
/// `target,year,value,preliminary,source,note`, one row per published figure, oldest
/// publication first (a later row for the same target and year is a revision).
public enum FiguresCSV {
    public static let columns = ["target", "year", "value", "preliminary", "source", "note"]
    static let requiredColumns = ["target", "year", "value"]
    /// The largest file read: a million figures take about 50 MB.
    public static let maximumFileSize = 256 * 1_048_576

    /// Reads every row or none: the first bad row stops the read with its line and column.
    public static func read(contentsOf url: URL, plan: Plan, displayName: String? = nil) throws(CSVImportError) -> [Figure] {
        let name = displayName ?? url.path
        let data: Data
        do {
            data = try FileContents.read(url.path, atMost: maximumFileSize)
        } catch {
            throw CSVImportError(file: name, message: "cannot read the file (\(error.reason)); check the path and that it is readable")
        }
        return try read(data: data, file: name, plan: plan)
    }

    public static func read(data: Data, file: String, plan: Plan) throws(CSVImportError) -> [Figure] {
        guard var text = String(validating: data, as: UTF8.self) else {
            let line = invalidUTF8Line(data)
            throw CSVImportError(file: file, line: line, message: "the text is not UTF-8; save the file as UTF-8 (CSV UTF-8 in a spreadsheet)")
        }
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        var reader = CSVRows(text)
        guard let headerRow = reader.next() else {
            throw CSVImportError(file: file, line: 1, message: "no header row; expected the columns \(columns.joined(separator: ","))")
        }
        let header = headerRow.map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
        for column in requiredColumns where !header.contains(column) {
            throw CSVImportError(file: file, line: 1, column: column, message: "the column \"\(column)\" is missing; expected the columns \(columns.joined(separator: ","))")
        }
        // Where each column is, found once rather than for every row.
        let targetColumn = header.firstIndex(of: "target"), yearColumn = header.firstIndex(of: "year")
        let valueColumn = header.firstIndex(of: "value"), preliminaryColumn = header.firstIndex(of: "preliminary")
        let sourceColumn = header.firstIndex(of: "source"), noteColumn = header.firstIndex(of: "note")
        func field(_ row: [String], _ column: Int?) -> String {
            guard let column, column < row.count else { return "" }
            return row[column]
        }

        var figures: [Figure] = []
        var targets: [String: Target] = [:]  // ids as typed, looked up once each
        var line = 2
        while let row = reader.next() {
            defer { line += 1 + row.reduce(0) { $0 + newlines(in: $1) } }
            if row.allSatisfy(isBlank) { continue }
            if row.count > header.count {
                throw CSVImportError(file: file, line: line, message: "\(row.count) fields where the header has \(header.count); quote fields that contain commas")
            }
            func fail(_ column: String, _ error: InputError) -> CSVImportError {
                CSVImportError(file: file, line: line, column: column, message: error.message)
            }
            let target: Target
            let typedID = field(row, targetColumn)
            if let known = targets[typedID] {
                target = known
            } else {
                do { target = try plan.lookUpTarget(typedID) } catch { throw fail("target", error) }
                targets[typedID] = target
            }
            let year: Int
            do { year = try FigureInput.year(field(row, yearColumn)) } catch { throw fail("year", error) }
            let value: Double
            do { value = try FigureInput.value(field(row, valueColumn), for: target) } catch { throw fail("value", error) }
            let preliminary: Bool
            do { preliminary = try FigureInput.flag(field(row, preliminaryColumn)) } catch { throw fail("preliminary", error) }
            figures.append(Figure(
                targetID: target.id, year: year, value: value,
                source: field(row, sourceColumn), note: field(row, noteColumn), isPreliminary: preliminary
            ))
        }
        return figures
    }

    /// Line breaks inside a quoted field, which move the line count on.
    private static func newlines(in field: String) -> Int {
        // Plain ASCII without LF, VT, FF or CR has none: the usual field, counted without a copy.
        guard field.utf8.contains(where: { (0x0A...0x0D).contains($0) || $0 >= 0x80 }) else { return 0 }
        return field.filter(\.isNewline).count
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
