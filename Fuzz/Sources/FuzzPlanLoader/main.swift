import Foundation
import FuzzSupport
import InnoCore

/// libFuzzer entry: any bytes given to the plan loader load or are refused with a
/// `PlanError` naming a place; nothing else may happen (no trap, no hang).
func fuzzPlanLoader(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    guard let data else { return 0 }
    let bytes = Data(bytes: data, count: size)
    do {
        let plan = try PlanLoader.load(data: bytes, file: "fuzz.json")
        // A loaded plan must assess without trapping, at any as-of year.
        _ = Assessor.assess(plan: plan, figures: FigureSet(), asOf: 2020)
    } catch {
        precondition(!error.description.isEmpty, "a refusal must say why")
    }
    return 0
}

// SwiftPM gives the executable its own `main`; it hands the loop to libFuzzer's driver.
var arguments = CommandLine.argc
var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
exit(LLVMFuzzerRunDriver(&arguments, &argv, fuzzPlanLoader))
