import Foundation
import InnoCore
import Testing

/// Since the last briefing: the figures at a past point, and the targets whose status moved.
@Suite struct BriefingChangesTests {
    let series = SeriesID(region: "r", indicator: "t")

    /// The worked example's target (base 1.57 in 2015, goal `> 2` by 2020) in a plan of region `r`.
    var plan: Plan {
        Plan(info: PlanInfo(id: "p", title: LocalizedText(en: "P", zh: "规划"), region: LocalizedText(en: "R", zh: "区"), regionID: "r", source: ""),
             groups: [TargetGroup(id: "g", name: LocalizedText(en: "G", zh: "组"))], targets: [Fixture.target()])
    }

    func entry(_ year: Int, _ value: Double, preliminary: Bool = false) -> FigureEntry {
        FigureEntry(series: series, year: year, value: value, isPreliminary: preliminary)
    }

    /// The figures before and after the revision `point`, the rows after it, and the changes.
    func changes(_ store: InMemoryFigureStore, after point: Int64, asOf: Int? = nil) -> [BriefingChange] {
        let rows = store.revisions(after: point)
        let now = store.figures()
        return BriefingChanges.compare(plans: [plan], before: BriefingChanges.figures(now, walkingBack: rows), after: now,
                                       between: rows, asOf: asOf)
    }

    @Test func walkingBackRestoresTheFiguresAsTheyStood() {
        let store = InMemoryFigureStore()
        store.record(entry(2015, 1.57))
        let point = store.record(entry(2016, 1.70, preliminary: true)).id
        store.record(entry(2016, 1.60))
        store.record(entry(2017, 1.62))
        store.delete(series: series, year: 2015)
        let then = BriefingChanges.figures(store.figures(), walkingBack: store.revisions(after: point))
        #expect(then.series(series).map(\.year) == [2015, 2016])
        #expect(then.figure(series, year: 2016)?.value == 1.70)
        #expect(then.figure(series, year: 2016)?.isPreliminary == true)
        #expect(then.figure(series, year: 2015)?.value == 1.57)
    }

    @Test func aNewFigureAndALaterAsOfYearAreTheReasons() throws {
        let store = InMemoryFigureStore()
        store.record(entry(2015, 1.57))
        let point = store.record(entry(2016, 1.70)).id
        store.record(entry(2017, 1.62))
        let found = changes(store, after: point)
        let change = try #require(found.first)
        #expect(found.count == 1)
        #expect(change.before.status == .onTrack && change.before.asOf == 2016)
        #expect(change.after.status == .insufficientProgress && change.after.asOf == 2017)
        #expect(change.reasons == [.newFigure(series: series, year: 2017, value: 1.62, isPreliminary: false), .asOfYear(from: 2016, to: 2017)])
        #expect(change.reasons.map { $0.sentence(for: change.target, language: .en) } == ["new figure for 2017: 1.62", "a later as-of year: 2016 → 2017"])
        #expect(change.reasons.map { $0.sentence(for: change.target, language: .zh) } == ["新增2017年数据：1.62", "评估年份推后：2016年 → 2017年"])
    }

    @Test func aRevisedFigureSaysPreliminaryToFinal() throws {
        let store = InMemoryFigureStore()
        store.record(entry(2015, 1.57))
        let point = store.record(entry(2017, 1.88, preliminary: true)).id
        store.record(entry(2017, 1.62))
        let change = try #require(changes(store, after: point).first)
        #expect(change.before.status == .onTrack && change.after.status == .insufficientProgress)
        #expect(change.reasons == [.revisedFigure(series: series, year: 2017, from: 1.88, to: 1.62, wasPreliminary: true, isPreliminary: false)])
        #expect(change.reasons[0].sentence(for: change.target, language: .en) == "revised figure for 2017: 1.88 → 1.62 (preliminary → final)")
        #expect(change.reasons[0].sentence(for: change.target, language: .zh) == "2017年数据修订：1.88 → 1.62（初步数 → 最终数）")
    }

    @Test func aClearedFigureIsAReason() throws {
        let store = InMemoryFigureStore()
        store.record(entry(2015, 1.57))
        let point = store.record(entry(2017, 1.88)).id
        store.delete(series: series, year: 2017)
        let change = try #require(changes(store, after: point, asOf: 2017).first)
        #expect(change.before.status == .onTrack && change.after.status == .notMet)
        #expect(change.reasons == [.clearedFigure(series: series, year: 2017, value: 1.88)])
        #expect(change.reasons[0].sentence(for: change.target, language: .en) == "figure for 2017 cleared (was 1.88)")
    }

    @Test func aChangeTakenBackIsNoChange() {
        let store = InMemoryFigureStore()
        store.record(entry(2015, 1.57))
        let point = store.record(entry(2017, 1.88)).id
        store.record(entry(2017, 1.50))
        store.undo()
        #expect(BriefingChanges.figureReasons(store.revisions(after: point)).isEmpty)
        #expect(changes(store, after: point).isEmpty)
    }

    @Test func aNewSourceAloneIsNoReasonAndTheSameStatusIsNotListed() {
        let store = InMemoryFigureStore()
        store.record(entry(2015, 1.57))
        let point = store.record(entry(2017, 1.88)).id
        store.record(FigureEntry(series: series, year: 2017, value: 1.88, source: "final bulletin"))
        store.record(entry(2017, 1.90))  // still on track
        #expect(changes(store, after: point).isEmpty)
    }

    @Test func revisionsSinceATimeAreThoseWrittenAfterIt() {
        nonisolated(unsafe) var now = Date(timeIntervalSince1970: 1_000)
        let store = InMemoryFigureStore(clock: { now })
        store.record(entry(2015, 1.57))
        now = Date(timeIntervalSince1970: 2_000)
        store.record(entry(2016, 1.60))
        #expect(store.revisions(since: Date(timeIntervalSince1970: 1_000)).map(\.year) == [2016])
        #expect(store.revisions(since: Date(timeIntervalSince1970: 999)).map(\.year) == [2015, 2016])
        #expect(store.revisions(after: 1).map(\.year) == [2016])
        #expect(store.revisions(after: 2).isEmpty)
    }
}
