import InnoCore
import InnoDraw

/// The summary as Markdown a report can paste: the plan's title, then for each group a
/// table of status, target, latest figure, goal, gap and projection, then the source.
/// Text from the plan is escaped, so a name cannot break the table or turn into markup.
public enum MarkdownSummary {
    public static func render(plan: Plan, assessments: [Assessment], asOf: Int, language: Language, glyphs: Glyphs = .unicode, groupIDs: [String]? = nil) -> String {
        let labels = Strings.columns(language)
        var lines = [
            "## " + escape(plan.info.title[language]),
            "",
            [escape(plan.info.region[language], startsLine: true), Strings.asOf(asOf, language), Strings.targetCount(assessments.count, language)]
                .joined(separator: " · "),
        ]
        for group in plan.groups where groupIDs?.contains(group.id) ?? true {
            let rows = assessments.filter { $0.target.group == group.id }
            guard !rows.isEmpty else { continue }
            lines += ["", "### " + escape(group.name[language]), ""]
            // The mid-term class's column where a target of the group has one.
            let midterm = rows.contains { $0.midterm != nil }
            lines.append(tableRow([labels.status] + (midterm ? [labels.midterm] : []) + [labels.target, labels.latest, labels.goal, labels.gap, labels.projection]))
            lines.append("| :-- | " + (midterm ? ":-- | " : "") + ":-- | --: | :-- | --: | --: |")
            for assessment in rows {
                let cells = [Strings.status(assessment, glyphs, language)]
                    + (midterm ? [assessment.midterm?.word(language) ?? ReportCells.none] : []) + [
                    assessment.target.name[language],
                    ReportCells.latest(assessment, language),
                    Formatting.goal(of: assessment.target, language: language),
                    ReportCells.gap(assessment, language),
                    ReportCells.projection(assessment, language),
                ]
                lines.append(tableRow(cells.map { escape($0) }))
            }
        }
        if assessments.contains(where: \.isBorderline) {
            lines += ["", escape(Strings.borderlineLegend(language), startsLine: true)]
        }
        lines += ["", escape(Strings.source(language) + plan.info.source, startsLine: true)]
        return lines.joined(separator: "\n") + "\n"
    }

    static func tableRow(_ cells: [String]) -> String {
        "| " + cells.joined(separator: " | ") + " |"
    }

    /// Text on one line with Markdown's special characters escaped by a backslash (which
    /// CommonMark allows before any ASCII punctuation): those that format or break a table
    /// anywhere (`~` only where a pair could strike through); those that start a block
    /// (`>`, `#`, a list) only at the start of a line; `&` only where it would start an
    /// entity such as `&lt;`. So "R&D", "> 2%" and "~ moderate progress" stay readable.
    static func escape(_ text: String, startsLine: Bool = false) -> String {
        let line = PlainText.singleLine(text)
        let tildes = line.filter { $0 == "~" }.count
        var escaped = ""
        var index = line.startIndex
        while index < line.endIndex {
            let character = line[index]
            if "\\`*_[]<|".contains(character)
                || (character == "~" && tildes > 1)
                || (startsLine && index == line.startIndex && ">#-+=".contains(character))
                || (character == "&" && startsEntity(line[line.index(after: index)...])) {
                escaped += "\\"
            }
            escaped.append(character)
            index = line.index(after: index)
        }
        return escaped
    }

    /// Whether the text after an `&` reads as an entity: `#?` letters or digits, then `;`.
    private static func startsEntity(_ rest: Substring) -> Bool {
        var body = rest
        if body.first == "#" { body = body.dropFirst() }
        let name = body.prefix { $0.isASCII && ($0.isLetter || $0.isNumber) }
        return !name.isEmpty && body.dropFirst(name.count).first == ";"
    }
}
