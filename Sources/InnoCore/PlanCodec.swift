/// A plan in a compact binary form that is read without parsing: how a database keeps a
/// large plan as innodash read it from its file, so that the next start need not read the
/// file's JSON again (a plan of 10,000 targets is 3.4 MB of JSON). The JSON file stays the
/// source of truth; this form is only ever a copy of what `PlanLoader` made of it.
///
/// Every field of the model is written, in a fixed order, behind a format byte; `decode`
/// answers nil for anything it does not recognise (another format, bytes cut short or left
/// over), and the caller then reads the plan file. A field added to the model must be added
/// here and the format raised: `PlanCodecTests` fails until it is.
public enum PlanCodec {
    /// The layout below; raised at any change of it.
    public static let format: UInt8 = 1

    public static func encode(_ plan: Plan) -> [UInt8] {
        var out = Writer()
        out.byte(format)
        out.string(plan.info.id)
        out.text(plan.info.title)
        out.text(plan.info.region)
        out.string(plan.info.regionID)
        out.string(plan.info.source)
        out.count(plan.groups.count)
        for group in plan.groups {
            out.string(group.id)
            out.text(group.name)
        }
        out.count(plan.targets.count)
        for target in plan.targets { out.target(target) }
        return out.bytes
    }

    /// The plan `encode` wrote, or nil when `bytes` are not exactly that.
    public static func decode(_ bytes: UnsafeRawBufferPointer) -> Plan? {
        var input = Reader(bytes: bytes)
        guard input.byte() == format,
              let id = input.string(), let title = input.text(), let region = input.text(),
              let regionID = input.string(), let source = input.string(),
              let groupCount = input.count() else { return nil }
        var groups: [TargetGroup] = []
        groups.reserveCapacity(groupCount)
        for _ in 0..<groupCount {
            guard let id = input.string(), let name = input.text() else { return nil }
            groups.append(TargetGroup(id: id, name: name))
        }
        guard let targetCount = input.count() else { return nil }
        var targets: [Target] = []
        targets.reserveCapacity(targetCount)
        for _ in 0..<targetCount {
            guard let target = input.target() else { return nil }
            targets.append(target)
        }
        guard input.isAtEnd else { return nil }
        return Plan(info: PlanInfo(id: id, title: title, region: region, regionID: regionID, source: source),
                    groups: groups, targets: targets)
    }
}

// MARK: Writing

private struct Writer {
    var bytes: [UInt8] = []

    mutating func byte(_ value: UInt8) { bytes.append(value) }
    mutating func bool(_ value: Bool) { byte(value ? 1 : 0) }

    mutating func integer(_ value: Int) {
        withUnsafeBytes(of: Int64(value).littleEndian) { bytes.append(contentsOf: $0) }
    }

    mutating func count(_ value: Int) { integer(value) }

    mutating func double(_ value: Double) {
        withUnsafeBytes(of: value.bitPattern.littleEndian) { bytes.append(contentsOf: $0) }
    }

    mutating func string(_ value: String) {
        var value = value
        value.withUTF8 { utf8 in
            count(utf8.count)
            bytes.append(contentsOf: utf8)
        }
    }

    mutating func text(_ value: LocalizedText) {
        string(value.en)
        string(value.zh)
    }

    /// A flag byte, then the value when there is one.
    mutating func optional<T>(_ value: T?, _ write: (inout Writer, T) -> Void) {
        bool(value != nil)
        if let value { write(&self, value) }
    }

    mutating func goal(_ goal: Goal) {
        comparator(goal.comparator)
        double(goal.value)
    }

    mutating func comparator(_ value: Comparator) {
        byte(UInt8(Comparator.allCases.firstIndex(of: value)!))
    }

    mutating func target(_ target: Target) {
        string(target.id)
        string(target.series.region)
        string(target.series.indicator)
        string(target.group)
        byte(target.kind == .numeric ? 0 : 1)
        text(target.name)
        optional(target.unit) { $0.text($1) }
        bool(target.isCount)
        optional(target.goal) { $0.goal($1) }
        byte(target.direction == .up ? 0 : 1)
        integer(target.decimals)
        optional(target.deadline) { $0.integer($1) }
        optional(target.baseline) { out, baseline in
            out.integer(baseline.year)
            out.optional(baseline.value) { $0.double($1) }
        }
        optional(target.quote) { $0.string($1) }
        string(target.source)
        optional(target.note) { $0.string($1) }
        switch target.form {
        case .level:
            byte(0)
        case .averageGrowth(let goal, let measure):
            byte(1)
            self.goal(goal)
            byte(measure == .growthRate ? 0 : 1)
        case .cumulativeChange(let goal):
            byte(2)
            self.goal(goal)
        case .relative(let comparator):
            byte(3)
            self.comparator(comparator)
        }
        bool(target.isBinding)
        optional(target.reference) { $0.string($1) }
        optional(target.referenceName) { $0.text($1) }
        count(target.aliases.count)
        for alias in target.aliases { string(alias) }
    }
}

