import InnoCore
import InnoDraw

/// The Targets panel's columns, sized to its width by `Layout.columns`: status, name and
/// latest figure, goal and bullet bar (from 64 columns) always; then, as the width allows,
/// the goal's unit (but `%`), the gap, required against actual growth and the sparkline of
/// the series, which drop in the reverse order when the width runs out, while the name
/// keeps up to 28 columns. The room left over goes to the name (up to its whole
/// length), then to the bar (up to 40). What does not fit is in the Selected panel.
struct OverviewLayout {
    let language: Language
    let glyphs: Glyphs
    /// The panel's inside: where the marker column starts.
    let left: Int
    let markWidth = 2
    let statusWidth: Int
    let nameWidth: Int
    let latestWidth: Int
    let goalWidth: Int
    let gapWidth: Int
    /// The mid-term class (中期评估), an optional column that drops after the sparkline,
    /// the rates and the gap.
    let midtermWidth: Int
    /// The binding mark's column (`B`, `约`): present when a row of the group is binding.
    let bindingWidth: Int
    let ratesWidth: Int
    let sparkWidth: Int
    let barWidth: Int
    let showsUnits: Bool
    static let gutter = 2
    /// The name's share that the optional columns leave alone.
    static let nameRoom = 28

    /// The width of the status with the scenario's what-if figures; 0 without a scenario.
    let scenarioWidth: Int

    /// `scenario`: the rows' targets assessed with the scenario, by target id.
    init(x: Int = 0, width: Int, rows: [Assessment], sparkYears: Int = 0, scenario: [String: Assessment] = [:], language: Language, glyphs: Glyphs) {
        self.language = language
        self.glyphs = glyphs
        left = x
        let labels = Self.labels(language)
        func widest(_ header: String, _ texts: [String]) -> Int {
            max(DisplayWidth.of(header), texts.map { DisplayWidth.of($0) }.max() ?? 0)
        }
        let status = widest(labels.status, rows.map { Strings.status($0, glyphs, language) })
        let binding = rows.contains { $0.target.isBinding } ? DisplayWidth.of(Strings.bindingMark(language)) : 0
        let midterm = rows.contains { $0.midterm != nil } ? widest(labels.midterm, rows.map { $0.midterm?.word(language) ?? "" }) : 0
        let whatIf = scenario.isEmpty ? 0 : widest(labels.scenario, scenario.values.map { Self.scenarioText($0, glyphs, language) })
        let latest = widest(labels.latest, rows.map { Formatting.latest($0, language) }) + 1
        let nameMax = widest(labels.name, rows.map { $0.target.name[language] })
        let goalBare = widest(labels.goal, rows.map { Self.goal($0.target, units: false, language) })
        let goalFull = widest(labels.goal, rows.map { Self.goal($0.target, units: true, language) })
        let gap = widest(labels.gap, rows.map { Formatting.gap($0) })
        let rates = widest(labels.rates, rows.map { Self.rates($0) })
        let spark = sparkYears > 0 ? max(sparkYears, DisplayWidth.of(labels.trend)) : 0
        let bar = width >= 64 ? max(7, DisplayWidth.of(labels.barShort)) : 0
        let wanted = min(nameMax, Self.nameRoom)

        // The columns after the status, by name: an absent one (no bar below 64 columns,
        // no sparkline without years) is not in the set, so it takes no gutter.
        func widths(goal: Int) -> [String: Int] {
            var named: [(String, Layout.Column)] = [
                ("status", Layout.Column(width: status)),
            ]
            if binding > 0 { named.append(("binding", Layout.Column(width: binding))) }
            named += [
                ("name", Layout.Column(width: wanted, least: 8, most: nameMax, grow: 1)),
                ("latest", Layout.Column(width: latest)),
                ("goal", Layout.Column(width: goal)),
            ]
            if midterm > 0 { named.append(("midterm", Layout.Column(width: midterm, drop: 4))) }
            if whatIf > 0 { named.append(("scenario", Layout.Column(width: whatIf, drop: 5))) }
            named += [
                ("gap", Layout.Column(width: gap, drop: 3)),
                ("rates", Layout.Column(width: rates, drop: 2)),
            ]
            if spark > 0 { named.append(("spark", Layout.Column(width: spark, drop: 1))) }
            if bar > 0 { named.append(("bar", Layout.Column(width: bar, most: 40, grow: 2))) }
            let sized = Layout.columns(named.map(\.1), width: width - 2, gap: Self.gutter)  // after the marker
            return Dictionary(uniqueKeysWithValues: zip(named.map(\.0), sized).compactMap { name, w in w.map { (name, $0) } })
        }
        // The goal with its unit when that drops nothing and keeps the name its share.
        let full = widths(goal: goalFull)
        let units = full["gap"] != nil && (full["name"] ?? 0) >= wanted
        let chosen = units ? full : widths(goal: goalBare)
        showsUnits = units
        statusWidth = status
        nameWidth = chosen["name"] ?? 8
        latestWidth = latest - 1
        goalWidth = chosen["goal"] ?? goalBare
        gapWidth = chosen["gap"] ?? 0
        midtermWidth = chosen["midterm"] ?? 0
        scenarioWidth = chosen["scenario"] ?? 0
        bindingWidth = chosen["binding"] ?? 0
        ratesWidth = chosen["rates"] ?? 0
        sparkWidth = chosen["spark"] ?? 0
        barWidth = chosen["bar"] ?? 0
    }

    struct Labels {
        var status, name, latest, goal, gap, rates, bar, barShort, trend, midterm, scenario: String
    }

