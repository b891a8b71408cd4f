import Foundation
import InnoDraw
import InnoUI

/// The one way the commands write to standard output and standard error. Messages and
/// tables quote names, sources and notes from plan files, CSV files and the database, and
/// what was typed on the command line; whatever they carry, no escape sequence, other
/// control character or bidirectional override reaches the terminal raw (`SafeText`).
enum Output {
    /// Writes lines for people to read: each line is cleaned and kept on its line (a
    /// carriage return, tab or form feed inside it becomes a space, so that nothing quoted
    /// can overwrite or shift what is already on the line).
    static func line(_ text: String) {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { SafeText.oneLine(String($0)) }
        FileHandle.standardOutput.write(Data((lines.joined(separator: "\n") + "\n").utf8))
    }

    /// Writes a file's content (CSV, JSON, Markdown, SVG, HTML) to standard output: unsafe
    /// characters dropped, line breaks, tabs and carriage returns (CSV's CRLF) kept.
    static func write(_ text: String) {
        FileHandle.standardOutput.write(Data(SafeText.clean(text).utf8))
    }

    /// Writes the summary in ANSI colours: its only escape sequences are those of
    /// `ANSIRenderer`, whose cell text the canvas has already cleaned, so it goes out as it is.
    static func writeStyled(_ ansi: String) {
        FileHandle.standardOutput.write(Data(ansi.utf8))
    }

    /// Writes a message for the user to standard error on one line, prefixed with the
    /// program's name.
    static func error(_ message: String) {
        FileHandle.standardError.write(Data("innodash: \(SafeText.oneLine(message))\n".utf8))
    }

    /// Writes ArgumentParser's message about a wrong command line (the error, the usage and
    /// a hint, over several lines) to standard error, each line cleaned.
    static func usageError(_ message: String) {
        let lines = message.split(separator: "\n", omittingEmptySubsequences: false).map { SafeText.oneLine(String($0)) }
        FileHandle.standardError.write(Data((lines.joined(separator: "\n") + "\n").utf8))
    }

    /// Writes a line of progress to standard error, without the prefix.
    static func progress(_ message: String) {
        FileHandle.standardError.write(Data("\(SafeText.oneLine(message))\n".utf8))
    }
}
