import Foundation
import InnoCore

/// Writes a draft as a plan file in the project's format, with only the fields the format
/// knows: each doubtful reading is in the target's `note`. The suggested ids make it load
/// as it is; `innodash validate` checks it once the analyst has reviewed it.
public enum DraftPlanJSON {
    public static func text(_ draft: PlanDraft) -> String {
        var lines: [String] = ["{"]
        let region = draft.region ?? LocalizedText(en: "TODO: region", zh: "TODO: 地区")
        let title = draft.title ?? "TODO: 规划名称"
        lines.append("  \"plan\": {")
        lines.append("    \"id\": \"draft\",")
        lines.append("    \"title\": { \"en\": \(string("TODO: title (drafted from " + draft.document + ")")), \"zh\": \(string(title)) },")
        lines.append("    \"region\": { \"en\": \(string(region.en)), \"zh\": \(string(region.zh)) },")
        lines.append("    \"source\": \(string(draft.document + " (drafted by innodash draft; every target to be reviewed)"))")
        lines.append("  },")
        lines.append("  \"groups\": [")
        let groups = draft.deadlines.map { year in
            "    { \"id\": \"by-\(year)\", \"name\": { \"en\": \"Due \(year)\", \"zh\": \"\(year)年目标\" } }"
        }
        lines.append(groups.joined(separator: ",\n"))
        lines.append("  ],")
        lines.append("  \"targets\": [")
        var targets: [String] = []
        for year in draft.deadlines {
            for target in draft.targets where target.deadline == year {
                targets.append(self.target(target, document: draft.document))
            }
        }
        lines.append(targets.joined(separator: ",\n"))
        lines.append("  ]")
        lines.append("}")
        return lines.joined(separator: "\n") + "\n"
    }

    static func target(_ t: DraftTarget, document: String) -> String {
        var fields: [String] = [
            "\"id\": \(string(t.id))",
            "\"group\": \"by-\(t.deadline)\"",
            "\"kind\": \"\(kind(of: t))\"",
            "\"name\": { \"en\": \(string(t.name.en)), \"zh\": \(string(t.name.zh)) }",
        ]
        if let unit = t.unit { fields.append("\"unit\": { \"en\": \(string(unit.en)), \"zh\": \(string(unit.zh)) }") }
        if t.isCount { fields.append("\"count\": true") }
        if t.kind == .numeric && t.form == .averageGrowth { fields.append("\"measure\": \"level\"") }
        if let goal = t.goal {
            // A fall (年均下降, 累计降低 3%) is a growth or change of at most −3.
            let isFall = t.isDecrease && (t.form == .averageGrowth || t.form == .cumulativeChange)
            fields.append("\"comparator\": \"\(isFall ? Comparator.atMost.rawValue : goal.comparator.rawValue)\"")
            fields.append("\"value\": \(ExactDecimal.text(isFall ? -goal.value : goal.value))")
            fields.append("\"decimals\": \(t.decimals)")
        }
        fields.append("\"deadline\": \(t.deadline)")
        if t.kind == .numeric && (t.form == .averageGrowth || t.form == .cumulativeChange) {
            fields.append("\"baseline\": { \"year\": \(t.deadline - 5) }")
        }
        fields.append("\"quote\": \(string(t.quote))")
        fields.append("\"source\": \(string(document))")
        if !t.notes.isEmpty { fields.append("\"note\": \(string(t.notes.joined(separator: "; ")))") }
        return "    {\n      " + fields.joined(separator: ",\n      ") + "\n    }"
    }

    /// The plan format's kind of a draft target: a growth or change form gives its kind.
    static func kind(of t: DraftTarget) -> String {
        guard t.kind == .numeric else { return t.kind.rawValue }
        switch t.form {
        case .averageGrowth, .cumulativeChange: return t.form.rawValue
        case .level, .yearlyChange: return t.kind.rawValue
        }
    }

    /// A JSON string, as Foundation's encoder writes it (quotes, backslashes and control
    /// characters escaped; Chinese as it is).
    static func string(_ text: String) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.withoutEscapingSlashes]
        // Encoding a string cannot fail; a failure would be a programming error.
        return (try? encoder.encode(text)).map { String(decoding: $0, as: UTF8.self) } ?? "\"\""
    }
}
