import Foundation
import InnoDraw
import InnoReport

/// The one way the commands write to standard output and standard error. Messages and
/// tables quote names, sources and notes from plan files, CSV files and the database, and
/// what was typed on the command line; whatever they carry, no escape sequence, other
/// control character or bidirectional override reaches the terminal raw (`SafeText`).
///
/// Every write to standard output is checked: when it fails, the command ends there
/// (`sendToStandardOutput`), so that no command reports success having written nothing.
enum Output {
    /// Writes lines for people to read: each line is cleaned and kept on its line (a
    /// carriage return, tab or form feed inside it becomes a space, so that nothing quoted
    /// can overwrite or shift what is already on the line).
    static func line(_ text: String) {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { SafeText.oneLine(String($0)) }
        sendToStandardOutput(lines.joined(separator: "\n") + "\n")
    }

    /// Writes a file's content (CSV, JSON, Markdown, SVG, HTML) to standard output: unsafe
    /// characters dropped, line breaks, tabs and carriage returns (CSV's CRLF) kept.
    static func write(_ text: String) {
        sendToStandardOutput(SafeText.clean(text))
    }

    /// Writes the summary in ANSI colours: its only escape sequences are those of
    /// `ANSIRenderer`, whose cell text the canvas has already cleaned, so it goes out as it is.
    static func writeStyled(_ ansi: String) {
        sendToStandardOutput(ansi)
    }

    /// Writes a message for the user to standard error on one line, prefixed with the
    /// program's name.
    static func error(_ message: String) {
        sendToStandardError("innodash: \(SafeText.oneLine(message))\n")
    }

    /// Writes ArgumentParser's message about a wrong command line (the error, the usage and
    /// a hint, over several lines) to standard error, each line cleaned.
    static func usageError(_ message: String) {
        let lines = message.split(separator: "\n", omittingEmptySubsequences: false).map { SafeText.oneLine(String($0)) }
        sendToStandardError(lines.joined(separator: "\n") + "\n")
    }

    /// Writes a line of progress to standard error, without the prefix.
    static func progress(_ message: String) {
        sendToStandardError("\(SafeText.oneLine(message))\n")
    }

    /// Writes to standard output whole, or ends the program: quietly with status 1 when the
    /// reader has gone (a closed pipe, with SIGPIPE ignored: `innodash export | head -1`),
    /// else with a message and status 74 (a full disk, `> /dev/full`). It ends the program
    /// here rather than in `main`: a command may be half-way through its table.
    private static func sendToStandardOutput(_ text: String) {
        let failure = ExportFile.writeAll(Array(text.utf8), to: STDOUT_FILENO)
        guard failure != 0 else { return }
        if failure == EPIPE { Foundation.exit(ExitStatus.closedPipe.code) }
        error("cannot write to standard output: \(ExportFile.reason(failure))")
        Foundation.exit(ExitStatus.ioError.code)
    }

    /// Writes to standard error; when that fails too, there is no one left to tell.
    private static func sendToStandardError(_ text: String) {
        _ = ExportFile.writeAll(Array(text.utf8), to: STDERR_FILENO)
    }
}
