import Foundation
import InnoCore
import InnoDraw

/// `innodash compare` in every summary format: the grid formats draw `ComparisonView`;
/// Markdown is its table and sentences for a report; CSV and JSON give each year's figures
/// and gaps for scripts.
public struct ComparisonExport: Sendable {
    public var view: ComparisonView

    public init(view: ComparisonView) {
        self.view = view
    }

    public func render(_ format: SummaryFormat, width: Int, height: Int? = nil, colour: Bool = true) -> String {
        let canvas = { view.render(width: max(width, ComparisonView.minimumWidth), height: height) }
        switch format {
        case .text: return SummaryText.render(canvas())
        case .ansi: return ANSIRenderer.render(canvas(), colour: colour)
        case .svg: return SVGRenderer.render(canvas(), title: view.title)
        case .html: return HTMLRenderer.render(canvas(), title: view.title, language: view.language == .zh ? "zh-Hans" : "en")
        case .markdown: return markdown
        case .csv: return csv
        case .json: return json
        }
    }

    private var comparison: RegionComparison { view.comparison }

    private func number(_ value: Double?) -> String {
        value.map { Formatting.value($0, decimals: comparison.target.decimals) } ?? ""
    }

    var markdown: String {
        let l = view.language, c = comparison
        var lines = ["## " + MarkdownSummary.escape(view.title), ""]
        var header = [l.text("Year", "年份")] + c.sides.map { $0.name[l] }
        header += c.sides.dropFirst().map { l.text("gap ", "差距 ") + $0.name[l] }
        lines.append(MarkdownSummary.tableRow(header.map { MarkdownSummary.escape($0) }))
        lines.append("|" + header.indices.map { $0 == 0 ? " --- |" : " ---: |" }.joined())
        for row in c.rows {
            var cells = [String(row.year)] + row.values.map { $0.map { number($0) } ?? "–" }
            cells += c.sides.indices.dropFirst().map { c.gap($0, in: row).map { number($0) } ?? "–" }
            lines.append(MarkdownSummary.tableRow(cells))
        }
        lines.append("")
        lines += view.verdicts.map { MarkdownSummary.escape($0, startsLine: true) + "  " }
        return lines.joined(separator: "\n") + "\n"
    }

    var csv: String {
        let c = comparison
        var file = CSVWriter(columns: ["year"] + c.sides.map(\.region) + c.sides.dropFirst().map { "gap_\($0.region)" }, lineEnd: .crlf)
        for row in c.rows {
            var fields: [CSVWriter.Field] = [.number(String(row.year))]
            fields += row.values.map { .number(number($0)) }
            fields += c.sides.indices.dropFirst().map { .number(number(c.gap($0, in: row))) }
            file.append(fields)
        }
        return file.text
    }

    var json: String {
        let c = comparison, l = view.language
        let document = Document(
            indicator: c.indicator, name: c.target.name[l], unit: c.target.unit?[l], asOf: c.asOf, reference: c.sides[0].region,
            regions: c.sides.map { Region(id: $0.region, name: $0.name[l]) },
            years: c.rows.map { row in
                Year(year: row.year, values: Dictionary(uniqueKeysWithValues: zip(c.sides.map(\.region), row.values)),
                     gaps: Dictionary(uniqueKeysWithValues: c.sides.indices.dropFirst().map { (c.sides[$0].region, c.gap($0, in: row)) }))
            },
            gaps: c.trends.compactMap { $0 }.map { trend in
                Gap(region: c.sides[trend.side].region, firstYear: trend.first.year, firstGap: trend.first.gap,
                    latestYear: trend.latest.year, latestGap: trend.latest.gap, behind: c.isBehind(trend.latest.gap),
                    movement: trend.movement.rawValue)
            },
            verdicts: view.verdicts
        )
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let data = (try? encoder.encode(document)) ?? Data("{}".utf8)
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    struct Document: Encodable {
        var indicator, name: String
        var unit: String?
        var asOf: Int
        var reference: String
        var regions: [Region]
        var years: [Year]
        var gaps: [Gap]
        var verdicts: [String]
    }

    struct Region: Encodable { var id, name: String }

    struct Year: Encodable {
        var year: Int
        var values: [String: Double?]
        var gaps: [String: Double?]
    }

    struct Gap: Encodable {
        var region: String
        var firstYear: Int
        var firstGap: Double
        var latestYear: Int
        var latestGap: Double
        var behind: Bool
        var movement: String
    }
}
