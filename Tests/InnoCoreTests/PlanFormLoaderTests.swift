import Foundation
import InnoCore
import Testing

/// The plan format's kinds beyond numeric and milestone, each field and each refusal with
/// its JSON path.
@Suite struct PlanFormLoaderTests {
    static func plan(_ target: String) -> String {
        """
        {
          "plan": { "id": "p", "title": { "en": "Plan", "zh": "规划" }, "region": { "en": "R", "zh": "区" }, "source": "s" },
          "groups": [ { "id": "g", "name": { "en": "Goals", "zh": "目标" } } ],
          "targets": [ { "id": "t", "group": "g", "name": { "en": "T", "zh": "目标" }, "unit": { "en": "%", "zh": "%" },
                         "quote": "q", "source": "s", \(target) } ]
        }
        """
    }

    static let averageGrowth = #""kind": "average-growth", "measure": "growth-rate", "comparator": ">=", "value": 7, "deadline": 2025, "baseline": { "year": 2020 }"#
    static let cumulative = #""kind": "cumulative-change", "comparator": "<=", "value": -13.5, "deadline": 2025, "baseline": { "year": 2020 }, "binding": true"#
    static let relative = #""kind": "relative", "comparator": ">=", "reference": "china", "deadline": 2025"#

    func load(_ target: String) throws(PlanError) -> Target {
        try PlanLoader.load(data: Data(Self.plan(target).utf8), file: "plan.json").targets[0]
    }

    func error(_ target: String) -> PlanError? {
        do {
            _ = try load(target)
            return nil
        } catch {
            return error
        }
    }

    @Test func eachKindLoadsWithItsFields() throws {
        let growth = try load(Self.averageGrowth)
        #expect(growth.form == .averageGrowth(Goal(.atLeast, 7), measure: .growthRate))
        #expect(growth.kindCode == "average-growth" && growth.goal == nil && !growth.isBinding)
        let change = try load(Self.cumulative)
        #expect(change.form == .cumulativeChange(Goal(.atMost, -13.5)))
        #expect(change.isBinding && change.direction == .down)
        let relative = try load(Self.relative)
        #expect(relative.form == .relative(.atLeast) && relative.reference == "china")
        #expect(try load(#""kind": "level", "comparator": ">=", "value": 10, "deadline": 2025"#).kindCode == "level")
        #expect(try load(#""kind": "indicator", "direction": "up""#).kindCode == "indicator")
        #expect(try load(#""kind": "numeric", "comparator": ">=", "value": 10, "deadline": 2025, "binding": true"#).isBinding)
    }

    @Test func eachRefusalNamesItsFieldAndWhatIsExpected() {
        let cases: [(String, String, String)] = [
            (Self.averageGrowth.replacingOccurrences(of: "growth-rate", with: "rates"), "targets[0].measure",
             "unknown measure \"rates\"; expected \"growth-rate\" (the figures are yearly growth rates in %) or \"level\" (the figures are levels)"),
            (Self.averageGrowth.replacingOccurrences(of: #""measure": "growth-rate", "#, with: ""), "targets[0].measure",
             "missing; expected \"growth-rate\" (the figures are yearly growth rates in %) or \"level\" (the figures are levels)"),
            (Self.averageGrowth.replacingOccurrences(of: #", "baseline": { "year": 2020 }"#, with: ""), "targets[0].baseline",
             "missing; an average-growth target is measured from a base: expected {\"year\": …}, the year before the period"),
            (Self.averageGrowth.replacingOccurrences(of: "\"deadline\": 2025", with: "\"deadline\": 2020"), "targets[0].deadline",
             "2020 is not after the baseline year 2020; an average-growth target needs a period of a year at least"),
            (Self.averageGrowth.replacingOccurrences(of: "\"value\": 7", with: "\"value\": -100"), "targets[0].value",
             "a yearly growth of -100% is impossible; expected a growth above -100"),
            (Self.averageGrowth.replacingOccurrences(of: #""comparator": ">=", "#, with: ""), "targets[0].comparator",
             "missing; an average-growth target needs a comparator, one of >, >=, <, <="),
            (Self.cumulative.replacingOccurrences(of: #", "value": -13.5"#, with: ""), "targets[0].value",
             "missing; expected the change in per cent of the base figure, such as -13.5 for 降低13.5%"),
            (Self.cumulative.replacingOccurrences(of: "true", with: "\"yes\""), "targets[0].binding", "expected true or false, found a string"),
            (Self.cumulative + #", "measure": "level""#, "targets[0].measure",
             "only an average-growth target takes a measure; remove it, or make the kind \"average-growth\""),
            (Self.averageGrowth + #", "reference": "china""#, "targets[0].reference",
             "only a relative target takes a reference; remove it, or make the kind \"relative\""),
            (Self.relative + #", "value": 2"#, "targets[0].value",
             "a relative target's goal is the reference region's figure of each year; remove value"),
            (Self.relative.replacingOccurrences(of: #""reference": "china", "#, with: ""), "targets[0].reference",
             "missing; expected the id of the region whose figures are the goal, such as \"china\""),
            (Self.relative.replacingOccurrences(of: "china", with: "全国"), "targets[0].reference",
             "\"全国\" is not a valid id; expected ASCII letters, digits, '_', '-' or '.', at most 64"),
            (#""kind": "level", "deadline": 2025"#, "targets[0].comparator", "missing; a level target needs a comparator and a value, its goal"),
            (#""kind": "indicator", "comparator": ">=", "value": 1"#, "targets[0].comparator",
             "an indicator has no goal; remove comparator and value, or make the kind \"level\""),
            (Self.relative + #", "refrence": "china""#, "targets[0].refrence", "unknown field; did you mean \"reference\"?"),
        ]
        for (target, location, message) in cases {
            let e = error(target)
            #expect(e?.location == location, "\(target)")
            #expect(e?.message == message, "\(target)")
        }
    }

    @Test func aGrowthRateMayBeNegativeButAShareMayNot() throws {
        let growth = try load(Self.averageGrowth)
        #expect(try FigureInput.value("-3.5%", for: growth) == -3.5)
        let share = try load(#""kind": "level", "comparator": ">=", "value": 10, "deadline": 2025"#)
        #expect((try? FigureInput.value("-3.5", for: share)) == nil)
    }
}
