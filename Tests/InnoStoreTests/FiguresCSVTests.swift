import Foundation
import InnoCore
import InnoStore
import Testing

@Suite struct FiguresCSVTests {
    let plan = Plan(
        info: PlanInfo(id: "p", title: LocalizedText(en: "P", zh: "P"), region: LocalizedText(en: "R", zh: "R"), source: "s"),
        groups: [TargetGroup(id: "g", name: LocalizedText(en: "G", zh: "G"))],
        targets: [
            Target(id: "rd_gdp", group: "g", kind: .numeric, name: LocalizedText(en: "R&D", zh: "研发"),
                   unit: LocalizedText(en: "%", zh: "%"), goal: Goal(.above, 2), decimals: 2, deadline: 2020, quote: "q", source: "s"),
        ]
    )

    func read(_ text: String) throws(CSVImportError) -> [Figure] {
        try FiguresCSV.read(data: Data(text.utf8), file: "f.csv", plan: plan)
    }

    @Test func readsQuotedFieldsAndRevisionsInOrder() throws {
        let figures = try read("""
            target,year,value,preliminary,source,note
            rd_gdp,2018,1.95,yes,"Bulletin, 2018",preliminary estimate
            rd_gdp,2018,2.01,no,"数说重庆","final"
            """)
        #expect(figures.count == 2)
        #expect(figures[0].isPreliminary && figures[0].source == "Bulletin, 2018")
        let set = FigureSet(figures)
        #expect(set.figure("rd_gdp", year: 2018)?.value == 2.01)
        #expect(set.figure("rd_gdp", year: 2018)?.isRevised == true)
    }

    @Test func badRowNamesLineColumnAndReason() {
        #expect(throws: CSVImportError(file: "f.csv", line: 3, column: "value", message: "\"abc\" is not a number; type digits with an optional decimal point, such as 2.11 or 1,234.5")) {
            try read("target,year,value\nrd_gdp,2017,1.88\nrd_gdp,2018,abc\n")
        }
    }

    @Test func unknownTargetSuggestsTheNearestId() throws {
        do {
            _ = try read("target,year,value\nrd_gpd,2017,1.88\n")
            Issue.record("expected an error")
        } catch {
            #expect(error.description.contains("did you mean \"rd_gdp\"?"))
            #expect(error.line == 2)
        }
    }

    @Test func missingColumnAndInvalidUTF8AreRefused() {
        #expect(throws: CSVImportError.self) { try read("target,year\nrd_gdp,2017\n") }
        var bytes = Array("target,year,value\nrd_gdp,2017,1.88\n".utf8)
        bytes += [0xFF, 0xFE] + Array(",2018,1\n".utf8)
        do {
            _ = try FiguresCSV.read(data: Data(bytes), file: "f.csv", plan: plan)
            Issue.record("expected an error")
        } catch {
            #expect(error.line == 3)
            #expect(error.message.contains("not UTF-8"))
        }
    }
}
