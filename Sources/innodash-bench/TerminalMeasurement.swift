import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A terminal program to measure, and how to tell that its first frame is complete.
struct TerminalProgram {
    var name: String
    var executable: String
    var arguments: [String]
    /// Text of the last row the program draws on its first screen (spaces ignored):
    /// the first frame is complete when the output has it.
    var lastRowText: String
    var downKey = "j"
    var quitKeys = "q"
    /// The key that opens a grid where a typed number and Enter save a figure, for the
    /// save figure (nil: the program is not measured saving).
    var entryKey: String?
}

/// What one session of a program in a pseudo-terminal gives.
struct TerminalFigures {
    /// Launch to the first full frame.
    var firstFrame: Double
    /// A key press (one row down) to the first byte of the new frame.
    var rowDownFirstByte: Double
    /// Bytes written for that key, until the output is quiet for 100 ms.
    var rowDownBytes: Int
    /// Processor time used while idle, and bytes written meanwhile.
    var idleCPU: Double
    var idleBytes: Int
    /// Peak resident memory in kilobytes, after the idle time.
    var peakKilobytes: Int
    /// Enter on a typed figure to the last byte of the updated screen (nil: not measured).
    var saveToScreen: Double?
}

/// The session the benchmark plays with a terminal program: launch, wait for the first
/// full frame, let it settle, press the down key, sit idle, read the peak memory, quit.
enum TerminalMeasurement {
    /// How long the output must be still for the frame after a key to count as finished.
    static let quietAfterKey = 0.1

    static func session(_ program: TerminalProgram, columns: Int, rows: Int, directory: String, home: String,
                        idleSeconds: Double) throws -> TerminalFigures {
        let launched = Measure.now()
        let terminal = try PseudoTerminal(program.executable, program.arguments, columns: columns, rows: rows,
                                          directory: directory, home: home)
        guard let frame = terminal.wait(for: program.lastRowText, timeout: 120) else {
            let seen = String(decoding: terminal.text.suffix(300), as: UTF8.self)
            throw BenchError("\(program.name) did not draw its first frame (looked for \"\(program.lastRowText)\"); its output ended with: \(seen)")
        }
        let firstFrame = (frame - launched) * 1000
        // Whatever comes after the frame (a status line, the rest of a file loading) ends first.
        terminal.waitUntilQuiet(0.3, timeout: 120)

        let bytesBefore = terminal.byteCount
        let pressed = Measure.now()
        terminal.send(program.downKey)
        var firstByte: Double?
        while firstByte == nil, Measure.now() < pressed + 10 {
            if terminal.read(timeout: 0.5) > 0 { firstByte = terminal.lastArrival }
        }
        guard let firstByte else { throw BenchError("\(program.name) wrote nothing after the down key") }
        terminal.waitUntilQuiet(quietAfterKey, timeout: 10)
        let rowDownBytes = terminal.byteCount - bytesBefore

        let idleBytesBefore = terminal.byteCount
        let cpuBefore = terminal.cpuNanoseconds()
        let idleEnd = Measure.now() + idleSeconds
        while Measure.now() < idleEnd { terminal.read(timeout: idleEnd - Measure.now()) }
        let cpuAfter = terminal.cpuNanoseconds()
        guard let cpuBefore, let cpuAfter else { throw BenchError("cannot read the processor time of \(program.name) from /proc") }
        let idleBytes = terminal.byteCount - idleBytesBefore
        let peak = terminal.peakKilobytes() ?? 0

        // A save: the entry grid, a number typed in the cell under the cursor (another one
        // each run, so that each is a revision), then Enter to the screen with the new
        // assessment. The time runs to the last byte of that frame.
        var saveToScreen: Double?
        if let entryKey = program.entryKey {
            terminal.send(entryKey)
            terminal.waitUntilQuiet(0.3, timeout: 10)
            terminal.send("1.\(Int(Measure.now() * 1000) % 1000 + 1000)")
            terminal.waitUntilQuiet(0.3, timeout: 10)
            let bytesBeforeSave = terminal.byteCount
            let entered = Measure.now()
            terminal.send("\r")
            // The first byte may come later than the quiet time (a save waits for the disk).
            while terminal.byteCount == bytesBeforeSave, Measure.now() < entered + 10 {
                terminal.read(timeout: 0.5)
            }
            guard terminal.byteCount > bytesBeforeSave else { throw BenchError("\(program.name) wrote nothing within 10 s after Enter on a typed figure") }
            terminal.waitUntilQuiet(quietAfterKey, timeout: 10)
            saveToScreen = (terminal.lastArrival - entered) * 1000
        }
        terminal.quit(program.quitKeys)

        return TerminalFigures(
            firstFrame: firstFrame, rowDownFirstByte: (firstByte - pressed) * 1000, rowDownBytes: rowDownBytes,
            idleCPU: Double(cpuAfter - cpuBefore) / 1e6, idleBytes: idleBytes,
            peakKilobytes: peak, saveToScreen: saveToScreen
        )
    }
}
