import Foundation
@testable import InnoStore
import InnoTestSupport
import Testing

@Suite struct StoredDateTests {
    /// `export --format json` and a new database's creation time write dates this way; they
    /// must read exactly as before, when a date formatter wrote them.
    @Test func iso8601WritesWhatTheDateFormatterWrote() {
        let formatter = ISO8601DateFormatter()
        var random = SeededRandom(seed: 7)
        var dates = [Date(timeIntervalSince1970: 0), Date(timeIntervalSince1970: -1), Date(timeIntervalSince1970: 951_782_400),  // 2000-02-29
                     Date(timeIntervalSince1970: 1_795_000_000.999), Date(timeIntervalSince1970: -2_208_988_800)]  // 1900-01-01
        for _ in 0..<2000 {
            dates.append(Date(timeIntervalSince1970: Double(random.next() % 8_000_000_000) - 2_500_000_000 + 0.5))
        }
        for date in dates {
            #expect(StoredDate.iso8601(date) == formatter.string(from: date), "\(date.timeIntervalSince1970)")
        }
    }

    @Test func civilDatesAndDayNumbersAreInverses() {
        for days in stride(from: -800_000, through: 800_000, by: 997) {
            let (year, month, day) = StoredDate.civil(daysSince1970: days)
            #expect(StoredDate.daysSince1970(year: year, month: month, day: day) == days)
        }
    }
}
