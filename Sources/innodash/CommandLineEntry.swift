import ArgumentParser
import Foundation

extension Innodash {
    /// The program's entry: ArgumentParser's own `main()`, except that its messages, which
    /// quote what was typed (`innodash --lang $'\e[2J'`), go out through `Output` like every
    /// other message, so that no escape sequence in an argument reaches the terminal.
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
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
}
