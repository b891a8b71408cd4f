/// The figures of one indicator in one region: `chongqing/rd_intensity`. Figures, their
/// revisions, undo and import belong to a series, not to a plan's target, so that one
/// series serves every plan that tracks it (Chongqing's R&D intensity is the 2015–2020
/// plan's "above 2 %" and the 14th plan's "2.6 % by 2025"), and the same indicator in
/// several regions is what a comparison reads.
public struct SeriesID: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// The region's id: `chongqing`, `china`.
    public var region: String
    /// The indicator's id, the same in every region: `rd_intensity`.
    public var indicator: String

    public init(region: String, indicator: String) {
        self.region = region
        self.indicator = indicator
    }

    /// `region/indicator`, as commands and files write it.
    public var description: String { region + "/" + indicator }

    /// Reads `region/indicator`; nil unless both parts are ids (`SeriesID.isID`).
    public init?(parsing text: String) {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 2, Self.isID(parts[0]), Self.isID(parts[1]) else { return nil }
        self.init(region: String(parts[0]), indicator: String(parts[1]))
    }

    public static func < (a: SeriesID, b: SeriesID) -> Bool {
        (a.region, a.indicator) < (b.region, b.indicator)
    }

    /// Whether a text can be an id of a plan, a target, a region or an indicator: ASCII
    /// letters, digits, `_`, `-` and `.`, 1 to 64 of them.
    public static func isID<S: StringProtocol>(_ text: S) -> Bool {
        !text.isEmpty && text.utf8.count <= 64 && text.utf8.allSatisfy { byte in
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
                 UInt8(ascii: "_"), UInt8(ascii: "-"), UInt8(ascii: "."): true
            default: false
            }
        }
    }

    /// The region id a plan file without one gets: its English region name in lower case,
    /// with every run of other characters than ASCII letters and digits made one `-`
    /// ("Chongqing" → `chongqing`, "Inner Mongolia" → `inner-mongolia`); `fallback` (the
    /// plan's id) when that leaves nothing.
    public static func regionID(fromName name: String, fallback: String) -> String {
        var id = ""
        for scalar in name.lowercased().unicodeScalars {
            if scalar.isASCII, scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) {
                id.unicodeScalars.append(scalar)
            } else if !id.isEmpty, id.last != "-" {
                id.append("-")
            }
        }
        while id.last == "-" { id.removeLast() }
        return id.isEmpty || id.utf8.count > 64 ? fallback : id
    }
}
