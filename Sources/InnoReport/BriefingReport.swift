import Foundation
import InnoCore

/// A point of the revision log that a briefing counts from or to: the figures as they
/// stood after the revision `revision` (0: before any; nil: the latest, when no revision
/// came after a day named), which was written at `at`. `date` is the day the analyst
/// named, when they named a day rather than a revision.
public struct BriefingPoint: Sendable, Hashable {
    public var revision: Int64?
    public var at: Date?
    public var date: String?

    public init(revision: Int64?, at: Date?, date: String? = nil) {
        self.revision = revision
        self.at = at
        self.date = date
    }

    /// `2025-03-01`, or `revision 12 (2025-03-01 10:02)`, or `修订12（…）`.
    public func label(_ language: Language) -> String {
        if let date { return date }
        let time = at.map(BriefingReport.time)
        switch language {
        case .en: return "revision \(revision ?? 0)" + (time.map { " (\($0))" } ?? "")
        case .zh: return "修订\(revision ?? 0)" + (time.map { "（\($0)）" } ?? "")
        }
    }
}

/// Since the last briefing, as `innodash changes` writes it: the targets whose status or
/// mid-term class changed between two points of the revision log, each with old → new and
/// the reasons. Markdown is what an analyst pastes into the next briefing note.
public struct BriefingReport: Sendable {
    public enum Format: String, Sendable, CaseIterable {
        case text, markdown, json, csv
    }

    public var changes: [BriefingChange]
    public var since: BriefingPoint
    /// nil: up to now.
    public var until: BriefingPoint?
    public var language: Language

    public init(changes: [BriefingChange], since: BriefingPoint, until: BriefingPoint?, language: Language) {
        self.changes = changes
        self.since = since
        self.until = until
        self.language = language
    }

    public func render(_ format: Format) -> String {
        switch format {
        case .text: text()
        case .markdown: markdown()
        case .json: json()
        case .csv: csv()
        }
    }

    /// The span in words: `since revision 12 (…)`, `since 2025-03-01 until 2025-04-01`.
    public var span: String {
        let l = language
        var text = l == .en ? "since \(since.label(l))" : "自\(since.label(l))以来"
        if let until { text = l == .en ? text + " until \(until.label(l))" : "自\(since.label(l))至\(until.label(l))" }
        return text
    }

    /// The one line when nothing changed.
    public var nothingChanged: String {
        language == .en ? "no target changed status \(span)" : "\(span)，没有目标的评估状态发生变化"
    }

    /// The heading: `2 targets changed status since …`.
    public var heading: String {
        let n = changes.count
        return language == .en ? "\(n) target\(n == 1 ? "" : "s") changed status \(span)" : "\(span)，\(n)个目标的评估状态有变化"
    }

    /// Old → new of a change: `on track → moderate progress; mid-term ahead → on schedule`.
    public static func movement(_ change: BriefingChange, language l: Language) -> String {
        change.movement(l)
    }

    /// The plans of the changes, in their order, each with its changes.
    private var byPlan: [(plan: PlanInfo, changes: [BriefingChange])] {
        var result: [(plan: PlanInfo, changes: [BriefingChange])] = []
        for change in changes {
            if let last = result.last, last.plan.id == change.plan.id {
                result[result.count - 1].changes.append(change)
            } else {
                result.append((change.plan, [change]))
            }
        }
        return result
    }

    private var legend: String? {
        guard changes.contains(where: { $0.before.isBorderline || $0.after.isBorderline }) else { return nil }
        return language == .en ? "* borderline: a close call" : "* 临界：接近分类界线"
    }

    private func text() -> String {
        guard !changes.isEmpty else { return nothingChanged + "\n" }
        var lines = [heading]
        for (plan, changes) in byPlan {
            lines.append("")
            lines.append("\(plan.id)  \(plan.title[language])")
            for change in changes {
                let colon = language == .en ? ": " : "："
                lines.append("  \(change.target.id)  \(change.target.name[language])\(colon)\(Self.movement(change, language: language))")
                for reason in change.reasons {
                    lines.append("    - " + reason.sentence(for: change.target, language: language))
                }
            }
        }
        if let legend { lines += ["", legend] }
        return lines.joined(separator: "\n") + "\n"
    }

    private func markdown() -> String {
        guard !changes.isEmpty else { return nothingChanged + "\n" }
        var lines = ["### " + heading.prefix(1).uppercased() + heading.dropFirst()]
        for (plan, changes) in byPlan {
            lines += ["", "**\(MarkdownSummary.escape(plan.title[language]))**", ""]
            for change in changes {
                let colon = language == .en ? ": " : "："
                let name = MarkdownSummary.escape(change.target.name[language])
                let id = language == .en ? " (`\(change.target.id)`)" : "（`\(change.target.id)`）"
                lines.append("- **\(name)**\(id)\(colon)\(MarkdownSummary.escape(Self.movement(change, language: language)))")
                for reason in change.reasons {
                    lines.append("  - " + MarkdownSummary.escape(reason.sentence(for: change.target, language: language)))
                }
            }
        }
        if let legend { lines += ["", MarkdownSummary.escape(legend)] }
        return lines.joined(separator: "\n") + "\n"
    }

