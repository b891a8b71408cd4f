import Foundation
import InnoCore
import InnoReport
import Testing

@Suite struct SummaryCSVTests {
    /// The file split into records and fields by RFC 4180's rules.
    static func parse(_ csv: String) -> [[String]] {
        var records: [[String]] = []
        var record: [String] = []
        var field = ""
        var quoted = false
        var characters = Array(csv.unicodeScalars)[...]
        while let c = characters.popFirst() {
            if quoted {
                if c == "\"" {
                    if characters.first == "\"" { field.unicodeScalars.append(characters.removeFirst()) } else { quoted = false }
                } else {
                    field.unicodeScalars.append(c)
                }
            } else if c == "\"" {
                quoted = true
            } else if c == "," {
                record.append(field)
                field = ""
            } else if c == "\r" && characters.first == "\n" {
                characters.removeFirst()
                record.append(field)
                records.append(record)
                record = []
                field = ""
            } else {
                field.unicodeScalars.append(c)
            }
        }
        return records
    }

    @Test func oneRowPerTargetWithEveryNumberOfTheAssessment() throws {
        let csv = try ShippedSummary.export(.en, asOf: 2017).render(.csv, width: 100)
        let records = Self.parse(csv)
        #expect(records.first == SummaryCSV.columns)
        #expect(records.count == 1 + 20)
        #expect(records.allSatisfy { $0.count == SummaryCSV.columns.count })
        let row = try #require(records.first { $0[1] == "rd_gdp" })
        let field = { (name: String) in row[SummaryCSV.columns.firstIndex(of: name)!] }
        #expect(field("as_of") == "2017")
        #expect(field("status") == "on-track")
        #expect(field("base_year") == "2015" && field("base_value") == "1.57")
        #expect(field("latest_year") == "2017" && field("latest_value") == "1.88")
        #expect(Double(field("actual_rate"))!.isApproximately(0.0943, within: 0.0001))
        #expect(Double(field("required_rate"))!.isApproximately(0.0496, within: 0.0001))
        #expect(Double(field("ratio"))!.isApproximately(1.90, within: 0.01))
        #expect(Double(field("projection"))!.isApproximately(2.46, within: 0.01))
        #expect(field("gap") == "0.12")
    }

    @Test func textThatASpreadsheetWouldRunIsMadeInertAndNumbersStayNumbers() {
        let csv = ShippedSummary.hostileExport().render(.csv, width: 100)
        let records = Self.parse(csv)
        let names = records.dropFirst().map { $0[3] }
        #expect(names.contains("'=HYPERLINK(\"http://x\")"))
        #expect(names.contains("'-1+2"))
        #expect(names.contains("'@SUM(A1)"))
        #expect(names.contains("<script>&\""))
        #expect(names.contains("a | b second line third"))
        #expect(names.contains("bell and override"))
        // A negative rate is a number, not text: it keeps its sign and nothing before it.
        let rates = records.dropFirst().map { $0[SummaryCSV.columns.firstIndex(of: "actual_rate")!] }
        #expect(rates.allSatisfy { $0.hasPrefix("-") && Double($0)! < 0 })
    }

    @Test func recordsEndWithCRLFAndQuotesAreDoubled() {
        let csv = ShippedSummary.hostileExport().render(.csv, width: 100)
        #expect(csv.hasSuffix("\r\n"))
        #expect(!csv.replacingOccurrences(of: "\r\n", with: "").contains("\n"))
        #expect(csv.contains(",\"'=HYPERLINK(\"\"http://x\"\")\","))
    }
}

extension Double {
    func isApproximately(_ other: Double, within tolerance: Double) -> Bool {
        abs(self - other) <= tolerance
    }
}
