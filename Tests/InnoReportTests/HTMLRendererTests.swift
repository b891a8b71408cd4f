import Foundation
import InnoCore
import InnoReport
import InnoDraw
import Testing

@Suite struct HTMLRendererTests {
    @Test func shippedSummaryIsOneWellFormedPageWithNothingToFetchOrRun() throws {
        let html = try ShippedSummary.export(.zh).render(.html, width: 100)
        let elements = try XMLElements.parse(html)
        #expect(elements.first?.name == "html")
        #expect(elements.first?.attributes["lang"] == "zh-Hans")
        let names = Set(elements.map(\.name))
        #expect(names.isDisjoint(with: ["script", "link", "img", "iframe", "object", "embed"]))
        #expect(!elements.contains { $0.attributes.keys.contains { ["src", "href"].contains($0) || $0.hasPrefix("on") } })
        #expect(!html.contains("url(") && !html.contains("@import"))
    }

    @Test func everyRowIsALineOfTheGridAndWideCharactersTakeTwoCells() throws {
        let export = try ShippedSummary.export(.zh)
        let canvas = export.canvas(width: 100)
        let elements = try XMLElements.parse(HTMLRenderer.render(canvas, title: export.title, language: "zh-Hans"))
        #expect(elements.filter { $0.attributes["class"] == "row" }.count == canvas.height)
        let wide = elements.filter { $0.attributes["class"] == "w2" }
        #expect(wide.contains { $0.text == "重" })
        #expect(wide.allSatisfy { $0.text.count == 1 })
    }

    @Test func theScreenAndTheCellBoxesAreSizedInCharacterCells() throws {
        var canvas = Canvas(width: 64, height: 1)
        canvas.put("重a✔", x: 0, y: 0)
        let html = HTMLRenderer.render(canvas, title: "t", language: "en")
        #expect(html.contains("width: 64ch"))
        #expect(html.contains(".w1 { width: 1ch; }") && html.contains(".w2 { width: 2ch; }"))
        #expect(html.contains("<span class=\"w2\">重</span>a<span class=\"w1\">✔</span>"))
    }

    @Test func aReverseRunSwapsItsColourAndTheBackground() throws {
        var canvas = Canvas(width: 64, height: 1)
        canvas.put("selected", x: 0, y: 0, style: Style(.good, bold: true, reverse: true))
        let spans = try XMLElements.parse(HTMLRenderer.render(canvas, title: "t", language: "en")).filter { $0.name == "span" }
        #expect(spans.first?.text == "selected")
        #expect(spans.first?.attributes["class"] == "r-good b")
        #expect(spans.first?.attributes["style"] == "color: \(Palette.background); background: \(Palette.colour(.good).rgb)")
    }

    @Test func markupInNamesShowsAsText() throws {
        let html = ShippedSummary.hostileExport().render(.html, width: 100)
        let elements = try XMLElements.parse(html)
        #expect(!elements.contains { ["script", "b", "i"].contains($0.name) })
        #expect(html.contains("&lt;script&gt;&amp;&quot;"))
        #expect(elements.contains { $0.name == "title" && $0.text.hasPrefix("Plan <b>&amp;</b>") })
        let text = elements.map(\.text).joined()
        #expect(text.contains("<script>&\""))
    }
}
