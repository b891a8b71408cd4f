import Foundation
import InnoCore
import InnoText

/// Reads a policy text or bulletin for `draft` and `figures-from`: UTF-8 or GB18030, plain
/// or HTML, at most `maximumSize` bytes. A file that cannot be read ends the command with
/// what is wrong and what to do.
enum TextInput {
    /// Policy texts and bulletins are tens of kilobytes; 2 MB is a book. (The rules look at each
    /// paragraph's earlier time phrases, so a text of megabytes takes tens of seconds.)
    static let maximumSize = 2 * 1_048_576

    static func read(_ path: String) throws -> DecodedText {
        let data: Data
        do {
            data = try FileContents.read(path, atMost: maximumSize)
        } catch {
            let hint = error == .tooLarge(limit: maximumSize) ? "a policy text or bulletin is far smaller; give the part that states the targets or figures" : "check the path of the text file"
            throw CommandFailure(.dataError, "\(path): cannot read the text (\(error.reason)); \(hint)")
        }
        do {
            return try TextDecoding.decode(Array(data))
        } catch {
            throw CommandFailure(.dataError, "\(path): \(error.description)")
        }
    }
}
