/// What keeps a spreadsheet from running a text cell of a CSV file as a formula: one rule
/// for every CSV innodash writes (the summary, the figures export), and its exact inverse
/// for the file innodash reads back (`import`, `--figures`).
///
/// A text whose first character, after any leading apostrophes, is `=`, `+`, `-` or `@`
/// gets one more `'` in front (spreadsheets show a leading `'` as marking text). Counting
/// the apostrophes already there makes the guard reversible: `'-5` (a real source text)
/// is written `''-5` and read back as `'-5`, while `'Bulletin` is written and read as it is.
public enum FormulaGuard {
    /// The text as a cell a spreadsheet shows as text.
    public static func guarded(_ text: String) -> String {
        needsGuard(text[...]) ? "'" + text : text
    }

    /// The text a guarded cell was made from; any other text as it is.
    public static func unguarded(_ cell: String) -> String {
        guard cell.utf8.first == UInt8(ascii: "'"), needsGuard(cell.dropFirst()) else { return cell }
        return String(cell.dropFirst())
    }

    private static func needsGuard(_ text: Substring) -> Bool {
        guard let first = text.first(where: { $0 != "'" }) else { return false }
        return first == "=" || first == "+" || first == "-" || first == "@"
    }
}
