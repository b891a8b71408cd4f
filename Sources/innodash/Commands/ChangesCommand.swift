import ArgumentParser
import Foundation
import InnoCore
import InnoReport

/// `innodash changes --since DATE|REVISION`: since the last briefing, every target whose
/// status or mid-term class changed, with old → new and why.
struct ChangesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "changes",
        abstract: "List the targets whose status changed since a date or a revision, and why.",
        discussion: """
            Compares the figures as they stood at --since (after the last revision before that \
            day, or after that revision: `innodash history TARGET` shows the ids) with the \
            figures now, or at --until; each side is assessed as of its latest year with a \
            figure, or --as-of. A target is listed when its status or its mid-term class \
            changed, with the reasons: a new figure, a revised figure (preliminary → final), a \
            figure cleared, a later as-of year. Every plan of the database, or --plan ID. \
            markdown is for pasting into a briefing note.
            """
    )

    @OptionGroup var global: GlobalOptions

    @Option(help: ArgumentHelp("From this day (YYYY-MM-DD: the changes made that day and after) or after this revision id.", valueName: "date|revision"))
    var since: String

    @Option(help: ArgumentHelp("Up to the end of this day, or up to and with this revision (default: now).", valueName: "date|revision"))
    var until: String?

    @Option(help: ArgumentHelp("Output format: text, markdown, json or csv.", valueName: "format"))
    var format: BriefingReport.Format = .text

    @OptionGroup var asOf: AsOfOption

    func run() throws {
        let workspace = try Workspace(global)
        let store = workspace.store
        let now = try workspace.figures()
        let start = try Self.point(since, option: "--since", store: store, endOfDay: false)
        var later = start.rows
        var afterUntil: [Revision] = []
        var end: BriefingPoint?
        if let until {
            let found = try Self.point(until, option: "--until", store: store, endOfDay: true)
            guard (found.point.revision ?? .max) >= (start.point.revision ?? .max) else {
                throw CommandFailure(.usage, "--until \(until) comes before --since \(since); give the earlier point to --since")
            }
            end = found.point
            let last = found.point.revision ?? .max
            afterUntil = later.filter { $0.id > last }
            later = later.filter { $0.id <= last }
        }
        let atEnd = BriefingChanges.figures(now, walkingBack: afterUntil)
        let atStart = BriefingChanges.figures(atEnd, walkingBack: later)
        let plans = workspace.askedPlanID == nil ? workspace.catalog.plans : [workspace.plan]
        let changes = BriefingChanges.compare(plans: plans, before: atStart, after: atEnd, between: later, asOf: asOf.year)
        let report = BriefingReport(changes: changes, since: start.point, until: end, language: global.language)
        Output.write(report.render(format))
    }

    /// The point a `--since` or `--until` names, and the rows of the log after it.
    static func point(_ typed: String, option: String, store: any FigureStore, endOfDay: Bool) throws -> (point: BriefingPoint, rows: [Revision]) {
        let text = typed.trimmingCharacters(in: .whitespaces)
        let digits = text.hasPrefix("#") ? String(text.dropFirst()) : text
        if !digits.isEmpty, digits.allSatisfy({ $0.isASCII }), let id = Int64(digits), id >= 0 {
            let rows = try Workspace.orExit(.ioError) { () throws(StoreError) in try store.revisions(after: max(0, id - 1)) }
            if id == 0 { return (BriefingPoint(revision: 0, at: nil), rows) }
            guard let row = rows.first, row.id == id else {
                let last = try Workspace.orExit(.ioError) { () throws(StoreError) in try store.revisions(after: 0).last?.id }
                let known = last.map { "the revision log holds ids 1 to \($0)" } ?? "the revision log is empty"
                throw CommandFailure(.usage, "\(option) \(typed): no revision has the id \(id); \(known) (`innodash history TARGET` shows them)")
            }
            return (BriefingPoint(revision: id, at: row.at), Array(rows.dropFirst()))
        }
        guard let day = day(text) else {
            throw CommandFailure(.usage, "\(option) \(Quote.of(typed)) is neither a date nor a revision id; expected a date such as 2025-03-01 or a revision id such as 12 (`innodash history TARGET` shows the ids)")
        }
        guard day.start <= Date() else {
            throw CommandFailure(.usage, "\(option) \(text) is in the future; give today or an earlier day")
        }
        let rows = try Workspace.orExit(.ioError) { () throws(StoreError) in try store.revisions(since: endOfDay ? day.end : day.start) }
        // The point: after the last revision written before that moment (none after it: now).
        return (BriefingPoint(revision: rows.first.map { $0.id - 1 }, at: nil, date: text), rows)
    }

    /// The start and end of a day `YYYY-MM-DD` in local time; nil when it is no such day.
    static func day(_ text: String) -> (start: Date, end: Date)? {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]) else { return nil }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = .current
        let components = DateComponents(year: year, month: month, day: day)
        guard components.isValidDate(in: calendar), let start = calendar.date(from: components),
              let end = calendar.date(byAdding: .day, value: 1, to: start) else { return nil }
        return (start, end)
    }
}

extension BriefingReport.Format: ExpressibleByArgument {}
