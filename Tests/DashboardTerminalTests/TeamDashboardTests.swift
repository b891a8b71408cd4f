import Foundation
import InnoPostgres
import Testing

/// Dashboards on a team database (PostgreSQL): another analyst's figure shows without a
/// key press, and a server that goes away while a value is typed loses nothing.
@Suite(.enabled(if: TmuxSession.isAvailable, "tmux is not installed"),
       .enabled(if: ProcessInfo.processInfo.environment["INNODASH_TEST_POSTGRES"].map { !$0.isEmpty } ?? false,
                "INNODASH_TEST_POSTGRES is not set: no PostgreSQL server to test against (.ci/run starts one)"))
final class TeamDashboardTests {
    let server = ProcessInfo.processInfo.environment["INNODASH_TEST_POSTGRES"] ?? ""
    let name = "innodash_tui_" + UUID().uuidString.prefix(8).lowercased()
    let url: String

    init() throws {
        url = try PostgresAdmin.createDatabase(name, besides: server)
    }

    deinit {
        try? PostgresAdmin.execute("ALTER DATABASE \(name) ALLOW_CONNECTIONS true", url: server)
        try? PostgresAdmin.dropDatabase(name, besides: server)
    }

    @Test func aFigureRecordedByAnotherAnalystShowsWithinASecondWithoutAKey() throws {
        let folder = try TemporaryFolder()
        let dashboard = try TmuxSession(arguments: ["--as-of", "2020", "--db", url])
        #expect(dashboard.waitFor(text: "R&D expenditure"), "\(dashboard.capture())")
        dashboard.press("j", "j", "e", "l")
        #expect(dashboard.waitFor(text: "tech_progress 2021: no figure"), "\(dashboard.capture())")
        let record = try folder.innodash(["record", "tech_progress", "2021", "61.5", "--db", url])
        #expect(record.status == 0, "\(record.error)")
        let recorded = Date()
        #expect(dashboard.waitFor(text: "tech_progress 2021: 61.5", timeout: 3), "\(dashboard.capture())")
        #expect(Date().timeIntervalSince(recorded) < 1.5)
        dashboard.press("q")
        #expect(dashboard.waitForExit() == 0)
    }

    @Test func aServerGoneWhileTypingKeepsTheValueAndSavesItWhenBack() throws {
        let folder = try TemporaryFolder()
        let dashboard = try TmuxSession(arguments: ["--as-of", "2020", "--db", url])
        #expect(dashboard.waitFor(text: "R&D expenditure"), "\(dashboard.capture())")
        dashboard.press("j", "j", "e", "l")
        #expect(dashboard.waitFor(text: "tech_progress 2021: no figure"), "\(dashboard.capture())")
        // The database goes away for this dashboard: its connection is cut and new ones refused.
        try PostgresAdmin.execute("""
            ALTER DATABASE \(name) ALLOW_CONNECTIONS false;
            SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '\(name)';
            """, url: server)
        dashboard.type("61.5")
        dashboard.press("Enter")
        #expect(dashboard.waitFor(text: "Not saved"), "\(dashboard.capture())")
        #expect(dashboard.capture().contains("61.5"), "the typed value stays in its cell")
        #expect(dashboard.pid.map { kill($0, 0) == 0 } == true, "the dashboard stays up")
        #expect(dashboard.waitFor(text: "saved as soon as the database is back"), "\(dashboard.capture())")
        try PostgresAdmin.execute("ALTER DATABASE \(name) ALLOW_CONNECTIONS true", url: server)
        // No key: the dashboard tries again by itself (after 1, 2, 4, then every 8 seconds).
        #expect(dashboard.waitFor(text: "Saved Tech progress contribution to growth 2021: 61.5.", timeout: 10), "\(dashboard.capture())")
        let saved = try folder.innodash(["history", "tech_progress", "2021", "--db", url])
        #expect(saved.output.contains("61.5"), "\(saved.output)")
        dashboard.press("q")
        #expect(dashboard.waitForExit() == 0)
    }
}
