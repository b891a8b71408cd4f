import Foundation
import GRDB
import Testing

/// Several plans in one database, figures by series, the comparison of regions, and the
/// migration of databases made by the release before series (Tests/Fixtures/v2).
@Suite struct PlansAndSeriesTests {
    let folder = WorkFolder()
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/v2")

    func copyFixture(_ name: String, to target: String) throws {
        try FileManager.default.copyItem(at: Self.fixtures.appendingPathComponent(name), to: folder.url.appendingPathComponent(target))
    }

    func run(_ arguments: String...) throws -> Program.Result {
        try Program.innodash(arguments, in: folder.url)
    }

    // MARK: Migration

    @Test func theShippedPlansDatabaseOfTheLastReleaseMigratesWithEveryFigureAndRevision() throws {
        try copyFixture("v2-shipped.sqlite", to: "innodash.sqlite")
        let export = try run("export")
        #expect(export.status == 0)
        #expect(export.stderr.contains("21 figures and 30 revisions now belong to series"))
        #expect(export.stderr.contains("innodash.sqlite.v1-backup"))
        // Every figure of the old export, in its series (rd_gdp is Chongqing's R&D intensity).
        let old = try String(contentsOf: Self.fixtures.appendingPathComponent("v2-shipped.export.csv"), encoding: .utf8)
            .split(separator: "\n").dropFirst().map { line in
                line.hasPrefix("rd_gdp,") ? "chongqing,rd_intensity," + line.dropFirst("rd_gdp,".count) : "chongqing," + line
            }
        let now = export.stdout.split(separator: "\n").filter { $0.hasPrefix("chongqing,") }.map(String.init)
        #expect(now == old)
        // The national figures that the old database never had came with the migration.
        #expect(export.stdout.contains("china,rd_intensity,2022,2.56,no,"))
        // The revision log came whole: the preliminary 2.3 and its final 2.36 of 2022.
        let history = try run("history", "rd_gdp", "2022")
        #expect(history.stdout.contains("2.36 → 2.3"))
        #expect(history.stdout.contains("2.3 → 2.36"))
        let rows = try DatabaseQueue(path: folder.path("innodash.sqlite")).read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM revision WHERE region = 'chongqing'") }
        #expect(rows == 30)
        // The copy kept beside it is the old database as it was.
        let kept = try DatabaseQueue(path: folder.path("innodash.sqlite.v1-backup")).read { db in
            (try Int.fetchOne(db, sql: "PRAGMA user_version"), try Int.fetchOne(db, sql: "SELECT count(*) FROM revision"))
        }
        #expect(kept.0 == 2 && kept.1 == 30)
        // Opening it again migrates nothing more.
        #expect(try run("export").stderr.isEmpty)
    }

    @Test func anOldDatabaseOfAnotherPlanAsksForThePlanFileAndIsLeftAsItWas() throws {
        try copyFixture("v2-custom.sqlite", to: "c.sqlite")
        try copyFixture("v2-custom-plan.json", to: "plan.json")
        let before = try Data(contentsOf: folder.url.appendingPathComponent("c.sqlite"))
        let refused = try run("export", "--db", "c.sqlite")
        #expect(refused.status == 65)
        #expect(refused.stderr.contains("holds the figures of the plan \"sc-demo\"; open it once with that plan's file (--targets FILE)"))
        #expect(try Data(contentsOf: folder.url.appendingPathComponent("c.sqlite")) == before)
        #expect(!FileManager.default.fileExists(atPath: folder.path("c.sqlite.v1-backup")))

        let migrated = try run("export", "--db", "c.sqlite", "--targets", "plan.json")
        #expect(migrated.status == 0)
        #expect(migrated.stdout == "region,indicator,year,value,preliminary,source,note\nsichuan,rd_gdp,2020,2.17,no,,\nsichuan,rd_gdp,2021,2.29,no,,final\nsichuan,labs,2023,yes,no,,\n")
        // The plan is registered: later commands need no --targets.
        let list = try run("plan", "list", "--db", "c.sqlite")
        #expect(list.stdout.contains("sc-demo"))
        #expect(!list.stdout.contains("cq-innovation-2020"))
        #expect(try run("history", "rd_gdp", "--db", "c.sqlite").stdout.contains("2.26 → 2.29"))
    }

    // MARK: Several plans, one series

