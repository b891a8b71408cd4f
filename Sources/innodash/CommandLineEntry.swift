import ArgumentParser
import Foundation
import InnoCore

extension Innodash {
    /// The program's entry: ArgumentParser's own `main()`, except that its messages, which
    /// quote what was typed (`innodash --lang $'\e[2J'`), go out through `Output` like every
    /// other message, so that no escape sequence in an argument reaches the terminal; that a
    /// mistyped command is named as such; and that a negative number is a value.
    static func main() {
        do {
            let arguments = Array(CommandLine.arguments.dropFirst())
            try refuseUnknownCommand(arguments)
            var command = try parseReadingNegativeNumbers(arguments)
            try command.run()
        } catch let failure as CommandFailure {
            if let message = failure.message { Output.error(message) }
            Foundation.exit(failure.status.code)
        } catch {
            // ArgumentParser's own errors: usage, --help, --version.
            let message = fullMessage(for: error)
            let code = exitCode(for: error)
            if !message.isEmpty {
                if code.isSuccess {
                    Output.write(message + "\n")  // --help, --version
                } else {
                    Output.usageError(message)
                }
            }
            Foundation.exit(code.rawValue)
        }
    }

    /// The names a command line can start with.
    static var commandNames: [String] {
        configuration.subcommands.map { $0._commandName } + ["help"]
    }

    /// Refuses a first argument that is no command: the dashboard, the default command,
    /// takes no argument, so `innodash sumary` is a mistyped `summary`, not the dashboard's.
    static func refuseUnknownCommand(_ arguments: [String]) throws {
        guard let first = arguments.first, !first.hasPrefix("-"), !commandNames.contains(first) else { return }
        if let nearest = nearestName(to: first, among: commandNames) {
            throw CommandFailure(.usage, "there is no command \(Quote.of(first)); did you mean `innodash \(nearest)`?")
        }
        let names = configuration.subcommands.map { $0._commandName }.joined(separator: ", ")
        throw CommandFailure(.usage, "there is no command \(Quote.of(first)); the commands are \(names) (`innodash --help` says what each does)")
    }

    /// ArgumentParser reads `-1.5` as an option. A command line it refuses is read once
    /// more with its negative numbers as values (`NegativeNumbers.asValues`), and what is
    /// wrong with that reading is what the message says (`record t 2020 -1.5 --sorce x`:
    /// the unknown option is `--sorce`, not `-1.5`).
    static func parseReadingNegativeNumbers(_ arguments: [String]) throws -> any ParsableCommand {
        do {
            return try parseAsRoot(arguments)
        } catch {
            guard let values = NegativeNumbers.asValues(arguments) else { throw error }
            return try parseAsRoot(values)
        }
    }
}

/// Negative numbers on a command line, for ArgumentParser, which takes every argument
/// starting with `-` for an option unless it comes after `--`.
enum NegativeNumbers {
    /// The arguments with each negative number moved after a `--` at the end, in order, so
    /// that it is read as a value (`record rd_gdp 2024 -1.5 --db x` reads as
    /// `record rd_gdp 2024 --db x -- -1.5`). A `--` typed before a negative number marks
    /// only that number, so options after it still count (`record T 2020 -- -1.5 --db x`).
    /// A negative number after an option that takes a number stays: it is that option's
    /// value, and the option's range check says what is wrong with it (`--as-of -5`).
    /// Nil when there is no negative number to move.
    static func asValues(_ arguments: [String]) -> [String]? {
        var others: [String] = []
        var values: [String] = []
        var index = 0
        while index < arguments.count {
            let argument = arguments[index]
            if argument == "--" {
                guard index + 1 < arguments.count, isNegativeNumber(arguments[index + 1]) else {
                    values += arguments[(index + 1)...]
                    break
                }
                values.append(arguments[index + 1])
                index += 2
                continue
            }
            if isNegativeNumber(argument) && !(index > 0 && numberOptions.contains(arguments[index - 1])) {
                values.append(argument)
            } else {
                others.append(argument)
            }
            index += 1
        }
        guard values.contains(where: isNegativeNumber) else { return nil }
        return others + ["--"] + values
    }

    /// The options whose value is a number; each reads its value whatever it starts with
    /// (`parsing: .unconditional`), so that a negative one reaches its range check.
    static let numberOptions: Set = ["--as-of", "--width", "--height"]

    /// `-1.5`, `-.5`, `-1,234`, `-2%`, `-1e3`: a minus, a digit (or a point and a digit),
    /// and nothing but what numbers are written with.
    static func isNegativeNumber(_ argument: String) -> Bool {
        guard argument.hasPrefix("-") else { return false }
        let rest = argument.dropFirst()
        let start = rest.first == "." ? rest.dropFirst() : rest
        guard let first = start.first, first.isASCII, first.isNumber else { return false }
        return rest.allSatisfy { $0.isASCII && ($0.isNumber || ".,%eE+-".contains($0)) }
    }
}
