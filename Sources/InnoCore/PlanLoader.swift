import Foundation

/// Why a plan file was refused: the file, where in it, and what was expected.
public struct PlanError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The file, as the user named it.
    public var file: String
    /// Where: a JSON path such as `targets[3].comparator`, or `line 4, column 7`.
    public var location: String
    public var message: String

    public init(file: String, location: String, message: String) {
        self.file = file
        self.location = location
        self.message = message
    }

    public var description: String {
        location.isEmpty ? "\(file): \(message)" : "\(file): \(location): \(message)"
    }
}

/// Reads a plan file and checks every rule of the plan format, so that a plan is either
/// loaded whole and valid or refused with one message saying what to fix.
public enum PlanLoader {
    /// The largest plan file read: plans are kilobytes; anything near this is the wrong file.
    public static let maximumFileSize = 16 * 1_048_576

    public static func load(contentsOf url: URL, displayName: String? = nil) throws(PlanError) -> Plan {
        let name = displayName ?? url.path
        let data: Data
        do {
            data = try FileContents.read(url.path, atMost: maximumFileSize)
        } catch {
            let hint = error == .tooLarge(limit: maximumFileSize) ? "a plan file is a few kilobytes; " : ""
            throw PlanError(file: name, location: "", message: "cannot read the plan file (\(error.reason)); \(hint)check the path of the plan file")
        }
        return try load(data: data, file: name)
    }

    public static func load(data: Data, file: String) throws(PlanError) -> Plan {
        let bytes = Array(data)
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) || bytes.prefix(4).contains(0) {
            throw PlanError(file: file, location: "", message: "the file is in UTF-16 or UTF-32, not UTF-8; save it as UTF-8")
        }
        let document: JSONValue
        do {
            document = try JSONParser.parse(bytes)
        } catch {
            throw PlanError(file: file, location: "line \(error.line), column \(error.column)", message: "not valid JSON: \(error.reason)")
        }
        var reader = PlanReader(file: file)
        return try reader.plan(from: document)
    }
}

/// The kinds a plan file's `kind` field takes. `numeric` is a level target with a goal, an
/// indicator without one, as in the first version of the format.
enum PlanKind: String, CaseIterable {
    case numeric, milestone, level, indicator
    case averageGrowth = "average-growth"
    case cumulativeChange = "cumulative-change"
    case relative

    /// The kind in words, for messages: "an average-growth target".
    var described: String {
        switch self {
        case .averageGrowth: "an average-growth target"
        case .cumulativeChange: "a cumulative-change target"
        case .relative: "a relative target"
        default: "a \(rawValue) target"
        }
    }
}

/// Walks the parsed document, keeping the JSON path of what it reads for error messages.
private struct PlanReader {
    let file: String

    func fail(_ path: String, _ message: String) -> PlanError {
        PlanError(file: file, location: path, message: message)
    }

    func object(_ value: JSONValue?, _ path: @autoclosure () -> String) throws(PlanError) -> [JSONMember] {
        guard let value else { throw fail(path(), "missing; expected an object") }
        guard case .object(let members) = value else { throw fail(path(), "expected an object, found \(value.kindDescription)") }
        return members
    }

    func member(_ members: [JSONMember], _ key: String) -> JSONValue? {
        members.first { Self.same($0.key, key) }?.value
    }

    /// Whether two keys are the same; their lengths first, which tells most keys apart
    /// without a comparison of texts (a plan of 10,000 targets looks a key up 200,000 times).
    static func same(_ a: String, _ b: String) -> Bool {
        a.utf8.count == b.utf8.count && a == b
    }

    func string(_ value: JSONValue?, _ path: @autoclosure () -> String, required: Bool = true) throws(PlanError) -> String? {
        guard let value, value != .null || required else {
            if required { throw fail(path(), "missing; expected a text") }
            return nil
        }
        guard case .string(let text) = value else { throw fail(path(), "expected a text in double quotes, found \(value.kindDescription)") }
        if required && Self.isBlank(text) {
            throw fail(path(), "is empty; expected a text")
        }
        return text
    }

    func bool(_ value: JSONValue?, _ path: @autoclosure () -> String) throws(PlanError) -> Bool? {
        guard let value, value != .null else { return nil }
        guard case .bool(let flag) = value else { throw fail(path(), "expected true or false, found \(value.kindDescription)") }
        return flag
    }

    /// Whether a text is empty or only white space and line breaks (Unicode's White_Space,
    /// the characters Foundation's `whitespacesAndNewlines` holds), told from its first
    /// characters without Foundation: a large plan has a hundred thousand texts.
    static func isBlank(_ text: String) -> Bool {
        if let first = text.utf8.first, first > 0x20, first < 0x80 { return false }  // an ASCII letter, digit or sign
        return text.unicodeScalars.allSatisfy(\.properties.isWhitespace)
    }

