import InnoReport
import InnoDraw
import Testing

@Suite struct ANSIRendererTests {
    @Test func statusesTakeTheirTerminalColoursAndEveryRunEndsWithAReset() {
        var canvas = Canvas(width: 30, height: 1)
        canvas.put("x missed", x: 0, y: 0, style: Style(.bad, bold: true))
        canvas.put("ok", x: 10, y: 0, style: Style(.good))
        #expect(ANSIRenderer.render(canvas) == "\u{1B}[1;31mx missed\u{1B}[0m  \u{1B}[32mok\u{1B}[0m\n")
    }

    @Test func withoutColourOnlyTheAttributesThatReadWithoutColourRemain() {
        var canvas = Canvas(width: 30, height: 2)
        canvas.put("x missed", x: 0, y: 0, style: Style(.bad, bold: true))
        canvas.put("ok", x: 10, y: 0, style: Style(.good))
        canvas.put("Heading", x: 0, y: 1, style: Style(.heading, underline: true))
        #expect(ANSIRenderer.render(canvas, colour: false) == "\u{1B}[1mx missed\u{1B}[0m  ok\n\u{1B}[4mHeading\u{1B}[0m\n")
    }

    @Test func withoutColourTheShippedSummaryReadsAsTheText() throws {
        let export = try ShippedSummary.export(.en)
        let plain = export.render(.ansi, width: 100, colour: false)
            .replacingOccurrences(of: "\u{1B}[1;4m", with: "").replacingOccurrences(of: "\u{1B}[1m", with: "")
            .replacingOccurrences(of: "\u{1B}[0m", with: "")
        #expect(plain == export.render(.text, width: 100))
    }
}
