import Testing
@testable import InnoStore
import InnoCore

/// The CSV reader splits RFC 4180 text into its rows and fields, and refuses a quote where
/// RFC 4180 allows none with its place, instead of guessing (a guess once read everything
/// after an unclosed quote as one field, and the rows after it were lost).
@Suite struct CSVRowsTests {
    func rows(_ text: String) throws(CSVSyntaxError) -> [[String]] {
        var reader = CSVRows(text)
        var rows: [[String]] = []
        while let row = try reader.next() { rows.append(row) }
        return rows
    }

    func error(_ text: String) -> CSVSyntaxError? {
        do {
            _ = try rows(text)
            return nil
        } catch {
            return error
        }
    }

    @Test func splitsQuotedFieldsLineBreaksAndEveryLineEnd() throws {
        #expect(try rows("target,year,value\nrd_gdp,2018,1.95\n") == [["target", "year", "value"], ["rd_gdp", "2018", "1.95"]])
        #expect(try rows("a,\"Bulletin, 2018\",c\r\nd,\"数说\"\"重庆\"\"\",f") == [["a", "Bulletin, 2018", "c"], ["d", "数说\"重庆\"", "f"]])
        #expect(try rows("a,b\r\rc,d\n\n\ne") == [["a", "b"], [""], ["c", "d"], [""], [""], ["e"]])
        #expect(try rows("a,\"two\nlines\",b\nc,d,") == [["a", "two\nlines", "b"], ["c", "d", ""]])
        #expect(try rows("\"\",\"\"\"\",x\n,\n") == [["", "\"", "x"], ["", ""]])
        #expect(try rows("") == [])
        #expect(try rows("only") == [["only"]])
    }

    @Test func eachRowKnowsTheLineItStartsOn() throws {
        var reader = CSVRows("a\n\"b\r\nc\"\rd\n")
        var lines: [Int] = []
        while try reader.next() != nil { lines.append(reader.rowLine) }
        #expect(lines == [1, 2, 4])
    }

    @Test func aQuoteThatNeverClosesIsAnErrorAtTheQuote() {
        #expect(error("a,b\nc,\"unclosed\nd,e\n") == CSVSyntaxError(kind: .unclosedQuote, line: 2, character: 3, field: 1))
        #expect(error("中文,\"x") == CSVSyntaxError(kind: .unclosedQuote, line: 1, character: 4, field: 1))
    }

    @Test func aQuoteInsideAPlainFieldIsAnError() {
        #expect(error("a,b\nc,ab\"c\",d\n") == CSVSyntaxError(kind: .quoteInPlainField, line: 2, character: 5, field: 1))
        #expect(error("a, \"b\"\n") == CSVSyntaxError(kind: .quoteInPlainField, line: 1, character: 4, field: 1))
    }

    @Test func textAfterTheClosingQuoteIsAnErrorThatSaysWhereTheFieldOpened() {
        #expect(error("a,\"ab\"c,d\n") == CSVSyntaxError(kind: .textAfterClosingQuote, line: 1, character: 6, field: 1))
        #expect(error("a,\"中\"文,b\n") == CSVSyntaxError(kind: .textAfterClosingQuote, line: 1, character: 5, field: 1))
        var across = CSVSyntaxError(kind: .textAfterClosingQuote, line: 2, character: 2, field: 1)
        across.openedAt = (1, 3)
        #expect(error("a,\"one\nb\"c,d\n") == across)
    }

    @Test func anyRowsWrittenWithRFC4180QuotingReadBackTheSame() throws {
        // Seeded, so that a failure can be run again.
        var state: UInt64 = 2015
        func random(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int(state >> 33) % bound
        }
        let pieces = ["a", "1", ",", "\"", "\n", "\r", "\r\n", " ", "中", "é", "'", "="]
        for _ in 0..<2000 {
            let written = (0..<(1 + random(4))).map { _ in
                (0..<(1 + random(4))).map { _ in (0..<random(6)).map { _ in pieces[random(pieces.count)] }.joined() }
            }
            // A row of one empty field is a blank line, which reads as one empty field too.
            let text = written.map { $0.map(CSVWriter.quoted).joined(separator: ",") + "\n" }.joined()
            #expect(try rows(text) == written, "text: \(text.debugDescription)")
        }
    }
}
