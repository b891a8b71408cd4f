import Testing
@testable import InnoText

@Suite struct FoldedTextTests {
    @Test func fullWidthAndTraditionalFoldButTheQuoteStaysAsWritten() {
        let text = FoldedText("研發經費１８.９％")
        #expect(String(text.folded) == "研发经费18.9%")
        #expect(text.quote(4..<9) == "１８.９％")
    }
}
