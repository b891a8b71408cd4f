/// The text of an HTML page as a reader sees it: tags dropped (a block tag breaks the
/// paragraph), scripts, styles and comments dropped whole, entities decoded.
public enum HTMLText {
    /// Whether the text is HTML: it has a document, paragraph or break tag.
    public static func looksLikeHTML(_ text: String) -> Bool {
        let head = text.prefix(20_000).lowercased()
        return ["<html", "<!doctype html", "<body", "<p>", "<p ", "<div", "<br", "<span", "<td", "<table"].contains { head.contains($0) }
    }

    static let blockTags: Set<String> = ["p", "div", "br", "li", "tr", "td", "th", "h1", "h2", "h3", "h4", "h5", "h6",
                                         "table", "ul", "ol", "section", "article", "header", "footer", "title", "hr", "dd", "dt"]
    static let droppedWhole: Set<String> = ["script", "style", "noscript", "template", "head"]

    public static func plainText(_ html: String) -> String {
        let chars = Array(html)
        var out = ""
        out.reserveCapacity(chars.count)
        var i = 0
        while i < chars.count {
            let c = chars[i]
            if c == "<" {
                if starts(chars, i, "<!--") {
                    i = find(chars, from: i + 4, "-->").map { $0 + 3 } ?? chars.count
                    continue
                }
                guard let close = chars[i...].firstIndex(of: ">") else { out.append(c); i += 1; continue }
                let inside = String(chars[(i + 1)..<close]).lowercased()
                let name = String(inside.drop { $0 == "/" }.prefix { $0.isLetter || $0.isNumber })
                guard !name.isEmpty || inside.hasPrefix("!") else { out.append(c); i += 1; continue }
                if droppedWhole.contains(name) && !inside.hasPrefix("/") && !inside.hasSuffix("/") {
                    i = find(chars, from: close + 1, "</" + name, caseInsensitive: true)
                        .flatMap { end in chars[end...].firstIndex(of: ">").map { $0 + 1 } } ?? chars.count
                    continue
                }
                if blockTags.contains(name) { out.append("\n") }
                i = close + 1
                continue
            }
            if c == "&", let (decoded, length) = entity(chars, at: i) {
                out.append(decoded)
                i += length
                continue
            }
            out.append(c)
            i += 1
        }
        return out
    }

    static let named: [String: Character] = [
        "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": " ", "ldquo": "“", "rdquo": "”",
        "lsquo": "‘", "rsquo": "’", "mdash": "—", "ndash": "–", "hellip": "…", "middot": "·", "times": "×",
        "ensp": " ", "emsp": " ", "thinsp": " ", "yen": "¥", "percnt": "%", "deg": "°", "plusmn": "±",
    ]

    /// The character of an entity at `start` (`&amp;`, `&#21644;`, `&#x2F;`) and its length.
    static func entity(_ chars: [Character], at start: Int) -> (Character, Int)? {
        var end = start + 1
        while end < chars.count, end - start <= 12, chars[end] != ";" {
            guard chars[end].isLetter || chars[end].isNumber || chars[end] == "#" else { return nil }
            end += 1
        }
        guard end < chars.count, chars[end] == ";" else { return nil }
        let body = String(chars[(start + 1)..<end])
        if body.hasPrefix("#") {
            let digits = body.dropFirst()
            let value = digits.first == "x" || digits.first == "X" ? UInt32(digits.dropFirst(), radix: 16) : UInt32(digits)
            guard let value, let scalar = Unicode.Scalar(value), value >= 0x20 || value == 0x0A || value == 0x09 else { return nil }
            return (Character(scalar), end - start + 1)
        }
        guard let character = named[body.lowercased()] else { return nil }
        return (character, end - start + 1)
    }

    static func starts(_ chars: [Character], _ at: Int, _ prefix: String) -> Bool {
        let p = Array(prefix)
        guard at + p.count <= chars.count else { return false }
        return Array(chars[at..<(at + p.count)]) == p
    }

    static func find(_ chars: [Character], from: Int, _ needle: String, caseInsensitive: Bool = false) -> Int? {
        let n = Array(caseInsensitive ? needle.lowercased() : needle)
        guard !n.isEmpty, from <= chars.count - n.count else { return nil }
        var i = from
        while i <= chars.count - n.count {
            var matched = true
            for k in 0..<n.count {
                let same = caseInsensitive ? chars[i + k].lowercased() == String(n[k]) : chars[i + k] == n[k]
                if !same { matched = false; break }
            }
            if matched { return i }
            i += 1
        }
        return nil
    }
}
