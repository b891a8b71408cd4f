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

    /// The id closest to a mistyped one by edit distance, if any is reasonably close.
    public func nearestTargetID(to id: String) -> String? {
        // Ids have at most 64 characters: a much longer text is near none of them.
        guard id.unicodeScalars.count <= 256 else { return nil }
        let typed = Array(id.lowercased())
        let scored = targets.map { ($0.id, editDistance(typed, Array($0.id.lowercased()))) }
        guard let best = scored.min(by: { $0.1 < $1.1 }), best.1 <= max(3, typed.count / 2) else { return nil }
        return best.0
    }
}

/// Levenshtein distance between two strings.
func editDistance(_ a: [Character], _ b: [Character]) -> Int {
    if a.isEmpty { return b.count }
    var previous = Array(0...b.count)
    for (i, ca) in a.enumerated() {
        var current = [i + 1]
        for (j, cb) in b.enumerated() {
            current.append(min(previous[j + 1] + 1, current[j] + 1, previous[j] + (ca == cb ? 0 : 1)))
        }
        previous = current
    }
    return previous[b.count]
}