    @Test func aFigureTypedOnceServesEveryPlanThatTracksItsSeries() throws {
        let recorded = try run("record", "rd_gdp", "2023", "2.4", "--source", "bulletin")
        #expect(recorded.stdout == "recorded: chongqing/rd_intensity 2023: — → 2.4\n")
        let json = try run("summary", "--plan", "cq-14th-st", "--format", "json")
        #expect(json.stdout.contains("\"year\" : 2023"))
        #expect(json.stdout.contains("\"value\" : 2.4"))
    }

    @Test func aTargetIdInTwoPlansIsRefusedNamingBoth() throws {
        let refused = try run("record", "rd_intensity", "2023", "2.5")
        #expect(refused.status == 65)
        #expect(refused.stderr.contains("\"cn-14th-fyp\" and \"cq-14th-st\""))
        #expect(try run("record", "rd_intensity", "2023", "2.5", "--plan", "cq-14th-st").stdout.contains("chongqing/rd_intensity 2023"))
        #expect(try run("record", "china/rd_intensity", "2026", "2.9").stdout.contains("china/rd_intensity 2026"))
        #expect(try run("record", "rd_intensity", "2023", "2.5", "--plan", "nope").stderr.contains("the plans: cq-innovation-2020, cn-14th-fyp, cq-14th-st"))
    }

    @Test func aNewDatabaseHoldsTheThreeShippedPlans() throws {
        let list = try run("plan", "list")
        for id in ["cq-innovation-2020", "cn-14th-fyp", "cq-14th-st"] { #expect(list.stdout.contains(id)) }
        #expect(try run("summary", "--plan", "cn-14th-fyp", "--width", "100").stdout.contains("High-value invention patents"))
    }

    // MARK: Regions side by side

    @Test func compareSaysTheGapToTheNationAndWhetherItNarrows() throws {
        let text = try run("compare", "rd_intensity", "--as-of", "2022", "--width", "100")
        #expect(text.status == 0)
        #expect(text.stdout.contains("Chongqing 2.36 against China 2.56 in 2022: 0.20 points behind, narrowing from 0.29 in 2020."))
        let later = try run("compare", "rd_intensity", "--as-of", "2024", "--format", "markdown")
        #expect(later.stdout.contains("| 2024 | 2.69 | – | – |"))
        #expect(later.stdout.contains("No figure of Chongqing for 2023–2024 yet."))
        let zh = try run("compare", "rd_intensity", "--as-of", "2022", "--lang", "zh", "--format", "markdown")
        #expect(zh.stdout.contains("2022年重庆2.36，全国2.56：落后0.20个百分点，差距较2020年的0.29缩小。"))
        let json = try run("compare", "rd_intensity", "--as-of", "2022", "--format", "json")
        #expect(json.stdout.contains("\"movement\" : \"narrowing\""))
        let csv = try run("compare", "rd_intensity", "--as-of", "2022", "--format", "csv")
        #expect(csv.stdout.contains("2022,2.56,2.36,-0.20\r\n"))
        let single = try run("compare", "tech_progress")
        #expect(single.status == 65)
        #expect(single.stderr.contains("a comparison needs two regions"))
    }

    // MARK: Adding plans, and what is refused

    func writePlan(_ name: String, id: String, region: String, target: String, series: String, unit: String, goal: Double) throws {
        try folder.write(name, """
            {"plan": {"id": "\(id)", "title": {"en": "T", "zh": "T"}, "region": {"id": "\(region)", "en": "\(region)", "zh": "区"}, "source": "s"},
             "groups": [{"id": "g", "name": {"en": "G", "zh": "G"}}],
             "targets": [{"id": "\(target)", "series": "\(series)", "group": "g", "kind": "numeric", "name": {"en": "N", "zh": "N"},
                          "unit": {"en": "\(unit)", "zh": "\(unit)"}, "comparator": ">=", "value": \(goal), "deadline": 2030,
                          "quote": "q", "source": "s"}]}
            """)
    }

    @Test func aSeriesInAnotherUnitIsRefusedNamingBothPlans() throws {
        try writePlan("permille.json", id: "cq-permille", region: "chongqing", target: "rd", series: "rd_intensity", unit: "‰", goal: 30)
        let refused = try run("plan", "add", "permille.json")
        #expect(refused.status == 65)
        #expect(refused.stderr.contains("permille.json: targets.rd tracks the series chongqing/rd_intensity in \"‰\""))
        #expect(refused.stderr.contains("\"cq-innovation-2020\" (shipped with innodash)"))
        #expect(!(try run("plan", "list").stdout.contains("cq-permille")))
    }

    @Test func aPlanIdAlreadyRegisteredWithOtherTargetsIsRefusedUntilReplaced() throws {
        try writePlan("a.json", id: "mine", region: "sichuan", target: "rd", series: "rd_intensity", unit: "%", goal: 2.5)
        #expect(try run("plan", "add", "a.json").stdout.contains("added the plan \"mine\""))
        #expect(try run("record", "sichuan/rd_intensity", "2024", "2.3").status == 0)
        try writePlan("a.json", id: "mine", region: "sichuan", target: "rd", series: "rd_intensity", unit: "%", goal: 2.8)
        // The file changed since it was registered: --targets refuses it, saying what changed.
        let changed = try run("summary", "--targets", "a.json")
        #expect(changed.status == 65)
        #expect(changed.stderr.contains("~ rd: goal >= 2.5 → >= 2.8"))
        #expect(changed.stderr.contains("innodash plan add a.json --replace"))
        #expect(try run("plan", "add", "a.json").status == 65)
        let replaced = try run("plan", "add", "a.json", "--replace")
        #expect(replaced.stdout.contains("~ rd: goal >= 2.5 → >= 2.8"))
        // Removing the plan keeps its figures.
        #expect(try run("plan", "remove", "mine").stdout.contains("the figures of its 1 series stay"))
        #expect(try run("export").stdout.contains("sichuan,rd_intensity,2024,2.3,no,,"))
    }

    // MARK: Files

    @Test func theFirstReleasesCSVStillImportsWithTargetIdsLookedUpInEveryPlan() throws {
        try folder.write("old.csv", "target,year,value,preliminary,source,note\nrd_gdp,2023,2.48,yes,bulletin,\nhigh_value_patents_per_10k,2024,14.2,no,,\n")
        let imported = try run("import", "old.csv")
        #expect(imported.status == 0)
        let export = try run("export").stdout
        #expect(export.contains("chongqing,rd_intensity,2023,2.48,yes,bulletin,"))
        #expect(export.contains("china,high_value_patents_per_10k,2024,14.2,no,,"))
        try folder.write("ambiguous.csv", "target,year,value\nrd_intensity,2023,2.5\n")
        let refused = try run("import", "ambiguous.csv")
        #expect(refused.status == 65)
        #expect(refused.stderr.contains("ambiguous.csv:2 (column target)"))
    }

    @Test func theExportOfSeveralPlansRoundTripsExactly() throws {
        _ = try run("record", "rd_gdp", "2023", "2.48", "--note", "a \"quoted\", note")
        _ = try run("record", "china/rd_intensity", "2026", "2.9", "--preliminary")
        _ = try run("record", "liangjiang_core", "2019", "yes")
        let first = try run("export", "-o", "a.csv")
        #expect(first.status == 0)
        #expect(try run("import", "a.csv", "--db", "b.sqlite").status == 0)
        #expect(try run("export", "--db", "b.sqlite").stdout == String(contentsOfFile: folder.path("a.csv"), encoding: .utf8))
    }
}

/// The shipped 14th-plan targets as the NDRC's mid-term report (December 2023) rated them.
@Suite struct ShippedFourteenthPlanTests {
    let folder = WorkFolder()

