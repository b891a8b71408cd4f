import Foundation
import InnoCore

/// How commands write a change in one line: `chongqing/rd_intensity 2018: 1.95 → 2.01
/// (preliminary)`. A change is to a series, which several plans' targets may track: the
/// series names it.
enum ChangeText {
    /// A stored value exactly as stored, or yes/no for a milestone; `—` for no figure.
    static func value(_ value: Double?, of target: Target?) -> String {
        value.map { FigureInput.text($0, of: target) } ?? "—"
    }

    /// One revision: target, year, old → new, and the preliminary marker.
    static func describe(_ revision: Revision, catalog: PlanCatalog) -> String {
        let target = catalog.anyTarget(tracking: revision.series)
        var text = "\(revision.series) \(revision.year): \(value(revision.oldValue, of: target)) → \(value(revision.newValue, of: target))"
        if revision.newValue != nil && revision.isPreliminary { text += " (preliminary)" }
        return text
    }

    /// A recorded revision part by part: what changed (old → new), and what the command
    /// left out and was kept: `rd_gdp 2024: value 2.4 → 2.5, source kept`. A new figure
    /// as `describe` writes it.
    static func describe(_ revision: Revision, given update: FigureUpdate, catalog: PlanCatalog) -> String {
        guard let before = revision.before, let after = revision.after else { return describe(revision, catalog: catalog) }
        let target = catalog.anyTarget(tracking: revision.series)
        let changes = RevisionPlanner.changes(from: before, to: after)
        var parts: [String] = []
        if changes.contains(.value) { parts.append("value \(value(before.value, of: target)) → \(value(after.value, of: target))") }
        for (part, name, old, new, given) in [(FigureChanges.source, "source", before.source, after.source, update.source),
                                              (.note, "note", before.note, after.note, update.note)] {
            if changes.contains(part) {
                parts.append("\(name) \(text(old)) → \(text(new))")
            } else if given == nil && !new.isEmpty {
                parts.append("\(name) kept")
            }
        }
        if changes.contains(.preliminary) {
            parts.append(after.isPreliminary ? "now preliminary" : "now final")
        } else if update.isPreliminary == nil && after.isPreliminary {
            parts.append("still preliminary")
        }
        return "\(revision.series) \(revision.year): " + parts.joined(separator: ", ")
    }

    /// The parts that the revisions of figures that were there changed: `value, source`
    /// when each changed the same parts, else a count for each part: `value 2, note 1`.
    /// One pass, no copy: an import can hold 300,000 rows.
    static func changedParts(of rows: [Revision]) -> String {
        var counts = [Int](repeating: 0, count: FigureChanges.named.count)
        var first: FigureChanges?
        var alike = true
        for row in rows where row.oldValue != nil {
            let changes = RevisionPlanner.changes(from: row.before, to: row.after)
            if first == nil { first = changes } else if changes != first { alike = false }
            for (index, (part, _)) in FigureChanges.named.enumerated() where changes.contains(part) { counts[index] += 1 }
        }
        return zip(FigureChanges.named, counts).compactMap { named, count in
            guard count > 0 else { return nil }
            return alike ? named.1 : "\(named.1) \(count)"
        }.joined(separator: ", ")
    }

    /// A source or note in a message: quoted and cut, or `(none)`.
    private static func text(_ text: String) -> String {
        text.isEmpty ? "(none)" : Quote.of(text)
    }

    /// The rows of a change: the one row, or a count for an import.
    static func describe(change rows: [Revision], catalog: PlanCatalog) -> String {
        guard let first = rows.first else { return "nothing" }
        if rows.count == 1 { return describe(first, catalog: catalog) }
        let targets = Set(rows.map(\.series))
        return "\(rows.count) figures of \(targets.count) series"
    }

    /// A time as the analyst reads it: local, to the minute.
    static func time(_ date: Date) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.dateFormat = "yyyy-MM-dd HH:mm"
        return formatter.string(from: date)
    }
}