// MARK: Reading

/// Each read answers nil past the end or on a value `Writer` never writes.
private struct Reader {
    let bytes: UnsafeRawBufferPointer
    var offset = 0

    var isAtEnd: Bool { offset == bytes.count }

    mutating func byte() -> UInt8? {
        guard offset < bytes.count else { return nil }
        defer { offset += 1 }
        return bytes[offset]
    }

    mutating func bool() -> Bool? {
        switch byte() {
        case 0: false
        case 1: true
        default: nil
        }
    }

    private mutating func word() -> UInt64? {
        guard bytes.count - offset >= 8 else { return nil }
        defer { offset += 8 }
        return UInt64(littleEndian: bytes.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
    }

    mutating func integer() -> Int? {
        word().map { Int(Int64(bitPattern: $0)) }
    }

    /// A count or a length: never negative, never more than the bytes left could hold.
    mutating func count() -> Int? {
        guard let value = integer(), value >= 0, value <= bytes.count - offset else { return nil }
        return value
    }

    mutating func double() -> Double? {
        word().map { Double(bitPattern: $0) }
    }

    mutating func string() -> String? {
        guard let length = count() else { return nil }
        defer { offset += length }
        return String(validUTF8: UnsafeRawBufferPointer(rebasing: bytes[offset..<offset + length]).bindMemory(to: UInt8.self))
    }

    mutating func text() -> LocalizedText? {
        guard let en = string(), let zh = string() else { return nil }
        return LocalizedText(en: en, zh: zh)
    }

    /// `.some(nil)` for an absent value, nil for bytes that are not an optional.
    mutating func optional<T>(_ read: (inout Reader) -> T?) -> T?? {
        guard let present = bool() else { return nil }
        guard present else { return .some(nil) }
        guard let value = read(&self) else { return nil }
        return .some(value)
    }

    mutating func comparator() -> Comparator? {
        guard let index = byte(), Int(index) < Comparator.allCases.count else { return nil }
        return Comparator.allCases[Int(index)]
    }

    mutating func goal() -> Goal? {
        guard let comparator = comparator(), let value = number() else { return nil }
        return Goal(comparator, value)
    }

    /// A number as a plan file can give one: finite. (Bytes damaged into a value no plan
    /// file could hold are refused, not drawn.)
    mutating func number() -> Double? {
        double().flatMap { $0.isFinite ? $0 : nil }
    }

    /// A year a plan file may name (`FigureInput.acceptedYears`).
    mutating func year() -> Int? {
        integer().flatMap { FigureInput.acceptedYears.contains($0) ? $0 : nil }
    }

    mutating func target() -> Target? {
        guard let id = string(), let region = string(), let indicator = string(), let group = string(),
              let kindCode = byte(), kindCode <= 1,
              let name = text(),
              let unit = optional({ $0.text() }),
              let isCount = bool(),
              let goal = optional({ $0.goal() }),
              let directionCode = byte(), directionCode <= 1,
              let decimals = integer(), Target.decimalsRange.contains(decimals),
              let deadline = optional({ $0.year() }),
              let baseline = optional({ input -> Baseline? in
                  guard let year = input.year(), let value = input.optional({ $0.number() }) else { return nil }
                  return Baseline(year: year, value: value)
              }),
              let quote = optional({ $0.string() }),
              let source = string(),
              let note = optional({ $0.string() }),
              let form = form(),
              let isBinding = bool(),
              let reference = optional({ $0.string() }),
              let referenceName = optional({ $0.text() }),
              let aliasCount = count() else { return nil }
        var aliases: [String] = []
        aliases.reserveCapacity(aliasCount)
        for _ in 0..<aliasCount {
            guard let alias = string() else { return nil }
            aliases.append(alias)
        }
        return Target(
            id: id, series: SeriesID(region: region, indicator: indicator), group: group, kind: kindCode == 0 ? .numeric : .milestone,
            name: name, unit: unit, isCount: isCount, goal: goal, direction: directionCode == 0 ? .up : .down, decimals: decimals,
            deadline: deadline, baseline: baseline, quote: quote, source: source, note: note, form: form, isBinding: isBinding,
            reference: reference, referenceName: referenceName, aliases: aliases
        )
    }

    mutating func form() -> TargetForm? {
        switch byte() {
        case 0:
            return .level
        case 1:
            guard let goal = goal(), let measureCode = byte(), measureCode <= 1 else { return nil }
            return .averageGrowth(goal, measure: measureCode == 0 ? .growthRate : .level)
        case 2:
            return goal().map { .cumulativeChange($0) }
        case 3:
            return comparator().map { .relative($0) }
        default:
            return nil
        }
    }
}
