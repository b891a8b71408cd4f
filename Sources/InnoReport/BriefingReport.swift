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
        let document = JSONDocument(
            since: JSONPoint(since), until: until.map(JSONPoint.init), language: language.rawValue,
            changes: changes.map { change in
                JSONChange(plan: change.plan.id, target: change.target.id, name: change.target.name[language],
                           series: change.target.series.description, binding: change.target.isBinding,
                           before: JSONSide(change.before, language), after: JSONSide(change.after, language),
                           reasons: change.reasons.map { JSONReason($0, text: $0.sentence(for: change.target, language: language)) })
            })
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        // Encoding plain values cannot fail; a failure would be a programming error.
        let data = (try? encoder.encode(document)) ?? Data("{}".utf8)
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    struct JSONDocument: Encodable {
        var since, until: JSONPoint?
        var language: String
        var changes: [JSONChange]

        /// `since` and `until` as `null` when not given, not left out.
        func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(since, forKey: .since)
            try c.encode(until, forKey: .until)
            try c.encode(language, forKey: .language)
            try c.encode(changes, forKey: .changes)
        }

        enum CodingKeys: String, CodingKey { case since, until, language, changes }
    }

    struct JSONPoint: Encodable {
        var revision: Int64?
        var at: String?
        var date: String?

        init(_ point: BriefingPoint) {
            revision = point.revision
            at = point.at.map { BriefingReport.iso(Date: $0) }
            date = point.date
        }
    }

    struct JSONSide: Encodable {
        var asOf: Int
        var status, statusText: String
        var midterm, midtermText: String?
        var borderline: Bool

        init(_ a: Assessment, _ language: Language) {
            asOf = a.asOf
            status = a.status.code
            statusText = a.status.word(language)
            midterm = a.midterm?.code
            midtermText = a.midterm?.word(language)
            borderline = a.isBorderline
        }
    }

    struct JSONChange: Encodable {
        var plan, target, name, series: String
        var binding: Bool
        var before, after: JSONSide
        var reasons: [JSONReason]
    }

    /// A reason with the fields of its kind (a new figure has no `from`, a later as-of year no series).
    struct JSONReason: Encodable {
        var kind: String
        var series: String?
        var year: Int?
        var value, from, to: Double?
        var wasPreliminary, preliminary: Bool?
        var text: String

        init(_ reason: BriefingReason, text: String) {
            kind = reason.code
            self.text = text
            switch reason {
            case let .newFigure(series, year, value, preliminary):
                (self.series, self.year, self.value, self.preliminary) = (series.description, year, value, preliminary)
            case let .revisedFigure(series, year, from, to, wasPreliminary, isPreliminary):
                (self.series, self.year, self.from, self.to) = (series.description, year, from, to)
                (self.wasPreliminary, self.preliminary) = (wasPreliminary, isPreliminary)
            case let .clearedFigure(series, year, value):
                (self.series, self.year, self.from) = (series.description, year, value)
            case let .asOfYear(from, to):
                (self.from, self.to) = (Double(from), Double(to))
            }
        }
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
