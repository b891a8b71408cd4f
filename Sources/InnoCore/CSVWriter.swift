/// The one way innodash writes CSV (the summary and the figures export): RFC 4180 fields,
/// quoted when they hold a comma, a quote or a line break, or white space at either end
/// that a reader might trim; every text cell guarded against spreadsheet formulas
/// (`FormulaGuard`); numbers and years written as they are.
public struct CSVWriter: Sendable {
    /// A cell of a row.
    public enum Field: Sendable {
        /// A text: guarded against formulas, then quoted as it needs.
        case text(String)
        /// A number or a year, already written out (`2.11`, `2020`, empty for none).
        case number(String)
    }

    /// The line end: `\r\n` as RFC 4180 has it, or `\n` as the shipped figures file has it.
    public enum LineEnd: String, Sendable {
        case crlf = "\r\n"
        case lf = "\n"
    }

    public private(set) var text: String
    private let lineEnd: LineEnd

    /// A file that starts with its header row.
    public init(columns: [String], lineEnd: LineEnd) {
        self.lineEnd = lineEnd
        text = ""
        append(columns.map(Field.number))  // column names are plain: written as they are
    }

    public mutating func append(_ fields: [Field]) {
        text += fields.map(Self.encode).joined(separator: ",") + lineEnd.rawValue
    }

    static func encode(_ field: Field) -> String {
        switch field {
        case .number(let text):
            return text
        case .text(let text):
            return quoted(FormulaGuard.guarded(text))
        }
    }

    /// A cell in double quotes (its quotes doubled) when it holds a comma, a quote or a
    /// line break, or white space at either end that a reader might trim; else as it is.
    public static func quoted(_ cell: String) -> String {
        let needsQuotes = cell.contains { $0 == "," || $0 == "\"" || $0.isNewline }
            || cell.first?.isWhitespace == true || cell.last?.isWhitespace == true
        guard needsQuotes else { return cell }
        return "\"" + cell.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