    func number(_ value: JSONValue?, _ path: @autoclosure () -> String) throws(PlanError) -> Double? {
        guard let value, value != .null else { return nil }
        guard case .number(let number, let text) = value else { throw fail(path(), "expected a number, found \(value.kindDescription)") }
        guard number.isFinite, abs(number) <= 1e15 else {
            throw fail(path(), "the number \(Quote.cut(text)) is out of range; expected a finite number of at most 15 digits")
        }
        return number
    }

    func year(_ value: JSONValue?, _ path: @autoclosure () -> String) throws(PlanError) -> Int? {
        guard let number = try number(value, path()) else { return nil }
        let years = FigureInput.acceptedYears
        guard number == number.rounded(), (Double(years.lowerBound)...Double(years.upperBound)).contains(number) else {
            throw fail(path(), "expected a year between \(years.lowerBound) and \(years.upperBound), found \(ExactDecimal.text(number))")
        }
        return Int(number)
    }

    /// Refuses a field the format does not have, naming the nearest known one: a
    /// misspelt `baselne` would otherwise be skipped and silently change the result.
    func checkFields(_ members: [JSONMember], _ known: [String], _ path: @autoclosure () -> String) throws(PlanError) {
        for member in members where !known.contains(where: { Self.same($0, member.key) }) {
            let key = member.key
            let fieldPath = path().isEmpty ? key : path() + "." + key
            if let nearest = nearestName(to: key, among: known) {
                throw fail(fieldPath, "unknown field; did you mean \"\(nearest)\"?")
            }
            throw fail(fieldPath, "unknown field; expected one of: " + known.joined(separator: ", "))
        }
    }

    static let rootFields = ["plan", "groups", "targets"]
    static let planFields = ["id", "title", "region", "source"]
    static let groupFields = ["id", "name"]
    static let targetFields = ["id", "series", "group", "kind", "name", "unit", "count", "comparator", "value", "direction", "decimals",
                               "deadline", "baseline", "quote", "source", "note", "measure", "reference", "binding", "aliases"]
    static let regionFields = ["id", "en", "zh"]
    static let baselineFields = ["year", "value"]
    static let textFields = ["en", "zh"]

    /// Refuses a goal that no figure the target can take meets (a share above 100 %), or
    /// that every one does (a count of at least −5).
    func checkGoal(_ goal: Goal, of target: Target, _ path: @autoclosure () -> String) throws(PlanError) {
        guard let range = target.possibleValues else { return }
        let g = goal.value
        // The words of a refusal, made only for one (a large plan checks 10,000 goals).
        func refusal(_ what: String) -> PlanError {
            let stated = goal.comparator.rawValue + " " + ExactDecimal.text(g)
            let expected = target.isPercentage ? "a goal from 0 to 100" : "a goal of 0 or more"
            return fail(path(), "the goal \(stated) \(what): \(Self.limits(of: target)); expected \(expected)")
        }
        let never: Bool
        switch goal.comparator {
        case .above: never = g >= range.upperBound
        case .atLeast: never = g > range.upperBound
        case .below: never = g <= range.lowerBound
        case .atMost: never = g < range.lowerBound
        }
        if never { throw refusal("can never be met") }
        if !range.contains(g) { throw refusal("is met by every figure") }
    }

    /// The values a target's figures can take, in words, for `possibleValues`.
    static func limits(of target: Target) -> String {
        target.isPercentage ? "a share is from 0 to 100%" : "a count is never below 0"
    }

    /// The optional `aliases` of a target: a list of non-empty texts.
    func aliases(_ value: JSONValue?, _ path: @autoclosure () -> String) throws(PlanError) -> [String] {
        guard let value, value != .null else { return [] }
        guard case .array(let items) = value else { throw fail(path(), "expected a list of texts, such as [\"研发投入强度\"], found \(value.kindDescription)") }
        var aliases: [String] = []
        for (i, item) in items.enumerated() {
            aliases.append(try string(item, path() + "[\(i)]")!)
        }
        return aliases
    }

    func localized(_ value: JSONValue?, _ path: @autoclosure () -> String) throws(PlanError) -> LocalizedText {
        guard value != nil else { throw fail(path(), "missing; expected {\"en\": …, \"zh\": …}") }
        let members = try object(value, path())
        try checkFields(members, Self.textFields, path())
        let en = try string(member(members, "en"), path() + ".en")!
        let zh = try string(member(members, "zh"), path() + ".zh")!
        return LocalizedText(en: en, zh: zh)
    }

