import Foundation
import Testing

/// `innodash figures-from TEXT --review` in the real binary: the proposals on screen, one
/// accepted with Space, saved with Enter as one change that `innodash undo` takes back.
@Suite(.serialized) struct ReviewTerminalTests {
    @Test func aBulletinIsReviewedInTheDashboardAndTheAcceptedFiguresAreSaved() throws {
        let folder = try TemporaryFolder()
        try folder.write("bulletin.txt", "2022年重庆市科技投入统计公报\n2022年，全市R&D经费投入强度2.36%。规模以上工业企业研发经费投入强度为1.7%。\n")
        let database = folder.path("review.sqlite")
        let session = try TmuxSession(width: 100, height: 24, arguments: ["figures-from", folder.path("bulletin.txt"), "--review", "--plan", "cq-innovation-2020", "--db", database])
        defer { session.stop() }
        #expect(session.waitFor(text: "1 of 2 accepted. Nothing is saved until Enter."), "\(session.capture())")
        #expect(session.capture().contains("Industrial firms' R&D intensity  2022  1.70   new"))
        session.press("Enter")
        #expect(session.waitFor(text: "Saved 1 figure from"), "\(session.capture())")
        session.press("q")
        #expect(session.waitForExit() == 0)
        let history = try folder.innodash(["history", "enterprise_rd_intensity", "2022", "--db", database])
        #expect(history.output.contains("规模以上工业企业研发经费投入强度为1.7%"))
        let undo = try folder.innodash(["undo", "--db", database])
        #expect(undo.output == "undone: chongqing/enterprise_rd_intensity 2022: 1.7 → —\n")
    }

    @Test func theReviewNeedsATerminal() throws {
        let folder = try TemporaryFolder()
        try folder.write("bulletin.txt", "2022年，全市R&D经费投入强度2.36%。\n")
        let result = try folder.innodash(["figures-from", "bulletin.txt", "--review"])
        #expect(result.status != 0)
        #expect(result.error.contains("the dashboard needs a terminal"))
    }
}