    static func labels(_ l: Language) -> Labels {
        let columns = Strings.columns(l)
        return Labels(status: columns.status, name: columns.target, latest: columns.latest, goal: columns.goal,
                      gap: columns.gap, rates: l.text("Required/actual", "所需/实际增速"), bar: columns.bar,
                      barShort: columns.barShort, trend: l.text("Trend", "走势"), midterm: columns.midterm,
                      scenario: l.text("What if", "情景"))
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

    /// The status a scenario gives, with the year it is assessed as of: `✔ achieved 2025`.
    static func scenarioText(_ a: Assessment, _ glyphs: Glyphs, _ language: Language) -> String {
        glyphs.status(a.status) + " " + a.status.word(language) + " \(a.asOf)"
    }

    private var columns: (status: Int, binding: Int, name: Int, latest: Int, goal: Int, midterm: Int, gap: Int, rates: Int, spark: Int, bar: Int, scenario: Int) {
        let g = Self.gutter
        let status = left + markWidth
        let binding = status + statusWidth + g
        let name = binding + (bindingWidth > 0 ? bindingWidth + g : 0)
        let latest = name + nameWidth + g
        let goal = latest + latestWidth + 1 + g
        let midterm = goal + goalWidth + g
        let gap = midterm + (midtermWidth > 0 ? midtermWidth + g : 0)
        let rates = gap + (gapWidth > 0 ? gapWidth + g : 0)
        let spark = rates + (ratesWidth > 0 ? ratesWidth + g : 0)
        let bar = spark + (sparkWidth > 0 ? sparkWidth + g : 0)
        let scenario = bar + (barWidth > 0 ? barWidth + g : 0)
        return (status, binding, name, latest, goal, midterm, gap, rates, spark, bar, scenario)
    }

    func drawHeader(into canvas: inout Canvas, y: Int) {
        let labels = Self.labels(language)
        let c = columns
        let style = Style(.dim)
        canvas.put(labels.status, x: c.status, y: y, style: style)
        canvas.put(labels.name, x: c.name, y: y, style: style)
        canvas.put(DisplayWidth.pad(labels.latest, to: latestWidth, alignRight: true), x: c.latest, y: y, style: style)
        canvas.put(labels.goal, x: c.goal, y: y, style: style)
        if midtermWidth > 0 {
            canvas.put(labels.midterm, x: c.midterm, y: y, style: style, maxWidth: midtermWidth)
        }
        if gapWidth > 0 {
            canvas.put(DisplayWidth.pad(labels.gap, to: gapWidth, alignRight: true), x: c.gap, y: y, style: style)
        }
        if ratesWidth > 0 {
            canvas.put(DisplayWidth.pad(labels.rates, to: ratesWidth, alignRight: true), x: c.rates, y: y, style: style)
        }
        if sparkWidth > 0 {
            canvas.put(labels.trend, x: c.spark, y: y, style: style, maxWidth: sparkWidth)
        }
        if barWidth > 0 {
            let columns = Strings.columns(language)
            let label = DisplayWidth.of(columns.bar) <= barWidth ? columns.bar : columns.barShort
            canvas.put(label, x: c.bar, y: y, style: style, maxWidth: barWidth)
        }
        if scenarioWidth > 0 {
            canvas.put(labels.scenario, x: c.scenario, y: y, style: Style(.projection), maxWidth: scenarioWidth)
        }
    }

    func drawRow(_ a: Assessment, spark: [Double?] = [], scenario: Assessment? = nil, into canvas: inout Canvas, y: Int, selected: Bool) {
        let c = columns
        let role = Theme.role(for: a.status)
        if selected {
            canvas.put(String(glyphs.cursor), x: left, y: y, style: Style(.key, bold: true))
        }
        canvas.put(Strings.status(a, glyphs, language), x: c.status, y: y,
                   style: Style(role, bold: a.status.tone == .bad), maxWidth: statusWidth)
        if bindingWidth > 0, a.target.isBinding {
            canvas.put(Strings.bindingMark(language), x: c.binding, y: y, style: Style(.label, bold: true))
        }
        canvas.put(DisplayWidth.truncate(a.target.name[language], to: nameWidth, ellipsis: glyphs.ellipsis),
                   x: c.name, y: y)
        canvas.put(DisplayWidth.pad(Formatting.latest(a, language), to: latestWidth, alignRight: true), x: c.latest, y: y)
        if !a.missingYears.isEmpty {
            canvas.put(glyphs.missingYears, x: c.latest + latestWidth, y: y, style: Style(.warning, bold: true))
        }
        canvas.put(Self.goal(a.target, units: showsUnits, language), x: c.goal, y: y, style: Style(.label), maxWidth: goalWidth)
        if midtermWidth > 0, let midterm = a.midterm {
            canvas.put(midterm.word(language), x: c.midterm, y: y, maxWidth: midtermWidth)
        }
        if gapWidth > 0 {
            canvas.put(DisplayWidth.pad(Formatting.gap(a), to: gapWidth, alignRight: true), x: c.gap, y: y)
        }
        if ratesWidth > 0 {
            canvas.put(DisplayWidth.pad(Self.rates(a), to: ratesWidth, alignRight: true), x: c.rates, y: y)
        }
        if sparkWidth > 0 {
            canvas.put(Sparkline.text(Array(spark.suffix(sparkWidth)), ascii: !glyphs.braille), x: c.spark, y: y, style: Style(role))
        }
        if barWidth > 0 {
            BulletBar.draw(a, into: &canvas, x: c.bar, y: y, width: barWidth, glyphs: glyphs)
        }
        if scenarioWidth > 0, let scenario {
            canvas.put(Self.scenarioText(scenario, glyphs, language), x: c.scenario, y: y, style: Style(.projection), maxWidth: scenarioWidth)
        }
    }
}
