import ArgumentParser
import InnoReport

/// `--output FILE` and `--force`, for the commands that write a file: where the text goes,
/// and the one way it is written (`ExportFile`: whole or not at all).
struct OutputFileOptions: ParsableArguments {
    @Option(name: .shortAndLong, help: ArgumentHelp("Write to this file (replaced whole, never half-written; an existing file only with --force) instead of standard output (-).", valueName: "file"))
    var output: String?

    @Flag(help: "Replace the --output file if it exists (never the figures database, the plan file or any SQLite database).")
    var force = false

    func validate() throws {
        if let output, output.isEmpty {
            throw ValidationError("--output needs a file name")
        }
        if force && isStandardOutput {
            throw ValidationError("--force applies to --output FILE; without it the text goes to standard output")
        }
    }

    /// Whether the text goes to standard output (no --output, or `-`).
    var isStandardOutput: Bool {
        output == nil || output == "-"
    }

    /// Writes `text` to the --output file; a file that is not to be replaced, or a write
    /// that fails, ends the command with the reason (exit 73) and the old file as it was.
    func write(_ text: String, keeping kept: [ExportFile.KeptFile]) throws {
        guard let output else { return }
        try Workspace.orExit(.cannotCreate) { () throws(ExportFileError) in
            try ExportFile.write(text, to: output, replacing: force, kept: kept)
        }
    }
}
