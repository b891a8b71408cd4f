import Foundation
import InnoCore
import InnoTestSupport
import Testing

/// How a plan file names the series its targets track, and the region they are in.
@Suite struct SeriesInPlanTests {
    func load(_ text: String) throws(PlanError) -> Plan {
        try PlanLoader.load(data: Data(text.utf8), file: "plan.json")
    }

    func plan(region: String, series: String?) -> String {
        PlanLoaderTests.valid
            .replacingOccurrences(of: #""region": { "en": "R", "zh": "区" }"#, with: region)
            .replacingOccurrences(of: #"{ "id": "rd_gdp", "group""#, with: #"{ "id": "rd_gdp", "#
                                    + (series.map { #""series": "\#($0)", "# } ?? "") + #""group""#)
    }

    @Test func aTargetWithoutSeriesTracksItsIdInThePlansRegion() throws {
        let loaded = try load(plan(region: #""region": { "en": "Inner Mongolia", "zh": "内蒙古" }"#, series: nil))
        #expect(loaded.info.regionID == "inner-mongolia")
        #expect(loaded.targets[0].series == SeriesID(region: "inner-mongolia", indicator: "rd_gdp"))
    }

    @Test func anIndicatorIsInThePlansRegionAndARegionSlashIndicatorWhereItSays() throws {
        let inRegion = try load(plan(region: #""region": { "id": "chongqing", "en": "Chongqing", "zh": "重庆" }"#, series: "rd_intensity"))
        #expect(inRegion.targets[0].series == SeriesID(region: "chongqing", indicator: "rd_intensity"))
        let elsewhere = try load(plan(region: #""region": { "id": "chongqing", "en": "Chongqing", "zh": "重庆" }"#, series: "china/rd_intensity"))
        #expect(elsewhere.targets[0].series == SeriesID(region: "china", indicator: "rd_intensity"))
    }

    @Test(arguments: ["a/b/c", "china/", "/rd", "研发/强度", "rd intensity"])
    func aSeriesThatIsNotRegionSlashIndicatorIsRefused(series: String) {
        #expect(throws: PlanError.self) { try load(plan(region: #""region": { "en": "R", "zh": "区" }"#, series: series)) }
        do {
            _ = try load(plan(region: #""region": { "en": "R", "zh": "区" }"#, series: series))
        } catch {
            #expect(error.location == "targets[0].series")
            #expect(error.message.contains("is not a series; expected an indicator id such as \"rd_intensity\""))
        }
    }

    @Test func aRegionIdThatIsNotAnIdIsRefused() {
        do {
            _ = try load(plan(region: #""region": { "id": "重庆", "en": "Chongqing", "zh": "重庆" }"#, series: nil))
            Issue.record("loaded")
        } catch {
            #expect(error.location == "plan.region.id")
        }
    }
}

/// A relative target names its reference region by id, or by id with the plan's words for it.
@Suite struct ReferenceInPlanTests {
    func plan(_ reference: String) -> String {
        """
        {"plan": {"id": "p", "title": {"en": "P", "zh": "P"}, "region": {"id": "chongqing", "en": "Chongqing", "zh": "重庆"}, "source": "s"},
         "groups": [{"id": "g", "name": {"en": "G", "zh": "G"}}],
         "targets": [{"id": "rd", "series": "rd_intensity", "group": "g", "kind": "relative", "reference": \(reference),
                      "name": {"en": "R&D", "zh": "研发"}, "unit": {"en": "%", "zh": "%"}, "comparator": ">=", "deadline": 2025,
                      "quote": "达到或超过全国平均水平", "source": "s"}]}
        """
    }

    @Test func theReferenceIsAnIdOrAnIdWithThePlansWords() throws {
        let plain = try PlanLoader.load(data: Data(plan(#""china""#).utf8), file: "p.json")
        #expect(plain.targets[0].referenceSeries == SeriesID(region: "china", indicator: "rd_intensity"))
        #expect(plain.targets[0].referenceName == nil)
        let named = try PlanLoader.load(data: Data(plan(#"{"id": "china", "en": "the national average", "zh": "全国平均水平"}"#).utf8), file: "p.json")
        #expect(named.targets[0].referenceSeries == SeriesID(region: "china", indicator: "rd_intensity"))
        #expect(named.targets[0].referenceName == LocalizedText(en: "the national average", zh: "全国平均水平"))
        #expect(throws: PlanError.self) { try PlanLoader.load(data: Data(plan(#"{"id": "china", "en": "x", "zh": "y", "level": 1}"#).utf8), file: "p.json") }
    }
}

/// Which targets a change of a series' figures touches: the ones on it, and the relative
/// ones measured against it.
@Suite struct AssessedOnSeriesTests {
    @Test func thePlanFindsEveryTargetAssessedOnASeries() {
        var random = SeededRandom(seed: 14)
        let plan = PlanCodecTests.randomPlan(targets: 300, &random)
        let ids = Set(plan.targets.flatMap { [$0.series] + ($0.referenceSeries.map { [$0] } ?? []) }) + [SeriesID(region: "nowhere", indicator: "x")]
        #expect(plan.targets.contains { $0.referenceSeries != nil })
        for id in ids {
            let expected = plan.targets.indices.filter { plan.targets[$0].series == id || plan.targets[$0].referenceSeries == id }
            #expect(plan.positions(assessedOn: id) == expected, "\(id)")
        }
    }
}
@Suite struct TargetInGroupTests {
    @Test func aTargetByItsPlaceInItsGroupIsTheGroupsTargetThere() {
        var random = SeededRandom(seed: 13)
        let plan = PlanCodecTests.randomPlan(targets: 60, &random)
        for group in plan.groups {
            let targets = plan.targets(inGroup: group.id)
            #expect(!targets.isEmpty)
            for (position, target) in targets.enumerated() {
                #expect(plan.target(inGroup: group.id, at: position) == target)
            }
            #expect(plan.target(inGroup: group.id, at: targets.count) == nil)
            #expect(plan.target(inGroup: group.id, at: -1) == nil)
        }
        #expect(plan.target(inGroup: "no such group", at: 0) == nil)
    }
}
