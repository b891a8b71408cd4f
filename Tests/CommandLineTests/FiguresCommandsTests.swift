import Foundation
import Testing

/// record, history, undo, redo, check, import and export as a user types them.
@Suite struct FiguresCommandsTests {
    let folder = WorkFolder()

    func innodash(_ arguments: String...) throws -> Program.Result {
        try Program.innodash(arguments, in: folder.url)
    }

    @Test func aSessionOnTheShippedDataRecordsUndoesRedoesAndChecks() throws {
        // No --db: the database is innodash.sqlite in the working folder, loaded with the shipped figures.
        let history = try innodash("history", "rd_gdp", "2018")
        #expect(history.status == 0)
        let lines = history.stdout.split(separator: "\n")
        #expect(lines.contains { $0.contains("import  — → 1.95") && $0.contains("preliminary") && $0.contains("研发经费投入强度达到1.95%") })
        #expect(lines.contains { $0.contains("import  1.95 → 2.01") && !$0.contains("preliminary") })
        let mode = try FileManager.default.attributesOfItem(atPath: folder.path("innodash.sqlite"))[.posixPermissions] as? Int
        #expect(mode == 0o600)

        let record = try innodash("record", "rd_gdp", "2021", "２.２％", "--source", "试算", "--preliminary")
        #expect(record.stdout == "recorded: chongqing/rd_intensity 2021: value 2.16 → 2.2, source \"2022年重庆市科技投入统计公报 (重庆市科技局 2023-10-09): 2.…\" → \"试算\", note kept, now preliminary\n")
        #expect(try innodash("undo").stdout == "undone: chongqing/rd_intensity 2021: 2.2 → 2.16\n")
        #expect(try innodash("redo").stdout == "redone: chongqing/rd_intensity 2021: 2.16 → 2.2 (preliminary)\n")
        #expect(try innodash("redo").stdout == "nothing to redo\n")
        let log = try innodash("history", "rd_gdp", "2021").stdout
        #expect(log.contains("revise  2.16 → 2.2  preliminary") && log.contains("试算"))
        #expect(log.contains("undo    2.2 → 2.16") && log.contains("redo    2.16 → 2.2"))

        let check = try innodash("check")
        #expect(check.status == 1)
        #expect(check.stdout == "tech_progress  missed  Tech progress contribution to growth\n")
        let early = try innodash("check", "--as-of", "2017")
        #expect(early.status == 0 && early.stdout.isEmpty)
    }

    @Test func recordingTheSameFigureAgainWritesNoRevision() throws {
        #expect(try innodash("record", "rd_gdp", "2021", "2.2", "--source", "bulletin").stdout.hasPrefix("recorded: "))
        let again = try innodash("record", "rd_gdp", "2021", "2.20", "--source", "bulletin")
        #expect(again.status == 0)
        #expect(again.stdout == "unchanged: chongqing/rd_intensity 2021 is already 2.2, with the same source, note and preliminary flag\n")
        // Another source is a change: the figure's source is part of it.
        #expect(try innodash("record", "rd_gdp", "2021", "2.2", "--source", "yearbook").stdout.hasPrefix("recorded: "))
        let log = try innodash("history", "rd_gdp", "2021").stdout
        #expect(log.split(separator: "\n").filter { $0.contains("2.2") }.count == 2)
    }

    @Test func wrongInputIsRefusedWithWhatIsExpectedAndNothingSaved() throws {
        let before = try innodash("export").stdout
        let cases: [([String], String)] = [
            (["record", "rd_gpd", "2021", "2.2"], "did you mean \"rd_gdp\"?"),
            (["record", "rd_gdp", "1850", "2.2"], "expected 1900 to 2100"),
            (["record", "rd_gdp", "2021", "abc"], "is not a number"),
            (["record", "rd_gdp", "2021", "120%"], "expected a percentage from 0 to 100"),
            (["record", "rd_gdp", "2021", "nan"], "is not a finite number"),
            (["record", "platform_institutions", "2016", "--", "-5"], "a count cannot be below 0"),
            (["record", "liangjiang_core", "2020", "maybe"], "a milestone is recorded as yes (是, achieved) or no (否)"),
            (["record", "rd_gdp", "2021", ""], "empty; type a number"),
        ]
        for (arguments, expected) in cases {
            let result = try Program.innodash(arguments, in: folder.url)
            #expect(result.status == 65, "\(arguments)")
            #expect(result.stderr.hasPrefix("innodash: ") && result.stderr.contains(expected), "\(arguments): \(result.stderr)")
        }
        #expect(try innodash("export").stdout == before)
    }

