import Foundation
import InnoCore

/// How commands write a change in one line: `rd_gdp 2018: 1.95 → 2.01 (preliminary)`.
enum ChangeText {
    /// A stored value exactly as stored, or yes/no for a milestone; `—` for no figure.
    static func value(_ value: Double?, of target: Target?) -> String {
        value.map { FigureInput.text($0, of: target) } ?? "—"
    }

    /// One revision: target, year, old → new, and the preliminary marker.
    static func describe(_ revision: Revision, plan: Plan) -> String {
        let target = plan.target(id: revision.targetID)
        var text = "\(revision.targetID) \(revision.year): \(value(revision.oldValue, of: target)) → \(value(revision.newValue, of: target))"
        if revision.newValue != nil && revision.isPreliminary { text += " (preliminary)" }
        return text
    }

    /// The rows of a change: the one row, or a count for an import.
    static func describe(change rows: [Revision], plan: Plan) -> String {
        guard let first = rows.first else { return "nothing" }
        if rows.count == 1 { return describe(first, plan: plan) }
        let targets = Set(rows.map(\.targetID))
        return "\(rows.count) figures of \(targets.count) target\(targets.count == 1 ? "" : "s")"
    }

    /// A time as the analyst reads it: local, to the minute.
    static func time(_ date: Date) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.dateFormat = "yyyy-MM-dd HH:mm"
        return formatter.string(from: date)
    }
}
