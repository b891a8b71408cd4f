import Foundation
import InnoCore

/// The plan and figures that ship with innodash, embedded in the program itself
/// (`.embedInCode` in Package.swift): the one file is the whole program, wherever it is
/// copied.
enum ShippedResources {
    /// The shipped plan file, as it is in the repository (`targets.json` at its root).
    static var plan: Data { Data(PackageResources.targets_json) }
    /// The shipped published figures of that plan.
    static var figures: Data { Data(PackageResources.chongqing_published_csv) }

    static let planName = "the shipped targets.json"
    static let figuresName = "the shipped figures"

    /// Whether a plan file given by path is the shipped one (the repository's
    /// `targets.json`, or a copy of it): then it is treated as the shipped plan, and a new
    /// database for it starts with the published figures.
    static func isShippedPlan(_ plan: Plan) -> Bool {
        guard let shipped = try? PlanLoader.load(data: Self.plan, file: planName) else { return false }
        return plan == shipped
    }
}