    func identifier(_ value: JSONValue?, _ path: @autoclosure () -> String) throws(PlanError) -> String {
        let id = try string(value, path())!
        guard SeriesID.isID(id) else {
            throw fail(path(), "\(Quote.of(id)) is not a valid id; expected ASCII letters, digits, '_', '-' or '.', at most 64")
        }
        return id
    }

    /// The plan's region: its names, and its id when the file gives one (`{"id":
    /// "chongqing", "en": …, "zh": …}`); without one, `PlanInfo` makes it from the English name.
    func region(_ value: JSONValue?, _ path: @autoclosure () -> String) throws(PlanError) -> (LocalizedText, String?) {
        guard value != nil else { throw fail(path(), "missing; expected {\"id\": …, \"en\": …, \"zh\": …}") }
        let members = try object(value, path())
        try checkFields(members, Self.regionFields, path())
        let names = LocalizedText(en: try string(member(members, "en"), path() + ".en")!, zh: try string(member(members, "zh"), path() + ".zh")!)
        let id = member(members, "id") == nil ? nil : try identifier(member(members, "id"), path() + ".id")
        return (names, id)
    }

    /// The series a target tracks: `"indicator"` in the plan's region, or
    /// `"region/indicator"`; nil (the target's id in the plan's region) when not given.
    func series(_ value: JSONValue?, _ path: @autoclosure () -> String) throws(PlanError) -> SeriesID? {
        guard let text = try string(value, path(), required: false) else { return nil }
        if SeriesID.isID(text) { return SeriesID(region: "", indicator: text) }
        guard let series = SeriesID(parsing: text) else {
            throw fail(path(), "\(Quote.of(text)) is not a series; expected an indicator id such as \"rd_intensity\" (in the plan's region) or a region and an indicator, \"china/rd_intensity\"")
        }
        return series
    }

    mutating func plan(from document: JSONValue) throws(PlanError) -> Plan {
        let root = try object(document, "")
        try checkFields(root, Self.rootFields, "")
        let planMembers = try object(member(root, "plan"), "plan")
        try checkFields(planMembers, Self.planFields, "plan")
        let planID = try identifier(member(planMembers, "id"), "plan.id")
        let (region, regionID) = try region(member(planMembers, "region"), "plan.region")
        let info = PlanInfo(
            id: planID,
            title: try localized(member(planMembers, "title"), "plan.title"),
            region: region, regionID: regionID,
            source: try string(member(planMembers, "source"), "plan.source")!
        )

        guard case .array(let groupValues)? = member(root, "groups") else {
            throw fail("groups", member(root, "groups") == nil ? "missing; expected an array of groups" : "expected an array of groups")
        }
        var groups: [TargetGroup] = []
        for (i, value) in groupValues.enumerated() {
            func path() -> String { "groups[\(i)]" }
            let members = try object(value, path())
            try checkFields(members, Self.groupFields, path())
            let group = TargetGroup(id: try identifier(member(members, "id"), path() + ".id"), name: try localized(member(members, "name"), path() + ".name"))
            if groups.contains(where: { $0.id == group.id }) { throw fail(path() + ".id", "the group id \"\(group.id)\" is used twice; ids must be unique") }
            groups.append(group)
        }

        guard case .array(let targetValues)? = member(root, "targets") else {
            throw fail("targets", member(root, "targets") == nil ? "missing; expected an array of targets" : "expected an array of targets")
        }
        guard !targetValues.isEmpty else { throw fail("targets", "is empty; a plan needs at least one target") }
        let targets = try self.targets(from: targetValues, groups: groups)
        return Plan(info: info, groups: groups, targets: targets)
    }

    /// The targets, in the file's order; the first mistake is the one told.
    func targets(from values: [JSONValue], groups: [TargetGroup]) throws(PlanError) -> [Target] {
        var targets: [Target] = []
        targets.reserveCapacity(values.count)
        var seen: Set<String> = []
        for (i, value) in values.enumerated() {
            let target = try self.target(from: value, path: "targets[\(i)]", groups: groups)
            guard seen.insert(target.id).inserted else {
                throw fail("targets[\(i)].id", "the id \"\(target.id)\" is used twice; target ids must be unique")
            }
            targets.append(target)
        }
        return targets
    }