    @Test func aMilestoneIsRecordedAsYesOrNo() throws {
        #expect(try innodash("record", "liangjiang_core", "2019", "是").stdout == "recorded: chongqing/liangjiang_core 2019: — → yes\n")
        #expect(try innodash("export").stdout.contains("liangjiang_core,2019,yes,no,,\n"))
    }

    @Test func importIsAllOrNothingAndNamesTheLineColumnAndReason() throws {
        let before = try innodash("export").stdout
        try folder.write("bad.csv", """
            target,year,value,preliminary,source,note
            rd_gdp,2021,2.2,no,first,
            tech_progress,2021,59,no,second,
            rd_gdp,2023,abc,no,third,
            """)
        let result = try innodash("import", "bad.csv")
        #expect(result.status == 65)
        #expect(result.stderr == "innodash: bad.csv:4 (column value): \"abc\" is not a number; type digits with an optional decimal point, such as 2.11 or 1,234.5\n")
        #expect(try innodash("export").stdout == before)
    }

    @Test func aQuoteThatNeverClosesStopsImportAndFiguresWithItsLineAndColumn() throws {
        let before = try innodash("export").stdout
        try folder.write("open.csv", """
            target,year,value,preliminary,source,note
            rd_gdp,2021,2.2,no,"Bulletin, 2021,
            tech_progress,2021,59,no,second,
            rd_gdp,2023,2.4,no,third,
            """)
        let expected = "innodash: open.csv:2 (column source): the quote at character 20 opens a field that is never closed, so the rest of the file would be read as that one field; end the field with a quote (a quote inside a field is written twice: \"\")\n"
        let result = try innodash("import", "open.csv")
        #expect(result.status == 65)
        #expect(result.stderr == expected)
        #expect(try innodash("export").stdout == before)
        let figures = try innodash("summary", "--figures", "open.csv")
        #expect(figures.status == 65 && figures.stderr == expected)
        try folder.write("stray.csv", "target,year,value,source\nrd_gdp,2021,2.2,the \"bulletin\"\n")
        let stray = try innodash("import", "stray.csv")
        #expect(stray.status == 65)
        #expect(stray.stderr.hasPrefix("innodash: stray.csv:2 (column source): a quote at character 21 in a field that does not start with one;"))
        #expect(try innodash("export").stdout == before)
    }

