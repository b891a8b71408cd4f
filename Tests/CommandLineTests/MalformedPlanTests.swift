import Foundation
import Testing

/// A plan file an analyst could get wrong, or one made to hurt: its bytes (or a path that is
/// not a plan file at all) and words the refusal must contain.
struct PlanVariant: Sendable, CustomTestStringConvertible {
    var name: String
    var expected: String
    /// The file's content; nil when `path` names something that is not a file of ours.
    var bytes: (@Sendable () -> [UInt8])?
    var path: String?

    var testDescription: String { name }

    static func text(_ name: String, _ expected: String, _ text: @escaping @Sendable () -> String) -> PlanVariant {
        PlanVariant(name: name, expected: expected, bytes: { Array(text().utf8) })
    }

    /// The valid plan with `old` replaced by `new`.
    static func replacing(_ name: String, _ old: String, _ new: String, _ expected: String) -> PlanVariant {
        precondition(valid.contains(old), "the fixture has no \(old)")
        return text(name, expected) { valid.replacingOccurrences(of: old, with: new) }
    }

    static let valid = """
        {
          "plan": {"id": "p", "title": {"en": "Plan", "zh": "规划"}, "region": {"en": "R", "zh": "区"}, "source": "letter"},
          "groups": [{"id": "g", "name": {"en": "Goals", "zh": "目标"}}],
          "targets": [
            {"id": "rd_gdp", "group": "g", "kind": "numeric", "name": {"en": "R&D / GDP", "zh": "研发投入强度"},
             "unit": {"en": "%", "zh": "%"}, "comparator": ">", "value": 2.0, "decimals": 2, "deadline": 2020,
             "baseline": {"year": 2015}, "quote": "超过GDP的2%", "source": "letter"}
          ]
        }
        """

    /// The one target of the valid plan, as text.
    static let target: String = {
        let start = valid.range(of: "{\"id\": \"rd_gdp\"")!.lowerBound
        return String(valid[start..<valid.range(of: "\"source\": \"letter\"}", range: start..<valid.endIndex)!.upperBound])
    }()