    func target(from value: JSONValue, path: @autoclosure () -> String, groups: [TargetGroup]) throws(PlanError) -> Target {
        let m = try object(value, path())
        try checkFields(m, Self.targetFields, path())
        let id = try identifier(member(m, "id"), path() + ".id")
        let series = try series(member(m, "series"), path() + ".series")
        let group = try string(member(m, "group"), path() + ".group")!
        guard groups.contains(where: { $0.id == group }) else {
            let known = groups.map(\.id).joined(separator: ", ")
            throw fail(path() + ".group", "no group has the id \(Quote.of(group)); expected one of: \(known)")
        }
        let kindText = try string(member(m, "kind"), path() + ".kind")!
        guard let planKind = PlanKind(rawValue: kindText) else {
            throw fail(path() + ".kind", "unknown kind \(Quote.of(kindText)); expected one of: " + PlanKind.allCases.map { "\"\($0.rawValue)\"" }.joined(separator: ", "))
        }
        let kind: Target.Kind = planKind == .milestone ? .milestone : .numeric
        let name = try localized(member(m, "name"), path() + ".name")

        var comparator: Comparator?
        if let text = try string(member(m, "comparator"), path() + ".comparator", required: false) {
            guard let parsed = Comparator(rawValue: text) else {
                throw fail(path() + ".comparator", "unknown comparator \(Quote.of(text)); expected one of >, >=, <, <=")
            }
            comparator = parsed
        }
        let goalValue = try number(member(m, "value"), path() + ".value")
        var direction: Direction?
        if let text = try string(member(m, "direction"), path() + ".direction", required: false) {
            guard let parsed = Direction(rawValue: text) else {
                throw fail(path() + ".direction", "unknown direction \(Quote.of(text)); expected \"up\" or \"down\"")
            }
            direction = parsed
        }
        let isBinding = try bool(member(m, "binding"), path() + ".binding") ?? false
        for (field, allowed) in [("measure", planKind == .averageGrowth), ("reference", planKind == .relative)] where !allowed && member(m, field) != nil {
            let owner = field == "measure" ? "an average-growth target" : "a relative target"
            throw fail(path() + "." + field, "only \(owner) takes a \(field); remove it, or make the kind \"\(field == "measure" ? "average-growth" : "relative")\"")
        }

        var unit: LocalizedText?
        var isCount = false
        var goal: Goal?
        var form = TargetForm.level
        var reference: String?
        var referenceName: LocalizedText?
        switch planKind {
        case .milestone:
            for field in ["comparator", "value", "unit", "count", "direction", "decimals"] where member(m, field) != nil {
                throw fail(path() + "." + field, "a milestone is achieved or not; it takes no \(field) (remove it, or make the target numeric)")
            }
        case .numeric, .level, .indicator:
            unit = try localized(member(m, "unit"), path() + ".unit")
            isCount = try bool(member(m, "count"), path() + ".count") ?? false
            switch (comparator, goalValue) {
            case let (comparator?, value?):
                if planKind == .indicator {
                    throw fail(path() + ".comparator", "an indicator has no goal; remove comparator and value, or make the kind \"level\"")
                }
                goal = Goal(comparator, value)
            case (nil, nil):
                if planKind == .level {
                    throw fail(path() + ".comparator", "missing; a level target needs a comparator and a value, its goal")
                }
                guard direction != nil else {
                    throw fail(path() + ".direction", "missing; a numeric target without comparator and value is an indicator and needs a direction, \"up\" or \"down\"")
                }
            case (nil, _?):
                throw fail(path() + ".comparator", "missing; a goal value needs a comparator, one of >, >=, <, <=")
            case (_?, nil):
                throw fail(path() + ".value", "missing; the comparator needs a goal value")
            }
        case .averageGrowth, .cumulativeChange, .relative:
            unit = try localized(member(m, "unit"), path() + ".unit")
            isCount = try bool(member(m, "count"), path() + ".count") ?? false
            guard let comparator else {
                throw fail(path() + ".comparator", "missing; \(planKind.described) needs a comparator, one of >, >=, <, <=")
            }
            switch planKind {
            case .averageGrowth:
                guard let goalValue else { throw fail(path() + ".value", "missing; expected the yearly growth in per cent, such as 7 for 年均增长7%") }
                guard goalValue > -100 else { throw fail(path() + ".value", "a yearly growth of \(ExactDecimal.text(goalValue))% is impossible; expected a growth above -100") }
                guard member(m, "measure") != nil else {
                    throw fail(path() + ".measure", "missing; expected \"growth-rate\" (the figures are yearly growth rates in %) or \"level\" (the figures are levels)")
                }
                let text = try string(member(m, "measure"), path() + ".measure")!
                guard let measure = GrowthMeasure(rawValue: text) else {
                    throw fail(path() + ".measure", "unknown measure \(Quote.of(text)); expected \"growth-rate\" (the figures are yearly growth rates in %) or \"level\" (the figures are levels)")
                }
                if measure == .growthRate && isCount {
                    throw fail(path() + ".count", "growth rates are not counts; remove count, or make the measure \"level\"")
                }
                form = .averageGrowth(Goal(comparator, goalValue), measure: measure)
            case .cumulativeChange:
                guard let goalValue else { throw fail(path() + ".value", "missing; expected the change in per cent of the base figure, such as -13.5 for 降低13.5%") }
                guard goalValue > -100 else { throw fail(path() + ".value", "a change of \(ExactDecimal.text(goalValue))% of the base is impossible; expected a change above -100") }
                form = .cumulativeChange(Goal(comparator, goalValue))
            default:
                if member(m, "value") != nil {
                    throw fail(path() + ".value", "a relative target's goal is the reference region's figure of each year; remove value")
                }
                guard member(m, "reference") != nil else {
                    throw fail(path() + ".reference", "missing; expected the id of the region whose figures are the goal, such as \"china\"")
                }
                if case .object(let members)? = member(m, "reference") {
                    // {"id": "china", "en": "the national average", "zh": "全国平均水平"}: the id, and the plan's words for it.
                    try checkFields(members, Self.regionFields, path() + ".reference")
                    reference = try identifier(self.member(members, "id"), path() + ".reference.id")
                    referenceName = LocalizedText(en: try string(self.member(members, "en"), path() + ".reference.en")!,
                                                  zh: try string(self.member(members, "zh"), path() + ".reference.zh")!)
                } else {
                    reference = try identifier(member(m, "reference"), path() + ".reference")
                }
                form = .relative(comparator)
            }
        }
        if let direction, let stated = comparator, kind == .numeric, direction != stated.direction {
            throw fail(path() + ".direction", "\"\(direction.rawValue)\" contradicts the comparator \(stated.rawValue); remove direction")
        }

        var decimals = 0
        if let number = try number(member(m, "decimals"), path() + ".decimals") {
            let range = Target.decimalsRange
            guard number == number.rounded(), (Double(range.lowerBound)...Double(range.upperBound)).contains(number) else {
                throw fail(path() + ".decimals", "expected a whole number from \(range.lowerBound) to \(range.upperBound)")
            }
            decimals = Int(number)
        }

        let deadline = try year(member(m, "deadline"), path() + ".deadline")
        if deadline == nil && !(kind == .numeric && goal == nil && form == .level) {
            throw fail(path() + ".deadline", "missing; expected the year by which the target is due")
        }

        var baseline: Baseline?
        if let baselineValue = member(m, "baseline") {
            let b = try object(baselineValue, path() + ".baseline")
            try checkFields(b, Self.baselineFields, path() + ".baseline")
            guard let year = try year(member(b, "year"), path() + ".baseline.year") else {
                throw fail(path() + ".baseline.year", "missing; expected the base year")
            }
            baseline = Baseline(year: year, value: try number(member(b, "value"), path() + ".baseline.value"))
            if let deadline, deadline < year {
                throw fail(path() + ".deadline", "\(deadline) is before the baseline year \(year); expected a deadline at or after it")
            }
        }
        if planKind == .averageGrowth || planKind == .cumulativeChange {
            // The period's growth or change is measured from the base: its year is required.
            guard let baseline else {
                throw fail(path() + ".baseline", "missing; \(planKind.described) is measured from a base: expected {\"year\": …}, the year before the period")
            }
            if let deadline, deadline <= baseline.year {
                throw fail(path() + ".deadline", "\(deadline) is not after the baseline year \(baseline.year); \(planKind.described) needs a period of a year at least")
            }
        }

        let quote = try string(member(m, "quote"), path() + ".quote", required: goal != nil || kind == .milestone || form != .level)
        let source = try string(member(m, "source"), path() + ".source")!
        let note = try string(member(m, "note"), path() + ".note", required: false)
        let aliases = try aliases(member(m, "aliases"), path() + ".aliases")

        let target = Target(
            id: id, series: series, group: group, kind: kind, name: name, unit: unit, isCount: isCount, goal: goal, direction: direction,
            decimals: decimals, deadline: deadline, baseline: baseline, quote: quote, source: source, note: note,
            form: form, isBinding: isBinding, reference: reference, referenceName: referenceName,
            aliases: aliases
        )
        if let goal { try checkGoal(goal, of: target, path() + ".value") }
        if let value = baseline?.value, let range = target.possibleValues, !range.contains(value) {
            throw fail(path() + ".baseline.value", "\(ExactDecimal.text(value)) is not a possible figure: \(Self.limits(of: target))")
        }
        return target
    }
}
