import Foundation
import Testing

/// `draft` and `figures-from` as an analyst types them: the seed letter, a bulletin, files
/// in GB18030 and HTML, and files that are no text.
@Suite struct TextReadingTests {
    let folder = WorkFolder()

    static let seedLetter = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("InnoTextTests/Fixtures/seed-letter-0701.txt").path

    static let bulletin = "2022年重庆市科技投入统计公报\n2022年，全市R&D经费投入强度2.36%，比上年提高0.2个百分点。规模以上工业企业研发经费投入强度为1.7%。全国研发经费投入强度为2.54%。\n"

    func innodash(_ arguments: String...) throws -> Program.Result {
        try Program.innodash(arguments, in: folder.url)
    }

    @Test func theSeedLetterDraftsAPlanThatValidates() throws {
        let draft = try innodash("draft", Self.seedLetter, "--output", "draft.json")
        #expect(draft.status == 0)
        #expect(draft.stderr.contains("wrote 19 draft targets (due 2016, 2020) to draft.json"))
        #expect(draft.stderr.contains("note: rd_institutions_2020: \"左右\" (about) read as at least"))
        #expect(try innodash("validate", "draft.json").stdout == "ok: 19 targets in 2 groups\n")
        let text = String(decoding: folder.read("draft.json") ?? Data(), as: UTF8.self)
        #expect(text.contains("\"quote\": \"到2020年实现全社会R&D经费支出超过GDP的2%\""))
    }

    @Test func aBulletinProposesFiguresAndAcceptSavesThemAsOneUndoableChange() throws {
        try folder.write("bulletin.txt", Self.bulletin)
        let proposed = try innodash("figures-from", "bulletin.txt", "--plan", "cq-innovation-2020")
        #expect(proposed.status == 0)
        #expect(proposed.stdout.contains("rd_gdp  2022  2.36  equal  「2022年，全市R&D经费投入强度2.36%，比上年提高0.2个百分点。」"))
        #expect(proposed.stdout.contains("rd_gdp  2021  2.16  equal  note: derived: 2.36 of 2022 minus the change of 0.2 points"))
        #expect(proposed.stdout.contains("enterprise_rd_intensity  2022  1.7  new  「规模以上工业企业研发经费投入强度为1.7%。」"))
        #expect(!proposed.stdout.contains("2.54"))
        #expect(proposed.stderr.contains("skipped: 全国研发经费投入强度为2.54%。: a figure for 全国"))
        #expect(try innodash("history", "enterprise_rd_intensity", "2022").stdout.contains("1.7") == false)

        // Without --plan every plan reads the text: the 全国 sentence goes to the nation's
        // series, a 全市 one never does.
        let everyPlan = try innodash("figures-from", "bulletin.txt").stdout
        #expect(everyPlan.contains("cn-14th-fyp/rd_intensity  2022  2.54  revision of 2.56  「全国研发经费投入强度为2.54%。」"))
        #expect(everyPlan.contains("cq-innovation-2020/enterprise_rd_intensity  2022  1.7  new"))
        #expect(!everyPlan.contains("cn-14th-fyp/rd_intensity  2022  2.36"))

        let accepted = try innodash("figures-from", "bulletin.txt", "--plan", "cq-innovation-2020", "--accept", "--source", "2022年重庆市科技投入统计公报")
        #expect(accepted.stdout.hasSuffix("saved 1 figure as one change: 1 new, 0 revised; `innodash undo` takes it back\n"))
        #expect(try innodash("history", "enterprise_rd_intensity", "2022").stdout.contains("2022年重庆市科技投入统计公报: 规模以上工业企业"))
        #expect(try innodash("undo").stdout == "undone: chongqing/enterprise_rd_intensity 2022: 1.7 → —\n")
    }

    @Test func gb18030AndHTMLFilesAreRead() throws {
        let gb = try #require(Self.gb18030(Self.bulletin))
        try gb.write(to: folder.url.appendingPathComponent("gb.txt"))
        #expect(try innodash("figures-from", "gb.txt").stdout.contains("enterprise_rd_intensity  2022  1.7  new"))
        try folder.write("page.html", "<html><head><script>var x = '研发投入强度为9.99%';</script><style>p{}</style></head><body><p>2022年，全市研发投入强度为2.36&#37;&nbsp;。</p><p>力争&ldquo;年内&rdquo;</p></body></html>")
        let html = try innodash("figures-from", "page.html")
        #expect(html.stdout.contains("rd_gdp  2022  2.36  equal"))
        #expect(!html.stdout.contains("9.99") && !html.stdout.contains("<p>"))
    }

    @Test func aTextWithNothingAMissingFileAndABinaryFileAreRefused() throws {
        try folder.write("nothing.txt", "今天天气很好。我们开会讨论了工作。\n")
        let nothing = try innodash("draft", "nothing.txt")
        #expect(nothing.status == 1 && nothing.stdout.isEmpty)
        #expect(nothing.stderr.contains("no target found"))
        #expect(try innodash("figures-from", "nothing.txt").status == 1)
        let missing = try innodash("draft", "missing.txt")
        #expect(missing.status == 65 && missing.stderr.contains("missing.txt: cannot read the text (no such file)"))
        try Data([0x25, 0x50, 0x44, 0x46, 0x00, 0x01, 0xFF, 0x00, 0x9C]).write(to: folder.url.appendingPathComponent("file.pdf"))
        let binary = try innodash("figures-from", "file.pdf")
        #expect(binary.status == 65 && binary.stderr.contains("the file is not a text"))
        try folder.write("empty.txt", "")
        #expect(try innodash("draft", "empty.txt").status == 1)
    }

    /// The text in GB18030, through iconv(1).
    static func gb18030(_ text: String) -> Data? {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/iconv")
        process.arguments = ["-f", "UTF-8", "-t", "GB18030"]
        let input = Pipe(), output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        guard (try? process.run()) != nil else { return nil }
        input.fileHandleForWriting.write(Data(text.utf8))
        try? input.fileHandleForWriting.close()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return process.terminationStatus == 0 ? data : nil
    }
}