    private func json() -> String {
        func point(_ p: BriefingPoint?) -> JSONOut {
            guard let p else { return .null }
            return .object([("revision", p.revision.map { .number(Double($0)) } ?? .null), ("at", p.at.map { .string(Self.iso(Date: $0)) } ?? .null),
                            ("date", p.date.map(JSONOut.string) ?? .null)])
        }
        func side(_ a: Assessment) -> JSONOut {
            .object([("asOf", .number(Double(a.asOf))), ("status", .string(a.status.code)), ("statusText", .string(a.status.word(language))),
                     ("midterm", a.midterm.map { .string($0.code) } ?? .null), ("midtermText", a.midterm.map { .string($0.word(language)) } ?? .null),
                     ("borderline", .bool(a.isBorderline))])
        }
        func reason(_ r: BriefingReason, _ target: Target) -> JSONOut {
            var fields: [(String, JSONOut)] = [("kind", .string(r.code))]
            switch r {
            case let .newFigure(series, year, value, preliminary):
                fields += [("series", .string(series.description)), ("year", .number(Double(year))), ("value", .number(value)), ("preliminary", .bool(preliminary))]
            case let .revisedFigure(series, year, from, to, wasPreliminary, isPreliminary):
                fields += [("series", .string(series.description)), ("year", .number(Double(year))), ("from", .number(from)), ("to", .number(to)),
                           ("wasPreliminary", .bool(wasPreliminary)), ("preliminary", .bool(isPreliminary))]
            case let .clearedFigure(series, year, value):
                fields += [("series", .string(series.description)), ("year", .number(Double(year))), ("from", .number(value))]
            case let .asOfYear(from, to):
                fields += [("from", .number(Double(from))), ("to", .number(Double(to)))]
            }
            fields.append(("text", .string(r.sentence(for: target, language: language))))
            return .object(fields)
        }
        let entries: [JSONOut] = changes.map { change in
            .object([("plan", .string(change.plan.id)), ("target", .string(change.target.id)), ("name", .string(change.target.name[language])),
                     ("series", .string(change.target.series.description)), ("binding", .bool(change.target.isBinding)),
                     ("before", side(change.before)), ("after", side(change.after)),
                     ("reasons", .array(change.reasons.map { reason($0, change.target) }))])
        }
        let document = JSONOut.object([("since", point(since)), ("until", point(until)), ("language", .string(language.rawValue)),
                                       ("changes", .array(entries))])
        return document.render(indent: 0) + "\n"
    }

    /// The CSV columns: one row per target that changed, its reasons in one field.
    public static let csvColumns = [
        "plan", "id", "name", "as_of_before", "status_before", "midterm_before", "borderline_before",
        "as_of_after", "status_after", "midterm_after", "borderline_after", "reasons",
    ]

    private func csv() -> String {
        var file = CSVWriter(columns: Self.csvColumns, lineEnd: .crlf)
        for change in changes {
            let a = change.before, b = change.after
            file.append([
                .text(change.plan.id), .text(change.target.id), .text(change.target.name[language]),
                .number(String(a.asOf)), .text(a.status.code), .text(a.midterm?.code ?? ""), .text(a.isBorderline ? "true" : "false"),
                .number(String(b.asOf)), .text(b.status.code), .text(b.midterm?.code ?? ""), .text(b.isBorderline ? "true" : "false"),
                .text(change.reasons.map { $0.sentence(for: change.target, language: language) }.joined(separator: "; ")),
            ])
        }
        return file.text
    }

    /// A time as the analyst reads it: local, to the minute.
    public static func time(_ date: Date) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.dateFormat = "yyyy-MM-dd HH:mm"
        return formatter.string(from: date)
    }

    static func iso(Date date: Date) -> String {
        let formatter = ISO8601DateFormatter()
        return formatter.string(from: date)
    }
}

/// A small JSON writer that keeps the order of keys as given (the summary's JSON sorts
/// them; a briefing reads better in the order it is told).
enum JSONOut {
    case null
    case bool(Bool)
    case number(Double)
    case string(String)
    case array([JSONOut])
    case object([(String, JSONOut)])

    func render(indent: Int) -> String {
        let pad = String(repeating: "  ", count: indent + 1), end = String(repeating: "  ", count: indent)
        switch self {
        case .null: return "null"
        case .bool(let b): return b ? "true" : "false"
        case .number(let n):
            if n.isFinite, n == n.rounded(), abs(n) < 1e15 { return String(Int64(n)) }
            return n.isFinite ? "\(n)" : "null"
        case .string(let s): return Self.quoted(s)
        case .array(let items):
            guard !items.isEmpty else { return "[]" }
            return "[\n" + items.map { pad + $0.render(indent: indent + 1) }.joined(separator: ",\n") + "\n\(end)]"
        case .object(let fields):
            guard !fields.isEmpty else { return "{}" }
            return "{\n" + fields.map { pad + Self.quoted($0.0) + ": " + $0.1.render(indent: indent + 1) }.joined(separator: ",\n") + "\n\(end)}"
        }
    }

    static func quoted(_ s: String) -> String {
        var out = "\""
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F || (0x2028...0x2029).contains(scalar.value) {
                    out += String(format: "\\u%04x", scalar.value)
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }
}
