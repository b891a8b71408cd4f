import Foundation
import Testing

/// innodash as an installed command: the one file is the whole program.
@Suite struct InstallTests {
    /// The program copied alone into an empty folder (as `cp innodash /usr/local/bin`
    /// does) still has the shipped plan and figures: they are embedded in it.
    @Test func theProgramCopiedAloneIntoAnEmptyFolderRunsOnTheShippedPlanAndFigures() throws {
        let folder = WorkFolder()
        let copy = folder.url.appendingPathComponent("innodash")
        try FileManager.default.copyItem(at: Program.url("innodash"), to: copy)
        let work = WorkFolder()
        let result = try Program.runExecutable(copy, ["summary", "--as-of", "2020", "--width", "100"], in: work.url)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.isEmpty, "\(result.stderr)")
        // The shipped figures are there: R&D intensity's 2020 figure and its status.
        let line = try #require(result.stdout.split(separator: "\n").first { $0.contains("R&D expenditure / GDP") })
        #expect(line.contains("2.11 (2020)") && line.contains("achieved"), "\(line)")
        #expect(try Program.runExecutable(copy, ["validate"], in: work.url).stdout == "ok: 20 targets in 4 groups\n")
    }

    /// `--targets targets.json` at the repository's root (or a copy of the shipped plan
    /// anywhere) is the shipped plan: its new database gets the published figures too.
    @Test func theShippedPlanGivenByPathGetsThePublishedFigures() throws {
        let work = WorkFolder()
        let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let shipped = try Data(contentsOf: repository.appendingPathComponent("targets.json"))  // a link to the resource
        try shipped.write(to: work.url.appendingPathComponent("plan.json"))
        let result = try Program.innodash(["history", "rd_gdp", "--targets", "plan.json"], in: work.url)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("2.11"), "the published 2020 figure:\n\(result.stdout)")

        // A plan of another id gets an empty database, as before.
        try work.write("other.json", generatedPlan(targets: 1))
        let other = try Program.innodash(["history", "t0", "--targets", "other.json", "--db", "other.sqlite"], in: work.url)
        #expect(other.status == 0, "\(other.stderr)")
        #expect(!other.stdout.contains("2.11"))
    }
}
