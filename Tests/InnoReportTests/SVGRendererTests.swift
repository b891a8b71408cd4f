import Foundation
import InnoCore
import InnoReport
import InnoDraw
import Testing

@Suite struct SVGRendererTests {
    @Test func shippedSummaryIsWellFormedSVGOfTheGridSize() throws {
        let export = try ShippedSummary.export(.zh)
        let canvas = export.canvas(width: 100)
        let elements = try XMLElements.parse(SVGRenderer.render(canvas, title: export.title))
        let root = try #require(elements.first)
        #expect(root.name == "svg")
        #expect(root.attributes["width"] == "992")  // 100 cells of 9.6 px and two margins of 16
        #expect(root.attributes["height"] == String(canvas.height * 20 + 32))
        #expect(elements.contains { $0.name == "title" && $0.text == export.title })
        #expect(elements.contains { $0.name == "rect" && $0.attributes["fill"] == Palette.background })
    }

    @Test func aCJKCharacterIsCentredOnTwoCellsAndTheTextAfterItStartsTwoCellsOn() throws {
        var canvas = Canvas(width: 10, height: 1)
        canvas.put("重ab", x: 1, y: 0)
        let tspans = try XMLElements.parse(SVGRenderer.render(canvas, title: "t")).filter { $0.name == "tspan" }
        #expect(tspans.map(\.text) == ["重", "ab"])
        // Column 1 starts at 16 + 9.6; the character spans columns 1 and 2, centre 16 + 19.2.
        #expect(tspans[0].attributes["x"] == "35.2")
        #expect(tspans[0].attributes["text-anchor"] == "middle")
        // "ab" in columns 3 and 4, each character at its cell.
        #expect(tspans[1].attributes["x"] == "44.8 54.4")
    }

    @Test func statusColoursAndBoldComeFromThePalette() throws {
        var canvas = Canvas(width: 20, height: 1)
        canvas.put("missed", x: 0, y: 0, style: Style(.bad, bold: true))
        canvas.put("ok", x: 8, y: 0, style: Style(.good))
        let tspans = try XMLElements.parse(SVGRenderer.render(canvas, title: "t")).filter { $0.name == "tspan" }
        #expect(tspans[0].attributes["fill"] == Palette.colour(.bad).rgb)
        #expect(tspans[0].attributes["font-weight"] == "bold")
        #expect(tspans[1].attributes["fill"] == Palette.colour(.good).rgb)
        #expect(tspans[1].attributes["font-weight"] == nil)
    }

    @Test func reverseDrawsTheColourBehindTheTextAndUnderlineALineUnderIt() throws {
        var canvas = Canvas(width: 20, height: 1)
        canvas.put("selected", x: 2, y: 0, style: Style(.good, reverse: true))
        canvas.put("head", x: 12, y: 0, style: Style(.heading, underline: true))
        let elements = try XMLElements.parse(SVGRenderer.render(canvas, title: "t"))
        let rects = elements.filter { $0.name == "rect" }.dropFirst()  // after the background
        let tspans = elements.filter { $0.name == "tspan" }
        // The reverse run: a cell-high box of its colour from column 2, 8 cells wide.
        #expect(rects.first?.attributes == ["x": "35.2", "y": "16", "width": "76.8", "height": "20", "fill": Palette.colour(.good).rgb])
        #expect(tspans[0].attributes["fill"] == Palette.background)
        // The underline: a 1 px line under columns 12 to 15, in the heading's colour.
        #expect(rects.last?.attributes == ["x": "131.2", "y": "33", "width": "38.4", "height": "1", "fill": Palette.colour(.heading).rgb])
    }

    @Test func markupInNamesShowsAsText() throws {
        let export = ShippedSummary.hostileExport()
        let svg = export.render(.svg, width: 100)
        let elements = try XMLElements.parse(svg)
        #expect(!elements.contains { $0.name == "script" || $0.name == "b" || $0.name == "i" })
        let text = elements.filter { $0.name == "tspan" }.map(\.text).joined()
        #expect(text.contains("<script>&\""))
        #expect(elements.contains { $0.name == "title" && $0.text.hasPrefix("Plan <b>&amp;</b>") })
        #expect(!svg.contains("\u{07}") && !svg.contains("\u{202E}"))
    }

    @Test(.enabled(if: RSVG.path != nil, "rsvg-convert is not installed (Debian: apt-get install librsvg2-bin)"))
    func rsvgConvertDrawsTheShippedSummaryAtItsSize() throws {
        for language in Language.allCases {
            let export = try ShippedSummary.export(language)
            let canvas = export.canvas(width: 100)
            let size = try RSVG.pngSize(of: SVGRenderer.render(canvas, title: export.title))
            #expect(size.width == 992)
            #expect(size.height == canvas.height * 20 + 32)
        }
    }
}

/// `rsvg-convert`, where it is installed: converts an SVG to a PNG as librsvg reads it.
enum RSVG {
    static let path: String? = {
        let folders = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":")
        return folders.map { "\($0)/rsvg-convert" }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }()

    struct ConversionFailed: Error, CustomStringConvertible {
        var description: String
    }

    /// The width and height of the PNG that rsvg-convert makes of the SVG.
    static func pngSize(of svg: String) throws -> (width: Int, height: Int) {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("innodash-rsvg-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let input = folder.appendingPathComponent("summary.svg")
        let output = folder.appendingPathComponent("summary.png")
        try Data(svg.utf8).write(to: input)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path!)
        process.arguments = ["--format", "png", "--output", output.path, input.path]
        let errors = Pipe()
        process.standardError = errors
        try process.run()
        process.waitUntilExit()
        let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        guard process.terminationStatus == 0 else {
            throw ConversionFailed(description: "rsvg-convert failed: \(message)")
        }
        let png = try Data(contentsOf: output)
        // A PNG starts with its 8-byte signature and the IHDR chunk: width and height,
        // big-endian, at bytes 16 and 20.
        guard png.count > 24, png.prefix(8) == Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]) else {
            throw ConversionFailed(description: "rsvg-convert wrote something that is not a PNG")
        }
        func integer(at offset: Int) -> Int {
            png[offset..<offset + 4].reduce(0) { $0 << 8 | Int($1) }
        }
        return (integer(at: 16), integer(at: 20))
    }
}
