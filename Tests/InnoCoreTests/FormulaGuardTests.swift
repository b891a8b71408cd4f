import InnoCore
import Testing

/// The guard against formulas in CSV cells, and its exact inverse.
@Suite struct FormulaGuardTests {
    @Test(arguments: [
        ("=cmd|' /C calc'!A0", "'=cmd|' /C calc'!A0"), ("+1+1", "'+1+1"), ("@SUM(1)", "'@SUM(1)"), ("-2 net", "'-2 net"),
        ("'quoted'", "'quoted'"), ("'-5", "''-5"), ("''=x", "'''=x"), ("Bulletin - 2018", "Bulletin - 2018"), ("", ""), ("'", "'"),
    ])
    func aTextASpreadsheetWouldRunGetsOneApostropheAndLosesItAgain(text: String, cell: String) {
        #expect(FormulaGuard.guarded(text) == cell)
        #expect(FormulaGuard.unguarded(cell) == text)
    }

    @Test func unguardingTakesOffOnlyTheGuard() {
        // Apostrophes a writer did not add as a guard stay.
        #expect(FormulaGuard.unguarded("'Bulletin'") == "'Bulletin'")
        #expect(FormulaGuard.unguarded("''") == "''")
        var state: UInt64 = 11
        let pieces = ["'", "=", "+", "-", "@", "a", " ", "中"]
        for _ in 0..<2000 {
            var text = ""
            for _ in 0..<5 {
                state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
                text += pieces[Int(state >> 33) % pieces.count]
            }
            #expect(FormulaGuard.unguarded(FormulaGuard.guarded(text)) == text, "\(text)")
        }
    }
}
