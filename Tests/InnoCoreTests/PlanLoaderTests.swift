import Foundation
import InnoCore
import Testing

@Suite struct PlanLoaderTests {
    /// A valid plan with one target, as JSON text, for the cases to break.
    static let valid = """
        {
          "plan": { "id": "p", "title": { "en": "Plan", "zh": "规划" }, "region": { "en": "R", "zh": "区" }, "source": "letter" },
          "groups": [ { "id": "g", "name": { "en": "Goals", "zh": "目标" } } ],
          "targets": [
            { "id": "rd_gdp", "group": "g", "kind": "numeric",
              "name": { "en": "R&D / GDP", "zh": "研发投入强度" }, "unit": { "en": "%", "zh": "%" },
              "comparator": ">", "value": 2.0, "decimals": 2, "deadline": 2020, "baseline": { "year": 2015 },
              "quote": "超过GDP的2%", "source": "letter" }
          ]
        }
        """

    func load(_ text: String) throws(PlanError) -> Plan {
        try PlanLoader.load(data: Data(text.utf8), file: "plan.json")
    }

    /// The message for a plan with `old` replaced by `new`.
    func error(replacing old: String, with new: String) -> PlanError? {
        precondition(Self.valid.contains(old), "the fixture has no \(old)")
        do {
            _ = try load(Self.valid.replacingOccurrences(of: old, with: new))
            return nil
        } catch {
            return error
        }
    }

    @Test func validPlanLoads() throws {
        let plan = try load(Self.valid)
        #expect(plan.targets.first?.goal == Goal(.above, 2))
        #expect(plan.targets.first?.baseline == Baseline(year: 2015))
    }

    @Test func malformedJSONNamesLineAndColumn() {
        let e = error(replacing: "\"decimals\": 2,", with: "\"decimals\": 2,,")
        #expect(e?.location == "line 7, column 54")
        #expect(e?.description.hasPrefix("plan.json: line 7, column 54: not valid JSON") == true)
    }

    @Test func missingNameNamesTheField() {
        let e = error(replacing: "\"name\": { \"en\": \"R&D / GDP\", \"zh\": \"研发投入强度\" }, ", with: "")
        #expect(e?.location == "targets[0].name")
        #expect(e?.message.contains("missing") == true)
        #expect(error(replacing: "\"zh\": \"研发投入强度\"", with: "\"zh\": \"\"")?.location == "targets[0].name.zh")
    }

    @Test func unknownComparatorSaysWhatIsExpected() {
        let e = error(replacing: "\"comparator\": \">\"", with: "\"comparator\": \"=>\"")
        #expect(e?.description == "plan.json: targets[0].comparator: unknown comparator \"=>\"; expected one of >, >=, <, <=")
    }

    @Test func duplicateIdIsRefused() {
        let start = Self.valid.range(of: "{ \"id\": \"rd_gdp\"")!.lowerBound
        let end = Self.valid.range(of: "\"source\": \"letter\" }", range: start..<Self.valid.endIndex)!.upperBound
        let target = Self.valid[start..<end]
        let e = error(replacing: String(target), with: target + ", " + target)
        #expect(e?.location == "targets[1].id")
        #expect(e?.message.contains("used twice") == true)
    }

    @Test func duplicateKeyIsRefused() {
        let e = error(replacing: "\"decimals\": 2,", with: "\"decimals\": 2, \"decimals\": 3,")
        #expect(e?.message.contains("appears twice") == true)
    }

    @Test func duplicateKeyIsRefusedInAnObjectOfManyMembers() throws {
        let members = (0..<40).map { "\"k\($0)\": \($0)" }
        #expect(throws: JSONSyntaxError.self) { try JSONParser.parse(Array(("{" + (members + ["\"k30\": 1"]).joined(separator: ",") + "}").utf8)) }
        #expect(throws: JSONSyntaxError.self) { try JSONParser.parse(Array(("{" + (members + ["\"k3\": 1"]).joined(separator: ",") + "}").utf8)) }
        let parsed = try JSONParser.parse(Array(("{" + members.joined(separator: ",") + "}").utf8))
        guard case .object(let read) = parsed else { Issue.record("not an object"); return }
        #expect(read.count == 40)
    }

    @Test func blankNamesAreRefusedWhateverTheSpace() {
        let e = error(replacing: "\"zh\": \"规划\"", with: "\"zh\": \"\u{3000} \\n\"")
        #expect(e?.message.contains("is empty") == true)
    }

    @Test func unknownGroupListsTheGroups() {
        let e = error(replacing: "\"group\": \"g\"", with: "\"group\": \"goals\"")
        #expect(e?.description == "plan.json: targets[0].group: no group has the id \"goals\"; expected one of: g")
    }

    @Test func deadlineBeforeBaselineIsRefused() {
        let e = error(replacing: "\"baseline\": { \"year\": 2015 }", with: "\"baseline\": { \"year\": 2021 }")
        #expect(e?.location == "targets[0].deadline")
        #expect(e?.message.contains("before the baseline year 2021") == true)
    }