    @Test func asOf2023TheNationalPlanIsAheadWhereTheMidTermReportSaidSo() throws {
        let json = try Program.innodash(["summary", "--plan", "cn-14th-fyp", "--as-of", "2023", "--format", "json"], in: folder.url).stdout
        let document = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let targets = try #require(document["targets"] as? [[String: Any]])
        let byID = Dictionary(uniqueKeysWithValues: targets.map { ($0["id"] as? String ?? "", $0) })
        for id in ["rd_growth", "high_value_patents_per_10k", "digital_core_share"] {
            #expect(byID[id]?["midterm"] as? String == "ahead", "\(id)")
        }
        #expect(byID["rd_growth"]?["kind"] as? String == "average-growth")
        let text = try Program.innodash(["summary", "--plan", "cn-14th-fyp", "--as-of", "2023", "--lang", "zh", "--width", "120"], in: folder.url).stdout
        #expect(text.contains("快于预期"))
    }

    @Test func chongqingsRDIntensityIsMeasuredAgainstTheNationalFigureOfEachYear() throws {
        let json = try Program.innodash(["summary", "--plan", "cq-14th-st", "--as-of", "2022", "--format", "json"], in: folder.url).stdout
        let document = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let targets = try #require(document["targets"] as? [[String: Any]])
        let relative = try #require(targets.first { $0["id"] as? String == "rd_intensity_vs_national" })
        #expect(relative["kind"] as? String == "relative")
        #expect((relative["gap"] as? Double).map { abs($0 - 0.20) < 1e-9 } == true)
    }
}

/// `innodash scenario`: what-if figures kept apart from the official ones.
@Suite struct ScenarioCommandTests {
    let folder = WorkFolder()

