import Foundation
import Testing

/// How a command line is read: negative numbers, numbers out of range, mistyped commands and
/// ids, and what each command's help offers.
@Suite struct CommandLineReadingTests {
    let folder = WorkFolder()

    init() throws {
        try folder.write("plan.json", generatedPlan(targets: 3))
    }

    /// innodash on the generated plan, with the database p.sqlite.
    func innodash(_ arguments: String...) throws -> Program.Result {
        try Program.innodash(arguments + ["--targets", "plan.json", "--db", "p.sqlite"], in: folder.url)
    }

    @Test func aNegativeNumberIsAValueWhereverItStands() throws {
        let plain = try innodash("record", "t0", "2020", "-1.5")
        #expect(plain.status == 0 && plain.stdout == "recorded: test/t0 2020: — → -1.5\n", "\(plain.stderr)")
        let afterMark = try Program.innodash(["record", "t1", "2020", "--", "-2.5", "--targets", "plan.json", "--db", "p.sqlite"], in: folder.url)
        #expect(afterMark.status == 0 && afterMark.stdout == "recorded: test/t1 2020: — → -2.5\n", "\(afterMark.stderr)")
        let afterFlag = try innodash("record", "t2", "2020", "--preliminary", "-.5", "--source", "s")
        #expect(afterFlag.status == 0 && afterFlag.stdout == "recorded: test/t2 2020: — → -0.5 (preliminary)\n", "\(afterFlag.stderr)")
        let export = try innodash("export")
        #expect(export.stdout.contains("t0,2020,-1.5,no,,") && export.stdout.contains("t1,2020,-2.5,no,,") && export.stdout.contains("t2,2020,-0.5,yes,s,"))
        // A negative year is still a wrong year, and an unknown option still an unknown option.
        let year = try innodash("history", "t0", "-2020")
        #expect(year.status == 65 && year.stderr == "innodash: \"-2020\" is not a year; type four digits such as 2020\n", "\(year.stderr)")
        let option = try innodash("record", "t0", "2020", "-1.5", "--sorce", "x")
        #expect(option.status == 64 && option.stderr.hasPrefix("Error: Unknown option '--sorce'"), "\(option.stderr)")
    }

    @Test func aNegativeOrOutOfRangeYearOrWidthIsRefusedWithTheRange() throws {
        let cases: [([String], String)] = [
            (["summary", "--as-of", "-5"], "Error: --as-of -5 is outside the years innodash accepts; expected 1900 to 2100\n"),
            (["check", "--as-of", "-1"], "Error: --as-of -1 is outside the years innodash accepts; expected 1900 to 2100\n"),
            (["dashboard", "--as-of", "-2020"], "Error: --as-of -2020 is outside the years innodash accepts; expected 1900 to 2100\n"),
            (["summary", "--as-of", "3000"], "Error: --as-of 3000 is outside the years innodash accepts; expected 1900 to 2100\n"),
            (["summary", "--width", "-80"], "Error: --width -80 is out of range; expected 60 to 1000 columns\n"),
            (["summary", "--width", "5000"], "Error: --width 5000 is out of range; expected 60 to 1000 columns\n"),
            (["summary", "--height", "-1"], "Error: --height -1 is out of range; expected 1 to 10000 rows\n"),
        ]
        for (arguments, message) in cases {
            let result = try Program.innodash(arguments, in: folder.url)
            #expect(result.status == 64, "\(arguments)")
            #expect(result.stderr.hasPrefix(message), "\(arguments): \(result.stderr)")
        }
    }

    @Test func aMistypedCommandSuggestsTheNearestOneOnly() throws {
        let typo = try Program.innodash(["sumary"], in: folder.url)
        #expect(typo.status == 64 && typo.stdout.isEmpty)
        #expect(typo.stderr == "innodash: there is no command \"sumary\"; did you mean `innodash summary`?\n")
        let other = try Program.innodash(["exprot", "--format", "json"], in: folder.url)
        #expect(other.stderr == "innodash: there is no command \"exprot\"; did you mean `innodash export`?\n")
        let far = try Program.innodash(["frobnicate"], in: folder.url)
        #expect(far.status == 64)
        #expect(far.stderr == "innodash: there is no command \"frobnicate\"; the commands are dashboard, summary, record, history, undo, redo, import, export, check, validate, plan, compare, draft, figures-from, scenario, changes, db (`innodash --help` says what each does)\n")
        #expect(!FileManager.default.fileExists(atPath: folder.path("innodash.sqlite")))
    }

    @Test func aMistypedTargetIdSuggestsOnlyACloseId() throws {
        try folder.write("lab.json", generatedPlan(targets: 2).replacingOccurrences(of: "\"t0\"", with: "\"lab\""))
        func record(_ id: String) throws -> Program.Result {
            try Program.innodash(["record", id, "2020", "1", "--targets", "lab.json", "--db", "lab.sqlite"], in: folder.url)
        }
        let far = try record("xx")
        #expect(far.status == 65)
        #expect(far.stderr == "innodash: no target has the id \"xx\"; `innodash summary --format json` lists the ids\n")
        #expect(try record("lba").stderr == "innodash: no target has the id \"lba\"; did you mean \"lab\"?\n")
        #expect(try record("labs").stderr == "innodash: no target has the id \"labs\"; did you mean \"lab\"?\n")
        #expect(try record("tab").stderr == "innodash: no target has the id \"tab\"; did you mean \"lab\"?\n")
        #expect(try record("bal").stderr.hasSuffix("lists the ids\n"))
        let shipped = try Program.innodash(["history", "rd_gpd"], in: folder.url)
        #expect(shipped.stderr == "innodash: no target has the id \"rd_gpd\"; did you mean \"rd_gdp\"?\n")
    }

    @Test func historyNamesTheChangeARedoMakesAgain() throws {
        #expect(try innodash("record", "t0", "2020", "1").status == 0)  // #1
        #expect(try innodash("record", "t0", "2020", "2").status == 0)  // #2
        #expect(try innodash("undo").stdout == "undone: test/t0 2020: 2 → 1\n")  // #3 undoes #2
        #expect(try innodash("redo").stdout == "redone: test/t0 2020: 1 → 2\n")  // #4 makes #2 again
        let rows = try innodash("history", "t0").stdout.split(separator: "\n")
        #expect(rows.count == 6)  // the target, the header, four rows
        let cells = rows.map { $0.split(separator: " ").filter { $0 != "→" }.map(String.init) }
        #expect(cells[4].first == "3" && Array(cells[4].suffix(5)) == ["undo", "2", "1", "undoes", "#2"], "\(rows[4])")
        #expect(cells[5].first == "4" && Array(cells[5].suffix(5)) == ["redo", "1", "2", "redoes", "#2"], "\(rows[5])")
    }
}
