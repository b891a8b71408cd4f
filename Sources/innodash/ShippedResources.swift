import Foundation
import InnoCore
import InnoStore

/// The plans and figures that ship with innodash, embedded in the program itself
/// (`.embedInCode` in Package.swift): the one file is the whole program, wherever it is
/// copied. A new database holds the three plans and all their published figures.
enum ShippedResources {
    /// A shipped plan file, with the published figures of its targets (a CSV in the first
    /// release's columns, `target,year,...`, read in the plan's own ids).
    struct ShippedPlan {
        var id: String
        var content: Data
        var name: String
        var figures: Data?
        var figuresName: String
    }

    /// The plan the dashboard opens on when no other is asked for.
    static let defaultPlanID = "cq-innovation-2020"

    static let plans: [ShippedPlan] = [
        ShippedPlan(id: defaultPlanID, content: Data(PackageResources.targets_json), name: "the shipped targets.json",
                    figures: Data(PackageResources.chongqing_published_csv), figuresName: "the shipped Chongqing figures"),
        ShippedPlan(id: "cn-14th-fyp", content: Data(PackageResources.china_14th_json), name: "the shipped china-14th.json",
                    figures: Data(PackageResources.china_national_14th_csv), figuresName: "the shipped national figures"),
        ShippedPlan(id: "cq-14th-st", content: Data(PackageResources.cq_14th_st_json), name: "the shipped cq-14th-st.json",
                    figures: nil, figuresName: ""),
    ]

    /// The shipped plans as a database registers them.
    static var stored: [StoredPlan] {
        plans.map { StoredPlan(id: $0.id, content: $0.content, file: "", isShipped: true) }
    }

    static func shipped(id: String) -> ShippedPlan? {
        plans.first { $0.id == id }
    }

    /// The shipped plans, read; a shipped file that does not load is a fault of this build.
    static func loadPlans() throws -> [Plan] {
        try plans.map { shipped in
            try Workspace.orExit(.software) { () throws(PlanError) in try PlanLoader.load(data: shipped.content, file: shipped.name) }
        }
    }

    /// Every shipped figure, each file read in its own plan's ids, oldest publication first.
    static func figures(_ catalog: PlanCatalog) throws(CSVImportError) -> [FigureEntry] {
        var entries: [FigureEntry] = []
        for shipped in plans {
            guard let data = shipped.figures else { continue }
            entries += try FiguresCSV.read(data: data, file: shipped.figuresName, catalog: catalog, inPlan: shipped.id).map(FigureEntry.init)
        }
        return entries
    }

    /// Whether a plan file given by path is a shipped one (the repository's `targets.json`,
    /// or a copy of it): then it is the shipped plan, and a new database gets the shipped
    /// plans and figures.
    static func isShipped(_ plan: Plan) -> Bool {
        guard let shipped = shipped(id: plan.info.id), let loaded = try? PlanLoader.load(data: shipped.content, file: shipped.name) else { return false }
        return plan == loaded
    }
}
