import InnoCore
import InnoDraw

/// The overview's columns, sized to the terminal. Status, name, latest, goal and bar are
/// always there (the bar from 66 columns); the goal's unit (but `%`), the gap and the
/// required/actual growth join, in that order, while the name keeps up to 28 columns and
/// the bar its minimum. What does not fit is shown under the table and on the detail screen.
struct OverviewLayout {
    let language: Language
    let glyphs: Glyphs
    let markWidth = 2
    let statusWidth: Int
    let nameWidth: Int
    let latestWidth: Int
    let goalWidth: Int
    let gapWidth: Int
    let ratesWidth: Int
    let barWidth: Int
    let showsUnits: Bool
    static let gutter = 2
    /// The name's share that the optional columns leave alone.
    static let nameRoom = 28

    init(width: Int, rows: [Assessment], language: Language, glyphs: Glyphs) {
        self.language = language
        self.glyphs = glyphs
        let labels = Self.labels(language)
        func widest(_ header: String, _ texts: [String]) -> Int {
            max(DisplayWidth.of(header), texts.map { DisplayWidth.of($0) }.max() ?? 0)
        }
        let g = Self.gutter
        statusWidth = widest(labels.status, rows.map { "  " + $0.status.word(language) })
        latestWidth = widest(labels.latest, rows.map { Formatting.latest($0, language) })
        let nameMax = widest(labels.name, rows.map { $0.target.name[language] })
        let barMinimum = width >= 66 ? max(6, DisplayWidth.of(labels.barShort)) : 0
        let goalBare = widest(labels.goal, rows.map { Self.goal($0.target, units: false, language) })
        let goalFull = widest(labels.goal, rows.map { Self.goal($0.target, units: true, language) })
        let gap = widest(labels.gap, rows.map { Formatting.gap($0) })
        let rates = widest(labels.rates, rows.map { Self.rates($0) })

        // What the name is left with for a choice of columns.
        let base = markWidth + statusWidth + g + g + latestWidth + 1 + g + g + barMinimum
        func nameRoom(goal: Int, gap: Int, rates: Int) -> Int {
            width - base - goal - (gap > 0 ? gap + g : 0) - (rates > 0 ? rates + g : 0)
        }
        let wanted = min(nameMax, Self.nameRoom)
        var goalWidth = goalBare, gapWidth = 0, ratesWidth = 0
        if nameRoom(goal: goalFull, gap: 0, rates: 0) >= wanted { goalWidth = goalFull }
        if nameRoom(goal: goalWidth, gap: gap, rates: 0) >= wanted { gapWidth = gap }
        if nameRoom(goal: goalWidth, gap: gapWidth, rates: rates) >= wanted { ratesWidth = rates }
        self.goalWidth = goalWidth
        self.gapWidth = gapWidth
        self.ratesWidth = ratesWidth
        showsUnits = goalWidth == goalFull

        let available = max(0, nameRoom(goal: goalWidth, gap: gapWidth, rates: ratesWidth))
        nameWidth = max(8, min(nameMax, available))
        barWidth = barMinimum > 0 ? min(30, barMinimum + available - nameWidth) : 0
    }

    struct Labels {
        var status, name, latest, goal, gap, rates, bar, barShort: String
    }

    static func labels(_ l: Language) -> Labels {
        let columns = Strings.columns(l)
        return Labels(status: columns.status, name: columns.target, latest: columns.latest, goal: columns.goal,
                      gap: columns.gap, rates: l.text("Required/actual", "所需/实际增速"), bar: columns.bar,
                      barShort: columns.barShort)
    }

    /// The goal as the plan states it, without its unit when `units` is false (`%` stays).
    static func goal(_ target: Target, units: Bool, _ language: Language) -> String {
        guard !units, !target.isPercentage else { return Formatting.goal(of: target, language: language) }
        var bare = target
        bare.unit = nil
        return Formatting.goal(of: bare, language: language)
    }

