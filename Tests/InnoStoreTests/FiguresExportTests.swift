import Foundation
import InnoCore
import InnoStore
import Testing

@Suite struct FiguresExportTests {
    let folder = TemporaryFolder()
    let plan = Plan(
        info: PlanInfo(id: "p", title: LocalizedText(en: "P", zh: "P"), region: LocalizedText(en: "R", zh: "R"), source: "s"),
        groups: [TargetGroup(id: "g", name: LocalizedText(en: "G", zh: "G"))],
        targets: [
            Target(id: "rd_gdp", group: "g", kind: .numeric, name: LocalizedText(en: "R&D", zh: "研发"),
                   unit: LocalizedText(en: "%", zh: "%"), goal: Goal(.above, 2), decimals: 2, deadline: 2020, source: "s"),
            Target(id: "zone", group: "g", kind: .milestone, name: LocalizedText(en: "Zone", zh: "园区"), deadline: 2020, source: "s"),
            Target(id: "amount", group: "g", kind: .numeric, name: LocalizedText(en: "Amount", zh: "金额"),
                   unit: LocalizedText(en: "100M yuan", zh: "亿元"), direction: .up, decimals: 2, source: "s"),
        ]
    )

    /// Figures with every wrinkle a CSV writer can get wrong.
    var awkward: [FigureEntry] {
        [
            FigureEntry(series: SeriesID(region: "r", indicator: "rd_gdp"), year: 2018, value: 1.95, source: "重庆市科技局, 2018年工作综述", note: "preliminary \"estimate\"", isPreliminary: true),
            FigureEntry(series: SeriesID(region: "r", indicator: "rd_gdp"), year: 2018, value: 2.01, source: "数说重庆: 2.01%", note: "line one\nline two"),
            FigureEntry(series: SeriesID(region: "r", indicator: "rd_gdp"), year: 2015, value: 1.57, source: "  padded source  ", note: ""),
            FigureEntry(series: SeriesID(region: "r", indicator: "zone"), year: 2019, value: 1, source: "国务院批复"),
            FigureEntry(series: SeriesID(region: "r", indicator: "amount"), year: 2016, value: 0.00001, source: "tiny"),
            FigureEntry(series: SeriesID(region: "r", indicator: "amount"), year: 2017, value: 123_456_789_012.5, source: "large"),
            FigureEntry(series: SeriesID(region: "r", indicator: "amount"), year: 2018, value: 0.1 + 0.2, source: "binary fraction"),
        ]
    }

    func store(_ name: String, seed: [FigureEntry] = []) throws -> SQLiteFigureStore {
        try SQLiteFigureStore(path: folder.path(name), seed: seed)
    }

    @Test func exportImportExportGivesTheSameBytes() throws {
        let first = FiguresExport.csv(try store("a.sqlite", seed: awkward).figures(), catalog: PlanCatalog([plan]))
        let read = try FiguresCSV.read(data: Data(first.utf8), file: "export.csv", catalog: PlanCatalog([plan]))
        let empty = try store("b.sqlite")
        try empty.importFigures(read.map(FigureEntry.init))
        let second = FiguresExport.csv(try empty.figures(), catalog: PlanCatalog([plan]))
        #expect(second == first)
        #expect(try empty.figures() .all.map(\.value) == store("a.sqlite").figures().all.map(\.value))
    }

    @Test func csvHasTheShippedColumnsInPlanOrderWithQuotingWhereNeeded() throws {
        let csv = FiguresExport.csv(try store("a.sqlite", seed: awkward).figures(), catalog: PlanCatalog([plan]))
        #expect(csv == """
            region,indicator,year,value,preliminary,source,note
            r,rd_gdp,2015,1.57,no,"  padded source  ",
            r,rd_gdp,2018,2.01,no,数说重庆: 2.01%,"line one
            line two"
            r,zone,2019,yes,no,国务院批复,
            r,amount,2016,0.00001,no,tiny,
            r,amount,2017,123456789012.5,no,large,
            r,amount,2018,0.30000000000000004,no,binary fraction,

            """)
    }

    @Test func textsASpreadsheetWouldRunAreGuardedAndImportTakesTheGuardOffAgain() throws {
        let texts = [
            FigureEntry(series: SeriesID(region: "r", indicator: "rd_gdp"), year: 2015, value: 1.57, source: "=cmd|' /C calc'!A0", note: "+1+1"),
            FigureEntry(series: SeriesID(region: "r", indicator: "rd_gdp"), year: 2016, value: 1.72, source: "@SUM(1)", note: "-2 after the census"),
            // Real texts that begin with ' or -: they come back exactly.
            FigureEntry(series: SeriesID(region: "r", indicator: "rd_gdp"), year: 2017, value: 1.88, source: "'数说重庆' 2018", note: "'-0.1 revision"),
            FigureEntry(series: SeriesID(region: "r", indicator: "rd_gdp"), year: 2018, value: 2.5, source: "- see note", note: "''=x"),
        ]
        let csv = FiguresExport.csv(try store("a.sqlite", seed: texts).figures(), catalog: PlanCatalog([plan]))
        #expect(csv == """
            region,indicator,year,value,preliminary,source,note
            r,rd_gdp,2015,1.57,no,'=cmd|' /C calc'!A0,'+1+1
            r,rd_gdp,2016,1.72,no,'@SUM(1),'-2 after the census
            r,rd_gdp,2017,1.88,no,'数说重庆' 2018,''-0.1 revision
            r,rd_gdp,2018,2.5,no,'- see note,'''=x

            """)
        let read = try FiguresCSV.read(data: Data(csv.utf8), file: "export.csv", catalog: PlanCatalog([plan]))
        #expect(read.map(FigureEntry.init) == texts)
        let empty = try store("b.sqlite")
        try empty.importFigures(read.map(FigureEntry.init))
        #expect(FiguresExport.csv(try empty.figures(), catalog: PlanCatalog([plan])) == csv)
    }

    @Test func jsonListsEachFigureWithItsFlags() throws {
        let json = FiguresExport.json(try store("a.sqlite", seed: awkward).figures(), catalog: PlanCatalog([plan]))
        let objects = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [[String: Any]])
        #expect(objects.count == 6)
        #expect(objects[1]["region"] as? String == "r")
        #expect(objects[1]["indicator"] as? String == "rd_gdp")
        #expect(objects[1]["value"] as? Double == 2.01)
        #expect(objects[1]["revised"] as? Bool == true)
        #expect(objects[1]["preliminary"] as? Bool == false)
        #expect(objects[1]["note"] as? String == "line one\nline two")
    }

    @Test(arguments: [(1.57, "1.57"), (25.0, "25"), (0.00001, "0.00001"), (1.5e-7, "0.00000015"), (-2.5, "-2.5"),
                      (123_456_789_012_345, "123456789012345"), (1e20, "100000000000000000000"), (0, "0"), (-0.0, "0")])
    func exactDecimalsHaveNoExponentAndReadBackTheSame(value: Double, text: String) throws {
        #expect(ExactDecimal.text(value) == text)
    }
}
