import Foundation
import InnoCore
import InnoTestSupport
import Testing

/// The binary form a database keeps a plan in: read back, it is the plan `PlanLoader` made,
/// to the last field; anything else is refused, never half read.
@Suite struct PlanCodecTests {
    static let resources = ShippedPlanTests.repository.appendingPathComponent("Sources/innodash/Resources")

    func roundTrip(_ plan: Plan) -> Plan? {
        PlanCodec.encode(plan).withUnsafeBytes { PlanCodec.decode($0) }
    }

    @Test(arguments: ["targets.json", "china-14th.json", "cq-14th-st.json"])
    func aShippedPlanReadsBackAsItWasRead(_ file: String) throws {
        let plan = try PlanLoader.load(data: Data(contentsOf: Self.resources.appendingPathComponent(file)), file: file)
        let back = try #require(roundTrip(plan))
        #expect(back == plan)
        // `==` compares every field; the texts shown are compared too, in case it ever does not.
        #expect(back.targets.map(\.quote) == plan.targets.map(\.quote))
        #expect(back.targets.map(\.referenceName) == plan.targets.map(\.referenceName))
    }

    @Test(arguments: [1 as UInt64, 2, 3])
    func everyFieldOfRandomTargetsReadsBack(seed: UInt64) throws {
        var random = SeededRandom(seed: seed)
        let plan = Self.randomPlan(targets: 400, &random)
        let back = try #require(roundTrip(plan))
        let same = back == plan  // one line of failure, not two plans printed
        #expect(same)
        #expect(back.info == plan.info && back.groups == plan.groups)
        for (a, b) in zip(back.targets, plan.targets) where a != b {
            Issue.record("\(a.id) read back as \(a), written as \(b)")
        }
    }

