import InnoDraw
import InnoUI
import Testing

@Suite struct SafeTextTests {
    @Test func escapeSequencesC1AndBidiControlsAreDropped() {
        #expect(SafeText.clean("a\u{1B}[2Jb\u{9B}31mc\u{07}\u{7F}d\u{202E}e\u{2066}f\u{200F}g\u{FFFF}") == "a[2Jb31mcdefg")
    }

    @Test func tabsLineBreaksChineseMarksAndZeroWidthJoinersAreKept() {
        let text = "重庆\tR&D\r\n第二行 e\u{301} 👩\u{200D}💻"
        #expect(SafeText.clean(text) == text)
    }

    @Test func oneLineTurnsEachRunOfBreaksIntoOneSpace() {
        #expect(SafeText.oneLine("hidden\rOVERWRITE\t\ttab\u{2028}end\u{1B}") == "hidden OVERWRITE tab end")
    }
}
