import ArgumentParser

/// How innodash ends, as the shell sees it: the statuses of sysexits.h where one fits.
/// Every status the program can end with is here, so a script can rely on them (README,
/// "Exit statuses").
enum ExitStatus: Sendable, Equatable {
    /// `check`: a target is off track. Also a closed pipe (quietly, as `head` expects).
    case offTrack
    /// The dashboard was started without a terminal.
    case notATerminal
    /// EX_USAGE: the command line is wrong.
    case usage
    /// EX_DATAERR: a plan, a CSV file, a typed value or the database's content is wrong.
    case dataError
    /// EX_SOFTWARE: what ships with the program is unusable.
    case software
    /// EX_CANTCREAT: an output file cannot be written.
    case cannotCreate
    /// EX_IOERR: the database or standard output cannot be read or written.
    case ioError
    /// The dashboard ended on a signal: 128 plus its number, as a shell reports it.
    case signal(Int32)

    var code: Int32 {
        switch self {
        case .offTrack: 1
        case .notATerminal: 2
        case .usage: 64
        case .dataError: 65
        case .software: 70
        case .cannotCreate: 73
        case .ioError: 74
        case .signal(let number): 128 + number
        }
    }

    /// The closed-pipe case of `offTrack`, named for what it is.
    static let closedPipe = ExitStatus.offTrack
}

/// Why a command ends without success: the status, and the message for the analyst
/// (none when the status says it all). Commands throw it; `main` alone writes the message
/// and exits, so every failure is said the same way.
struct CommandFailure: Error {
    var status: ExitStatus
    var message: String?

    init(_ status: ExitStatus, _ message: String?) {
        self.status = status
        self.message = message
    }
}
