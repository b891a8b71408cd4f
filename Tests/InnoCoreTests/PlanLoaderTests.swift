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
        #expect(error(replacing: "\"kind\": \"numeric\"", with: "\"kind\": \"number\"")?.message.contains("expected \"numeric\" or \"milestone\"") == true)
        #expect((try? load("[]")) == nil)
        #expect((try? load("")) == nil)
    }

    @Test func unreadableFileIsAMessageNotACrash() {
        #expect(throws: PlanError.self) {
            try PlanLoader.load(contentsOf: URL(fileURLWithPath: "/nonexistent/plan.json"))
        }
    }
}