    /// Required against actual yearly growth: `+5.0% / +9.4%` (linear rates in the unit).
    /// When the base already met the goal no growth is required, and the required side is `-`.
    static func rates(_ a: Assessment) -> String {
        guard a.requiredRate != nil || a.actualRate != nil else { return "" }
        let sign = a.target.direction.sign
        let required = a.requiredRate.flatMap { $0 * sign > 0 ? $0 : nil }
        let shownRequired = Formatting.rate(required, kind: a.rateKind, decimals: a.target.decimals, language: .en, perYear: false)
        return shownRequired + " / " + Formatting.actualRate(of: a, language: .en, perYear: false)
    }

    private var columns: (name: Int, latest: Int, goal: Int, gap: Int, rates: Int, bar: Int) {
        let g = Self.gutter
        let name = markWidth + statusWidth + g
        let latest = name + nameWidth + g
        let goal = latest + latestWidth + 1 + g
        let gap = goal + goalWidth + g
        let rates = gap + (gapWidth > 0 ? gapWidth + g : 0)
        let bar = rates + (ratesWidth > 0 ? ratesWidth + g : 0)
        return (name, latest, goal, gap, rates, bar)
    }

    func drawHeader(into canvas: inout Canvas, y: Int) {
        let labels = Self.labels(language)
        let c = columns
        let style = Style(.dim)
        canvas.put(labels.status, x: markWidth, y: y, style: style)
        canvas.put(labels.name, x: c.name, y: y, style: style)
        canvas.put(DisplayWidth.pad(labels.latest, to: latestWidth, alignRight: true), x: c.latest, y: y, style: style)
        canvas.put(labels.goal, x: c.goal, y: y, style: style)
        if gapWidth > 0 {
            canvas.put(DisplayWidth.pad(labels.gap, to: gapWidth, alignRight: true), x: c.gap, y: y, style: style)
        }
        if ratesWidth > 0 {
            canvas.put(DisplayWidth.pad(labels.rates, to: ratesWidth, alignRight: true), x: c.rates, y: y, style: style)
        }
        if barWidth > 0 {
            let columns = Strings.columns(language)
            let label = DisplayWidth.of(columns.bar) <= barWidth ? columns.bar : columns.barShort
            canvas.put(label, x: c.bar, y: y, style: style, maxWidth: barWidth)
        }
    }

    func drawRow(_ a: Assessment, into canvas: inout Canvas, y: Int, selected: Bool) {
        let c = columns
        let role = Theme.role(for: a.status)
        if selected {
            canvas.put(String(glyphs.cursor), x: 0, y: y, style: Style(.key, bold: true))
        }
        canvas.put(glyphs.status(a.status) + " " + a.status.word(language), x: markWidth, y: y,
                   style: Style(role, bold: a.status.tone == .bad), maxWidth: statusWidth)
        canvas.put(DisplayWidth.truncate(a.target.name[language], to: nameWidth, ellipsis: glyphs.ellipsis),
                   x: c.name, y: y)
        canvas.put(DisplayWidth.pad(Formatting.latest(a, language), to: latestWidth, alignRight: true), x: c.latest, y: y)
        if !a.missingYears.isEmpty {
            canvas.put(glyphs.missingYears, x: c.latest + latestWidth, y: y, style: Style(.warning, bold: true))
        }
        canvas.put(Self.goal(a.target, units: showsUnits, language), x: c.goal, y: y, style: Style(.label), maxWidth: goalWidth)
        if gapWidth > 0 {
            canvas.put(DisplayWidth.pad(Formatting.gap(a), to: gapWidth, alignRight: true), x: c.gap, y: y)
        }
        if ratesWidth > 0 {
            canvas.put(DisplayWidth.pad(Self.rates(a), to: ratesWidth, alignRight: true), x: c.rates, y: y)
        }
        if barWidth > 0 {
            BulletBar.draw(a, into: &canvas, x: c.bar, y: y, width: barWidth, glyphs: glyphs)
        }
    }
}
