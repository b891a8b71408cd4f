import Foundation
import InnoDraw
import Testing

/// Text made to attack a terminal or a reader, in a plan file, a CSV file and on the command
/// line: it never reaches standard output or standard error raw, tables keep their columns,
/// and every export carries it escaped.
@Suite struct HostileTextTests {
    let folder = WorkFolder()

    /// Escape sequences (clear the screen, set the title, write the clipboard), a C1 command
    /// start, bell, backspace and carriage return, bidirectional overrides, zero-width
    /// characters, piled-up combining marks, a mark with no base, and a very long text.
    static let hostile = [
        "clear\u{1B}[2J\u{1B}[Hscreen",
        "title\u{1B}]0;pwned\u{07} and clipboard\u{1B}]52;c;ZXZpbA==\u{07}",
        "c1\u{9B}31m red\u{7F}del\u{08}\u{08}",
        "hidden\rOVERWRITE\ttab",
        "bidi \u{202E}txet desrever\u{202C} \u{2066}isolate\u{2069}",
        "zero\u{200B}width\u{200D}joiner\u{FEFF}",
        "zalgo e" + String(repeating: "\u{301}", count: 50) + " \u{301}x",
        String(repeating: "长", count: 10_000),
    ]

    /// A plan whose every text field carries hostile text; each target is moving away
    /// from its goal, so `check` lists all of them.
    static func plan() -> String {
        func json(_ text: String) -> String {
            let data = try! JSONEncoder().encode(text)
            return String(decoding: data, as: UTF8.self)
        }
        let targets = hostile.enumerated().map { index, text in
            """
            {"id": "t\(index)", "group": "g", "kind": "numeric", "name": {"en": \(json("name " + text)), "zh": \(json("名" + text))},
             "unit": {"en": \(json(text.prefix(12) + "%")), "zh": "%"}, "comparator": ">=", "value": 50, "decimals": 1, "deadline": 2020,
             "baseline": {"year": 2015}, "quote": \(json(text)), "source": \(json(text)), "note": \(json(text))}
            """
        }
        return """
            {"plan": {"id": "p", "title": {"en": \(json("Plan " + hostile[0])), "zh": \(json("规划" + hostile[1]))},
                      "region": {"en": \(json(hostile[4])), "zh": "区"}, "source": \(json(hostile[2]))},
             "groups": [{"id": "g", "name": {"en": \(json("Group " + hostile[3])), "zh": "组"}}],
             "targets": [\(targets.joined(separator: ",\n"))]}
            """
    }

    /// Figures for every target, their sources and notes hostile, as CSV.
    static func figures() -> String {
        func field(_ text: String) -> String { "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\"" }
        var csv = "target,year,value,preliminary,source,note\n"
        for (index, text) in hostile.enumerated() {
            csv += "t\(index),2015,40,no,\(field(text)),\(field(text + "\nsecond line"))\n"
            csv += "t\(index),2018,38,yes,\(field(text)),\n"
        }
        return csv
    }

    /// Scalars that must never reach the terminal raw.
    static func unsafeScalars(_ text: String, allowLayout: Bool) -> [Unicode.Scalar] {
        text.unicodeScalars.filter { scalar in
            switch scalar.value {
            case 0x0A: false
            case 0x09, 0x0D: !allowLayout
            case 0x00...0x1F, 0x7F...0x9F, 0xFFFE, 0xFFFF: true
            case 0x061C, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069: true
            default: false
            }
        }
    }

    func innodash(_ arguments: [String]) throws -> Program.Result {
        try Program.innodash(arguments + ["--targets", "plan.json", "--db", "figures.sqlite"], in: folder.url)
    }

    /// Runs a command and checks that neither of its outputs carries anything unsafe.
    /// Text for people (`layout` false) has no tab or carriage return either.
    @discardableResult
    func run(_ arguments: [String], status: Int32 = 0, layout: Bool = false, sourceLocation: SourceLocation = #_sourceLocation) throws -> Program.Result {
        let result = try innodash(arguments)
        #expect(result.status == status, "\(arguments): \(result.stderr.prefix(300))", sourceLocation: sourceLocation)
        #expect(Self.unsafeScalars(result.stdout, allowLayout: layout).isEmpty, "\(arguments) stdout", sourceLocation: sourceLocation)
        #expect(Self.unsafeScalars(result.stderr, allowLayout: false).isEmpty, "\(arguments) stderr", sourceLocation: sourceLocation)
        return result
    }

    init() throws {
        try folder.write("plan.json", Self.plan())
        try folder.write("figures.csv", Self.figures())
    }