    func run(_ arguments: String...) throws -> Program.Result {
        try Program.innodash(arguments, in: folder.url)
    }

    @Test func aScenarioIsListedAssessedAndNeverExportedAsOfficial() throws {
        let before = try run("export").stdout
        #expect(try run("scenario", "set", "rd_gdp", "2025", "2.62").stdout == "scenario: chongqing/rd_intensity 2025: 2.62 (what if; not an official figure)\n")
        let refused = try run("scenario", "set", "rd_gdp", "2022", "2.5")
        #expect(refused.status == 65 && refused.stderr.contains("2022 has an official figure"))
        let list = try run("scenario", "list")
        #expect(list.stdout.contains("chongqing/rd_intensity 2025: 2.62"))
        #expect(list.stdout.contains("cq-14th-st/rd_intensity: on track (2023) → with the scenario achieved (2025)"))
        #expect(try run("export").stdout == before)  // nothing official changed
        #expect(try run("history", "rd_gdp", "2025").stdout.contains("no figure has been recorded for 2025 yet"))
        let summary = try run("summary", "--plan", "cq-14th-st", "--width", "100").stdout
        #expect(summary.contains("With the scenario (what-if figures, not official):"))
        #expect(summary.contains("✓ on track → ✔ achieved (2025)  R&D expenditure / GDP"))
        let json = try run("summary", "--plan", "cq-14th-st", "--format", "json").stdout
        #expect(json.contains("\"withScenario\""))
        #expect(try run("scenario", "clear").stdout == "cleared 1 scenario figure; the official figures are as they were\n")
        #expect(!(try run("summary", "--plan", "cq-14th-st", "--width", "100").stdout.contains("With the scenario")))
    }
}

/// `check --binding`: exit 1 only for binding (约束性) targets off track.
@Suite struct BindingCheckTests {
    let folder = WorkFolder()

    @Test func checkBindingFailsOnlyForABindingTargetOffTrack() throws {
        func target(_ id: String, binding: Bool) -> String {
            """
            {"id": "\(id)", "group": "g", "kind": "numeric", "binding": \(binding), "name": {"en": "\(id)", "zh": "\(id)"},
             "unit": {"en": "%", "zh": "%"}, "comparator": ">=", "value": 10, "decimals": 1, "deadline": 2025,
             "baseline": {"year": 2020}, "quote": "q", "source": "s"}
            """
        }
        func plan(bindingOffTrack: Bool) -> String {
            """
            {"plan": {"id": "b", "title": {"en": "B", "zh": "B"}, "region": {"id": "x", "en": "X", "zh": "X"}, "source": "s"},
             "groups": [{"id": "g", "name": {"en": "G", "zh": "G"}}],
             "targets": [\(target("energy", binding: true)), \(target("patents", binding: false))]}
            """
        }
        try folder.write("plan.json", plan(bindingOffTrack: true))
        // Both fall away from 10: off track. Then the binding one recovers.
        try folder.write("f.csv", "region,indicator,year,value\nx,energy,2020,5\nx,energy,2022,4\nx,patents,2020,5\nx,patents,2022,4\n")
        let run = { (arguments: [String]) in try Program.innodash(arguments + ["--targets", "plan.json", "--db", "b.sqlite"], in: folder.url) }
        #expect(try run(["import", "f.csv"]).status == 0)
        let all = try run(["check"])
        #expect(all.status == 1 && all.stdout.contains("energy") && all.stdout.contains("patents"))
        let binding = try run(["check", "--binding"])
        #expect(binding.status == 1)
        #expect(binding.stdout.contains("energy") && !binding.stdout.contains("patents"))
        #expect(try run(["record", "x/energy", "2023", "9.5"]).status == 0)
        let recovered = try run(["check", "--binding"])
        #expect(recovered.status == 0, "\(recovered.stdout)")
        #expect(try run(["check"]).status == 1)  // the anticipatory one is still off track
    }

    @Test func aPlanWithoutBindingTargetsSaysSoInsteadOfAnEmptySilence() throws {
        let check = try Program.innodash(["check", "--binding", "--plan", "cn-14th-fyp"], in: folder.url)
        #expect(check.status == 0)
        #expect(check.stderr.contains("note: the plan \"cn-14th-fyp\" has no binding (约束性) target"))
        let summary = try Program.innodash(["summary", "--binding", "--plan", "cn-14th-fyp"], in: folder.url)
        #expect(summary.stderr.contains("has no binding (约束性) target"))
    }
}