    @Test func nonFiniteNumbersAreRefused() {
        #expect(error(replacing: "\"value\": 2.0", with: "\"value\": 1e999")?.location == "targets[0].value")
        #expect(error(replacing: "\"value\": 2.0", with: "\"value\": NaN")?.location.hasPrefix("line") == true)
        #expect(error(replacing: "\"value\": 2.0", with: "\"value\": \"2\"")?.message == "expected a number, found a string")
    }

    @Test func milestoneWithAComparatorIsRefused() {
        let e = error(replacing: "\"kind\": \"numeric\"", with: "\"kind\": \"milestone\"")
        #expect(e?.location == "targets[0].comparator")
        #expect(e?.message.contains("milestone") == true)
    }

    @Test func indicatorWithoutDirectionIsRefused() {
        let e = error(replacing: "\"comparator\": \">\", \"value\": 2.0,", with: "")
        #expect(e?.location == "targets[0].direction")
        let indicator = try? load(Self.valid.replacingOccurrences(of: "\"comparator\": \">\", \"value\": 2.0,", with: "\"direction\": \"up\","))
        #expect(indicator?.targets.first?.isIndicator == true)
    }

    @Test func goalWithoutComparatorAndWrongTypesAreRefused() {
        #expect(error(replacing: "\"comparator\": \">\", ", with: "")?.location == "targets[0].comparator")
        #expect(error(replacing: "\"deadline\": 2020", with: "\"deadline\": 20.5")?.location == "targets[0].deadline")
        #expect(error(replacing: "\"kind\": \"numeric\"", with: "\"kind\": \"number\"")?.message == "unknown kind \"number\"; expected one of: \"numeric\", \"milestone\", \"level\", \"indicator\", \"average-growth\", \"cumulative-change\", \"relative\"")
        #expect((try? load("[]")) == nil)
        #expect((try? load("")) == nil)
    }

    @Test func misspeltFieldsAreRefusedWithTheNearestKnownField() {
        #expect(error(replacing: "\"baseline\": { \"year\": 2015 }", with: "\"baselne\": { \"year\": 2015 }")?.description
            == "plan.json: targets[0].baselne: unknown field; did you mean \"baseline\"?")
        #expect(error(replacing: "\"decimals\": 2", with: "\"decimal\": 2")?.description
            == "plan.json: targets[0].decimal: unknown field; did you mean \"decimals\"?")
        #expect(error(replacing: "{ \"year\": 2015 }", with: "{ \"year\": 2015, \"valeu\": 1.57 }")?.description
            == "plan.json: targets[0].baseline.valeu: unknown field; did you mean \"value\"?")
        #expect(error(replacing: "\"source\": \"letter\" },", with: "\"source\": \"letter\", \"regoin\": \"x\" },")?.location == "plan.regoin")
        #expect(error(replacing: "\"name\": { \"en\": \"Goals\"", with: "\"nmae\": \"x\", \"name\": { \"en\": \"Goals\"")?.location == "groups[0].nmae")
        #expect(error(replacing: "\"groups\":", with: "\"version\": 2, \"groups\":")?.description
            == "plan.json: version: unknown field; expected one of: plan, groups, targets")
        #expect(error(replacing: "\"zh\": \"研发投入强度\"", with: "\"zh\": \"研发投入强度\", \"fr\": \"R&D\"")?.description
            == "plan.json: targets[0].name.fr: unknown field; expected one of: en, zh")
    }

    @Test func everyFieldOfTheFormatIsAccepted() throws {
        let all = Self.valid.replacingOccurrences(of: "\"source\": \"letter\" }\n  ]", with: "\"source\": \"letter\", \"note\": \"n\" }\n  ]")
            .replacingOccurrences(of: "{ \"year\": 2015 }", with: "{ \"year\": 2015, \"value\": 1.57 }")
            .replacingOccurrences(of: "\"comparator\": \">\",", with: "\"comparator\": \">\", \"direction\": \"up\",")
        let target = try load(all).targets[0]
        #expect(target.note == "n" && target.baseline?.value == 1.57 && target.direction == .up)
    }

    @Test func aGoalNoFigureCanMeetIsRefused() {
        #expect(error(replacing: "\"value\": 2.0", with: "\"value\": 150")?.description
            == "plan.json: targets[0].value: the goal > 150 can never be met: a share is from 0 to 100%; expected a goal from 0 to 100")
        #expect(error(replacing: "\"value\": 2.0", with: "\"value\": 100")?.message.contains("> 100 can never be met") == true)
        #expect(error(replacing: "\"comparator\": \">\"", with: "\"comparator\": \"<\"") == nil)  // below 2 %: a share can
        #expect(error(replacing: "\"comparator\": \">\", \"value\": 2.0", with: "\"comparator\": \"<\", \"value\": 0")?.message
            == "the goal < 0 can never be met: a share is from 0 to 100%; expected a goal from 0 to 100")
        #expect(error(replacing: "\"comparator\": \">\", \"value\": 2.0", with: "\"comparator\": \">=\", \"value\": 100") == nil)
        let count = { (goal: String) -> PlanError? in
            let plan = Self.valid.replacingOccurrences(of: "\"unit\": { \"en\": \"%\", \"zh\": \"%\" }", with: "\"unit\": { \"en\": \"institutions\", \"zh\": \"家\" }, \"count\": true")
                .replacingOccurrences(of: "\"comparator\": \">\", \"value\": 2.0", with: goal)
            do throws(PlanError) { _ = try load(plan) } catch { return error }
            return nil
        }
        #expect(count("\"comparator\": \">=\", \"value\": -5")?.description
            == "plan.json: targets[0].value: the goal >= -5 is met by every figure: a count is never below 0; expected a goal of 0 or more")
        #expect(count("\"comparator\": \"<\", \"value\": -5")?.message.contains("< -5 can never be met: a count is never below 0") == true)
        #expect(count("\"comparator\": \">=\", \"value\": 8000") == nil)
        // The rule comes from the plan's `count`, not from the unit's name.
        #expect(error(replacing: "\"unit\": { \"en\": \"%\", \"zh\": \"%\" }", with: "\"unit\": { \"en\": \"institutions\", \"zh\": \"家\" }") == nil)
        #expect(error(replacing: "\"unit\": { \"en\": \"%\", \"zh\": \"%\" }", with: "\"unit\": { \"en\": \"%\", \"zh\": \"%\" }, \"count\": \"yes\"")?.description
            == "plan.json: targets[0].count: expected true or false, found a string")
        #expect(error(replacing: "{ \"year\": 2015 }", with: "{ \"year\": 2015, \"value\": 101 }")?.description
            == "plan.json: targets[0].baseline.value: 101 is not a possible figure: a share is from 0 to 100%")
    }

    @Test func aYearOutOfRangeIsWrittenAsAYear() {
        #expect(error(replacing: "\"deadline\": 2020", with: "\"deadline\": 1800")?.description
            == "plan.json: targets[0].deadline: expected a year between 1900 and 2100, found 1800")
        #expect(error(replacing: "\"deadline\": 2020", with: "\"deadline\": 2020.5")?.message.hasSuffix("found 2020.5") == true)
    }

    @Test func unreadableFileIsAMessageNotACrash() {
        #expect(throws: PlanError.self) {
            try PlanLoader.load(contentsOf: URL(fileURLWithPath: "/nonexistent/plan.json"))
        }
    }
}

