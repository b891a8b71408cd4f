import CSV
import Testing
@testable import InnoStore

/// The CSV reader splits text into the same rows and fields as CSV.swift, the library it
/// replaced for speed, so that no file reads differently than before.
@Suite struct CSVRowsTests {
    func ours(_ text: String) -> [[String]] {
        var reader = CSVRows(text)
        var rows: [[String]] = []
        while let row = reader.next() { rows.append(row) }
        return rows
    }

    func theirs(_ text: String) throws -> [[String]] {
        let reader = try CSVReader(string: text, hasHeaderRow: false)
        var rows: [[String]] = []
        while let row = reader.next() { rows.append(row) }
        return rows
    }

    @Test(arguments: [
        "target,year,value\nrd_gdp,2018,1.95\n",
        "a,\"Bulletin, 2018\",c\r\nd,\"数说\"\"重庆\"\"\",f",
        "a,b\r\rc,d\n\n\ne",
        "a,\"two\nlines\",b\nc,d,",
        "a,\"unclosed\nb,c\n",
        "a,\"ab\"c,d\"\ne\n",
        "a,\"中\"文,b\n",
        "\"\",\"\"\"\",x\n,\n",
        "",
        "only",
    ])
    func splitsKnownCasesAsCSVSwift(text: String) throws {
        #expect(ours(text) == (try theirs(text)))
    }

    @Test func splitsRandomTextAsCSVSwift() throws {
        // Seeded, so that a failure can be run again.
        var state: UInt64 = 2015
        let pieces = ["a", "1", ",", "\"", "\n", "\r", "\r\n", " ", "中", "é"]
        for _ in 0..<3000 {
            var text = ""
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            for _ in 0..<(state >> 59) * 2 {
                state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
                text += pieces[Int(state >> 33) % pieces.count]
            }
            #expect(ours(text) == (try theirs(text)), "text: \(text.debugDescription)")
        }
    }
}
