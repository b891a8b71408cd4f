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
        try FiguresCSV.read(data: Data(text.utf8), file: "f.csv", catalog: PlanCatalog([plan]))
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
        #expect(set.figure(SeriesID(region: "r", indicator: "rd_gdp"), year: 2018)?.value == 2.01)
        #expect(set.figure(SeriesID(region: "r", indicator: "rd_gdp"), year: 2018)?.isRevised == true)
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
            _ = try FiguresCSV.read(data: Data(bytes), file: "f.csv", catalog: PlanCatalog([plan]))
            Issue.record("expected an error")
        } catch {
            #expect(error.line == 3)
            #expect(error.message.contains("not UTF-8"))
        }
    }

    func error(_ text: String) -> CSVImportError? {
        do {
            _ = try read(text)
            return nil
        } catch {
            return error
        }
    }

    @Test func aQuoteThatNeverClosesIsRefusedWithItsLineAndColumnAndNothingIsRead() {
        // Read leniently, everything after the quote was one source and the rows after it were lost.
        let text = "target,year,value,preliminary,source,note\nrd_gdp,2017,1.88,no,\"Bulletin, 2017,\nrd_gdp,2018,1.95,no,x,\nrd_gdp,2019,2.0,no,y,\n"
        #expect(error(text)?.description == "f.csv:2 (column source): the quote at character 21 opens a field that is never closed, so the rest of the file would be read as that one field; end the field with a quote (a quote inside a field is written twice: \"\")")
    }

    @Test func aStrayQuoteIsRefusedWithItsLineAndColumn() {
        #expect(error("target,year,value,source\nrd_gdp,2017,1.88,the \"bulletin\"\n")?.description
            == "f.csv:2 (column source): a quote at character 22 in a field that does not start with one; put the whole field in quotes and write the quote inside it twice (\"a \"\"b\"\" c\")")
        #expect(error("target,year,value,source\nrd_gdp,2017,1.88,\"the\" bulletin\n")?.description
            == "f.csv:2 (column source): the quote at character 22 closes the quoted field, but the field goes on after it; write a quote inside a quoted field twice (\"\")")
    }

    @Test func aFileSeparatedBySemicolonsOrTheJSONExportIsNamedForWhatItIs() {
        #expect(error("target;year;value\nrd_gdp;2017;1,88\n")?.description
            == "f.csv:1: this file separates fields with semicolons; save it as comma-separated CSV, with the columns target,year,value,preliminary,source,note")
        #expect(error("\"target\";\"year\";\"value\"\n\"rd_gdp\";2017;1.88\n")?.message.hasPrefix("this file separates fields with semicolons") == true)
        #expect(error("target\tyear\tvalue\n")?.message.hasPrefix("this file separates fields with tabs") == true)
        let json = "[\n  {\n    \"note\" : \"\",\n    \"target\" : \"rd_gdp\",\n    \"value\" : 1.88\n  }\n]\n"
        #expect(error(json)?.description == "f.csv: this is JSON; import takes the CSV export (export --format csv)")
        // A plain missing column is still said as it is.
        #expect(error("target,year\nrd_gdp,2017\n")?.message.hasPrefix("the column \"value\" is missing") == true)
    }

    @Test func columnsTheFileLeavesOutAreNotGivenInTheUpdates() throws {
        let updates = try FiguresCSV.updates(data: Data("target,year,value\nrd_gdp,2017,1.88\n".utf8), file: "f.csv", catalog: PlanCatalog([plan]))
        #expect(updates == [FigureUpdate(series: SeriesID(region: "r", indicator: "rd_gdp"), year: 2017, value: 1.88)])
        let full = try FiguresCSV.updates(data: Data("target,year,value,preliminary,source,note\nrd_gdp,2017,1.88,,,\n".utf8), file: "f.csv", catalog: PlanCatalog([plan]))
        #expect(full == [FigureUpdate(series: SeriesID(region: "r", indicator: "rd_gdp"), year: 2017, value: 1.88, source: "", note: "", isPreliminary: false)])
    }
}