    static let all: [PlanVariant] = [
        text("an empty file", "the document ends where a value was expected") { "" },
        text("only white space", "the document ends where a value was expected") { " \n\t\n " },
        text("cut off in the middle", "not valid JSON") { String(valid.prefix(valid.count / 2)) },
        text("cut off inside a string", "a string is not closed") { String(valid[..<valid.range(of: "R&D")!.upperBound]) },
        text("an array instead of an object", "expected an object, found an array") { "[]" },
        text("null", "expected an object, found null") { "null" },
        replacing("the plan is a text", valid[valid.range(of: "{\"id\": \"p\"")!.lowerBound..<valid.range(of: "\"source\": \"letter\"}")!.upperBound].description, "\"p\"", "plan: expected an object, found a string"),
        text("the targets are an object", "targets: expected an array of targets") {
            valid.replacingOccurrences(of: "[\n    " + target + "\n  ]", with: "{\"list\": " + target + "}")
        },
        replacing("a misspelt field", "\"decimals\": 2", "\"decimal\": 2", "targets[0].decimal: unknown field; did you mean \"decimals\"?"),
        replacing("no groups", "\"groups\": [{\"id\": \"g\", \"name\": {\"en\": \"Goals\", \"zh\": \"目标\"}}],", "", "groups: missing"),
        text("no targets", "targets: is empty") { valid.replacingOccurrences(of: target, with: "") },
        text("a target is a number", "targets[0]: expected an object, found a number") { valid.replacingOccurrences(of: target, with: "42") },
        replacing("an id is a number", "\"id\": \"rd_gdp\"", "\"id\": 7", "targets[0].id: expected a text"),
        replacing("a name is a text, not en and zh", "\"name\": {\"en\": \"R&D / GDP\", \"zh\": \"研发投入强度\"}", "\"name\": \"R&D\"", "targets[0].name: expected an object"),
        replacing("a value in quotes", "\"value\": 2.0", "\"value\": \"2\"", "targets[0].value: expected a number, found a string"),
        replacing("a value that is true", "\"value\": 2.0", "\"value\": true", "expected a number, found a boolean"),
        replacing("a deadline with a fraction", "\"deadline\": 2020", "\"deadline\": 2020.5", "expected a year between 1900 and 2100"),
        replacing("a deadline in year 99999", "\"deadline\": 2020", "\"deadline\": 99999", "expected a year between 1900 and 2100"),
        replacing("a value of 1e999", "\"value\": 2.0", "\"value\": 1e999", "is out of range"),
        replacing("a value of 400 digits", "\"value\": 2.0", "\"value\": " + String(repeating: "9", count: 400), "is out of range"),
        replacing("a value of -1e300", "\"value\": 2.0", "\"value\": -1e300", "is out of range"),
        text("a value of a million digits", "is out of range") { valid.replacingOccurrences(of: "\"value\": 2.0", with: "\"value\": " + String(repeating: "7", count: 1_000_000)) },
        replacing("decimals of 1e9", "\"decimals\": 2", "\"decimals\": 1e9", "expected a whole number from 0 to 6"),
        replacing("a number that starts with 0", "\"value\": 2.0", "\"value\": 02", "a number may not start with 0"),
        replacing("NaN", "\"value\": 2.0", "\"value\": NaN", "expected a value"),
        replacing("Infinity", "\"value\": 2.0", "\"value\": Infinity", "expected a value"),
        PlanVariant(name: "10 MB of nested arrays", expected: "nest more than 64 deep",
                    bytes: { [UInt8](repeating: UInt8(ascii: "["), count: 10_000_000) }),
        PlanVariant(name: "10 MB of nested objects", expected: "nest more than 64 deep",
                    bytes: { Array(String(repeating: "{\"a\":", count: 2_000_000).utf8) }),
        PlanVariant(name: "invalid UTF-8 in a name", expected: "not valid UTF-8",
                    bytes: { Array(valid.utf8).replacing(Array("Goals".utf8), with: [0x47, 0xFF, 0xFE, 0x6C]) }),
        PlanVariant(name: "an overlong UTF-8 encoding", expected: "not valid UTF-8",
                    bytes: { Array(valid.utf8).replacing(Array("Goals".utf8), with: [0xC0, 0xAF]) }),
        replacing("a lone surrogate", "\"Goals\"", "\"\\ud800\"", "an unpaired surrogate"),
        replacing("an unknown escape", "\"Goals\"", "\"Go\\xals\"", "an unknown escape \\x"),
        PlanVariant(name: "UTF-16 with a byte order mark", expected: "save it as UTF-8",
                    bytes: { [0xFF, 0xFE] + valid.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] } }),
        replacing("a key twice in a target", "\"decimals\": 2,", "\"decimals\": 2, \"decimals\": 3,", "the key \"decimals\" appears twice"),
        text("the plan twice", "the key \"plan\" appears twice") { valid.replacingOccurrences(of: "\"groups\":", with: "\"plan\": {}, \"groups\":") },
        replacing("a comma after the last target", "\"source\": \"letter\"}\n", "\"source\": \"letter\"},\n", "expected a value"),
        text("a comment", "expected a key in double quotes") { valid.replacingOccurrences(of: "{\n", with: "{ // the plan\n") },
        replacing("single quotes", "\"id\": \"rd_gdp\"", "'id': 'rd_gdp'", "expected a key in double quotes"),
        replacing("an escape character raw in a name", "\"Goals\"", "\"\u{1B}[2JGoals\"", "a control character inside a string"),
        replacing("a NUL byte between members", "\"kind\": \"numeric\",", "\"kind\": \"numeric\",\u{0}", "expected a key in double quotes"),
        text("text after the document", "unexpected text after the end of the document") { valid + "\n{}" },
        replacing("an id that clears the screen", "\"id\": \"rd_gdp\"", "\"id\": \"\\u001b[2J\\u001b]0;pwned\\u0007x\"", "is not a valid id"),
        replacing("an id of 10,000 characters", "\"id\": \"rd_gdp\"", "\"id\": \"" + String(repeating: "x", count: 10_000) + "\"", "is not a valid id"),
        replacing("an unknown comparator", "\"comparator\": \">\"", "\"comparator\": \"=>\"", "unknown comparator \"=>\""),
        replacing("a milestone with a comparator", "\"kind\": \"numeric\"", "\"kind\": \"milestone\"", "a milestone is achieved or not"),
        text("a target id twice", "the id \"rd_gdp\" is used twice") { valid.replacingOccurrences(of: target, with: target + ",\n" + target) },
        replacing("a deadline before the baseline", "\"year\": 2015", "\"year\": 2021", "before the baseline year 2021"),
        text("10,000 targets, the last one wrong", "targets[9999].comparator") {
            let many = (0..<9_999).map { target.replacingOccurrences(of: "rd_gdp", with: "t\($0)") }
            return valid.replacingOccurrences(of: target, with: (many + [target.replacingOccurrences(of: "\">\"", with: "\"~\"")]).joined(separator: ",\n"))
        },
        PlanVariant(name: "a file of 17 MB", expected: "larger than 16 MB",
                    bytes: { Array(valid.utf8) + [UInt8](repeating: 0x20, count: 17 * 1_048_576) }),
        PlanVariant(name: "a folder", expected: "it is a folder", path: "."),
        PlanVariant(name: "a file that does not exist", expected: "no such file", path: "no/such/plan.json"),
        PlanVariant(name: "a device that never ends", expected: "larger than 16 MB", path: "/dev/zero"),
    ]
}