    @Test func commandsForPeopleShowHostileTextHarmlessAndAligned() throws {
        #expect(try run(["validate", "plan.json"]).stdout == "ok: 8 targets in 1 group\n")
        #expect(try run(["import", "figures.csv"]).stdout.hasPrefix("imported 16 figures"))
        let recorded = try run(["record", "t0", "2019", "39", "--source", Self.hostile[1], "--note", Self.hostile[3]]).stdout
        #expect(recorded.hasPrefix("recorded: ") && recorded.hasSuffix("/t0 2019: — → 39\n"))

        let check = try run(["check"], status: 1).stdout.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(check.count == Self.hostile.count + 1 && check.last == "")
        for (index, line) in check.dropLast().enumerated() {
            #expect(line.hasPrefix("t\(index)  moving-away  name "))
        }

        for index in Self.hostile.indices {
            let history = try run(["history", "t\(index)"]).stdout
            let lines = history.split(separator: "\n")
            // Title, header, one row per figure and one line per note: no text broke a line.
            let (figures, notes) = index == 0 ? (3, 2) : (2, 1)
            #expect(lines.count == 2 + figures + notes, "t\(index): \(lines.count) lines")
            // Every row's source starts where the header's "source" does.
            let sourceColumn = DisplayWidth.of(lines[1].prefix(upTo: lines[1].range(of: "source")!.lowerBound))
            for row in lines[2...] where !row.contains("note: ") {
                #expect(DisplayWidth.of(row) > sourceColumn)
                #expect(row.contains("import") || row.contains("enter"))
            }
        }

        let summary = try run(["summary", "--width", "100"]).stdout
        let rows = summary.split(separator: "\n")
        #expect(rows.allSatisfy { DisplayWidth.of($0) <= 100 })
        let latestColumns = Set(rows.filter { $0.contains("(2019)") || $0.contains("(2018)") }.map { row in
            DisplayWidth.of(row[..<row.range(of: "(201")!.lowerBound])
        })
        #expect(latestColumns.count == 1, "the latest figure starts at one column: \(latestColumns)")
    }

    @Test func errorMessagesQuoteHostileTextHarmlessly() throws {
        for text in Self.hostile {
            let unknown = try run(["record", text, "2019", "1"], status: 65).stderr
            #expect(unknown.hasPrefix("innodash: no target has the id \"") && unknown.utf8.count < 400)
            let value = try run(["record", "t1", "2019", text], status: 65).stderr
            #expect(value.hasPrefix("innodash: \"") && value.contains("is not a number"))
            try folder.write("bad.csv", "target,year,value\nt1,2019,\"\(text)\"\n")
            #expect(try run(["import", "bad.csv"], status: 65).stderr.hasPrefix("innodash: bad.csv:2 (column value): \""))
        }
        // So are ArgumentParser's messages about a wrong command line.
        #expect(try run(["summary", "--lang", Self.hostile[1]], status: 64).stderr.hasPrefix("Error: The value 'title]0;pwned and clipboard]52;c;ZXZpbA==' is invalid"))
        #expect(try run([Self.hostile[0]], status: 64).stderr.contains("clear[2J[Hscreen"))
        // A file name is quoted too.
        let name = "plan\u{1B}[2J.json"
        try folder.write(name, "{")
        #expect(try run(["validate", name], status: 65).stderr.hasPrefix("innodash: plan[2J.json: line 1"))
    }

    @Test func invalidUTF8InACSVIsRefusedWithItsLineAndNothingIsImported() throws {
        var bytes = Array("target,year,value,preliminary,source,note\nt1,2019,39,no,fine,\nt1,2020,".utf8)
        bytes += [0xC3, 0x28, 0xFF] + Array(",no,bad,\n".utf8)
        try Data(bytes).write(to: folder.url.appendingPathComponent("latin.csv"))
        let result = try run(["import", "latin.csv"], status: 65)
        #expect(result.stderr == "innodash: latin.csv:3: the text is not UTF-8; save the file as UTF-8 (CSV UTF-8 in a spreadsheet)\n")
        #expect(try run(["export"], layout: true).stdout == "region,indicator,year,value,preliminary,source,note\n")
    }

    @Test func everyFormatCarriesHostileTextEscaped() throws {
        try run(["import", "figures.csv"])
        for format in ["text", "markdown", "csv", "json", "svg", "html"] {
            let output = try run(["summary", "--format", format], layout: true).stdout
            #expect(output.contains("name c"), "\(format)")
            #expect(!output.contains("\u{1B}"), "\(format)")
        }
        // ANSI: its own colour sequences and nothing else.
        let ansi = try innodash(["summary", "--format", "ansi"]).stdout
        let sgr = /\x{1B}\[[0-9;]*m/
        #expect(ansi.contains(sgr))
        #expect(Self.unsafeScalars(ansi.replacing(sgr, with: ""), allowLayout: false).isEmpty)
        // Figures exported to standard output: CSV without the escape character, JSON with it
        // as the escape \u001b, which is text.
        #expect(try run(["export", "--format", "csv"], layout: true).stdout.contains("clear[2J[Hscreen"))
        #expect(try run(["export", "--format", "json"], layout: true).stdout.contains("clear\\u001b[2J\\u001b[Hscreen"))
        // Markup cannot be injected: a name that is a tag stays text.
        try folder.write("tag.json", Self.plan().replacingOccurrences(of: "name clear", with: "<script>alert(1)</script>"))
        for format in ["svg", "html"] {
            let output = try Program.innodash(["summary", "--format", format, "--targets", "tag.json", "--db", "tag.sqlite"], in: folder.url).stdout
            #expect(!output.contains("<script>") && output.contains("&lt;script&gt;"), "\(format)")
        }
        let markdown = try Program.innodash(["summary", "--format", "markdown", "--targets", "tag.json", "--db", "tag.sqlite"], in: folder.url).stdout
        #expect(!markdown.contains("name hidden\r") && markdown.contains("name hidden OVERWRITE tab"))
    }
}