/// A plan of thousands of targets (a national office's): every target in the file's order,
/// and the first mistake in the file the one told.
@Suite struct LargePlanLoaderTests {
    /// A plan of `count` targets; `target(i)` may change the JSON of target `i`.
    func plan(_ count: Int, _ target: (Int) -> String? = { _ in nil }) -> String {
        let targets = (0..<count).map { i in
            target(i) ?? """
                { "id": "t\(i)", "group": "g", "kind": "numeric", "name": { "en": "T\(i)", "zh": "指标\(i)" },
                  "unit": { "en": "%", "zh": "%" }, "comparator": ">=", "value": \(i % 50), "deadline": \(2020 + i % 6),
                  "baseline": { "year": 2015 }, "quote": "不低于\(i % 50)", "source": "letter" }
                """
        }
        return """
            { "plan": { "id": "p", "title": { "en": "Plan", "zh": "规划" }, "region": { "en": "R", "zh": "区" }, "source": "letter" },
              "groups": [ { "id": "g", "name": { "en": "Goals", "zh": "目标" } } ],
              "targets": [ \(targets.joined(separator: ",\n")) ] }
            """
    }

    func load(_ text: String) throws(PlanError) -> Plan {
        try PlanLoader.load(data: Data(text.utf8), file: "plan.json")
    }

    @Test func everyTargetOfALargePlanIsReadInTheFilesOrder() throws {
        let plan = try load(plan(3_001))
        #expect(plan.targets.map(\.id) == (0..<3_001).map { "t\($0)" })
        #expect(plan.targets[2_999].goal == Goal(.atLeast, 49))
        #expect(plan.targets[1_500].deadline == 2020)
    }

    @Test func theFirstMistakeInTheFileIsTheOneTold() {
        let misspelt = { (i: Int) in "{ \"id\": \"x\(i)\", \"group\": \"g\", \"kind\": \"numerc\" }" }
        // Two mistakes far apart: the earlier one is told, wherever the parts are cut.
        #expect(throws: PlanError(file: "plan.json", location: "targets[2100].kind", message: "unknown kind \"numerc\"; expected one of: \"numeric\", \"milestone\", \"level\", \"indicator\", \"average-growth\", \"cumulative-change\", \"relative\"")) {
            try load(plan(3_000) { [2_100, 2_900].contains($0) ? misspelt($0) : nil })
        }
        // A target id used twice before a mistake: the repeated id is told.
        let text = plan(3_000) { i in
            i == 200 ? plan(1).components(separatedBy: "\"targets\": [ ")[1].components(separatedBy: " ] }")[0] : i == 2_500 ? misspelt(i) : nil
        }
        #expect(throws: PlanError(file: "plan.json", location: "targets[200].id", message: "the id \"t0\" is used twice; target ids must be unique")) {
            try load(text)
        }
    }
}