/// Malformed and hostile plan files given to `innodash validate`: each is refused with a
/// message that names the file, and exit status 65, never a crash or a hang.
@Suite struct MalformedPlanTests {
    let folder = WorkFolder()

    @Test(arguments: PlanVariant.all)
    func aBadPlanFileIsRefusedWithAMessageAndStatus65(_ variant: PlanVariant) throws {
        let path = variant.path ?? "plan.json"
        if let bytes = variant.bytes {
            try Data(bytes()).write(to: folder.url.appendingPathComponent(path))
        }
        let started = Date()
        let result = try Program.innodash(["validate", path], in: folder.url)
        #expect(result.status == 65, "\(result.stderr)")
        #expect(result.stderr.hasPrefix("innodash: \(path): "), "\(result.stderr.prefix(300))")
        #expect(result.stderr.contains(variant.expected), "\(result.stderr.prefix(300))")
        #expect(result.stderr.hasSuffix("\n") && result.stderr.filter(\.isNewline).count == 1, "one line: \(result.stderr.prefix(300))")
        #expect(result.stderr.utf8.count < 1_000, "the message quotes the file, not all of it")
        for crash in ["Fatal error", "Stack dump", "Backtrace", "Illegal instruction", "Segmentation fault"] {
            #expect(!result.stderr.contains(crash))
        }
        #expect(!result.stderr.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" })
        #expect(result.stdout.isEmpty)
        #expect(Date().timeIntervalSince(started) < 10)
    }

    @Test func theShippedPlanAndAGoodFileAreOK() throws {
        let shipped = try Program.innodash(["validate"], in: folder.url)
        #expect(shipped.status == 0)
        #expect(shipped.stdout.hasPrefix("ok: ") && shipped.stdout.hasSuffix(" groups\n"))
        try folder.write("plan.json", PlanVariant.valid)
        #expect(try Program.innodash(["validate", "plan.json"], in: folder.url).stdout == "ok: 1 target in 1 group\n")
        #expect(try Program.innodash(["validate", "--targets", "plan.json"], in: folder.url).stdout == "ok: 1 target in 1 group\n")
    }

    @Test func aBadPlanStopsEveryCommandBeforeTheDatabaseIsTouched() throws {
        try folder.write("plan.json", PlanVariant.valid.replacingOccurrences(of: "\"value\": 2.0", with: "\"value\": 1e999"))
        for command in [["summary"], ["record", "rd_gdp", "2020", "2.1"], ["check"], ["export"]] {
            let result = try Program.innodash(command + ["--targets", "plan.json"], in: folder.url)
            #expect(result.status == 65, "\(command)")
            #expect(result.stderr == "innodash: plan.json: targets[0].value: the number 1e999 is out of range; expected a finite number of at most 15 digits\n")
        }
        #expect(!FileManager.default.fileExists(atPath: folder.path("innodash.sqlite")))
    }
}

private extension Array where Element == UInt8 {
    /// The bytes with the first occurrence of `old` replaced by `new`.
    func replacing(_ old: [UInt8], with new: [UInt8]) -> [UInt8] {
        guard let start = indices.first(where: { self[$0...].starts(with: old) }) else { preconditionFailure("no \(old)") }
        return Array(self[..<start]) + new + Array(self[(start + old.count)...])
    }
}
