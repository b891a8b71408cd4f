import Foundation
import FuzzSupport
import InnoCore

private let percent = Target(id: "p", group: "g", kind: .numeric, name: LocalizedText(en: "P", zh: "P"),
                             unit: LocalizedText(en: "%", zh: "%"), goal: Goal(.above, 2), deadline: 2020, quote: "q", source: "s")
private let count = Target(id: "c", group: "g", kind: .numeric, name: LocalizedText(en: "C", zh: "C"),
                           unit: LocalizedText(en: "people", zh: "人"), isCount: true, goal: Goal(.atLeast, 5), deadline: 2020, quote: "q", source: "s")
private let milestone = Target(id: "m", group: "g", kind: .milestone, name: LocalizedText(en: "M", zh: "M"), deadline: 2020, quote: "q", source: "s")

/// libFuzzer entry: any text typed as a value or a year is accepted as a finite number
/// within the rules, or refused with a message; nothing else.
func fuzzFigureInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    guard let data else { return 0 }
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    for target in [percent, count, milestone] {
        if let value = try? FigureInput.value(text, for: target) {
            precondition(value.isFinite, "accepted a non-finite value")
            if target.isPercentage { precondition((0...100).contains(value), "accepted a share outside 0–100") }
            if target.kind == .milestone { precondition(value == 0 || value == 1, "a milestone is yes or no") }
            if target.id == "c" { precondition(value >= 0, "accepted a negative count") }
        }
    }
    if let year = try? FigureInput.year(text) {
        precondition((1900...2100).contains(year), "accepted a year outside 1900–2100")
    }
    return 0
}

// SwiftPM gives the executable its own `main`; it hands the loop to libFuzzer's driver.
var arguments = CommandLine.argc
var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
exit(LLVMFuzzerRunDriver(&arguments, &argv, fuzzFigureInput))
