import InnoDraw
import Testing

/// The one text wrap: at spaces, between CJK characters, never inside a number or a word.
@Suite struct TextWrapTests {
    @Test func chineseBreaksBetweenCharactersButNotInsideAYear() {
        let lines = TextWrap.lines("2022年重庆2.36，全国2.56：落后0.20个百分点，差距较2020年的0.29缩小。尚无重庆2023年的数据。", width: 78)
        #expect(lines == ["2022年重庆2.36，全国2.56：落后0.20个百分点，差距较2020年的0.29缩小。尚无重庆", "2023年的数据。"])
        #expect(lines.allSatisfy { DisplayWidth.of($0) <= 78 })
    }

    @Test func englishBreaksAtSpacesAndDropsThem() {
        #expect(TextWrap.lines("Chongqing 2.36 against China 2.56 in 2022", width: 20) == ["Chongqing 2.36", "against China 2.56", "in 2022"])
    }

    @Test func aWordLongerThanTheLineIsCut() {
        #expect(TextWrap.lines("abcdefghij", width: 4) == ["abcd", "efgh", "ij"])
    }

    @Test func nothingIsLost() {
        let text = "R&D经费投入强度2.36%，比上年提高0.2个百分点 (final figure of the R&D expenditure bulletin)"
        for width in 5...40 {
            let lines = TextWrap.lines(text, width: width)
            #expect(lines.allSatisfy { DisplayWidth.of($0) <= width }, "width \(width)")
            #expect(lines.joined().filter { $0 != " " } == text.filter { $0 != " " }, "width \(width)")
        }
    }
}
