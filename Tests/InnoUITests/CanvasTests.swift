import InnoDraw
import InnoUI
import Testing

@Suite struct CanvasTests {
    @Test func wideCharactersTakeTwoCellsAndAlign() {
        var canvas = Canvas(width: 12, height: 2)
        canvas.put("重庆", x: 0, y: 0)
        canvas.put("|", x: 4, y: 0)
        canvas.put("ab", x: 0, y: 1)
        canvas.put("|", x: 4, y: 1)
        #expect(canvas.lines == ["重庆|", "ab  |"])
        #expect(canvas[1, 0].isContinuation)
    }

    @Test func aWideCharacterThatDoesNotFitIsNotCutInHalf() {
        var canvas = Canvas(width: 5, height: 1)
        canvas.put("重庆市", x: 0, y: 0)
        #expect(canvas.lines == ["重庆"])
    }

    @Test func controlAndBidiCharactersNeverReachTheGrid() {
        var canvas = Canvas(width: 20, height: 1)
        canvas.put("a\u{1B}[31mb\u{202E}c\u{200B}d\u{07}", x: 0, y: 0)
        #expect(canvas.lines == ["a[31mbcd"])
    }

    @Test func aLineBreakOrTabInATextIsDrawnAsASpaceAndMeasuredAsOne() {
        var canvas = Canvas(width: 20, height: 1)
        let text = "two\nlines\r\nand\ta\u{2028}tab"
        #expect(canvas.put(text, x: 0, y: 0) == DisplayWidth.of(text))
        #expect(canvas.lines == ["two lines and a tab"])
    }

    @Test func combiningMarksStayWithTheirBase() {
        var canvas = Canvas(width: 5, height: 1)
        canvas.put("e\u{301}x", x: 0, y: 0)
        #expect(canvas.lines == ["e\u{301}x"])
        #expect(DisplayWidth.of("e\u{301}x") == 2)
    }

    @Test func overwritingHalfAWideCharacterBlanksTheOtherHalf() {
        var canvas = Canvas(width: 4, height: 1)
        canvas.put("重庆", x: 0, y: 0)
        canvas.put("x", x: 1, y: 0)
        #expect(canvas.lines == [" x庆"])
    }

    @Test func truncationMeasuresByDisplayWidth() {
        #expect(DisplayWidth.truncate("全社会R&D经费", to: 8, ellipsis: "~") == "全社会R~")
        #expect(DisplayWidth.truncate("全社会R&D经费", to: 7, ellipsis: "~") == "全社会~")
        #expect(DisplayWidth.pad("重庆", to: 6) == "重庆  ")
        #expect(DisplayWidth.pad("12", to: 4, alignRight: true) == "  12")
    }
}