    @Test func reimportingWithoutSourcesKeepsThemAndSaysWhatChanged() throws {
        try folder.write("full.csv", """
            target,year,value,preliminary,source,note
            rd_gdp,2023,2.3,yes,yearbook,census GDP
            rd_gdp,2024,2.4,no,bulletin,
            """)
        #expect(try innodash("import", "full.csv").stdout.hasPrefix("imported 2 figures from full.csv: 2 new, 0 revised;"))
        try folder.write("min.csv", "target,year,value\nrd_gdp,2023,2.3\nrd_gdp,2024,2.4\n")
        #expect(try innodash("import", "min.csv").stdout == "imported 0 figures from min.csv: 0 new, 0 revised, 2 unchanged\n")
        try folder.write("more.csv", "target,year,value\nrd_gdp,2023,2.3\nrd_gdp,2024,2.5\nrd_gdp,2025,2.6\n")
        #expect(try innodash("import", "more.csv").stdout
            == "imported 2 figures from more.csv: 1 new, 1 revised (value), 1 unchanged; `innodash undo` takes the whole import back\n")
        let export = try innodash("export").stdout
        #expect(export.contains("chongqing,rd_intensity,2023,2.3,yes,yearbook,census GDP\n") && export.contains("chongqing,rd_intensity,2024,2.5,no,bulletin,\n"))
    }

    @Test func rerecordingWithoutSourceKeepsItAndFinalTakesThePreliminaryFlagOff() throws {
        #expect(try innodash("record", "rd_gdp", "2024", "2.4", "--source", "bulletin", "--note", "census GDP", "--preliminary").stdout
            == "recorded: chongqing/rd_intensity 2024: — → 2.4 (preliminary)\n")
        #expect(try innodash("record", "rd_gdp", "2024", "2.4").stdout
            == "unchanged: chongqing/rd_intensity 2024 is already 2.4, with the same source, note and preliminary flag\n")
        #expect(try innodash("record", "rd_gdp", "2024", "2.5").stdout
            == "recorded: chongqing/rd_intensity 2024: value 2.4 → 2.5, source kept, note kept, still preliminary\n")
        #expect(try innodash("record", "rd_gdp", "2024", "2.5", "--final", "--note", "").stdout
            == "recorded: chongqing/rd_intensity 2024: source kept, note \"census GDP\" → (none), now final\n")
        #expect(try innodash("export").stdout.contains("chongqing,rd_intensity,2024,2.5,no,bulletin,\n"))
        let history = try innodash("history", "rd_gdp", "2024").stdout
        #expect(history.split(separator: "\n").filter { $0.contains("2.5") }.count == 2)
        let both = try innodash("record", "rd_gdp", "2024", "2.5", "--final", "--preliminary")
        #expect(both.status == 64)
    }

    @Test func aFileSeparatedBySemicolonsOrTheJSONExportSaysWhatTheFileIs() throws {
        try folder.write("semi.csv", "target;year;value\nrd_gdp;2023;2,3\n")
        let semi = try innodash("import", "semi.csv")
        #expect(semi.status == 65)
        #expect(semi.stderr == "innodash: semi.csv:1: this file separates fields with semicolons; save it as comma-separated CSV, with the columns target,year,value,preliminary,source,note\n")
        let json = try innodash("export", "--format", "json", "--output", "figures.json")
        #expect(json.status == 0)
        let given = try innodash("import", "figures.json")
        #expect(given.status == 65)
        #expect(given.stderr == "innodash: figures.json: this is JSON; import takes the CSV export (export --format csv)\n")
    }

    @Test func theExportGuardsFormulasAndImportGivesBackTheExactTexts() throws {
        for (year, value, source, note) in [("2021", "2.2", "=cmd|' /C calc'!A0", "+1+1"), ("2022", "2.3", "@SUM(1)", "'-0.1 as published")] {
            #expect(try innodash("record", "rd_gdp", year, value, "--source", source, "--note", note, "--db", "a.sqlite").status == 0)
        }
        let export = try innodash("export", "--db", "a.sqlite", "--output", "out.csv")
        #expect(export.status == 0)
        let text = String(decoding: folder.read("out.csv") ?? Data(), as: UTF8.self)
        #expect(text.contains("chongqing,rd_intensity,2021,2.2,no,'=cmd|' /C calc'!A0,'+1+1\n"))
        #expect(text.contains("chongqing,rd_intensity,2022,2.3,no,'@SUM(1),''-0.1 as published\n"))
        #expect(try innodash("import", "out.csv", "--db", "b.sqlite").status == 0)
        let history = try innodash("history", "rd_gdp", "2022", "--db", "b.sqlite").stdout
        #expect(history.contains("'-0.1 as published") && !history.contains("''-0.1"))
        #expect(try innodash("export", "--db", "b.sqlite").stdout == text)
    }

    @Test func anImportIsUndoneAsOneChange() throws {
        let before = try innodash("export").stdout
        try folder.write("good.csv", "target,year,value\nrd_gdp,2023,2.4\ntech_progress,2021,59\nrd_gdp,2022,2.35\n")
        let result = try innodash("import", "good.csv")
        #expect(result.stdout.hasPrefix("imported 3 figures from good.csv: 2 new, 1 revised (value);"))
        #expect(try innodash("undo").stdout == "undone: 3 figures of 2 series\n")
        #expect(try innodash("export").stdout == before)
    }

    @Test func exportImportIntoAnEmptyDatabaseAndExportAgainGivesTheSameBytes() throws {
        try folder.write("plan.json", generatedPlan(targets: 3))
        try folder.write("figures.csv", """
            target,year,value,preliminary,source,note
            t0,2018,1.95,yes,"Work report, 2018","said ""about"" 1.95"
            t0,2018,2.01,no,数说重庆,"line one
            line two"
            t1,2020,１，２３４．５,no,full-width,
            t2,2016,0.000015,no,  spaced  ,
            """)
        #expect(try innodash("import", "figures.csv", "--targets", "plan.json", "--db", "a.sqlite").status == 0)
        let first = try innodash("export", "--targets", "plan.json", "--db", "a.sqlite", "--output", "first.csv")
        #expect(first.status == 0)
        #expect(try innodash("import", "first.csv", "--targets", "plan.json", "--db", "b.sqlite").status == 0)
        let second = try innodash("export", "--targets", "plan.json", "--db", "b.sqlite").stdout
        #expect(Data(second.utf8) == folder.read("first.csv"))
        #expect(second.contains("test,t1,2020,1234.5,no,full-width,\n"))
    }

    @Test func aNewDatabaseForAnotherPlanHoldsThatPlanAlone() throws {
        try folder.write("plan.json", generatedPlan(targets: 2, id: "my-plan"))
        let export = try innodash("export", "--targets", "plan.json", "--db", "mine.sqlite")
        #expect(export.status == 0 && export.stdout == "region,indicator,year,value,preliminary,source,note\n")
        // Later commands open it on its plan without the file.
        let summary = try innodash("summary", "--db", "mine.sqlite", "--width", "80")
        #expect(summary.status == 0)
        #expect(summary.stdout.hasPrefix("Generated"))
        #expect(try innodash("plan", "list", "--db", "mine.sqlite").stdout.hasPrefix("my-plan  Generated"))
    }

    @Test func unusableDatabasePathsGiveAClearMessageAndLeaveFilesAlone() throws {
        let folderAsDatabase = try innodash("summary", "--db", ".")
        #expect(folderAsDatabase.status != 0 && folderAsDatabase.stderr.contains("is a folder"))
        try folder.write("notes.txt", "not a database\n")
        let text = try innodash("record", "rd_gdp", "2021", "2.2", "--db", "notes.txt")
        #expect(text.status == 65 && text.stderr.contains("notes.txt is not an innodash database"))
        #expect(folder.read("notes.txt") == Data("not a database\n".utf8))
        let missing = try innodash("summary", "--db", "no/such/folder/x.sqlite")
        #expect(missing.status != 0 && missing.stderr.contains("the folder no/such/folder does not exist"))
    }

    @Test func figuresFromACSVFileAreAssessedButNeverChanged() throws {
        try folder.write("f.csv", "target,year,value\nrd_gdp,2017,1.88\n")
        // The commands that change figures do not take --figures, nor offer it in their help.
        for command in [["record", "rd_gdp", "2021", "2.2"], ["import", "f.csv"], ["undo"], ["redo"], ["history", "rd_gdp"]] {
            let refused = try Program.innodash(command + ["--figures", "f.csv"], in: folder.url)
            #expect(refused.status == 64 && refused.stderr.hasPrefix("Error: Unknown option '--figures'"), "\(command)")
            let help = try Program.innodash([command[0], "--help"], in: folder.url)
            #expect(help.status == 0 && !help.stdout.contains("--figures"), "\(command)")
        }
        for command in ["summary", "check", "export", "dashboard"] {
            #expect(try innodash(command, "--help").stdout.contains("--figures <file.csv>"), "\(command)")
        }
        let summary = try innodash("summary", "--figures", "f.csv", "--format", "json")
        #expect(summary.status == 0 && summary.stdout.contains("\"value\" : 1.88"))
        #expect(!FileManager.default.fileExists(atPath: folder.path("innodash.sqlite")))
    }
}