    /// A field added to the model and not to the codec would be lost without a word: these
    /// are the fields the codec writes, and the model must have no other.
    @Test func theCodecWritesEveryFieldOfTheModel() {
        func fields(_ value: Any) -> [String] { Mirror(reflecting: value).children.compactMap(\.label) }
        let target = Target(id: "t", group: "g", kind: .numeric, name: LocalizedText(en: "", zh: ""))
        #expect(fields(target) == [
            "id", "series", "group", "kind", "name", "unit", "isCount", "goal", "direction", "decimals", "deadline",
            "baseline", "quote", "source", "note", "form", "isBinding", "reference", "referenceName", "aliases",
        ])
        #expect(fields(PlanInfo(id: "p", title: LocalizedText(en: "", zh: ""), region: LocalizedText(en: "", zh: ""), source: ""))
            == ["id", "title", "region", "regionID", "source"])
        #expect(fields(TargetGroup(id: "g", name: LocalizedText(en: "", zh: ""))) == ["id", "name"])
        #expect(fields(SeriesID(region: "r", indicator: "i")) == ["region", "indicator"])
        #expect(fields(LocalizedText(en: "", zh: "")) == ["en", "zh"])
        #expect(fields(Goal(.above, 1)) == ["comparator", "value"])
        #expect(fields(Baseline(year: 2020, value: 1)) == ["year", "value"])
        #expect(fields(Plan(info: PlanInfo(id: "p", title: LocalizedText(en: "", zh: ""), region: LocalizedText(en: "", zh: ""), source: ""),
                            groups: [], targets: [])) == ["info", "groups", "targets", "index"])
    }

    @Test func bytesCutShortOrLeftOverAreRefused() {
        var random = SeededRandom(seed: 9)
        let bytes = PlanCodec.encode(Self.randomPlan(targets: 6, &random))
        for length in 0..<bytes.count {
            #expect(Array(bytes[..<length]).withUnsafeBytes { PlanCodec.decode($0) } == nil, "cut to \(length) of \(bytes.count) bytes")
        }
        #expect((bytes + [0]).withUnsafeBytes { PlanCodec.decode($0) } == nil)
        var otherFormat = bytes
        otherFormat[0] &+= 1
        #expect(otherFormat.withUnsafeBytes { PlanCodec.decode($0) } == nil)
    }

    /// A value no plan file can hold, in bytes that otherwise decode, is refused.
    @Test func valuesNoPlanFileCanHoldAreRefused() {
        func plan(_ change: (inout Target) -> Void) -> Plan {
            var target = Target(id: "t", group: "g", kind: .numeric, name: LocalizedText(en: "T", zh: "T"), goal: Goal(.atLeast, 2),
                                decimals: 2, deadline: 2025, baseline: Baseline(year: 2020, value: 1))
            change(&target)
            return Plan(info: PlanInfo(id: "p", title: LocalizedText(en: "", zh: ""), region: LocalizedText(en: "", zh: ""), source: ""),
                        groups: [TargetGroup(id: "g", name: LocalizedText(en: "", zh: ""))], targets: [target])
        }
        #expect(roundTrip(plan { _ in }) != nil)
        #expect(roundTrip(plan { $0.decimals = 7 }) == nil)
        #expect(roundTrip(plan { $0.decimals = -1 }) == nil)
        #expect(roundTrip(plan { $0.deadline = 1_000_000 }) == nil)
        #expect(roundTrip(plan { $0.baseline = Baseline(year: 2020, value: .nan) }) == nil)
        #expect(roundTrip(plan { $0.goal = Goal(.atLeast, .infinity) }) == nil)
        #expect(roundTrip(plan { $0.form = .cumulativeChange(Goal(.atMost, .nan)) }) == nil)
    }

    @Test func damagedBytesAreRefusedOrReadWithoutACrash() {
        var random = SeededRandom(seed: 11)
        let bytes = PlanCodec.encode(Self.randomPlan(targets: 6, &random))
        for _ in 0..<2_000 {
            var damaged = bytes
            damaged[Int.random(in: 1..<damaged.count, using: &random)] = UInt8.random(in: 0...255, using: &random)
            _ = damaged.withUnsafeBytes { PlanCodec.decode($0) }
        }
    }

    @Test func textThatIsNotUTF8IsRefused() {
        // A lone continuation byte, a 4-byte sequence cut short (repaired to as many bytes),
        // an overlong encoding, a surrogate, a byte that is never UTF-8.
        for bad: [UInt8] in [[0x61, 0x80], [0xF0, 0x9F, 0x98], [0xC0, 0xAF], [0xED, 0xA0, 0x80], [0xFF]] {
            #expect(bad.withUnsafeBufferPointer { String(validUTF8: $0) } == nil, "\(bad)")
        }
        for good in ["", "R&D", "研发投入强度", "🙂", "\u{FFFD}"] {
            #expect(Array(good.utf8).withUnsafeBufferPointer { String(validUTF8: $0) } == good)
        }
    }

    // MARK: Random plans

    static func randomPlan(targets count: Int, _ random: inout SeededRandom) -> Plan {
        let groups = (0..<3).map { TargetGroup(id: "g\($0)", name: text("Group \($0)", &random)) }
        let targets = (0..<count).map { i in randomTarget(i, groups: groups, &random) }
        return Plan(info: PlanInfo(id: "random", title: text("Random plan", &random), region: text("Somewhere", &random),
                                   regionID: "somewhere", source: "a letter"), groups: groups, targets: targets)
    }

    static func randomTarget(_ i: Int, groups: [TargetGroup], _ random: inout SeededRandom) -> Target {
        func maybe<T>(_ value: T, _ random: inout SeededRandom) -> T? { Bool.random(using: &random) ? value : nil }
        let comparator = Comparator.allCases.randomElement(using: &random)!
        let goal = Goal(comparator, [0, -0.0, 1.5, -13.5, 1e-5, 123456.789, .greatestFiniteMagnitude].randomElement(using: &random)!)
        let forms: [TargetForm] = [.level, .averageGrowth(goal, measure: .growthRate), .averageGrowth(goal, measure: .level),
                                   .cumulativeChange(goal), .relative(comparator)]
        let kind: Target.Kind = Int.random(in: 0..<5, using: &random) == 0 ? .milestone : .numeric
        return Target(
            id: "t\(i)", series: SeriesID(region: ["somewhere", "china", ""].randomElement(using: &random)!, indicator: "indicator_\(i % 37)"),
            group: groups.randomElement(using: &random)!.id, kind: kind, name: text("Target \(i)", &random),
            unit: maybe(text("%", &random), &random), isCount: Bool.random(using: &random), goal: maybe(goal, &random),
            direction: Bool.random(using: &random) ? .up : .down, decimals: Int.random(in: 0...3, using: &random),
            deadline: maybe(Int.random(in: 2015...2035, using: &random), &random),
            baseline: maybe(Baseline(year: Int.random(in: 2010...2025, using: &random), value: maybe(Double.random(in: -5...500, using: &random), &random)), &random),
            quote: maybe("「到\(2020 + i % 15)年达到\(i)」", &random), source: ["", "国办函〔2016〕1号", "letter"].randomElement(using: &random)!,
            note: maybe("read as \"at least\"; 见附件\(i)", &random), form: kind == .milestone ? .level : forms.randomElement(using: &random)!,
            isBinding: Bool.random(using: &random), reference: maybe("china", &random), referenceName: maybe(text("national average", &random), &random),
            aliases: (0..<Int.random(in: 0...3, using: &random)).map { "别名\($0)" }
        )
    }

    static func text(_ en: String, _ random: inout SeededRandom) -> LocalizedText {
        LocalizedText(en: en + (Bool.random(using: &random) ? " — a longer English name past fifteen bytes" : ""),
                      zh: ["", "研发投入强度", "全国平均水平🙂"].randomElement(using: &random)!)
    }
}
