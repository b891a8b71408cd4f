import Foundation
import InnoCore
import InnoReport
import InnoTestSupport
import Testing

/// Every format of the shipped summary at as-of 2020, in English and Chinese, as the
/// command writes it by default (grid formats 100 columns wide; text 80, as to a file).
@Suite struct GoldenTests {
    @Test(arguments: SummaryFormat.allCases, Language.allCases)
    func shippedSummaryMatchesItsGoldenFile(format: SummaryFormat, language: Language) throws {
        let export = try ShippedSummary.export(language)
        let width = format == .text ? 80 : 100
        let output = export.render(format, width: width, colour: true)
        let difference = try GoldenFile(besideTestFile: #filePath).difference(output, from: "summary-2020-\(language.rawValue).\(format.fileExtension)")
        #expect(difference == nil, "\(difference ?? "")")
    }
}

/// The pictures the README shows are the current summary, not an old one.
@Suite struct DocsPictureTests {
    @Test(arguments: Language.allCases)
    func theReadmePictureIsTheCurrentSummary(language: Language) throws {
        let name = language == .en ? "summary.svg" : "summary-zh.svg"
        let url = ShippedSummary.repository.appendingPathComponent("docs/\(name)")
        let picture = try String(contentsOf: url, encoding: .utf8)
        let current = try ShippedSummary.export(language).render(.svg, width: 100)
        #expect(picture == current, "docs/\(name) is out of date: run scripts/render-docs.sh")
    }
}
