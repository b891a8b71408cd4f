import InnoReport
import Testing

@Suite struct EscapingTests {
    @Test func markupCharactersBecomeEntities() {
        #expect(Markup.escape("<script>&\"'") == "&lt;script&gt;&amp;&quot;&#39;")
        #expect(Markup.escape("R&D 经费") == "R&amp;D 经费")
    }

    @Test func charactersXMLRefusesAndBidiOverridesAreDropped() {
        #expect(Markup.escape("a\u{00}b\u{1B}c\u{FFFF}d\u{202E}e") == "abcde")
        #expect(Markup.escape("  two\nlines  ") == "  two lines  ")
    }

    @Test func aCellTextIsOneTrimmedLine() {
        #expect(PlainText.singleLine(" first\r\nsecond\tthird\u{2028}fourth ") == "first second third fourth")
        #expect(PlainText.singleLine("bell\u{07}\u{202E}ok\u{2066}") == "bellok")
    }
}
