import InnoCore

extension SummaryView {
    /// The summary's table columns, sized to the terminal: the name takes what the fixed
    /// columns leave, the bar what the name leaves; a wide terminal adds gap and projection.
    struct Layout {
        let language: Language
        let glyphs: Glyphs
        let statusWidth: Int
        /// The mid-term class's column; 0 when no row of the table has a class.
        let midtermWidth: Int
        let nameWidth: Int
        let latestWidth: Int
        let goalWidth: Int
        let barWidth: Int
        let gapWidth: Int
        let projectionWidth: Int
        static let gutter = 2
        /// The narrowest summary with a column for the mid-term class; a narrower one names
        /// the classes in a line under the table.
        static let midtermColumnWidth = 100

        init(width: Int, rows: [Assessment], language: Language, glyphs: Glyphs) {
            self.language = language
            self.glyphs = glyphs
            let labels = Strings.columns(language)
            func widest(_ header: String, _ texts: [String]) -> Int {
                max(DisplayWidth.of(header), texts.map { DisplayWidth.of($0) }.max() ?? 0)
            }
            statusWidth = widest(labels.status, rows.map { "  " + $0.status.word(language) + ($0.isBorderline ? " " + Strings.borderlineMark : "") })
            let midterms = rows.compactMap { $0.midterm?.word(language) }
            midtermWidth = midterms.isEmpty || width < Self.midtermColumnWidth ? 0 : widest(labels.midterm, midterms)
            latestWidth = widest(labels.latest, rows.map { Formatting.latest($0, language) })
            goalWidth = widest(labels.goal, rows.map { Formatting.goal(of: $0.target, language: language) })
            let nameMax = widest(labels.target, rows.map { $0.target.name[language] })
            let wide = width >= 110
            let gap = wide ? widest(labels.gap, rows.map { Formatting.gap($0) }) : 0
            let projection = wide ? widest(labels.projection, rows.map { Formatting.projection($0) }) : 0
            // The name takes what the fixed columns and the bar's 8 leave (8 at least), the
            // bar what the name leaves, up to 30.
            var columns = [InnoDraw.Layout.Column(width: statusWidth)]
            if midtermWidth > 0 { columns.append(InnoDraw.Layout.Column(width: midtermWidth)) }
            columns += [
                InnoDraw.Layout.Column(width: nameMax, least: 8),
                InnoDraw.Layout.Column(width: latestWidth),
                InnoDraw.Layout.Column(width: goalWidth),
            ]
            if wide { columns += [InnoDraw.Layout.Column(width: gap), InnoDraw.Layout.Column(width: projection)] }
            columns.append(InnoDraw.Layout.Column(width: 8, most: 30, grow: 1))
            let widths = InnoDraw.Layout.columns(columns, width: width, gap: Self.gutter)
            gapWidth = gap
            projectionWidth = projection
            nameWidth = widths[midtermWidth > 0 ? 2 : 1] ?? 8
            // No bar where even the name's 8 leave no room for it.
            let used = widths.dropLast().compactMap { $0 }.reduce(0, +) + Self.gutter * (columns.count - 1)
            barWidth = max(0, min(widths.last! ?? 0, width - used))
        }

        private var columns: (midterm: Int, name: Int, latest: Int, goal: Int, gap: Int, projection: Int, bar: Int) {
            let midterm = statusWidth + Self.gutter
            let name = midterm + (midtermWidth > 0 ? midtermWidth + Self.gutter : 0)
            let latest = name + nameWidth + Self.gutter
            let goal = latest + latestWidth + Self.gutter
            let gap = goal + goalWidth + Self.gutter
            let projection = gap + (gapWidth > 0 ? gapWidth + Self.gutter : 0)
            let bar = projection + (projectionWidth > 0 ? projectionWidth + Self.gutter : 0)
            return (midterm, name, latest, goal, gap, projection, bar)
        }

        func header() -> [Segment] {
            let labels = Strings.columns(language)
            let c = columns
            let style = Style(.dim)
            var segments = [
                Segment(labels.status, style, column: 0, width: statusWidth),
            ]
            if midtermWidth > 0 { segments.append(Segment(labels.midterm, style, column: c.midterm, width: midtermWidth)) }
            segments += [
                Segment(labels.target, style, column: c.name, width: nameWidth),
                Segment(labels.latest, style, column: c.latest, width: latestWidth, alignRight: true),
                Segment(labels.goal, style, column: c.goal, width: goalWidth),
            ]
            if gapWidth > 0 {
                segments.append(Segment(labels.gap, style, column: c.gap, width: gapWidth, alignRight: true))
                segments.append(Segment(labels.projection, style, column: c.projection, width: projectionWidth, alignRight: true))
            }
            if barWidth > 0 {
                let label = DisplayWidth.of(labels.bar) <= barWidth ? labels.bar : labels.barShort
                segments.append(Segment(label, style, column: c.bar, width: barWidth))
            }
            return segments
        }

        func row(_ assessment: Assessment) -> [Segment] {
            let c = columns
            let role = Theme.role(for: assessment.status)
            var segments = [
                Segment(Strings.status(assessment, glyphs, language), Style(role, bold: assessment.status.tone == .bad), column: 0, width: statusWidth),
            ]
            if midtermWidth > 0 {
                segments.append(Segment(assessment.midterm?.word(language) ?? "", Style(.label), column: c.midterm, width: midtermWidth))
            }
            segments += [
                Segment(assessment.target.name[language], .normal, column: c.name, width: nameWidth),
                Segment(Formatting.latest(assessment, language), .normal, column: c.latest, width: latestWidth, alignRight: true),
                Segment(Formatting.goal(of: assessment.target, language: language), Style(.label), column: c.goal, width: goalWidth),
            ]
            if gapWidth > 0 {
                segments.append(Segment(Formatting.gap(assessment), .normal, column: c.gap, width: gapWidth, alignRight: true))
                segments.append(Segment(Formatting.projection(assessment), .normal, column: c.projection, width: projectionWidth, alignRight: true))
            }
            if barWidth > 0 {
                let bar = BulletBar.cells(for: assessment, width: barWidth, glyphs: glyphs)
                var x = c.bar
                for (character, cellRole) in bar {
                    let drawnRole = cellRole == .barFill ? role : cellRole
                    segments.append(Segment(String(character), Style(drawnRole, bold: cellRole == .goalMarker), column: x, width: 1))
                    x += 1
                }
            }
            return segments
        }
    }
}
