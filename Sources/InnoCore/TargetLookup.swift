extension Plan {
    /// The target with this id, or an error that names the nearest id, for a mistyped one.
    /// Ids are matched as typed, then ignoring case, surrounding spaces and full width.
    public func lookUpTarget(_ id: String) throws(InputError) -> Target {
        if let target = target(id: id) { return target }
        let typed = FigureInput.normalize(id)
        if typed.isEmpty {
            throw InputError("empty target id; `innodash summary --format json` lists the ids")
        }
        let matches = targets.filter { $0.id.lowercased() == typed.lowercased() }
        if matches.count == 1 { return matches[0] }
        var message = "no target has the id \(Quote.of(id))"
        if let nearest = nearestTargetID(to: typed) {
            message += "; did you mean \"\(nearest)\"?"
        } else {
            message += "; `innodash summary --format json` lists the ids"
        }
        throw InputError(message)
    }

    /// The id closest to a mistyped one, if one is close enough to be what was meant.
    public func nearestTargetID(to id: String) -> String? {
        nearestName(to: id, among: targets.map(\.id))
    }
}

/// The name of `names` closest to a mistyped one by edit distance (ignoring case), if it is
/// close enough to be what was meant: at most two edits, and at most one per three
/// characters typed (so `sumary` is `summary`, and `xx` is nothing). Ties go to the first.
public func nearestName(to typed: String, among names: [String]) -> String? {
    // Names have at most 64 characters: a much longer text is near none of them.
    guard typed.unicodeScalars.count <= 256 else { return nil }
    let typedCharacters = Array(typed.lowercased())
    let allowed = min(2, max(1, typedCharacters.count / 3))
    let scored = names.map { ($0, editDistance(typedCharacters, Array($0.lowercased()))) }
    guard let best = scored.min(by: { $0.1 < $1.1 }), best.1 <= allowed else { return nil }
    return best.0
}

/// Edit distance between two strings: the fewest insertions, deletions, substitutions and
/// swaps of two neighbouring characters (`rd_gpd` is one swap from `rd_gdp`) that make one
/// the other.
func editDistance(_ a: [Character], _ b: [Character]) -> Int {
    if a.isEmpty { return b.count }
    var beforePrevious = [Int]()
    var previous = Array(0...b.count)
    for (i, ca) in a.enumerated() {
        var current = [i + 1]
        for (j, cb) in b.enumerated() {
            var distance = min(previous[j + 1] + 1, current[j] + 1, previous[j] + (ca == cb ? 0 : 1))
            if i > 0, j > 0, ca == b[j - 1], a[i - 1] == cb {
                distance = min(distance, beforePrevious[j - 1] + 1)
            }
            current.append(distance)
        }
        beforePrevious = previous
        previous = current
    }
    return previous[b.count]
}
